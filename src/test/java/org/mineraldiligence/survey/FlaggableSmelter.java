package org.mineraldiligence.survey;

import java.time.LocalDate;

import org.mineraldiligence.cmrt.TestWorkbooks;
import org.mineraldiligence.cmrt.TestWorkbooks.Smelter;
import org.mineraldiligence.smelter.importer.ReferenceFiles;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.smelter.list.TestLists;

/**
 * A conformant gold refinery in Germany (LOW risk until flagged) with an id of its own, on a reference list
 * of its own, which the test's cycles are pinned to: a flag on it concerns only the test's surveys.
 */
public record FlaggableSmelter(String cid, long listId) {

    public static final String NAME = "Northwind Precious Metals Refinery";

    public static FlaggableSmelter onAListOfItsOwn(ReferenceLists lists) {
        String cid = TestLists.newCid();
        byte[] csv = TestLists.csv(TestLists.HEADER,
                "Gold," + NAME + ",Germany," + cid + ",Conformant,2010-05-01,Annual,",
                "Tin,Alpha,United States of America,CID000292,Conformant,,,",
                "Tantalum,\"Changsha South Tantalum Niobium Co., Ltd.\",China,CID000211,Conformant,,,",
                "Tungsten,A.L.M.T. TUNGSTEN Corp.,Japan,CID000004,Conformant,,,");
        long listId = lists.store(new ReferenceFiles().importContent("flaggable.csv", csv, LocalDate.of(2010, 6, 30))
                .orElseThrow(), "test").getId();
        return new FlaggableSmelter(cid, listId);
    }

    /** Assess the survey's CMRTs against this list. */
    public SupplierSurvey pinFor(SupplierSurvey survey, SurveyScenario scenario, ReferenceLists lists) {
        lists.pin(scenario.reload(survey).getCycle().getId(), listId);
        return survey;
    }

    /** A valid CMRT declaring the refinery (by its id, under the name the supplier typed) and conformant smelters. */
    public byte[] lowRiskCmrt(String declaredName) {
        return TestWorkbooks.valid(new Smelter("Gold", declaredName, "Germany", cid),
                new Smelter("Tin", "Alpha", "United States of America", "CID000292"),
                new Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "CID000211"),
                new Smelter("Tungsten", "A.L.M.T. TUNGSTEN Corp.", "Japan", "CID000004"));
    }

    public byte[] lowRiskCmrt() {
        return lowRiskCmrt(NAME);
    }

    /** The same with a gold refinery no list knows besides: a mitigation is needed before any flag. */
    public byte[] cmrtWithAnUnknownRefineryToo() {
        return TestWorkbooks.valid(new Smelter("Gold", NAME, "Germany", cid),
                new Smelter("Gold", "Totally Unknown Refinery of Nowhere", "Peru", null),
                new Smelter("Tin", "Alpha", "United States of America", "CID000292"),
                new Smelter("Tantalum", "Changsha South Tantalum Niobium Co., Ltd.", "China", "CID000211"),
                new Smelter("Tungsten", "A.L.M.T. TUNGSTEN Corp.", "Japan", "CID000004"));
    }
}
