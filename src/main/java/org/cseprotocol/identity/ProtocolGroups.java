package org.cseprotocol.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the protocol's groups at start-up in every profile, each only if missing, because the process assigns
 * tasks to them and the authorizations name them. Members are added by the demo identity or by an administrator.
 */
@Component
class ProtocolGroups implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolGroups.class);

    private final IdentityService identityService;

    ProtocolGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void afterPropertiesSet() {
        LOG.info("Protocol groups ready: created {} groups that were missing", createMissing());
    }

    /** Creates each missing group and returns how many it created. */
    long createMissing() {
        return CseGroups.ALL.stream().filter(this::createGroupIfMissing).count();
    }

    private boolean createGroupIfMissing(CseGroups.CseGroup definition) {
        if (identityService.createGroupQuery().groupId(definition.id()).count() > 0) {
            return false;
        }
        Group group = identityService.newGroup(definition.id());
        group.setName(definition.name());
        group.setType(definition.type());
        identityService.saveGroup(group);
        return true;
    }
}
