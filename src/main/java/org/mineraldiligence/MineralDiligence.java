package org.mineraldiligence;

import java.util.Arrays;

import org.mineraldiligence.cmrt.workbook.PoiLimits;
import org.mineraldiligence.cmrt.workbook.ReadLimits;

/**
 * Entry point of the runnable jar. Command-line verbs run as plain Java, without starting Spring or the
 * process engine, so that a compliance officer can check a workbook in a second; anything else starts
 * the web application. POI's JVM-wide limits are set here, once, for both.
 */
public final class MineralDiligence {

    private MineralDiligence() {
    }

    public static void main(String[] args) {
        PoiLimits.apply(ReadLimits.defaults());
        String verb = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (verb) {
            case "check-cmrt" -> System.exit(org.mineraldiligence.cmrt.check.CheckCmrtCommand.run(rest, System.out, System.err));
            case "match-smelters" -> System.exit(org.mineraldiligence.smelter.MatchSmeltersCommand.run(rest, System.out, System.err));
            default -> MineralDiligenceApplication.main(args);
        }
    }
}
