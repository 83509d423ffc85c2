package org.cseprotocol.referral;

/** Maximum lengths, in characters after trimming, of the text fields of a referral. */
final class ReferralLimits {

    static final int MAX_REFERENCE = 64;
    static final int MAX_NAME = 100;
    static final int MAX_SHORT_TEXT = 100;
    static final int MAX_ADDRESS = 500;
    static final int MAX_PHONE = 30;
    static final int MAX_EMAIL = 254;
    static final int MAX_USER_ID = 64;
    static final int MAX_REASON = 2000;
    /** Camunda stores a String variable in a VARCHAR(4000) column, so longer text would fail at start. */
    static final int MAX_CONCERN = 4000;

    private ReferralLimits() {
    }
}
