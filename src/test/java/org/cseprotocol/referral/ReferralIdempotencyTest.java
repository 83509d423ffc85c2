package org.cseprotocol.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.cseprotocol.testing.ApiIntegrationTest;
import org.cseprotocol.testing.HoldingStartListener;
import org.cseprotocol.testing.ReferralProcessStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One case per agency and external reference, whether copies arrive one after another or at the same moment. */
@ApiIntegrationTest
class ReferralIdempotencyTest {

    private static final int CONCURRENT_ROUNDS = 5;
    /** Time for the second copy to pass its lookup and block on its insert before the first copy commits. */
    private static final long LOSER_HEAD_START_MILLIS = 500;

    @Autowired
    private TestRestTemplate restTemplate;
    @Autowired
    private RepositoryService repositoryService;
    @Autowired
    private HistoryService historyService;
    @Autowired
    private ReferralValidator validator;
    @Autowired
    private ReferralIntake intake;
    @Autowired
    private IntakeRecords records;

    private String deploymentId;
    private ExecutorService executor;

    @BeforeEach
    void deployStubProcess() {
        deploymentId = ReferralProcessStub.deploy(repositoryService);
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void removeStubProcess() throws InterruptedException {
        executor.shutdown();
        assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        ReferralProcessStub.remove(repositoryService, deploymentId);
    }

    @Test
    void sameReferralTwiceStartsOneCase() {
        ObjectNode referral = TestReferrals.valid();

        ResponseEntity<JsonNode> first = ReferralApiTest.post(restTemplate, referral.toString());
        ResponseEntity<JsonNode> second = ReferralApiTest.post(restTemplate, referral.toString());

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(second.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.getBody().get("duplicate").booleanValue()).isTrue();
        assertThat(second.getBody().get("referralId")).isEqualTo(first.getBody().get("referralId"));
        assertThat(second.getBody().get("processInstanceId")).isEqualTo(first.getBody().get("processInstanceId"));
        assertThat(second.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(casesWithReference(referral)).isEqualTo(1);
    }

    @Test
    void sameReferenceFromAnotherAgencyStartsAnotherCase() {
        ObjectNode body = TestReferrals.valid();
        ObjectNode fromPolice = body.deepCopy();
        ((ObjectNode) fromPolice.get("referrer")).put("agency", "POLICE");

        ResponseEntity<JsonNode> fromSchool = ReferralApiTest.post(restTemplate, body.toString());
        ResponseEntity<JsonNode> fromPoliceResponse = ReferralApiTest.post(restTemplate, fromPolice.toString());

        assertThat(fromSchool.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fromPoliceResponse.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fromPoliceResponse.getBody().get("referralId")).isNotEqualTo(fromSchool.getBody().get("referralId"));
    }

    @Test
    void concurrentCopiesOverHttpStartOneCase() throws Exception {
        for (int round = 0; round < CONCURRENT_ROUNDS; round++) {
            ObjectNode referral = TestReferrals.valid();
            CountDownLatch go = new CountDownLatch(1);
            Callable<ResponseEntity<JsonNode>> send = () -> {
                go.await();
                return ReferralApiTest.post(restTemplate, referral.toString());
            };
            Future<ResponseEntity<JsonNode>> first = executor.submit(send);
            Future<ResponseEntity<JsonNode>> second = executor.submit(send);

            go.countDown();
            List<ResponseEntity<JsonNode>> responses = List.of(first.get(30, TimeUnit.SECONDS),
                    second.get(30, TimeUnit.SECONDS));

            assertThat(responses).extracting(ResponseEntity::getStatusCode)
                    .containsOnly(HttpStatusCode.valueOf(201));
            assertThat(responses).extracting(response -> response.getBody().get("duplicate").booleanValue())
                    .containsExactlyInAnyOrder(false, true);
            assertThat(responses.get(0).getBody().get("referralId"))
                    .isEqualTo(responses.get(1).getBody().get("referralId"));
            assertThat(responses).allSatisfy(response ->
                    assertThat(response.getBody().hasNonNull("processInstanceId")).isTrue());
            assertThat(responses.get(0).getBody().get("processInstanceId"))
                    .isEqualTo(responses.get(1).getBody().get("processInstanceId"));
            assertThat(casesWithReference(referral)).isEqualTo(1);
        }
    }

    /**
     * Holds the first copy inside its process start, after its insert and before its commit, so the second copy finds
     * no committed row, waits on the unique constraint, fails, and must then return the first copy's case.
     */
    @Test
    void raceLoserReturnsTheWinnersCase() throws Exception {
        ReferralProcessStub.remove(repositoryService, deploymentId);
        deploymentId = ReferralProcessStub.deployHoldingAtStart(repositoryService);
        HoldingStartListener.reset();
        Referral referral = validator.validate(TestReferrals.valid());
        long numberBefore = records.nextNumber();

        Future<IntakeResult> winner = executor.submit(() -> intake.submit(referral));
        assertThat(HoldingStartListener.awaitStart()).isTrue();
        Future<IntakeResult> loser = executor.submit(() -> intake.submit(referral));
        Thread.sleep(LOSER_HEAD_START_MILLIS);
        HoldingStartListener.release();

        IntakeResult winnerResult = winner.get(30, TimeUnit.SECONDS);
        IntakeResult loserResult = loser.get(30, TimeUnit.SECONDS);
        assertThat(winnerResult.duplicate()).isFalse();
        assertThat(loserResult.duplicate()).isTrue();
        assertThat(loserResult.record().referralId()).isEqualTo(winnerResult.record().referralId());
        assertThat(loserResult.record().processInstanceId()).isNotNull();
        assertThat(loserResult.record().processInstanceId()).isEqualTo(winnerResult.record().processInstanceId());
        // Each copy drew a referral number before inserting, which shows that the loser took the race path.
        assertThat(records.nextNumber()).isEqualTo(numberBefore + 3);
        assertThat(casesWithReference(referral.externalReference())).isEqualTo(1);
    }

    private long casesWithReference(ObjectNode referral) {
        return casesWithReference(referral.get("externalReference").textValue());
    }

    /**
     * Counts the process instances, running or ended, started for an external reference. A second start would
     * have its own referral id, so counting by business key would not find it.
     */
    private long casesWithReference(String externalReference) {
        return historyService.createHistoricProcessInstanceQuery()
                .variableValueEquals("externalReference", externalReference).count();
    }
}
