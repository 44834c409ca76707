package org.mineraldiligence.cycle.scope;

/** A scope change that cannot be made, with the reason the process owner reads. */
public class ScopeChangeRefused extends RuntimeException {

    public ScopeChangeRefused(String message) {
        super(message);
    }
}
