package org.mineraldiligence.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** What the deployment check lets through: all of our own models and forms, and none of the usual ways to run code. */
class SafeModelsOnlyTest {

    @Test
    void everyModelAndFormWeShipPasses() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("bpmn")), Files.list(Path.of("forms")))) {
            files.forEach(file -> assertThat(SafeModelsOnly.firstOffence(read(file))).as(file.toString()).isEmpty());
        }
    }

    @Test
    void waysToRunCodeAreRefused() {
        assertThat(SafeModelsOnly.firstOffence("<bpmn:scriptTask id=\"a\" scriptFormat=\"groovy\">")).contains("a script task");
        assertThat(SafeModelsOnly.firstOffence("<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"js\">"))
                .contains("a script (listener or input/output)");
        assertThat(SafeModelsOnly.firstOffence("<definitions expressionLanguage=\"groovy\">")).contains("a script expression language");
        assertThat(SafeModelsOnly.firstOffence("${execution.getClass().forName('x')}")).isPresent();
        assertThat(SafeModelsOnly.firstOffence("${execution['class'].classLoader}")).isPresent();
        assertThat(SafeModelsOnly.firstOffence("${execution.class.forName}")).isPresent();
        assertThat(SafeModelsOnly.firstOffence("camunda:class=\"java.lang.ProcessBuilder\"")).isPresent();
        assertThat(SafeModelsOnly.firstOffence("${''.getClass()}")).contains("reflection");
        assertThat(SafeModelsOnly.firstOffence("function(x) external { java: { class: \"Foo\" } }"))
                .contains("an external FEEL function");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
