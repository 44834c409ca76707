package org.mineraldiligence.cycle.scope;

import java.util.Map;

/** A bundled or configured list of countries (alpha-2 code to the name the list's source gives). */
record CountryList(Map<String, String> countries) {

    boolean contains(String code) {
        return code != null && countries.containsKey(code);
    }
}
