package org.mineraldiligence.smelter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mineraldiligence.smelter.importer.BundledReferenceList;
import org.mineraldiligence.smelter.importer.ImportResult;
import org.mineraldiligence.smelter.importer.ReferenceFiles;

/**
 * {@code match-smelters --reference FILE --names FILE.tsv [--as-of YYYY-MM-DD]}: matches declared smelter names
 * against a reference list and writes one TSV row per declared row to standard output. The reference is an
 * RMI-style facility list (.csv, .tsv, .xlsx), an official CMRT workbook (its Smelter Look-up) or the word
 * {@code bundled} for the demo list. Runs without Spring or the process engine.
 */
public final class MatchSmeltersCommand {

    public static final int OK = 0;
    /** A file could not be read or holds bad rows; nothing is written to standard output. */
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = "usage: match-smelters --reference FILE --names FILE.tsv [--as-of YYYY-MM-DD]\n"
            + "  --reference  RMI-style facility list (.csv, .tsv, .xlsx), an official CMRT workbook (.xlsx),\n"
            + "               or 'bundled' for the 2017 demo list\n"
            + "  --names      tab-separated, header: metal<TAB>name<TAB>country (optional column smelterId)\n"
            + "  --as-of      date the reference statuses are valid (default: today; ignored for 'bundled')";
    static final List<String> OUTPUT_COLUMNS = List.of(
            "metal", "name", "country", "smelterId", "standardName", "method", "confidence", "decision");

    private MatchSmeltersCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (!List.of("--reference", "--names", "--as-of").contains(option) || i + 1 >= args.length) {
                err.println(option.startsWith("--") && i + 1 >= args.length
                        ? "match-smelters: " + option + " needs a value" : "match-smelters: unknown argument " + option);
                err.println(USAGE_TEXT);
                return USAGE;
            }
            options.put(option, args[++i]);
        }
        if (!options.containsKey("--reference") || !options.containsKey("--names")) {
            err.println("match-smelters: --reference and --names are required");
            err.println(USAGE_TEXT);
            return USAGE;
        }
        LocalDate asOf;
        try {
            asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : LocalDate.now();
        } catch (DateTimeParseException e) {
            err.println("match-smelters: --as-of '" + options.get("--as-of") + "' is not a date like 2017-04-01");
            return USAGE;
        }
        return match(options.get("--reference"), Path.of(options.get("--names")), asOf, out, err);
    }

    private static int match(String referenceArg, Path names, LocalDate asOf, PrintStream out, PrintStream err) {
        ImportResult reference;
        if (referenceArg.equalsIgnoreCase("bundled")) {
            reference = new BundledReferenceList().load();
        } else {
            Path file = Path.of(referenceArg);
            if (!Files.isReadable(file)) {
                err.println("match-smelters: cannot read reference " + file);
                return BAD_INPUT;
            }
            reference = new ReferenceFiles().importFile(file, asOf);
        }
        if (!reference.isSuccess()) {
            err.println("match-smelters: reference " + referenceArg + " refused:");
            reference.problems().forEach(p -> err.println("  " + p));
            return BAD_INPUT;
        }
        DeclaredSmelterFile.Contents declared;
        try {
            declared = DeclaredSmelterFile.read(Files.newBufferedReader(names, StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("match-smelters: cannot read names file " + names + ": " + e.getMessage());
            return BAD_INPUT;
        }
        if (!declared.problems().isEmpty()) {
            err.println("match-smelters: names file " + names + " refused:");
            declared.problems().forEach(p -> err.println("  " + p));
            return BAD_INPUT;
        }
        SmelterMatcher matcher = new SmelterMatcher(reference.orElseThrow());
        out.println(String.join("\t", OUTPUT_COLUMNS));
        for (DeclaredSmelter row : declared.rows()) {
            out.println(line(matcher.match(row)));
        }
        out.flush();
        return OK;
    }

    private static String line(MatchResult r) {
        DeclaredSmelter d = r.declared();
        return String.join("\t", d.metal().label(), d.name(), d.country(), r.smelterId(), r.standardName(),
                r.method() == MatchMethod.NONE ? "" : r.method().name(),
                String.format(Locale.ROOT, "%.2f", r.confidence()), r.decision().name());
    }
}
