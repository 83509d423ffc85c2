package org.cseprotocol.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator in the {@code production} profile, or sets its password when the user exists, from
 * {@code CSE_ADMIN_PASSWORD}, and makes it a member of {@code camunda-admin}. Changing the variable and restarting
 * therefore changes the password. The setting is checked before this runs, by
 * {@code org.cseprotocol.security.ProductionSettings}.
 */
@Component
@Profile("production")
class ProductionAdministrator implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionAdministrator.class);

    private final IdentityService identityService;
    private final AdminProperties properties;
    private final ProtocolGroups protocolGroups;

    ProductionAdministrator(IdentityService identityService, AdminProperties properties,
            ProtocolGroups protocolGroups) {
        this.identityService = identityService;
        this.properties = properties;
        this.protocolGroups = protocolGroups;
    }

    @Override
    public void afterPropertiesSet() {
        protocolGroups.createMissing();
        User user = identityService.createUserQuery().userId(properties.userId()).singleResult();
        boolean created = user == null;
        if (created) {
            user = identityService.newUser(properties.userId());
            user.setFirstName("CSE");
            user.setLastName("Administrator");
        }
        user.setPassword(properties.password());
        identityService.saveUser(user);
        if (identityService.createUserQuery().userId(user.getId()).memberOfGroup(CseGroups.ADMIN).count() == 0) {
            identityService.createMembership(user.getId(), CseGroups.ADMIN);
        }
        LOG.info("Administrator {} {} from CSE_ADMIN_PASSWORD", user.getId(),
                created ? "created" : "password set");
    }
}
