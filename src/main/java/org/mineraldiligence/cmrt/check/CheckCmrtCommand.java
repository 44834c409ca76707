package org.mineraldiligence.cmrt.check;

import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.CmrtJson;
import org.mineraldiligence.cmrt.CheckResult;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-cmrt FILE... [--json]}: one command for every RMI template we read (CMRT 3.x-6.5 and EMRT
 * 1.1-2.1; CRT and AMRT are refused as not supported). A readable report per file, or one JSON document per
 * line with {@code --json}. Exit code 0 when every file is VALID or VALID_WITH_WARNINGS, 1 when any is INVALID or
 * NOT_A_CMRT, 2 when any is UNREADABLE (or on a usage error). Runs without Spring.
 */
public final class CheckCmrtCommand {

    private CheckCmrtCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("-h") || a.equals("--help")) {
                usage(out);
                return 0;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            usage(err);
            return 2;
        }
        CmrtChecker checker = CmrtChecker.withDefaults().alsoEmrt();
        int exit = 0;
        for (String f : files) {
            CheckResult r = checker.check(Path.of(f));
            if (json) {
                out.println(CmrtJson.toJson(r));
            } else {
                report(r, out);
            }
            exit = Math.max(exit, exitCode(r.verdict()));
        }
        return exit;
    }

    static int exitCode(Verdict v) {
        return switch (v) {
            case VALID, VALID_WITH_WARNINGS -> 0;
            case INVALID, NOT_A_CMRT -> 1;
            case UNREADABLE -> 2;
        };
    }

    private static void usage(PrintStream s) {
        s.println("usage: check-cmrt FILE... [--json]");
        s.println("  Checks RMI Conflict Minerals Reporting Templates (CMRT 3.x-6.5) and Extended Minerals");
        s.println("  Reporting Templates (EMRT 1.1-2.1). CRT and AMRT are not supported.");
        s.println("  exit 0: all VALID/VALID_WITH_WARNINGS, 1: any INVALID/NOT_A_CMRT, 2: any UNREADABLE");
    }

    private static void report(CheckResult r, PrintStream out) {
        out.println(r.file() + ": " + r.verdict());
        if (r.templateType() != null) {
            out.println("  template: " + r.templateType() + (r.templateVersion() == null ? "" : " " + r.templateVersion()));
        }
        if (r.companyName() != null) {
            out.println("  company:  " + r.companyName() + (r.declarationScope() == null ? "" : " (scope " + r.declarationScope() + ")"));
        }
        if (r.templateType() != null && !r.metals().isEmpty()) {
            StringBuilder scope = new StringBuilder();
            r.metals().forEach((m, d) -> scope.append(' ').append(m.label()).append(d.inScope() ? "+" : "-"));
            out.println("  metals:  " + scope + "   smelter rows: " + r.smelters().size() + "   products: " + r.products().size());
        }
        if (!r.minerals().isEmpty()) {
            StringBuilder scope = new StringBuilder();
            r.minerals().forEach((m, d) -> scope.append(' ').append(m.label()).append(d.inScope() ? "+" : "-"));
            out.println("  minerals:" + scope + "   smelter rows: " + r.smelters().size() + "   mines: " + r.mines().size()
                    + "   products: " + r.products().size());
        }
        out.println("  " + r.errors().size() + " error(s), " + r.warnings().size() + " warning(s)");
        for (Finding f : r.findings()) {
            out.printf("  %-7s %-45s %-22s %s%n", f.severity(), f.ruleId(), f.cell() == null ? "" : f.cell(), f.message());
        }
    }
}
