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

    // The query sees only users the caller may READ. Every group that may send referrals holds READ on all users,
    // granted by org.cseprotocol.security.CaseAuthorizations; a sender without it would find no user.
    @Override
    public boolean contains(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }
}
