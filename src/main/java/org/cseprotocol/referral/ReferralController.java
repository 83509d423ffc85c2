package org.cseprotocol.referral;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Receives CSE referrals. The body is bound as a JSON tree and checked by {@link ReferralValidator}, so that every
 * invalid field is reported in one response instead of failing on the first value Jackson cannot convert.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    private final ReferralValidator validator;
    private final ReferralIntake intake;
    private final IntakeRecords records;

    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    ReferralController(ReferralValidator validator, ReferralIntake intake, IntakeRecords records) {
        this.validator = validator;
        this.intake = intake;
        this.records = records;
    }

    /**
     * Returns 201 with the case's ids. A referral sent before gets the first response again, as a replayed
     * idempotent request does, marked with {@code duplicate: true} and the {@code Idempotent-Replayed} header. A
     * sender that retries after a timeout therefore needs no special case for a lost response.
     */
    @PostMapping
    ResponseEntity<ReferralReceipt> submit(@RequestBody JsonNode body) {
        IntakeResult result = intake.submit(validator.validate(body));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(locationOf(result.record().referralId()))
                .header(REPLAYED_HEADER, String.valueOf(result.duplicate()))
                .body(ReferralReceipt.of(result));
    }

    @GetMapping("/{referralId}")
    ReferralReceipt find(@PathVariable String referralId) {
        return records.findByReferralId(referralId)
                .map(record -> ReferralReceipt.of(record, null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "No referral has the id " + referralId + "; ids look like CSE-2026-000123"));
    }

    private static URI locationOf(String referralId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/referrals/{referralId}")
                .buildAndExpand(referralId)
                .toUri();
    }
}
