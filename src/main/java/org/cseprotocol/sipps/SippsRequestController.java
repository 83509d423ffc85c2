package org.cseprotocol.sipps;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Lets a social worker or a manager request the SIPPS worksheet (the in-depth CSE risk assessment) on any running
 * case, at any time. The caller is the Camunda user that {@code /api} authenticates with HTTP basic.
 */
@RestController
class SippsRequestController {

    /** Groups whose members may request the worksheet. */
    static final Set<String> REQUESTING_GROUPS = Set.of("social-worker", "team-manager", "mash-manager",
            "mash-cse-lead");

    /** Groups that may ask on any case; a social worker only on a case allocated to them. */
    static final Set<String> ANY_CASE_GROUPS = Set.of("team-manager", "mash-manager", "mash-cse-lead",
            "camunda-admin");

    private static final Logger LOG = LoggerFactory.getLogger(SippsRequestController.class);

    private final IdentityService identityService;
    private final SippsRequests requests;

    SippsRequestController(IdentityService identityService, SippsRequests requests) {
        this.identityService = identityService;
        this.requests = requests;
    }

    /** Returns 201 with the new worksheet task's id. */
    @PostMapping("/api/referrals/{referralId}/sipps-request")
    ResponseEntity<SippsRequestReceipt> request(@PathVariable String referralId) {
        Authentication caller = identityService.getCurrentAuthentication();
        checkMayRequest(caller, referralId);
        try {
            boolean anyCase = caller.getGroupIds().stream().anyMatch(ANY_CASE_GROUPS::contains);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(requests.request(referralId, caller.getUserId(), anyCase));
        } catch (OptimisticLockingException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Case " + referralId + " changed while the "
                    + "request was handled. Send the request again.", e);
        }
    }

    private static void checkMayRequest(Authentication caller, String referralId) {
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (groups.stream().noneMatch(REQUESTING_GROUPS::contains)) {
            LOG.info("Rejected a SIPPS request on case {} by {}, who is in none of the requesting groups", referralId,
                    caller == null ? null : caller.getUserId());
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only members of the groups "
                    + String.join(", ", REQUESTING_GROUPS.stream().sorted().toList())
                    + " may request a SIPPS worksheet.");
        }
    }
}
