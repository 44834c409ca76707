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

        assertThat(run(Templates.resource("RMI_EMRT_2.1.xlsx").toString(), empty.toString())).isEqualTo(2);
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
    void withoutFilesPrintsUsageAndExitsTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: check-cmrt FILE... [--json]");
    }
}
