package org.cseprotocol.referral;

import java.time.Instant;

/**
 * Formats referral ids such as {@code CSE-2026-000123} from the London year of registration and a number from a
 * database sequence that never restarts, so ids stay unique across years. Ids carry nothing about the child.
 */
final class ReferralIds {

    private ReferralIds() {
    }

    static String format(Instant registeredAt, long number) {
        return String.format("CSE-%d-%06d", registeredAt.atZone(ChildAge.LONDON).getYear(), number);
    }
}
