package org.mineraldiligence.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With deployment over REST switched on, the engine still refuses models that would run code on the server. */
@H2ApplicationTest
@TestPropertySource(properties = {
    "mineral-diligence.engine-rest.deployment-enabled=true",
    "spring.datasource.url=jdbc:h2:mem:rest-deployment;DB_CLOSE_DELAY=-1"
})
class EngineRestDeploymentTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void theIssuesRemoteCodeModelIsRefused() {
        HttpResponse<String> deploy = deployAsAdmin("attack.bpmn", RestRequests.RCE_MODEL);
        assertThat(deploy.statusCode()).isEqualTo(400);
        assertThat(deploy.body()).contains("Deployment refused").contains("attack.bpmn");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("rce-attack").count()).isZero();
        assertThat(Path.of("/tmp/md-rce")).doesNotExist();
    }

    @Test
    void scriptTasksAreRefused() {
        HttpResponse<String> deploy = deployAsAdmin("script.bpmn", RestRequests.SCRIPT_MODEL);
        assertThat(deploy.statusCode()).isEqualTo(400);
        assertThat(deploy.body()).contains("script task");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("script-attack").count()).isZero();
    }

    @Test
    void ourOwnModelsStillDeploy() throws IOException {
        for (String model : new String[] {"bpmn/grievance.bpmn", "bpmn/smelter-risk.dmn"}) {
            HttpResponse<String> deploy = deployAsAdmin(Path.of(model).getFileName().toString(),
                    Files.readString(Path.of(model)));
            assertThat(deploy.statusCode()).as(deploy.body()).isEqualTo(200);
        }
    }

    @Test
    void aColleagueWithoutDeploymentRightsIsStillRefusedByCamunda() {
        WebSession script = new WebSession(port);
        HttpResponse<String> deploy = script.send(RestRequests.deployment(script.baseUrl(), "harmless.bpmn",
                RestRequests.HARMLESS_MODEL).header("Authorization", RestRequests.basic("olivia", "demo")).build());
        assertThat(deploy.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> deployAsAdmin(String fileName, String content) {
        WebSession script = new WebSession(port);
        return script.send(RestRequests.deployment(script.baseUrl(), fileName, content)
                .header("Authorization", RestRequests.basic("admin", "admin")).build());
    }
}
