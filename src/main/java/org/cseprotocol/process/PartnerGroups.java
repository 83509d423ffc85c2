package org.cseprotocol.process;

import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * Maps a partner agency, as chosen at triage, to the Camunda group whose members share that agency's information.
 * Social care has no partner group because its staff work inside the MASH.
 */
@Component("partnerGroups")
public class PartnerGroups {

    static final Set<String> AGENCIES = Set.of("POLICE", "EDUCATION", "HEALTH", "SOCIAL_CARE", "EARLY_HELP",
            "YOUTH_OFFENDING", "HOUSING", "VOLUNTARY_SECTOR", "OTHER");

    /** Returns the candidate group for the agency's information-sharing task, e.g. {@code partner-health}. */
    public String groupFor(String agency) {
        if (agency == null || !AGENCIES.contains(agency)) {
            // A form validation exception, so that completing the task over REST returns 400, not 500.
            throw new FormFieldValidationException("partnerAgencies", "Unknown partner agency '" + agency
                    + "' in partnerAgencies: expected one of " + AGENCIES.stream().sorted().toList());
        }
        if (agency.equals("SOCIAL_CARE")) {
            return "mash-social-care";
        }
        return "partner-" + agency.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
