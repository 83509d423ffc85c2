package org.cseprotocol.referral;

/**
 * The case for a referral.
 *
 * @param duplicate true when the agency had already sent this external reference and no new case was started
 */
record IntakeResult(IntakeRecord record, boolean duplicate) {
}
