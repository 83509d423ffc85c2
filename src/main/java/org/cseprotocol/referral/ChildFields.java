package org.cseprotocol.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Reads and checks the {@code child} object of a referral, including the rules on age at receipt. */
final class ChildFields {

    /** The protocol covers children, so anyone this age or older on the date of receipt is rejected. */
    static final int ADULT_AGE = 18;

    private static final List<String> FIELDS = List.of("firstName", "lastName", "dateOfBirth", "gender", "ethnicity",
            "address", "school", "lookedAfter", "hostBorough");

    private ChildFields() {
    }

    /**
     * Reads the child. The result is meaningful only when no error was added.
     *
     * @param receivedAt the valid receipt time, or null when it is missing or invalid
     * @param now the server time, used when {@code receivedAt} is not known
     */
    static Referral.Child read(JsonObjectReader child, Instant receivedAt, Instant now) {
        child.rejectUnknownFields(FIELDS);
        String firstName = child.requiredText("firstName", ReferralLimits.MAX_NAME);
        String lastName = child.requiredText("lastName", ReferralLimits.MAX_NAME);
        LocalDate dateOfBirth = child.requiredDate("dateOfBirth");
        if (dateOfBirth != null) {
            checkDateOfBirth(child, dateOfBirth, receivedAt == null ? now : receivedAt, now);
        }
        String gender = child.optionalText("gender", ReferralLimits.MAX_SHORT_TEXT);
        String ethnicity = child.optionalText("ethnicity", ReferralLimits.MAX_SHORT_TEXT);
        String address = child.optionalText("address", ReferralLimits.MAX_ADDRESS);
        String school = child.optionalText("school", ReferralLimits.MAX_SHORT_TEXT);
        Boolean lookedAfter = child.requiredFlag("lookedAfter");
        String hostBorough = child.optionalText("hostBorough", ReferralLimits.MAX_SHORT_TEXT);
        if (hostBorough != null && Boolean.FALSE.equals(lookedAfter)) {
            child.reject("hostBorough", "applies only to a looked-after child placed in another borough; "
                    + "set child.lookedAfter to true or send child.hostBorough as null");
        }
        return new Referral.Child(firstName, lastName, dateOfBirth, gender, ethnicity, address, school,
                Boolean.TRUE.equals(lookedAfter), hostBorough);
    }

    private static void checkDateOfBirth(JsonObjectReader child, LocalDate dateOfBirth, Instant receivedAt,
            Instant now) {
        LocalDate today = ChildAge.receiptDate(now);
        LocalDate receiptDate = ChildAge.receiptDate(receivedAt);
        if (dateOfBirth.isAfter(today)) {
            child.reject("dateOfBirth", "is in the future; give the child's date of birth");
        } else if (dateOfBirth.isAfter(receiptDate)) {
            child.reject("dateOfBirth", "is after the date the referral was received (" + receiptDate + ")");
        } else if (ChildAge.yearsOn(dateOfBirth, receiptDate) >= ADULT_AGE) {
            child.reject("dateOfBirth", "makes the child " + ChildAge.yearsOn(dateOfBirth, receiptDate)
                    + " on the date the referral was received (" + receiptDate + "); the protocol covers children"
                    + " under " + ADULT_AGE);
        }
    }
}
