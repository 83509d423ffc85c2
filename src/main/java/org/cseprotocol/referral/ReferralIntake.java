package org.cseprotocol.referral;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Starts one case per referral: a referral whose agency and external reference are already registered returns the
 * existing case and starts nothing, also when two copies arrive at the same moment.
 */
@Service
class ReferralIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralIntake.class);

    private final IntakeRecords records;
    private final ReferralRegistration registration;

    ReferralIntake(IntakeRecords records, ReferralRegistration registration) {
        this.records = records;
        this.registration = registration;
    }

    IntakeResult submit(Referral referral) {
        Optional<IntakeRecord> existing = findExisting(referral);
        if (existing.isPresent()) {
            return duplicate(existing.get());
        }
        try {
            return new IntakeResult(registration.register(referral), false);
        } catch (DuplicateKeyException e) {
            // A concurrent copy committed first. Its transaction has ended, so its row is visible now.
            return duplicate(findExisting(referral).orElseThrow(() -> e));
        }
    }

    private Optional<IntakeRecord> findExisting(Referral referral) {
        return records.findBySource(referral.referrer().agency(), referral.externalReference());
    }

    private static IntakeResult duplicate(IntakeRecord record) {
        LOG.info("Referral {} was sent again; no new case was started", record.referralId());
        return new IntakeResult(record, true);
    }
}
