package org.cseprotocol.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A referral that passed validation. Optional text is null when it was not sent or blank.
 *
 * @param openCase the open social care case, or null when the child is not open to social care
 * @param screening the grade of each screening category, empty when no screening tool was sent
 */
record Referral(
        ReferralSource source,
        String externalReference,
        Instant receivedAt,
        Child child,
        OpenCase openCase,
        Referrer referrer,
        String concern,
        List<ExploitationType> exploitationTypes,
        List<Indicator> indicators,
        List<Vulnerability> vulnerabilities,
        boolean currentlyMissing,
        Consent consent,
        Map<ScreeningCategory, Integer> screening) {

    /** The child. {@code hostBorough} is set only for a looked-after child placed in another borough. */
    record Child(
            String firstName,
            String lastName,
            LocalDate dateOfBirth,
            String gender,
            String ethnicity,
            String address,
            String school,
            boolean lookedAfter,
            String hostBorough) {
    }

    /** The social care case the child is already open to. {@code allocatedSocialWorker} is a user id. */
    record OpenCase(String allocatedSocialWorker, String practiceGroup) {
    }

    /** The person who made the referral and how to contact them. */
    record Referrer(String name, Agency agency, String role, String phone, String email) {
    }

    /** Whether the child or a parent consented, and if not, why the referral goes ahead without consent. */
    record Consent(boolean obtained, String overrideReason) {
    }
}
