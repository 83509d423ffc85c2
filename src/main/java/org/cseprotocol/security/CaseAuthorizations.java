package org.cseprotocol.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.cseprotocol.identity.CseGroups;
import org.cseprotocol.identity.Grants;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Grants, at start-up, the Camunda authorizations each group needs beyond its tasks. Tasks need no grant here: the
 * engine gives each candidate group, candidate user and assignee READ and TASK_WORK on the task itself, and
 * {@link CaseReadAuthorizationProvider} adds READ on the task's case for the case teams.
 *
 * <ul>
 *   <li>Every Tasklist group may read the {@code cse-referral} model, so that Tasklist shows the process name and
 *       diagram. Nobody gets CREATE_INSTANCE: cases start only through {@code POST /api/referrals}.</li>
 *   <li>The case teams may read users and groups, so that Tasklist shows names and a team manager can find a
 *       social worker; the intake system accounts may read users, so that the intake can check an allocated social
 *       worker. Partner agencies and Early Help may read neither.</li>
 *   <li>Case oversight (MASH manager, CSE lead) may read every case, its tasks, history and decisions, read-only,
 *       because they review decisions, receive escalations and keep the central CSE record.</li>
 *   <li>The CSE lead may start the monthly {@code cse-operational-review} by hand from Tasklist, and no other
 *       process; the timer starts it otherwise.</li>
 * </ul>
 * Administrators hold ALL on every resource, granted by the identity package.
 */
@Component
class CaseAuthorizations implements InitializingBean {

    static final String PROCESS_KEY = "cse-referral";
    static final String REVIEW_PROCESS_KEY = "cse-operational-review";

    private final Grants grants;

    CaseAuthorizations(AuthorizationService authorizationService) {
        this.grants = new Grants(authorizationService);
    }

    @Override
    public void afterPropertiesSet() {
        CseGroups.tasklistGroups().forEach(group -> {
            grants.grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, Permissions.READ);
            grants.grant(group, Resources.PROCESS_DEFINITION, REVIEW_PROCESS_KEY, Permissions.READ);
        });
        CseGroups.caseTeamGroups().forEach(group -> {
            grants.grant(group, Resources.USER, ANY, Permissions.READ);
            grants.grant(group, Resources.GROUP, ANY, Permissions.READ);
        });
        grants.grant(CseGroups.REFERRAL_INTAKE, Resources.USER, ANY, Permissions.READ);
        CseGroups.CASE_OVERSIGHT.forEach(this::grantOversight);
        grants.grant(CseGroups.CSE_LEAD, Resources.PROCESS_DEFINITION, REVIEW_PROCESS_KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
        grants.grant(CseGroups.CSE_LEAD, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }

    private void grantOversight(String group) {
        grants.grant(group, Resources.PROCESS_DEFINITION, PROCESS_KEY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grants.grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grants.grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }
}
