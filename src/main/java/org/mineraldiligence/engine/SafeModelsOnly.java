package org.mineraldiligence.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Refuses every new deployment (BPMN, DMN, CMMN, forms) that could run code of its author's choosing on the
 * server: script tasks, script listeners and script inputs, script expression languages, and expressions that
 * reach the Java runtime or reflection. Our own models need none of these, so the rule has no exemption:
 * a model that passes here is safe whoever deployed it (the REST API, Cockpit, a test).
 * Deployments already in the database are not checked again when the engine loads them.
 */
@Component
public class SafeModelsOnly extends AbstractProcessEnginePlugin {

    private record Rule(Pattern pattern, String reason) {
    }

    private static final List<Rule> RULES = List.of(
        new Rule(Pattern.compile("<([\\w-]+:)?scriptTask\\b"), "a script task"),
        new Rule(Pattern.compile("<([\\w-]+:)?script\\b"), "a script (listener or input/output)"),
        new Rule(Pattern.compile("\\bscriptFormat\\s*="), "a script format"),
        new Rule(Pattern.compile("expressionLanguage\\s*=\\s*\"[^\"]*(javascript|ecmascript|graal|nashorn|groovy|python"
                + "|jython|ruby|\\bjs\\b)", Pattern.CASE_INSENSITIVE), "a script expression language"),
        new Rule(Pattern.compile("\\bRuntime\\b"), "the Java runtime"),
        new Rule(Pattern.compile("\\bProcessBuilder\\b"), "starting processes"),
        new Rule(Pattern.compile("\\bjava\\.lang\\.|\\bjava\\.io\\.|\\bjava\\.nio\\.|\\bjavax\\.script\\b"), "Java classes by name"),
        new Rule(Pattern.compile("getClass|forName|getMethod|getDeclared|newInstance|ClassLoader|\\breflect\\b|MethodHandle"),
                "reflection"),
        new Rule(Pattern.compile("[$#]\\{[^}]*\\bclass\\b"), "reflection (the class property)"),
        new Rule(Pattern.compile("\\bexternal\\s*\\{"), "an external FEEL function")
    );

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getCustomPreDeployers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
        deployers.add(SafeModelsOnly::check);
        configuration.setCustomPreDeployers(deployers);
    }

    static void check(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            String text = new String(resource.getBytes(), StandardCharsets.UTF_8);
            firstOffence(text).ifPresent(reason -> {
                throw new BadUserRequestException("Deployment refused: " + resource.getName() + " contains " + reason
                        + ". Models on this server may not run scripts or reach Java classes.");
            });
        }
    }

    static Optional<String> firstOffence(String text) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            if (matcher.find()) {
                return Optional.of(rule.reason());
            }
        }
        return Optional.empty();
    }
}
