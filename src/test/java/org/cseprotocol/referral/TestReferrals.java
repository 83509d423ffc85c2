package org.cseprotocol.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Referral bodies for tests, built from the JSON files under {@code src/test/resources/referrals}. */
final class TestReferrals {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int CHILD_AGE = 15;

    private TestReferrals() {
    }

    /** Returns a valid referral about a 15-year-old, received a minute ago, with a new external reference. */
    static ObjectNode valid() {
        ObjectNode referral = read("valid-referral.json");
        Instant receivedAt = receivedAMinuteAgo();
        referral.put("receivedAt", receivedAt.toString());
        referral.put("externalReference", uniqueReference());
        LocalDate dateOfBirth = ChildAge.receiptDate(receivedAt).minusYears(CHILD_AGE).minusDays(100);
        child(referral).put("dateOfBirth", dateOfBirth.toString());
        return referral;
    }

    /**
     * Returns a referral with three invalid fields: a date of birth in the future, the unknown exploitation type
     * GANG_RELATED, and consent not obtained without a reason.
     */
    static ObjectNode rejected() {
        ObjectNode referral = read("rejected-referral.json");
        Instant receivedAt = receivedAMinuteAgo();
        referral.put("receivedAt", receivedAt.toString());
        referral.put("externalReference", uniqueReference());
        child(referral).put("dateOfBirth", ChildAge.receiptDate(receivedAt).plusYears(1).toString());
        return referral;
    }

    static ObjectNode child(ObjectNode referral) {
        return (ObjectNode) referral.get("child");
    }

    /** Returns a change that sets the value at a dotted path such as {@code child.dateOfBirth}, or JSON null. */
    static Consumer<ObjectNode> set(String path, Object value) {
        return referral -> parentOf(referral, path).set(lastName(path), JSON.valueToTree(value));
    }

    static Consumer<ObjectNode> remove(String path) {
        return referral -> parentOf(referral, path).remove(lastName(path));
    }

    private static ObjectNode parentOf(ObjectNode referral, String path) {
        JsonNode node = referral;
        String[] names = path.split("\\.");
        for (int index = 0; index < names.length - 1; index++) {
            node = node.get(names[index]);
        }
        return (ObjectNode) node;
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Instant receivedAMinuteAgo() {
        return ClockUtil.now().toInstant().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String uniqueReference() {
        return "CAF-TEST-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ObjectNode read(String name) {
        try (InputStream input = TestReferrals.class.getResourceAsStream("/referrals/" + name)) {
            return (ObjectNode) JSON.readTree(input);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read test referral " + name, e);
        }
    }
}
