-- Intake register for POST /api/referrals, with one row per case started from a referral.
-- The unique constraint on (agency, external_reference) makes a referral sent twice start one case, even when
-- both copies arrive at the same moment, because the second insert waits for the first transaction and then fails.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

CREATE SEQUENCE cse_referral_number START WITH 1 INCREMENT BY 1;

CREATE TABLE cse_referral_intake (
    referral_id         VARCHAR(32)              NOT NULL,
    agency              VARCHAR(32)              NOT NULL,
    external_reference  VARCHAR(64)              NOT NULL,
    -- Set in the same transaction that inserts the row, after the process instance has started.
    process_instance_id VARCHAR(64),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cse_referral_intake PRIMARY KEY (referral_id),
    CONSTRAINT uq_cse_referral_intake_source UNIQUE (agency, external_reference)
);
