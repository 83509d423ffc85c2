package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cseprotocol.referral.TestReferrals.remove;
import static org.cseprotocol.referral.TestReferrals.set;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One test per validation rule of the intake API, without Spring or an engine. */
class ReferralValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:15:00Z");
    private static final String KNOWN_SOCIAL_WORKER = "social.worker";

    private final ReferralValidator validator = new ReferralValidator(KNOWN_SOCIAL_WORKER::equals);

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void validReferralIsAccepted() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        ObjectNode body = TestReferrals.valid();

        Referral referral = validator.validate(body);

        assertThat(referral.source()).isEqualTo(ReferralSource.CAF);
        assertThat(referral.receivedAt()).isEqualTo(NOW.minus(1, ChronoUnit.MINUTES));
        assertThat(referral.child().firstName()).isEqualTo("Jordan");
        assertThat(referral.child().lookedAfter()).isFalse();
        assertThat(referral.openCase()).isNull();
        assertThat(referral.referrer().agency()).isEqualTo(Agency.EDUCATION);
        assertThat(referral.indicators())
                .containsExactly(Indicator.GOING_MISSING, Indicator.UNEXPLAINED_GIFTS, Indicator.OLDER_PARTNER);
        assertThat(referral.screening()).hasSize(ScreeningCategory.values().length);
        assertThat(referral.screening()).containsEntry(ScreeningCategory.RISKY_ASSOCIATIONS, 4);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("invalidReferrals")
    void invalidFieldIsReported(String field, Consumer<ObjectNode> change, String messagePart) {
        ObjectNode body = TestReferrals.valid();
        change.accept(body);

        List<FieldError> errors = errorsOf(body);

        assertThat(errors).extracting(FieldError::field).containsExactly(field);
        assertThat(errors.get(0).message()).contains(messagePart);
    }

    static Stream<Arguments> invalidReferrals() {
        Instant now = Instant.now();
        LocalDate today = ChildAge.receiptDate(now);
        return Stream.of(
                rule("source", remove("source"), "is required; allowed values: CAF, MERLIN, OPEN_CASE"),
                rule("source", set("source", "caf"), "'caf' is not allowed; allowed values: CAF, MERLIN"),
                rule("externalReference", remove("externalReference"), "is required"),
                rule("child.firstName", set("child.firstName", "Sam\u0000"), "control or text-direction character"),
                rule("child.lastName", set("child.lastName", "\u202eelpmaxE"), "control or text-direction character"),
                rule("externalReference", set("externalReference", "   "), "must not be blank"),
                rule("externalReference", set("externalReference", "R".repeat(65)), "at most 64 characters"),
                rule("externalReference", set("externalReference", "Jordan's form!"), "only letters, digits"),
                rule("externalReference", set("externalReference", 123), "must be a JSON string"),
                rule("receivedAt", remove("receivedAt"), "is required"),
                rule("receivedAt", set("receivedAt", "2026-03-02 10:15"), "ISO-8601 instant"),
                rule("receivedAt", set("receivedAt", now.plus(10, ChronoUnit.MINUTES).toString()), "in the future"),
                rule("child", remove("child"), "is required and must be a JSON object"),
                rule("child", set("child", "Jordan Sample"), "must be a JSON object"),
                rule("child.firstName", remove("child.firstName"), "is required"),
                rule("child.lastName", set("child.lastName", "L".repeat(101)), "at most 100 characters"),
                rule("child.dateOfBirth", remove("child.dateOfBirth"), "is required"),
                rule("child.dateOfBirth", set("child.dateOfBirth", "14/05/2011"), "yyyy-MM-dd"),
                rule("child.dateOfBirth", set("child.dateOfBirth", "2011-02-30"), "yyyy-MM-dd"),
                rule("child.dateOfBirth", set("child.dateOfBirth", today.plusDays(1).toString()), "in the future"),
                rule("child.dateOfBirth", set("receivedAt", now.minus(10, ChronoUnit.DAYS).toString())
                        .andThen(set("child.dateOfBirth", today.minusDays(5).toString())),
                        "after the date the referral was received"),
                rule("child.dateOfBirth", set("child.dateOfBirth", today.minusYears(18).minusDays(1).toString()),
                        "makes the child 18"),
                rule("child.address", set("child.address", "A".repeat(501)), "at most 500 characters"),
                rule("child.lookedAfter", remove("child.lookedAfter"), "is required and must be true or false"),
                rule("child.lookedAfter", set("child.lookedAfter", "yes"), "must be true or false"),
                rule("child.hostBorough", set("child.hostBorough", "Lewisham"), "applies only to a looked-after"),
                rule("child.nickname", set("child.nickname", "J"), "is not a known field"),
                rule("openCase", set("source", "OPEN_CASE"), "is required when source is OPEN_CASE"),
                rule("openCase", set("openCase", "yes"), "must be a JSON object"),
                rule("openCase.allocatedSocialWorker", set("openCase", Map.of("practiceGroup", "PG3")),
                        "is required"),
                rule("openCase.allocatedSocialWorker",
                        set("openCase", Map.of("allocatedSocialWorker", "sw.unknown")),
                        "is not the user id of a known user"),
                rule("referrer", remove("referrer"), "is required"),
                rule("referrer.name", set("referrer.name", ""), "must not be blank"),
                rule("referrer.agency", set("referrer.agency", "SCHOOL"), "allowed values: POLICE, EDUCATION"),
                rule("referrer.email", set("referrer.email", "dsl.example.org"), "must be an email address"),
                rule("referrer.phone", set("referrer.phone", "call the office"), "only digits, spaces"),
                rule("referrer.phone", remove("referrer.phone").andThen(remove("referrer.email")),
                        "is required when referrer.email is missing"),
                rule("concern", remove("concern"), "is required"),
                rule("concern", set("concern", "c".repeat(4001)), "at most 4000 characters"),
                rule("exploitationTypes", set("exploitationTypes", "ONLINE"), "must be a JSON array"),
                rule("exploitationTypes[0]", set("exploitationTypes", List.of("GANG_RELATED")),
                        "'GANG_RELATED' is not allowed; allowed values: BOYFRIEND_MODEL"),
                rule("indicators[1]", set("indicators", List.of("GOING_MISSING", "RUNNING_AWAY")),
                        "allowed values: GOING_MISSING"),
                rule("vulnerabilities[0]", set("vulnerabilities", List.of(42)), "must be a JSON string"),
                rule("exploitationTypes", set("exploitationTypes", Collections.nCopies(8, "ONLINE")),
                        "must have at most 7 items, but has 8"),
                rule("currentlyMissing", remove("currentlyMissing"), "is required"),
                rule("consent", remove("consent"), "is required"),
                rule("consent.obtained", set("consent.obtained", null), "is required"),
                rule("consent.overrideReason", set("consent.obtained", false), "is required when consent.obtained"),
                rule("consent.overrideReason", set("consent.obtained", false)
                        .andThen(set("consent.overrideReason", "  ")), "is required when consent.obtained"),
                rule("consent.overrideReason", set("consent.obtained", false)
                        .andThen(set("consent.overrideReason", "r".repeat(2001))), "at most 2000 characters"),
                rule("screening", set("screening", List.of(3, 3)), "must be a JSON object"),
                rule("screening.sexualHealth", set("screening.sexualHealth", 6), "whole number from 1 to 5"),
                rule("screening.missing", set("screening.missing", 2.5), "whole number from 1 to 5"),
                rule("screening.education", set("screening.education", "3"), "whole number from 1 to 5"),
                rule("screening.engagement", remove("screening.engagement"), "is required"),
                rule("screening.online", set("screening.online", 3), "allowed fields here: missing, education"),
                rule("childName", set("childName", "Jordan"), "is not a known field"));
    }

    @Test
    void screeningObjectWithoutKeysNamesEachMissingKey() {
        ObjectNode body = TestReferrals.valid();
        set("screening", Map.of()).accept(body);

        List<FieldError> errors = errorsOf(body);

        assertThat(errors).extracting(FieldError::field).containsExactlyElementsOf(
                ScreeningCategory.jsonKeys().stream().map(key -> "screening." + key).toList());
    }

    @Test
    void rejectedReferralReportsEveryInvalidField() {
        ObjectNode body = TestReferrals.rejected();

        List<FieldError> errors = errorsOf(body);

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("child.dateOfBirth", "exploitationTypes[0]", "consent.overrideReason");
    }

    @Test
    void bodyThatIsNotAnObjectIsRejected() {
        List<FieldError> errors = errorsOf(TestReferrals.JSON.createArrayNode());

        assertThat(errors).extracting(FieldError::field).containsExactly("$");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validVariations")
    void validVariationIsAccepted(String description, Consumer<ObjectNode> change) {
        ObjectNode body = TestReferrals.valid();
        change.accept(body);

        Referral referral = validator.validate(body);

        assertThat(referral).isNotNull();
    }

    static Stream<Arguments> validVariations() {
        Instant now = Instant.now();
        return Stream.of(
                Arguments.of("looked after and placed in the borough", set("child.lookedAfter", true)),
                Arguments.of("looked after and placed elsewhere",
                        set("child.lookedAfter", true).andThen(set("child.hostBorough", "Lewisham"))),
                Arguments.of("open case with a known social worker", set("source", "OPEN_CASE").andThen(
                        set("openCase", Map.of("allocatedSocialWorker", KNOWN_SOCIAL_WORKER)))),
                Arguments.of("no screening", remove("screening")),
                Arguments.of("concern over several lines", set("concern", "Seen with an older man.\n\tTwice.")),
                Arguments.of("null screening", set("screening", null)),
                Arguments.of("empty lists", set("exploitationTypes", List.of()).andThen(set("indicators", null))),
                Arguments.of("receipt within the clock skew",
                        set("receivedAt", now.plus(4, ChronoUnit.MINUTES).toString())),
                Arguments.of("receipt with a UTC offset", set("receivedAt", "2026-03-02T10:15:00+01:00")),
                Arguments.of("email without phone", remove("referrer.phone")),
                Arguments.of("consent overridden with a reason", set("consent.obtained", false)
                        .andThen(set("consent.overrideReason", "Parent is the suspected abuser."))));
    }

    @Test
    void repeatedCodesAreKeptOnce() {
        ObjectNode body = TestReferrals.valid();
        set("exploitationTypes", List.of("ONLINE", "PEER_ON_PEER", "ONLINE")).accept(body);

        Referral referral = validator.validate(body);

        assertThat(referral.exploitationTypes())
                .containsExactly(ExploitationType.ONLINE, ExploitationType.PEER_ON_PEER);
    }

    @Test
    void textIsTrimmed() {
        ObjectNode body = TestReferrals.valid();
        set("child.firstName", "  Jordan ").andThen(set("child.school", " ")).accept(body);

        Referral referral = validator.validate(body);

        assertThat(referral.child().firstName()).isEqualTo("Jordan");
        assertThat(referral.child().school()).isNull();
    }

    private List<FieldError> errorsOf(JsonNode body) {
        Throwable thrown = catchThrowable(() -> validator.validate(body));
        assertThat(thrown).isInstanceOf(InvalidReferralException.class);
        return ((InvalidReferralException) thrown).errors();
    }

    private static Arguments rule(String field, Consumer<ObjectNode> change, String messagePart) {
        return Arguments.of(field, change, messagePart);
    }
}
