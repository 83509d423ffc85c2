package org.cseprotocol.referral;

import java.util.List;

/** Thrown when a referral has one or more invalid fields; carries every error found, not only the first. */
class InvalidReferralException extends RuntimeException {

    private final transient List<FieldError> errors;

    InvalidReferralException(List<FieldError> errors) {
        super("The referral has " + errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
        return errors;
    }
}
