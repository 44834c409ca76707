package org.mineraldiligence.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the role groups, their authorizations and one Tasklist filter per role at start-up. Every node
 * of a cluster runs this, so each step first looks whether its result already exists.
 */
@Component
public class IdentitySetup {

    private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);
    public static final String MY_TASKS_FILTER = "My tasks";
    /** The key of bpmn/grievance.bpmn; a constant here so identity does not depend on the grievance feature. */
    static final String GRIEVANCE_PROCESS = "grievance";
    /** The key of bpmn/reporting-cycle.bpmn, the one process a person starts. */
    static final String REPORTING_CYCLE_PROCESS = "reporting-cycle";
    static final String ESCALATION_PROCESS = "executive-escalation";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
                  FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Order(1)
    public void setUp() {
        for (Role role : Role.values()) {
            createGroup(role);
            grantCommon(role);
            createGroupFilter(role);
        }
        grantProcessOwners(Role.PROCESS_OWNER.groupId());
        grantExecutives(Role.EXECUTIVE_CHAMPION.groupId());
        grantReadOnlyCockpit(Role.COMPLIANCE_OFFICER.groupId());
        keepGrievancesWithComplianceOfficers();
        withdrawEarlierGrants();
        createMyTasksFilter();
        log.info("Role groups, authorizations and Tasklist filters are in place");
    }

    private void createGroup(Role role) {
        if (identityService.createGroupQuery().groupId(role.groupId()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(role.groupId());
        group.setName(role.displayName());
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identityService.saveGroup(group);
    }

    /**
     * Every role works in Tasklist, sees the models behind its tasks and the other users' names. The tasks
     * themselves a person reads and works through the authorization Camunda creates for a task's candidate
     * group and assignee (READ and TASK_WORK, see TaskWriteGuardPlugin), so a commodity manager never sees an
     * executive's task.
     */
    private void grantCommon(Role role) {
        String group = role.groupId();
        grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(group, Resources.USER, "*", Permissions.READ);
        grant(group, Resources.GROUP, "*", Permissions.READ);
    }

    /**
     * Process owners start cycles from Tasklist and watch them in Cockpit. They change no running instance:
     * modification, variables, jobs and suspension stay with camunda-admin.
     */
    private void grantProcessOwners(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.READ_TASK);
        // Only cycles: a survey or grievance instance started by hand (even at a chosen step, with chosen
        // variables) would be one our code did not start. Single surveys start from our /surveys page.
        grant(group, Resources.PROCESS_DEFINITION, REPORTING_CYCLE_PROCESS, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
        grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
        grant(group, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
    }

    /**
     * Executives comment on their escalation decisions in Tasklist; Camunda looks the task up in history
     * before it takes a comment, so they read the history of the escalation process (and only of it).
     */
    private void grantExecutives(String group) {
        grant(group, Resources.PROCESS_DEFINITION, ESCALATION_PROCESS, ProcessDefinitionPermissions.READ_HISTORY);
    }

    /** Compliance officers look at running cycles in Cockpit but change nothing there. */
    private void grantReadOnlyCockpit(String group) {
        grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
              ProcessDefinitionPermissions.READ_TASK);
        grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    }

    /**
     * Grievances are for compliance officers only. The wider grants above would let other roles read the
     * grievance process's tasks and instances, so those are revoked for it; executives still receive the
     * escalated task, whose candidate-group authorization Camunda creates with the task.
     */
    private void keepGrievancesWithComplianceOfficers() {
        // READ on every task or instance would reach into grievances past the revocations below; READ_TASK
        // and READ_INSTANCE on the process definitions give process owners everything else. Earlier
        // start-ups granted them: take them back.
        withdraw(Role.PROCESS_OWNER.groupId(), Resources.TASK, Permissions.READ, Permissions.UPDATE);
        withdraw(Role.PROCESS_OWNER.groupId(), Resources.PROCESS_INSTANCE, ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE);
        for (Role role : Role.values()) {
            if (role != Role.COMPLIANCE_OFFICER) {
                revoke(role.groupId(), Resources.PROCESS_DEFINITION, GRIEVANCE_PROCESS,
                       ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
                       ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                       ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
        }
    }

    /**
     * Grants that earlier versions gave and this one does not; the database keeps them across start-ups, so
     * they are taken back: process owners updated instances (modification, variables, jobs, suspension) and
     * started any process, and every role read every task, the executives' included.
     */
    private void withdrawEarlierGrants() {
        withdraw(Role.PROCESS_OWNER.groupId(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        for (Role role : new Role[] {Role.COMMODITY_MANAGER, Role.EXECUTIVE_CHAMPION}) {
            withdraw(role.groupId(), Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_TASK);
        }
    }

    /** Removes permissions from a group's grant on every resource of a type ("*"), if it has one. */
    private void withdraw(String groupId, Resource resource, Permission... permissions) {
        Authorization wildcard = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId("*").singleResult();
        if (wildcard != null) {
            for (Permission permission : permissions) {
                wildcard.removePermission(permission);
            }
            authorizationService.saveAuthorization(wildcard);
        }
    }

    private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_REVOKE)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_REVOKE);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.removePermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    private void createGroupFilter(Role role) {
        String name = role.displayName() + ": open tasks";
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroup(role.groupId()).includeAssignedTasks();
        Filter filter = findOrCreate(name, query, "Tasks waiting for the " + role.groupId() + " group", 10);
        grantFilterRead(role.groupId(), filter);
    }

    private void createMyTasksFilter() {
        TaskQuery query = taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}");
        Filter filter = findOrCreate(MY_TASKS_FILTER, query, "Tasks assigned to me", 0);
        for (String group : Role.groupIds()) {
            grantFilterRead(group, filter);
        }
    }

    private Filter findOrCreate(String name, TaskQuery query, String description, int priority) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter != null) {
            return filter;
        }
        filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        return filterService.saveFilter(filter);
    }

    private void grantFilterRead(String groupId, Filter filter) {
        grant(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
