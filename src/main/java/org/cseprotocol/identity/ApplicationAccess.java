package org.cseprotocol.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
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

    private final AuthorizationService authorizationService;

    ApplicationAccess(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @Override
    public void afterPropertiesSet() {
        CseGroups.tasklistGroups()
                .forEach(groupId -> grant(groupId, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
        CseGroups.COCKPIT_USERS.forEach(groupId -> grant(groupId, Resources.APPLICATION, COCKPIT,
                Permissions.ACCESS));
        for (Resources resource : Resources.values()) {
            grant(CseGroups.ADMIN, resource, ANY, Permissions.ALL);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .list().stream().findFirst()
                .orElseGet(() -> newGrant(groupId, resource, resourceId));
        if (authorization.getId() == null || !authorization.isPermissionGranted(permission)) {
            authorization.addPermission(permission);
            authorizationService.saveAuthorization(authorization);
        }
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }
}
