package org.cseprotocol.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Grants, at start-up and in every profile, the Camunda authorizations each group needs to open its webapps:
 * Tasklist for every protocol group, Cockpit for managers, and everything to {@code camunda-admin}. They take
 * effect once authorization checks are on. Existing grants are extended, never duplicated.
 */
@Component
class ApplicationAccess implements InitializingBean {

    static final String TASKLIST = "tasklist";
    static final String COCKPIT = "cockpit";

    private final Grants grants;

    ApplicationAccess(AuthorizationService authorizationService) {
        this.grants = new Grants(authorizationService);
    }

    @Override
    public void afterPropertiesSet() {
        CseGroups.tasklistGroups()
                .forEach(groupId -> grants.grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
        CseGroups.COCKPIT_USERS.forEach(groupId -> grants.grant(groupId, Resources.APPLICATION, COCKPIT,
                Permissions.ACCESS));
        for (Resources resource : Resources.values()) {
            grants.grant(CseGroups.ADMIN, resource, ANY, Permissions.ALL);
        }
    }
}
