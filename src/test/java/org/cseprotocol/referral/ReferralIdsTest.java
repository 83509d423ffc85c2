package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReferralIdsTest {

    @Test
    void idHasLondonYearAndSixDigitNumber() {
        assertThat(ReferralIds.format(Instant.parse("2026-03-02T10:15:00Z"), 123)).isEqualTo("CSE-2026-000123");
    }

    @Test
    void newYearStartsAtLondonMidnight() {
        // London is on UTC in winter, so 23:59:59 UTC on 31 December is still the old year.
        assertThat(ReferralIds.format(Instant.parse("2026-12-31T23:59:59Z"), 7)).isEqualTo("CSE-2026-000007");
        assertThat(ReferralIds.format(Instant.parse("2027-01-01T00:00:00Z"), 8)).isEqualTo("CSE-2027-000008");
    }

    @Test
    void numbersAboveSixDigitsAreNotCut() {
        assertThat(ReferralIds.format(Instant.parse("2026-03-02T10:15:00Z"), 1234567)).isEqualTo("CSE-2026-1234567");
    }
}
