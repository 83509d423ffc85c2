package org.cseprotocol.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A referral case under {@code src/test/resources/cases}: the referral to send, the decisions that complete each
 * task, and what the case must look like on the way and at the end. {@link CaseRunner} drives it.
 *
 * <p>The referral's {@code "receivedAt": "NOW"} becomes a minute before the time of sending, and a date of birth
 * {@code "AGE:15"} becomes a birthday that makes the child 15 at receipt.
 */
record SharedCase(String name, JsonNode definition) {

    static List<SharedCase> all() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:cases/*.json");
            return Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(SharedCase::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the case files under cases/", e);
        }
    }

    private static SharedCase read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return new SharedCase(file.getFilename(), RestVariables.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the case file " + file.getFilename(), e);
        }
    }

    /** Returns the first case: a new concern about a 15-year-old, which ends with a Child in Need plan. */
    static SharedCase newConcern() {
        return all().get(0);
    }

    /** Returns the referral body with its placeholders replaced, for a referral sent at {@code now}. */
    ObjectNode referral(Instant now) {
        String externalReference = definition.get("referral").path("externalReference").asText();
        return referral(now.minus(1, ChronoUnit.MINUTES), externalReference);
    }

    /**
     * Returns the referral body with the given receipt time and external reference, so that one case can be sent
     * many times, each time as a new referral.
     */
    ObjectNode referral(Instant receivedAt, String externalReference) {
        Instant received = receivedAt.truncatedTo(ChronoUnit.SECONDS);
        ObjectNode referral = definition.get("referral").deepCopy();
        referral.put("externalReference", externalReference);
        referral.put("receivedAt", received.toString());
        JsonNode child = referral.path("child");
        String dateOfBirth = child.path("dateOfBirth").asText();
        if (child.isObject() && dateOfBirth.startsWith("AGE:")) {
            int years = Integer.parseInt(dateOfBirth.substring("AGE:".length()));
            LocalDate born = received.atOffset(ZoneOffset.UTC).toLocalDate().minusYears(years).minusDays(100);
            ((ObjectNode) child).put("dateOfBirth", born.toString());
        }
        return referral;
    }

    int expectedStatus() {
        return definition.path("expectStatus").asInt(201);
    }

    boolean expectsEnd() {
        return definition.path("expectEnded").asBoolean(true);
    }

    /** Returns a field of the definition, or a missing node, which iterates as empty. */
    JsonNode get(String field) {
        return definition.path(field);
    }

    @Override
    public String toString() {
        return name;
    }
}
