package org.mineraldiligence.smelter.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The demo's reference list: Appendix A of Juniper Networks' 2016 Conflict Minerals Report, 311 smelters with
 * their CFSI audit status as of April 1, 2017. Read through the facility-list importer, so it obeys the same
 * rules as any list a compliance officer imports.
 */
public final class BundledReferenceList {

    public static final String RESOURCE = "/smelter/juniper-2016-appendix-a-smelters.tsv";
    public static final LocalDate AS_OF = LocalDate.of(2017, 4, 1);
    public static final String SOURCE = "Juniper Networks 2016 Conflict Minerals Report, Appendix A "
            + "(CFSI audit status as of 2017-04-01)";

    public ImportResult load() {
        InputStream in = BundledReferenceList.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return ImportResult.failure(ImportProblem.ofFile(RESOURCE + " is missing from the classpath"));
        }
        return new FacilityListImporter().importDelimited(
                new InputStreamReader(in, StandardCharsets.UTF_8), SOURCE, AS_OF);
    }
}
