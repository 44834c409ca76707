package org.mineraldiligence.report;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mineraldiligence.cmrt.CheckPolicy;
import org.mineraldiligence.cmrt.check.CmrtChecker;
import org.mineraldiligence.cmrt.emrt.EmrtLayout;
import org.mineraldiligence.cmrt.emrt.EmrtWorkbookReader;
import org.mineraldiligence.cmrt.template.Recognition;
import org.mineraldiligence.cmrt.template.Sheets;
import org.mineraldiligence.cmrt.template.TemplateRecognizer;
import org.mineraldiligence.cmrt.workbook.ReadLimits;
import org.mineraldiligence.cmrt.workbook.UnreadableWorkbookException;
import org.mineraldiligence.cmrt.workbook.WorkbookCells;
import org.mineraldiligence.cmrt.workbook.WorkbookFiles;
import org.mineraldiligence.cycle.ReportingCycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consolidated EMRT 2.1 of a cycle, from its suppliers' valid EMRTs read again with the EMRT reader. */
@Service
@Transactional(readOnly = true)
public class EmrtRollUps {

    /** The template's Smelter Look-up, read once: the bundled file does not change while we run. */
    static final Set<String> LOOKUP_IDS = EmrtRollUp.lookupIds();
    private static final WorkbookFiles FILES = new WorkbookFiles(ReadLimits.defaults());

    private final CycleReports reports;
    private final EmrtQueries queries;
    private final String companyName;
    private final Clock clock;

    EmrtRollUps(CycleReports reports, EmrtQueries queries, @Value("${mineral-diligence.company-name}") String companyName,
                Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.companyName = companyName;
        this.clock = clock;
    }

    /** Whether the cycle has a valid EMRT to consolidate (the report page's link). */
    public boolean hasValidEmrts(long cycleId) {
        return queries.validEmrts(cycleId) > 0;
    }

    public EmrtRollUpPreview preview(long cycleId) {
        ReportingCycle cycle = reports.cycle(cycleId);
        EmrtRollUpAnswers answers = answers(cycleId);
        return new EmrtRollUpPreview(problem(cycle, answers), answers.declarations().size(), answers.minerals(),
                answers.proposals(), answers.smelters().size(), answers.mines().size());
    }

    /** Writes the consolidated EMRT with the declarant's company data (see {@link RollUpDeclarant#emrtProblems}). */
    public RollUps.Outcome write(long cycleId, RollUpDeclarant declarant) {
        ReportingCycle cycle = reports.cycle(cycleId);
        EmrtRollUpAnswers answers = answers(cycleId);
        String problem = problem(cycle, answers);
        if (problem != null) {
            return new RollUps.Outcome(null, problem);
        }
        List<String> problems = declarant.emrtProblems();
        if (!problems.isEmpty()) {
            return new RollUps.Outcome(null, String.join(" ", problems));
        }
        CmrtChecker checker = new CmrtChecker(new CheckPolicy(cycle.policy().minCmrtRevision(), cycle.getReportingYear(),
                Clock.fixed(clock.instant(), ZoneId.systemDefault())));
        return EmrtRollUp.write(companyName, declarant, LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()),
                answers, checker);
    }

    private static String problem(ReportingCycle cycle, EmrtRollUpAnswers answers) {
        if (answers.declarations().isEmpty()) {
            return "No supplier has sent a valid EMRT in " + cycle.label() + " yet, so there is no consolidated EMRT.";
        }
        if (answers.minerals().isEmpty()) {
            return "No supplier's valid EMRT in " + cycle.label() + " declares a mineral in scope (questions 1 and 2 both"
                    + " Yes), so the consolidated EMRT would declare none; the EMRT requires at least one.";
        }
        return null;
    }

    private EmrtRollUpAnswers answers(long cycleId) {
        List<EmrtDeclaration> declarations = new ArrayList<>();
        for (EmrtQueries.StoredEmrt stored : queries.latestValidEmrts(cycleId)) {
            EmrtDeclaration d = read(stored.supplierName(), stored.content());
            if (d != null) {
                declarations.add(d);
            }
        }
        return new EmrtRollUpAnswers(queries.asked(cycleId), queries.responded(cycleId), declarations, LOOKUP_IDS);
    }

    /**
     * The stored file through the same reading as its check: a workbook our checker found valid reads again; one
     * that does not (it cannot, short of a changed reader) counts as not answered validly.
     */
    static EmrtDeclaration read(String supplierName, byte[] content) {
        try {
            WorkbookCells cells = FILES.read(new ByteArrayInputStream(content), Sheets.requests(FILES.limits()));
            Recognition recognition = TemplateRecognizer.recognize(cells);
            EmrtLayout layout = EmrtLayout.of(recognition.version());
            if (!"EMRT".equals(recognition.templateType()) || layout == null) {
                return null;
            }
            return EmrtDeclaration.of(supplierName, EmrtWorkbookReader.read(cells, recognition, layout));
        } catch (UnreadableWorkbookException e) {
            return null;
        }
    }
}
