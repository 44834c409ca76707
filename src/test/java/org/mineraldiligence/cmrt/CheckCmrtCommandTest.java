package org.mineraldiligence.cmrt;

import org.mineraldiligence.cmrt.check.CheckCmrtCommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCmrtCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CheckCmrtCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void exitsZeroWhenEveryFileIsValidOrValidWithWarnings(@TempDir Path dir) throws IOException {
        Path valid = Files.write(dir.resolve("valid.xlsx"), CmrtFixture.validVariant("6.5", f -> { }));

        assertThat(run(valid.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("valid.xlsx: VALID").contains("0 error(s)");
    }

    @Test
    void exitsOneWhenAnyFileIsInvalidOrNotACmrt() {
        assertThat(run(Templates.cmrt("6.5").toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("INVALID").contains("CMRT-EMPTY-TEMPLATE")
                .contains("Declaration!D8");
    }

    @Test
    void exitsTwoWhenAnyFileIsUnreadableEvenIfOthersAreInvalid(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));

        assertThat(run(Templates.resource("RMI_CRT_2.21.xlsx").toString(), empty.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("NOT_A_CMRT").contains("UNREADABLE");
    }

    @Test
    void jsonOptionPrintsOneParsableDocumentPerFile(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));

        int exit = run("--json", Templates.cmrt("6.4").toString(), empty.toString());

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(exit).isEqualTo(2);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("file").asText()).isEqualTo("RMI_CMRT_6.4.xlsx");
        assertThat(first.get("verdict").asText()).isEqualTo("INVALID");
        assertThat(new ObjectMapper().readTree(lines[1]).get("verdict").asText()).isEqualTo("UNREADABLE");
    }

    @Test
    void oneCommandForEveryRmiTemplateReadsEmrtsToo(@TempDir Path dir) throws IOException {
        Path emrt = Files.write(dir.resolve("emrt.xlsx"), EmrtFixture.validEmrt("2.1"));

        assertThat(run(emrt.toString(), Templates.resource("RMI_EMRT_1.3.xlsx").toString())).isEqualTo(1);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("emrt.xlsx: VALID" + System.lineSeparator()).contains("template: EMRT 2.1")
                .contains("minerals: Cobalt+ Copper+ Graphite+ Lithium+ Mica+ Nickel+").contains("mines: 1");
        assertThat(report).contains("RMI_EMRT_1.3.xlsx: INVALID").contains("31 error(s)")
                .contains("EMRT-REQ-Q1-COBALT").contains("Declaration!D26");
    }

    @Test
    void crtAndAmrtAreRefusedAsNotSupported() throws IOException {
        assertThat(run("--json", Templates.resource("RMI_CRT_2.21.xlsx").toString(),
                Templates.resource("RMI_AMRT_1.3.xlsx").toString())).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        for (String line : lines) {
            JsonNode json = new ObjectMapper().readTree(line);
            assertThat(json.get("verdict").asText()).isEqualTo("NOT_A_CMRT");
            assertThat(json.get("findings").get(0).get("ruleId").asText()).isEqualTo("RMI-TEMPLATE-UNSUPPORTED");
            assertThat(json.get("findings").get(0).get("message").asText()).contains("is not supported");
        }
        assertThat(new ObjectMapper().readTree(lines[0]).get("templateType").asText()).isEqualTo("CRT");
    }

    @Test
    void withoutFilesPrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: check-cmrt FILE... [--json]");
    }
}
