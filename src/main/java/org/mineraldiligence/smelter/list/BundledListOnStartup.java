package org.mineraldiligence.smelter.list;

import org.mineraldiligence.smelter.importer.BundledReferenceList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A fresh installation has no reference list, and a survey cannot be assessed without one: import the
 * bundled list (CFSI statuses as of 2017-04-01) so that the demo and the tests start with a list. A compliance
 * officer's first import then becomes the newest list.
 */
@Component
class BundledListOnStartup implements ApplicationRunner {

    static final String IMPORTED_BY = "system";
    private static final Logger LOG = LoggerFactory.getLogger(BundledListOnStartup.class);

    private final ReferenceLists lists;

    BundledListOnStartup(ReferenceLists lists) {
        this.lists = lists;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (lists.isEmpty()) {
            ImportedList stored = lists.store(new BundledReferenceList().load().orElseThrow(), IMPORTED_BY);
            LOG.info("No smelter reference list yet: imported the bundled list, {} smelters as of {}",
                    stored.getSmelterCount(), stored.getAsOf());
        }
    }
}
