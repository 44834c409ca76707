package org.mineraldiligence.support;

import java.net.URI;
import java.time.LocalDate;

import org.mineraldiligence.cycle.ReportingCycle;
import org.mineraldiligence.cycle.ReportingCycleRepository;
import org.mineraldiligence.cycle.SurveyPolicy;
import org.mineraldiligence.portal.PortalLinks;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyLauncher;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One supplier surveyed in a reporting cycle of its own (a random far-future year, so tests sharing an
 * application never meet each other's cycles), launched as the reporting cycle launches its surveys.
 */
public final class SurveyOfItsOwn {

    private SurveyOfItsOwn() {
    }

    /** Saves the supplier, a cycle with the default policy and a deadline in 30 days, and launches the survey. */
    public static SupplierSurvey launch(ApplicationContext context, Supplier supplier) {
        return context.getBean(TransactionTemplate.class).execute(status -> {
            int year = 3000 + (int) (System.nanoTime() % 5000);
            ReportingCycle cycle = context.getBean(ReportingCycleRepository.class)
                    .save(new ReportingCycle(year, LocalDate.now().plusDays(30), SurveyPolicy.DEFAULT));
            return context.getBean(SurveyLauncher.class)
                    .launch(cycle, context.getBean(SupplierRepository.class).save(supplier));
        });
    }

    /** The path of a freshly minted personal portal link of the survey's supplier. */
    public static String portalPath(ApplicationContext context, SupplierSurvey survey) {
        SupplierSurvey withSupplier = context.getBean(SupplierSurveyRepository.class)
                .findWithSupplierById(survey.getId()).orElseThrow();
        return URI.create(context.getBean(PortalLinks.class).mint(withSupplier)).getPath();
    }
}
