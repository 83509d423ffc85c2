package org.cseprotocol.record;

/** Why a child is on the central CSE record, in the order of the protocol's list of who the record includes. */
public enum RecordReason {
    /** CSE was the reason for a referral to the MASH. */
    REFERRAL,
    /** CSE or the risk of it was identified in a Single Assessment. */
    FOUND_IN_ASSESSMENT,
    /** A child in need with a plan, where CSE or the risk of it became apparent. */
    CIN_PLAN,
    /** A child subject to a child protection plan, where CSE or the risk of it became apparent. */
    CP_PLAN,
    /** A looked-after child living in the borough. */
    LAC_IN_BOROUGH,
    /** A looked-after child living in another borough. */
    LAC_OUT_OF_BOROUGH
}
