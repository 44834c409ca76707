package org.mineraldiligence.portal;

import org.mineraldiligence.cmrt.template.TemplateVersion;
import org.springframework.stereotype.Component;

/**
 * The blank CMRT the portal offers: the newest revision the checker knows (the bundled official RMI 6.5),
 * switched to English. RMI publishes it saved in Chinese; the language is the dropdown in Declaration!D3,
 * and every label is a formula on it, so the file gets D3 = "English" and asks Excel to recalculate on
 * opening. Built once, by rewriting two XML parts, instead of loading 1.6 MB with POI per download.
 */
@Component
public class BlankCmrt {

    static final String SOURCE = "report/RMI_CMRT_6.5.xlsx";
    static final String DECLARATION_PART = "xl/worksheets/sheet4.xml";
    private static final String D3_IN_CHINESE = "<c r=\"D3\" s=\"185\" t=\"s\"><v>116</v></c>";
    private static final String D3_IN_ENGLISH = "<c r=\"D3\" s=\"185\" t=\"inlineStr\"><is><t>English</t></is></c>";

    private volatile byte[] english;

    public String fileName() {
        return "RMI_CMRT_" + TemplateVersion.NEWEST_KNOWN.text() + ".xlsx";
    }

    public byte[] bytes() {
        byte[] built = english;
        if (built == null) {
            synchronized (this) {
                if (english == null) {
                    english = inEnglish();
                }
                built = english;
            }
        }
        return built;
    }

    private static byte[] inEnglish() {
        return EnglishBlank.rewrite(SOURCE, DECLARATION_PART, D3_IN_CHINESE, D3_IN_ENGLISH);
    }
}
