package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildAgeTest {

    @ParameterizedTest(name = "born {0}, received {1}: {2}")
    @CsvSource({
        // 23:30 UTC on 13 May is 00:30 on 14 May in London (BST), so the birthday has come.
        "2011-05-14, 2026-05-13T23:30:00Z, 15",
        "2011-05-14, 2026-05-13T22:30:00Z, 14",
        // In winter London is on UTC.
        "2011-01-14, 2026-01-13T23:30:00Z, 14",
        "2011-01-14, 2026-01-14T00:00:00Z, 15",
        // A leap-day birthday counts from 1 March in other years.
        "2012-02-29, 2026-02-28T12:00:00Z, 13",
        "2012-02-29, 2026-03-01T12:00:00Z, 14",
    })
    void ageIsWholeYearsOnTheLondonDateOfReceipt(LocalDate dateOfBirth, Instant receivedAt, int expectedAge) {
        int age = ChildAge.yearsAt(dateOfBirth, receivedAt);

        assertThat(age).isEqualTo(expectedAge);
    }
}
