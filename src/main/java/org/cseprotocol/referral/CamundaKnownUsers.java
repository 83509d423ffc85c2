package org.cseprotocol.referral;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Looks user ids up in Camunda's identity service, whichever identity provider backs it. */
@Component
class CamundaKnownUsers implements KnownUsers {

    private final IdentityService identityService;

    CamundaKnownUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    // NOTE: with authorization checks on, the query sees only users the caller may READ, so a sender without READ
    // on users would have every allocated social worker rejected as unknown.
    @Override
    public boolean contains(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }
}
