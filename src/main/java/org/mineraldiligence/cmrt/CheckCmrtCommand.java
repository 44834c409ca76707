package org.mineraldiligence.cmrt;

import java.io.PrintStream;

/** Placeholder until the CMRT checker lands: `check-cmrt FILE... [--json]`. */
public final class CheckCmrtCommand {

    private CheckCmrtCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("check-cmrt is not available yet");
        return 2;
    }
}
