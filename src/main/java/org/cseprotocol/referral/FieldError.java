package org.cseprotocol.referral;

/**
 * One invalid value in a referral.
 *
 * @param field the JSON path of the value, e.g. {@code child.dateOfBirth} or {@code exploitationTypes[0]}
 * @param message what is wrong and what is allowed
 */
record FieldError(String field, String message) {
}
