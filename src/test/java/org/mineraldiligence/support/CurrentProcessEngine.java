package org.mineraldiligence.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Makes the test's own process engine the one the REST API and the Camunda webapps use. They look the
 * engine up by name in Camunda's JVM-wide registry, where the latest Spring context to start registered
 * its engine as "default"; a test on an earlier, cached context would otherwise call another context's
 * engine and see none of its own users or data.
 */
public class CurrentProcessEngine implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfAvailable();
        if (engine != null) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
