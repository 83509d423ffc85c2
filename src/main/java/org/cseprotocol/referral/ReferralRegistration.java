package org.cseprotocol.referral;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a referral and starts its case in one database transaction. The Camunda starter runs the engine on
 * the Spring transaction manager and the same DataSource, so the intake row and the new process instance commit
 * or roll back together.
 */
@Service
class ReferralRegistration {

    static final String PROCESS_KEY = "cse-referral";

    private static final Logger LOG = LoggerFactory.getLogger(ReferralRegistration.class);

    private final IntakeRecords records;
    private final CaseStarts caseStarts;
    private final StartVariables startVariables;

    ReferralRegistration(IntakeRecords records, CaseStarts caseStarts, StartVariables startVariables) {
        this.records = records;
        this.caseStarts = caseStarts;
        this.startVariables = startVariables;
    }

    /**
     * Inserts the intake row first, so that a concurrent copy of the same referral waits on the unique constraint
     * before it starts anything, then starts the process with the referral id as business key.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the agency already sent this external reference
     */
    @Transactional
    IntakeRecord register(Referral referral) {
        Instant createdAt = ClockUtil.now().toInstant();
        String referralId = ReferralIds.format(createdAt, records.nextNumber());
        records.insert(referralId, referral.referrer().agency(), referral.externalReference(),
                referral.receivedAt(), createdAt);
        ProcessInstance instance = caseStarts.start(PROCESS_KEY, referralId,
                startVariables.of(referralId, referral));
        records.setProcessInstanceId(referralId, instance.getId());
        LOG.info("Referral {} started process instance {}", referralId, instance.getId());
        return new IntakeRecord(referralId, instance.getId(), referral.receivedAt(), createdAt);
    }
}
