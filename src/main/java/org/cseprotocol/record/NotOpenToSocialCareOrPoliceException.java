package org.cseprotocol.record;

/** Rejects a child for the record because the case is open to neither social care nor the police. */
public class NotOpenToSocialCareOrPoliceException extends RuntimeException {

    NotOpenToSocialCareOrPoliceException(String sourceReference) {
        super("The child of " + sourceReference + " cannot be added to the central CSE record: the case is open to"
                + " neither social care (no open case, no allocated social worker) nor the police (no CRIS"
                + " reference). Add the child once one of them is recorded.");
    }
}
