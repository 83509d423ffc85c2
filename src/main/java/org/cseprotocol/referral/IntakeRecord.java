package org.cseprotocol.referral;

import java.time.Instant;

/** One row of the intake register, naming the case that a referral started. */
record IntakeRecord(String referralId, String processInstanceId, Instant receivedAt, Instant createdAt) {
}
