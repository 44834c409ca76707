package org.mineraldiligence.smelter;

import org.mineraldiligence.cmrt.Metal;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchSmeltersCommandTest {

    private static final String CMRT_65 = "src/test/resources/cmrt/templates/RMI_CMRT_6.5.xlsx";

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return MatchSmeltersCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path names(String content) throws IOException {
        return Files.writeString(dir.resolve("names.tsv"), content);
    }

    private String[] outputLines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void matchesNamesAgainstACmrtWorkbookAndWritesOneTsvRowPerName() throws IOException {
        Path names = names("metal\tname\tcountry\nGold\tThe Perth Mint\tAustralia\n"
                + "Tin\tSmelter not yet identified\t\nGold\tNo Such Refinery Whatsoever\tNowhere\n");
        assertThat(run("--reference", CMRT_65, "--names", names.toString())).isEqualTo(MatchSmeltersCommand.OK);
        String[] lines = outputLines();
        assertThat(lines[0]).isEqualTo(String.join("\t", MatchSmeltersCommand.OUTPUT_COLUMNS));
        assertThat(lines).hasSize(4);
        assertThat(lines[1].split("\t")).containsExactly("Gold", "The Perth Mint", "Australia", "CID002030",
                "Western Australian Mint (T/a The Perth Mint)", "ALIAS", "1.00", "MATCHED");
        assertThat(lines[2]).endsWith("\tNOT_YET_IDENTIFIED");
        assertThat(lines[3].split("\t", -1)[5]).isEmpty();
        assertThat(lines[3]).endsWith("\tREVIEW");
    }

    @Test
    void acceptsAnRmiStyleCsvListAsReference() throws IOException {
        Path reference = Files.writeString(dir.resolve("rmi.csv"),
                "Metal,Smelter Name,Country,Smelter ID,Status\nTin,Minsur,PERU,CID001182,Conformant\n");
        Path names = names("metal\tname\tcountry\nTin\tMINSUR S.A.\tPeru\n");
        assertThat(run("--reference", reference.toString(), "--names", names.toString())).isZero();
        assertThat(outputLines()[1]).contains("CID001182").endsWith("MATCHED");
    }

    @Test
    void badNamesFileIsRefusedWithLineNumbersAndNothingOnStandardOutput() throws IOException {
        Path names = names("metal\tname\tcountry\nGold\tAurubis AG\tGermany\nSilver\tSomething\t\n");
        assertThat(run("--reference", CMRT_65, "--names", names.toString())).isEqualTo(MatchSmeltersCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3").contains("Silver");
        assertThat(out.size()).isZero();
    }

    @Test
    void badReferenceIsRefusedWithItsProblems() throws IOException {
        Path reference = Files.writeString(dir.resolve("rmi.csv"),
                "Metal,Smelter Name,Country,Smelter ID,Status\nTin,Minsur,PERU,CID001182,Excellent\n");
        Path names = names("metal\tname\tcountry\n");
        assertThat(run("--reference", reference.toString(), "--names", names.toString()))
                .isEqualTo(MatchSmeltersCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2").contains("Excellent");
    }

    @Test
    void missingOrUnknownArgumentsPrintUsage() {
        assertThat(run("--names", "x.tsv")).isEqualTo(MatchSmeltersCommand.USAGE);
        assertThat(run("--reference", "a", "--names", "b", "--verbose")).isEqualTo(MatchSmeltersCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: match-smelters");
    }

    @Test
    void unreadableReferenceIsBadInput() throws IOException {
        Path names = names("metal\tname\tcountry\n");
        assertThat(run("--reference", dir.resolve("missing.xlsx").toString(), "--names", names.toString()))
                .isEqualTo(MatchSmeltersCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot read reference");
    }
}
