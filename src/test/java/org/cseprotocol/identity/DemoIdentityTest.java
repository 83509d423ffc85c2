package org.cseprotocol.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.cseprotocol.testing.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The groups, demo users and application grants that start-up creates in the default profile. */
@ApiIntegrationTest
class DemoIdentityTest {

    @Autowired
    private IdentityService identityService;
    @Autowired
    private AuthorizationService authorizationService;
    @Autowired
    private DemoIdentity demoIdentity;
    @Autowired
    private ApplicationAccess applicationAccess;

    @Test
    void everyProtocolGroupExists() {
        assertThat(identityService.createGroupQuery().list()).extracting(Group::getId)
                .containsAll(CseGroups.ids());
        assertThat(identityService.createGroupQuery().groupId("camunda-admin").singleResult().getType())
                .isEqualTo(Groups.GROUP_TYPE_SYSTEM);
        assertThat(identityService.createGroupQuery().groupId("mash-duty-manager").singleResult().getType())
                .isEqualTo(Groups.GROUP_TYPE_WORKFLOW);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void demoUserHasPasswordAndGroups(DemoUsers.DemoUser user) {
        assertThat(identityService.checkPassword(user.id(), "demo")).isTrue();
        assertThat(identityService.createGroupQuery().groupMember(user.id()).list()).extracting(Group::getId)
                .containsExactlyInAnyOrderElementsOf(user.groupIds());
    }

    static Stream<DemoUsers.DemoUser> demoUsers() {
        return DemoUsers.ALL.stream();
    }

    @Test
    void demoUsersAreTheProtocolsRoles() {
        assertThat(DemoUsers.ALL).extracting(DemoUsers.DemoUser::id).containsExactlyInAnyOrder("duty.manager",
                "mash.manager", "cse.lead", "police.mash", "police.set", "mash.socialcare", "partner.health",
                "partner.education", "team.manager", "social.worker", "qau.lead", "cp.coordinator", "early.help",
                "admin");
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(user -> user.getId()).contains("admin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groupIds")
    void everyGroupMayOpenTasklist(String groupId) {
        assertThat(grant(groupId, Resources.APPLICATION, ApplicationAccess.TASKLIST)
                .isPermissionGranted(Permissions.ACCESS)).isTrue();
    }

    static Stream<String> groupIds() {
        return CseGroups.tasklistGroups().stream();
    }

    @Test
    void onlyManagersAndAdminsMayOpenCockpit() {
        assertThat(authorizationService.createAuthorizationQuery()
                .resourceType(Resources.APPLICATION).resourceId(ApplicationAccess.COCKPIT).list())
                .extracting(Authorization::getGroupId)
                .containsExactlyInAnyOrder("mash-manager", "mash-cse-lead", "camunda-admin");
    }

    @Test
    void adminGroupHasAllOnEveryResource() {
        for (Resource resource : Resources.values()) {
            assertThat(grant("camunda-admin", resource, Authorization.ANY).isPermissionGranted(Permissions.ALL))
                    .as("ALL on %s", resource.resourceName()).isTrue();
        }
    }

    @Test
    void runningAgainChangesNothing() {
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long memberships = identityService.createUserQuery().memberOfGroup("partner-police").count();
        long authorizations = authorizationService.createAuthorizationQuery().count();

        demoIdentity.afterPropertiesSet();
        applicationAccess.afterPropertiesSet();

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().memberOfGroup("partner-police").count()).isEqualTo(memberships);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    }

    private Authorization grant(String groupId, Resource resource, String resourceId) {
        return authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
    }
}
