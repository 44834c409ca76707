package org.mineraldiligence.cmrt.template;

/**
 * What kind of workbook this is.
 *
 * @param templateType "CMRT", "EMRT", "CRT", "AMRT" or null when not an RMI template
 * @param version      the revision, or null when unreadable
 * @param layout       the CMRT layout to read with; null unless a supported CMRT
 * @param rejection    why the file is not read as a CMRT (rule id + message), or null
 */
public record Recognition(String templateType, TemplateVersion version, Layout layout, Rejection rejection) {

    public record Rejection(String ruleId, String message) {
    }

    public boolean accepted() {
        return rejection == null;
    }

    public String versionText() {
        return version == null ? null : version.text();
    }
}
