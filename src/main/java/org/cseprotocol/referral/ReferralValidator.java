package org.cseprotocol.referral;

import static org.cseprotocol.referral.ReferralLimits.MAX_CONCERN;
import static org.cseprotocol.referral.ReferralLimits.MAX_EMAIL;
import static org.cseprotocol.referral.ReferralLimits.MAX_NAME;
import static org.cseprotocol.referral.ReferralLimits.MAX_PHONE;
import static org.cseprotocol.referral.ReferralLimits.MAX_REASON;
import static org.cseprotocol.referral.ReferralLimits.MAX_REFERENCE;
import static org.cseprotocol.referral.ReferralLimits.MAX_SHORT_TEXT;
import static org.cseprotocol.referral.ReferralLimits.MAX_USER_ID;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a referral body against every intake rule and returns it as a {@link Referral}, or throws
 * {@link InvalidReferralException} with all the invalid fields. "Now" is the engine clock, so tests can move it.
 */
@Component
class ReferralValidator {

    /** Receipt times up to this far ahead of the server clock are accepted, for senders whose clocks run fast. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ./_:-]*");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final List<String> FIELDS = List.of("source", "externalReference", "receivedAt", "child",
            "openCase", "referrer", "concern", "exploitationTypes", "indicators", "vulnerabilities",
            "currentlyMissing", "consent", "screening");
    private static final List<String> OPEN_CASE_FIELDS = List.of("allocatedSocialWorker", "practiceGroup");
    private static final List<String> REFERRER_FIELDS = List.of("name", "agency", "role", "phone", "email");
    private static final List<String> CONSENT_FIELDS = List.of("obtained", "overrideReason");

    private final KnownUsers knownUsers;

    ReferralValidator(KnownUsers knownUsers) {
        this.knownUsers = knownUsers;
    }

    Referral validate(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        Instant now = ClockUtil.now().toInstant();
        JsonObjectReader root = JsonObjectReader.ofBody(body, errors);
        root.rejectUnknownFields(FIELDS);
        ReferralSource source = root.requiredCode("source", ReferralSource.class);
        String externalReference = root.requiredText("externalReference", MAX_REFERENCE);
        checkPattern(root, "externalReference", externalReference, REFERENCE,
                "must start with a letter or digit and contain only letters, digits, spaces and . / _ : -");
        Instant receivedAt = receivedAt(root, now);
        Referral.Child child = ChildFields.read(root.requiredObject("child"), receivedAt, now);
        Referral.OpenCase openCase = openCase(root, source);
        Referral.Referrer referrer = referrer(root.requiredObject("referrer"));
        String concern = root.requiredText("concern", MAX_CONCERN);
        List<ExploitationType> exploitationTypes = root.codeList("exploitationTypes", ExploitationType.class);
        List<Indicator> indicators = root.codeList("indicators", Indicator.class);
        List<Vulnerability> vulnerabilities = root.codeList("vulnerabilities", Vulnerability.class);
        Boolean currentlyMissing = root.requiredFlag("currentlyMissing");
        Referral.Consent consent = consent(root.requiredObject("consent"));
        Map<ScreeningCategory, Integer> screening = screening(root.optionalObject("screening"));
        if (!errors.isEmpty()) {
            throw new InvalidReferralException(errors);
        }
        return new Referral(source, externalReference, receivedAt, child, openCase, referrer, concern,
                exploitationTypes, indicators, vulnerabilities, currentlyMissing, consent, screening);
    }

    private static Instant receivedAt(JsonObjectReader root, Instant now) {
        Instant receivedAt = root.requiredInstant("receivedAt");
        if (receivedAt != null && receivedAt.isAfter(now.plus(CLOCK_SKEW))) {
            root.reject("receivedAt", "is in the future: it is more than " + CLOCK_SKEW.toMinutes()
                    + " minutes after the server time " + now + "; give the time MASH received the referral");
            return null;
        }
        return receivedAt;
    }

    private Referral.OpenCase openCase(JsonObjectReader root, ReferralSource source) {
        JsonObjectReader openCase = root.optionalObject("openCase");
        if (source == ReferralSource.OPEN_CASE && !root.isSent("openCase")) {
            root.reject("openCase", "is required when source is OPEN_CASE: give openCase.allocatedSocialWorker, "
                    + "the user id of the allocated social worker, and openCase.practiceGroup if known");
        }
        if (!openCase.isPresent()) {
            return null;
        }
        openCase.rejectUnknownFields(OPEN_CASE_FIELDS);
        String socialWorker = openCase.requiredText("allocatedSocialWorker", MAX_USER_ID);
        if (socialWorker != null && !knownUsers.contains(socialWorker)) {
            openCase.reject("allocatedSocialWorker", "is not the user id of a known user; give the id the "
                    + "allocated social worker logs in with, so that their tasks reach them");
        }
        return new Referral.OpenCase(socialWorker, openCase.optionalText("practiceGroup", MAX_SHORT_TEXT));
    }

    private static Referral.Referrer referrer(JsonObjectReader referrer) {
        referrer.rejectUnknownFields(REFERRER_FIELDS);
        String name = referrer.requiredText("name", MAX_NAME);
        Agency agency = referrer.requiredCode("agency", Agency.class);
        String role = referrer.optionalText("role", MAX_SHORT_TEXT);
        String phone = referrer.optionalText("phone", MAX_PHONE);
        checkPattern(referrer, "phone", phone, PHONE, "may contain only digits, spaces and + ( ) -");
        String email = referrer.optionalText("email", MAX_EMAIL);
        checkPattern(referrer, "email", email, EMAIL, "must be an email address such as name@example.org");
        boolean noContact = phone == null && email == null;
        if (referrer.isPresent() && noContact && !referrer.hasError("phone") && !referrer.hasError("email")) {
            referrer.reject("phone", "is required when referrer.email is missing, so that MASH can contact the "
                    + "referrer; give a phone number, an email address or both");
        }
        return new Referral.Referrer(name, agency, role, phone, email);
    }

    private static Referral.Consent consent(JsonObjectReader consent) {
        consent.rejectUnknownFields(CONSENT_FIELDS);
        Boolean obtained = consent.requiredFlag("obtained");
        String overrideReason = consent.optionalText("overrideReason", MAX_REASON);
        if (Boolean.FALSE.equals(obtained) && overrideReason == null && !consent.hasError("overrideReason")) {
            consent.reject("overrideReason", "is required when consent.obtained is false: "
                    + "say why the referral goes ahead without the consent of the child or a parent");
        }
        return new Referral.Consent(Boolean.TRUE.equals(obtained), overrideReason);
    }

    private static Map<ScreeningCategory, Integer> screening(JsonObjectReader screening) {
        Map<ScreeningCategory, Integer> grades = new EnumMap<>(ScreeningCategory.class);
        if (!screening.isPresent()) {
            return grades;
        }
        screening.rejectUnknownFields(ScreeningCategory.jsonKeys());
        for (ScreeningCategory category : ScreeningCategory.values()) {
            Integer grade = screening.requiredWholeNumber(category.jsonKey(), ScreeningCategory.LOWEST_GRADE,
                    ScreeningCategory.HIGHEST_GRADE);
            if (grade != null) {
                grades.put(category, grade);
            }
        }
        return grades;
    }

    private static void checkPattern(JsonObjectReader reader, String name, String value, Pattern pattern,
            String rule) {
        if (value != null && !pattern.matcher(value).matches()) {
            reader.reject(name, rule);
        }
    }
}
