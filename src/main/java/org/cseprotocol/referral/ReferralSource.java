package org.cseprotocol.referral;

/** How the concern reached MASH. */
enum ReferralSource {
    /** A Common Assessment Framework form from any agency. */
    CAF,
    /** A Merlin report from police. */
    MERLIN,
    /** A concern raised on a case already open to social care. */
    OPEN_CASE
}
