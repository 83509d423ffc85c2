package org.cseprotocol.security;

import java.util.Arrays;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.cseprotocol.identity.CseGroups;

/**
 * Camunda's default task authorizations, plus READ on the task's case (its process instance) for each case team
 * group or user that the task is offered or assigned to. So a MASH worker who has had a task in a case may read that
 * case while it runs, and Tasklist shows the case's variables in the task list. The engine deletes the grant when
 * the case ends.
 *
 * <p>Partner agencies and Early Help get no such grant, and neither does a user who claims or is assigned a task
 * offered to a partner agency: they read only their task, through the partner allow-list.
 */
class CaseReadAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        AuthorizationEntity[] taskGrants = super.newTaskGroupIdentityLink(task, groupId, type);
        if (CseGroups.isOutsideCaseTeams(groupId)) {
            return taskGrants;
        }
        return withCaseRead(taskGrants, task, null, groupId);
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return withUserCaseRead(super.newTaskUserIdentityLink(task, userId, type), task, userId);
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return withUserCaseRead(super.newTaskAssignee(task, oldAssignee, newAssignee), task, newAssignee);
    }

    private AuthorizationEntity[] withUserCaseRead(AuthorizationEntity[] taskGrants, Task task, String userId) {
        if (userId == null || isOfferedOutsideCaseTeams(task)) {
            return taskGrants;
        }
        return withCaseRead(taskGrants, task, userId, null);
    }

    private static boolean isOfferedOutsideCaseTeams(Task task) {
        return task instanceof TaskEntity entity && entity.getIdentityLinks().stream()
                .map(IdentityLinkEntity::getGroupId)
                .anyMatch(groupId -> groupId != null && CseGroups.isOutsideCaseTeams(groupId));
    }

    private AuthorizationEntity[] withCaseRead(AuthorizationEntity[] taskGrants, Task task, String userId,
            String groupId) {
        String caseId = task.getProcessInstanceId();
        if (caseId == null) {
            return taskGrants;
        }
        AuthorizationEntity existing = groupId != null
                ? getGrantAuthorizationByGroupId(groupId, Resources.PROCESS_INSTANCE, caseId)
                : getGrantAuthorizationByUserId(userId, Resources.PROCESS_INSTANCE, caseId);
        AuthorizationEntity caseRead;
        if (existing == null) {
            caseRead = createAuthorization(userId, groupId, Resources.PROCESS_INSTANCE, caseId, Permissions.READ);
        } else if (existing.isPermissionGranted(Permissions.READ)) {
            return taskGrants;
        } else {
            addPermissions(existing, Permissions.READ);
            caseRead = existing;
        }
        AuthorizationEntity[] grants = taskGrants == null ? new AuthorizationEntity[0] : taskGrants;
        return Stream.concat(Arrays.stream(grants), Stream.of(caseRead)).toArray(AuthorizationEntity[]::new);
    }
}
