package org.cseprotocol.referral;

/** The referrer's agency, also the agencies that share information during MAISy. */
enum Agency {
    POLICE,
    EDUCATION,
    HEALTH,
    SOCIAL_CARE,
    EARLY_HELP,
    YOUTH_OFFENDING,
    HOUSING,
    VOLUNTARY_SECTOR,
    OTHER
}
