package org.cseprotocol.referral;

import org.camunda.bpm.engine.variable.VariableMap;

/** The start variables that the intake API gives a case, for tests outside this package. */
public final class TestStartVariables {

    private TestStartVariables() {
    }

    /** Returns the typed start variables of the sample referral about a fictional 15-year-old. */
    public static VariableMap ofSampleReferral() {
        Referral referral = new ReferralValidator(userId -> true).validate(TestReferrals.valid());
        return new StartVariables(TestReferrals.JSON).of("CSE-2026-000001", referral);
    }
}
