package org.cseprotocol.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;

/** The Camunda groups the protocol assigns work to, with the application access each group needs. */
final class CseGroups {

    static final String ADMIN = Groups.CAMUNDA_ADMIN;

    /** Groups that use Cockpit as well as Tasklist, because managers follow running cases and overdue work there. */
    static final List<String> COCKPIT_USERS = List.of("mash-manager", "mash-cse-lead", ADMIN);

    static final List<CseGroup> ALL = List.of(
            new CseGroup("mash-duty-manager", "MASH Duty Managers"),
            new CseGroup("mash-manager", "MASH Managers"),
            new CseGroup("mash-cse-lead", "CSE MASH lead"),
            new CseGroup("mash-police", "Police officers in MASH"),
            new CseGroup("police-set", "MPS Sexual Exploitation Team"),
            new CseGroup("mash-social-care", "MASH social care"),
            new CseGroup("partner-police", "Partner agency: police"),
            new CseGroup("partner-health", "Partner agency: health"),
            new CseGroup("partner-education", "Partner agency: education"),
            new CseGroup("partner-youth-offending", "Partner agency: youth offending"),
            new CseGroup("partner-housing", "Partner agency: housing"),
            new CseGroup("partner-early-help", "Partner agency: early help"),
            new CseGroup("partner-voluntary-sector", "Partner agency: voluntary sector"),
            new CseGroup("partner-other", "Partner agency: other"),
            new CseGroup("team-manager", "Practice group managers"),
            new CseGroup("social-worker", "Social workers"),
            new CseGroup("qau-cse-lead", "Quality Assurance Unit CSE leads"),
            new CseGroup("cp-coordinator", "CP Coordinators"),
            new CseGroup("early-help", "Early Help service"),
            new CseGroup(ADMIN, "Camunda administrators"));

    private CseGroups() {
    }

    static List<String> ids() {
        return ALL.stream().map(CseGroup::id).toList();
    }

    /** A group id and display name. {@code camunda-admin} is a system group and the others are workflow groups. */
    record CseGroup(String id, String name) {

        String type() {
            return ADMIN.equals(id) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW;
        }
    }
}
