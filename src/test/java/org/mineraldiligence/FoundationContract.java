package org.mineraldiligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the foundation promises, run once on H2 and once on PostgreSQL: the models deploy, the roles have
 * their filters and rights, and one log-in opens our pages and the Camunda webapps alike.
 */
abstract class FoundationContract {

    static final String PASSWORD = "Secret-pass-1";

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;

    @BeforeEach
    void createPeople() {
        createUser("towner", Role.PROCESS_OWNER);
        createUser("tmanager", Role.COMMODITY_MANAGER);
    }

    private void createUser(String id, Role role) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(id, role.groupId());
    }

    @Test
    void everyModelAndFormInTheRepositoryIsDeployed() throws IOException {
        List<String> expected = filesIn("bpmn", "forms");
        List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .map(Deployment::getId)
                .flatMap(id -> repositoryService.getDeploymentResourceNames(id).stream())
                .map(name -> Path.of(name).getFileName().toString())
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(deployed).containsAll(expected);
    }

    @Test
    void everyRoleHasItsTasklistFilterAndTheMyTasksFilter() {
        for (Role role : Role.values()) {
            List<String> readable = filtersReadableBy(role.groupId());
            assertThat(readable).contains(role.displayName() + ": open tasks", "My tasks");
            assertThat(readable).hasSize(2);
        }
    }

    @Test
    void onlyProcessOwnersAndComplianceOfficersMayOpenCockpit() {
        assertThat(isGroupGranted(Role.PROCESS_OWNER, "cockpit")).isTrue();
        assertThat(isGroupGranted(Role.COMPLIANCE_OFFICER, "cockpit")).isTrue();
        assertThat(isGroupGranted(Role.COMMODITY_MANAGER, "cockpit")).isFalse();
        assertThat(isGroupGranted(Role.EXECUTIVE_CHAMPION, "cockpit")).isFalse();
        for (Role role : Role.values()) {
            assertThat(isGroupGranted(role, "tasklist")).as(role.groupId()).isTrue();
        }
    }

    @Test
    void anonymousVisitorsAreSentToTheLogInPageAndScriptsGet401() {
        WebSession anonymous = new WebSession(port);
        HttpResponse<String> home = anonymous.get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(anonymous.get("/camunda/app/tasklist/").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/engine-rest/process-definition").statusCode()).isEqualTo(401);
        assertThat(anonymous.getWithBasic("/engine-rest/process-definition", "nosuchuser", "wrong").statusCode())
                .isEqualTo(401);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void commodityManagerLogsInOnceAndTasklistShowsTheRoleFilter() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.logIn("tmanager", PASSWORD);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");

        assertThat(browser.get("/").body()).contains("tmanager").contains("Tasklist").doesNotContain("Cockpit</a> —");
        // As in a browser: opening Tasklist is what hands the log-in over to the webapp.
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        String camundaUser = browser.get("/camunda/api/admin/auth/user/default").body();
        assertThat(camundaUser).contains("\"userId\":\"tmanager\"").contains("tasklist").doesNotContain("cockpit");
        String filters = browser.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body();
        assertThat(filters).contains("Commodity managers: open tasks").contains("My tasks")
                .doesNotContain("Process owners: open tasks");
    }

    @Test
    void processOwnerLogsInAndMayUseCockpit() {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.logIn("towner", PASSWORD);
        assertThat(login.headers().firstValue("Location")).get().asString().doesNotContain("error");
        HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).as(cockpit.headers().toString()).isEqualTo(200);
        String camundaUser = browser.get("/camunda/api/admin/auth/user/default").body();
        assertThat(camundaUser).contains("\"userId\":\"towner\"").contains("cockpit");
    }

    @Test
    void restApiAppliesTheCallersAuthorizations() {
        WebSession script = new WebSession(port);
        HttpResponse<String> filters = script.getWithBasic("/engine-rest/filter", "tmanager", PASSWORD);
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("Commodity managers: open tasks")
                .doesNotContain("Executive champions: open tasks");
    }

    private List<String> filtersReadableBy(String groupId) {
        return filterService.createFilterQuery().list().stream()
                .filter(filter -> authorizationService.isUserAuthorized("nobody", List.of(groupId),
                        Permissions.READ, Resources.FILTER, filter.getId()))
                .map(Filter::getName)
                .toList();
    }

    private boolean isGroupGranted(Role role, String application) {
        return authorizationService.isUserAuthorized("nobody", List.of(role.groupId()), Permissions.ACCESS,
                Resources.APPLICATION, application);
    }

    private static List<String> filesIn(String... folders) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.map(path -> path.getFileName().toString()).forEach(names::add);
            }
        }
        return names;
    }
}
