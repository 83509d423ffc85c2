package org.cseprotocol.referral;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The response body that names the case a referral started.
 *
 * @param duplicate true when the referral had been sent before and no new case was started; absent on a GET
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReferralReceipt(String referralId, String processInstanceId, Instant receivedAt, Instant createdAt,
        Boolean duplicate) {

    static ReferralReceipt of(IntakeResult result) {
        return of(result.record(), result.duplicate());
    }

    static ReferralReceipt of(IntakeRecord record, Boolean duplicate) {
        return new ReferralReceipt(record.referralId(), record.processInstanceId(), record.receivedAt(),
                record.createdAt(), duplicate);
    }
}
