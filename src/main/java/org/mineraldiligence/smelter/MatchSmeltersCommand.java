package org.mineraldiligence.smelter;

import java.io.PrintStream;

/** Placeholder until smelter matching lands: `match-smelters --reference FILE --names FILE.tsv`. */
public final class MatchSmeltersCommand {

    private MatchSmeltersCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("match-smelters is not available yet");
        return 2;
    }
}
