package org.cseprotocol.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the protocol's groups, the demo users and their memberships at start-up, each only if missing, so a
 * restart changes nothing. Never runs in the {@code production} profile, and {@code cse.demo.enabled=false} turns
 * it off elsewhere.
 */
@Component
@Profile("!production")
@ConditionalOnProperty(prefix = "cse.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
class DemoIdentity implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(DemoIdentity.class);

    private final IdentityService identityService;
    private final DemoProperties properties;

    DemoIdentity(IdentityService identityService, DemoProperties properties) {
        this.identityService = identityService;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        long groupsCreated = new ProtocolGroups(identityService).createMissing();
        long usersCreated = DemoUsers.ALL.stream().filter(this::createUserIfMissing).count();
        DemoUsers.ALL.forEach(this::addMissingMemberships);
        LOG.info("Demo identity ready: created {} groups and {} users that were missing", groupsCreated,
                usersCreated);
    }

    private boolean createUserIfMissing(DemoUsers.DemoUser definition) {
        if (identityService.createUserQuery().userId(definition.id()).count() > 0) {
            return false;
        }
        User user = identityService.newUser(definition.id());
        user.setFirstName(definition.firstName());
        user.setLastName(definition.lastName());
        user.setEmail(definition.email());
        user.setPassword(properties.password());
        identityService.saveUser(user);
        return true;
    }

    private void addMissingMemberships(DemoUsers.DemoUser user) {
        for (String groupId : user.groupIds()) {
            if (identityService.createUserQuery().userId(user.id()).memberOfGroup(groupId).count() == 0) {
                identityService.createMembership(user.id(), groupId);
            }
        }
    }
}
