package org.mineraldiligence.cmrt.check;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.mineraldiligence.cmrt.Verdict;
import org.mineraldiligence.cmrt.Finding;
import org.mineraldiligence.cmrt.Severity;
import org.mineraldiligence.cmrt.CheckResult;
import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.rules.CheckerRules;
import org.mineraldiligence.cmrt.rules.CompanyNameWarning;
import org.mineraldiligence.cmrt.rules.EmptyTemplate;
import org.mineraldiligence.cmrt.rules.PolicyRules;
import org.mineraldiligence.cmrt.rules.DeclarationWarnings;
import org.mineraldiligence.cmrt.rules.FileWarnings;
import org.mineraldiligence.cmrt.rules.RollUpConsistency;
import org.mineraldiligence.cmrt.rules.SmelterWarnings;
import org.mineraldiligence.cmrt.template.CmrtWorkbook;
import org.mineraldiligence.cmrt.template.CmrtWorkbookReader;
import org.mineraldiligence.cmrt.template.Recognition;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.TemplateRecognizer;
import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.cmrt.workbook.UnreadableWorkbookException;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;
import org.mineraldiligence.cmrt.workbook.WorkbookFiles;

/**
 * Reads and checks CMRT workbooks, and EMRT workbooks too when made with {@link #alsoEmrt()} (the command line
 * and the check API; the portal's surveys still collect CMRTs only and refuse an EMRT as "not a CMRT").
 * Thread-safe and never throws: every file, however broken or hostile, yields a {@link CheckResult} with a
 * verdict and a reason. It does not log anything a supplier typed.
 */
public final class CmrtChecker {

    public static final String FILE_UNREADABLE = "CMRT-FILE-UNREADABLE";
    /** A CRT, an AMRT or an EMRT revision we do not read, given to a checker that reads every template. */
    public static final String TEMPLATE_UNSUPPORTED = "RMI-TEMPLATE-UNSUPPORTED";

    private final CheckPolicy policy;
    private final WorkbookFiles files;
    private final boolean readsEmrt;

    public CmrtChecker(CheckPolicy policy) {
        this(policy, ReadLimits.defaults());
    }

    public CmrtChecker(CheckPolicy policy, ReadLimits limits) {
        this(policy, new WorkbookFiles(Objects.requireNonNull(limits, "limits")), false);
    }

    private CmrtChecker(CheckPolicy policy, WorkbookFiles files, boolean readsEmrt) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.files = files;
        this.readsEmrt = readsEmrt;
    }

    /**
     * The same checker that also reads and checks EMRT 1.1-2.1 (same limits, same workbook reading, same JSON with
     * {@code templateType} "EMRT"). CRTs and AMRTs stay refused, with a message saying they are not supported.
     */
    public CmrtChecker alsoEmrt() {
        return new CmrtChecker(policy, files, true);
    }

    public static CmrtChecker withDefaults() {
        return new CmrtChecker(CheckPolicy.defaults());
    }

    public CheckPolicy policy() {
        return policy;
    }

    /** Checks a file on disk; the result's {@code file} is its file name. */
    public CheckResult check(Path file) {
        String name = file == null || file.getFileName() == null ? String.valueOf(file) : file.getFileName().toString();
        return guarded(name, () -> files.read(file, Sheets.requests(files.limits())), false);
    }

    /** Checks an upload; the stream is read (up to the size limit) but not closed. */
    public CheckResult check(String fileName, InputStream content) {
        return guarded(fileName, () -> files.read(content, Sheets.requests(files.limits())), false);
    }

    /**
     * Checks a consolidated CMRT we wrote ourselves: the same rules, and {@link RollUpConsistency} on top, which
     * rejects answers that contradict the file's own Smelter List.
     */
    public CheckResult checkRollUp(String fileName, InputStream content) {
        return guarded(fileName, () -> files.read(content, Sheets.requests(files.limits())), true);
    }

    private interface Source {
        WorkbookCells read() throws UnreadableWorkbookException;
    }

    private CheckResult guarded(String fileName, Source source, boolean rollUp) {
        try {
            return checkCells(fileName, source.read(), rollUp);
        } catch (UnreadableWorkbookException e) {
            return Results.rejected(fileName, null, null, Finding.error(FILE_UNREADABLE, e.getMessage(), null, null),
                    Verdict.UNREADABLE);
        } catch (Exception | StackOverflowError | LinkageError e) {
            // a defect of ours, not the supplier's; the message stays generic on purpose
            return Results.rejected(fileName, null, null, Finding.error(FILE_UNREADABLE, "The workbook could not be "
                    + "checked because of an unexpected problem while reading it. Please save it again in Excel and "
                    + "resend it; if that does not help, contact us.", null, null), Verdict.UNREADABLE);
        }
    }

    private CheckResult checkCells(String fileName, WorkbookCells cells, boolean rollUp) {
        Recognition recognition = TemplateRecognizer.recognize(cells);
        if (readsEmrt && !recognition.accepted() && recognition.templateType() != null) {
            return EmrtCheck.checkOrRefuse(fileName, cells, recognition, policy);
        }
        if (!recognition.accepted()) {
            Recognition.Rejection why = recognition.rejection();
            Verdict verdict = why.ruleId().equals(TemplateRecognizer.NOT_CMRT) ? Verdict.NOT_A_CMRT : Verdict.INVALID;
            return Results.rejected(fileName, recognition.templateType(), recognition.versionText(),
                    Finding.error(why.ruleId(), why.message(), null, null), verdict);
        }
        CmrtWorkbook wb = CmrtWorkbookReader.read(cells, recognition);
        List<Finding> findings = new ArrayList<>();
        if (EmptyTemplate.isEmpty(wb)) {
            PolicyRules.apply(wb, policy, findings);
            findings.add(EmptyTemplate.finding());
            return Results.of(fileName, wb, findings);
        }
        CheckerRules.apply(wb, findings);
        DeclarationWarnings.apply(wb, policy, findings);
        CompanyNameWarning.apply(wb, policy, findings);
        SmelterWarnings.apply(wb, findings);
        FileWarnings.apply(wb, policy, findings); // compares the Checker rules' count, so before the policy's errors
        PolicyRules.apply(wb, policy, findings);
        if (rollUp) {
            RollUpConsistency.apply(wb, findings);
        }
        findings.sort(BLOCKING_FIRST);
        return Results.of(fileName, wb, findings);
    }

    /** What stops acceptance first: the policy (nothing else helps while it fails), then errors, then notes. */
    private static final Comparator<Finding> BLOCKING_FIRST = Comparator.comparingInt(
            f -> PolicyRules.isPolicyRule(f.ruleId()) ? 0 : f.severity() == Severity.ERROR ? 1 : 2);
}
