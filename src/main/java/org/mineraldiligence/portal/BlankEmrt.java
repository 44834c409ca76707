package org.mineraldiligence.portal;

import org.springframework.stereotype.Component;

/**
 * The blank EMRT the portal offers to a supplier asked for one: the official RMI EMRT 2.1, the newest revision
 * the checker reads, switched to English as {@link BlankCmrt} does with the CMRT. The template ships with all six
 * minerals selected; the supplier keeps those it is asked for (the portal names them).
 */
@Component
public class BlankEmrt {

    static final String SOURCE = "report/RMI_EMRT_2.1.xlsx";
    static final String DECLARATION_PART = "xl/worksheets/sheet4.xml";
    private static final String D3_IN_CHINESE = "<c r=\"D3\" s=\"265\" t=\"s\"><v>36</v></c>";
    private static final String D3_IN_ENGLISH = "<c r=\"D3\" s=\"265\" t=\"inlineStr\"><is><t>English</t></is></c>";

    private volatile byte[] english;

    public String fileName() {
        return "RMI_EMRT_2.1.xlsx";
    }

    public byte[] bytes() {
        byte[] built = english;
        if (built == null) {
            synchronized (this) {
                if (english == null) {
                    english = EnglishBlank.rewrite(SOURCE, DECLARATION_PART, D3_IN_CHINESE, D3_IN_ENGLISH);
                }
                built = english;
            }
        }
        return built;
    }
}
