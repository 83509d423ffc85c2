package org.cseprotocol.record;

import java.util.List;

/** Code lists of the protocol that the record and the figures use, in the order the protocol gives them. */
public final class CodeLists {

    public static final List<String> SOURCES = List.of("CAF", "MERLIN", "OPEN_CASE");
    public static final List<String> EXPLOITATION_TYPES = List.of("BOYFRIEND_MODEL", "PEER_ON_PEER",
            "ORGANISED_NETWORK", "INAPPROPRIATE_RELATIONSHIP", "FAMILIAL", "OPPORTUNISTIC", "ONLINE");
    public static final List<String> OUTCOMES = List.of("CHILD_IN_NEED_PLAN", "CHILD_PROTECTION_CONFERENCE",
            "SECTION_20_ACCOMMODATION", "CARE_PROCEEDINGS", "STEP_DOWN", "REFER_TO_OTHER_AGENCY", "SIGNPOST");
    public static final List<String> STEP_DOWN_SERVICES = List.of("EARLY_HELP", "SPECIALIST_FAMILY_FOCUS");
    public static final List<String> RAG_RATINGS = List.of("RED", "AMBER", "GREEN");
    public static final List<String> AGENCIES = List.of("POLICE", "EDUCATION", "HEALTH", "SOCIAL_CARE",
            "EARLY_HELP", "YOUTH_OFFENDING", "HOUSING", "VOLUNTARY_SECTOR", "OTHER");

    private CodeLists() {
    }
}
