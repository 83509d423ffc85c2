package org.cseprotocol.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.cseprotocol.identity.CseGroups;
import org.cseprotocol.identity.Grants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters at start-up, each only if no filter of its name exists, and lets the groups
 * that need it read each one. Every filter lists only the tasks Camunda lets the user read, so "Overdue" shows a
 * worker the overdue tasks of their own groups, and case oversight every overdue task. Users cannot create their
 * own filters, because a stored filter may hold expressions that the engine evaluates.
 */
@Component
class TasklistFilters implements InitializingBean {

    static final String MY_TASKS = "My tasks";
    static final String MY_GROUPS = "My groups' tasks";
    static final String OVERDUE = "Overdue";
    static final String ALL_TASKS = "All tasks";

    private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);
    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "referralId", "label", "Referral"),
            Map.of("name", "ragRating", "label", "RAG rating"));

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = new Grants(authorizationService);
    }

    @Override
    public void afterPropertiesSet() {
        List<String> everyone = CseGroups.tasklistGroups();
        share(ensure(MY_TASKS, -20, "Tasks assigned to me",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")), everyone);
        share(ensure(MY_GROUPS, -10, "Tasks offered to my groups",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()), everyone);
        share(ensure(OVERDUE, 0, "Open tasks past their due date",
                taskService.createTaskQuery().dueBeforeExpression("${now()}")), everyone);
        share(ensure(ALL_TASKS, 10, "Every task I may see",
                taskService.createTaskQuery()), CseGroups.CASE_OVERSIGHT);
    }

    private Filter ensure(String name, int priority, String description, TaskQuery query) {
        Filter existing = filterService.createTaskFilterQuery().filterName(name).list().stream().findFirst()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query.orderByDueDate().asc())
                .setProperties(Map.of("priority", priority, "description", description, "refresh", true,
                        "showUndefinedVariable", false, "variables", COLUMNS));
        LOG.info("Created Tasklist filter '{}'", name);
        return filterService.saveFilter(filter);
    }

    private void share(Filter filter, List<String> groups) {
        groups.forEach(group -> grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ));
    }
}
