package org.cseprotocol.referral;

/** Signs of sexual exploitation that the referrer has seen. */
enum Indicator {
    GOING_MISSING,
    MISSING_EDUCATION,
    UNEXPLAINED_GIFTS,
    EXPLOITED_PEERS,
    OLDER_PARTNER,
    STI_PREGNANCY_TERMINATION,
    MOOD_OR_SELF_HARM,
    SUBSTANCE_MISUSE,
    SEXUALISED_BEHAVIOUR,
    PHYSICAL_INJURIES
}
