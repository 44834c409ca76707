package org.mineraldiligence.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs PostgreSQL tests when a test database is configured; on CI, its absence is a failure. */
public class PostgresConfigured implements ExecutionCondition {

    public static final String URL_VARIABLE = "MD_TEST_DB_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL test database: " + url);
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + URL_VARIABLE
                    + " is not set: the PostgreSQL tests must run on CI (see .ci/run)");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: set " + URL_VARIABLE
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/md_test) to run them");
    }
}
