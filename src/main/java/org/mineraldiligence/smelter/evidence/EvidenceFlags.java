package org.mineraldiligence.smelter.evidence;

import java.time.Clock;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mineraldiligence.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flagging smelters with evidence of conflict sourcing, and reading the flags that hold for an assessment.
 * Each flag and withdrawal is an audit entry and a {@link SmelterEvidenceChanged} event, in the same
 * transaction: the surveys that declared the smelter are assessed again before the change commits.
 */
@Service
public class EvidenceFlags {

    static final int MAX_TEXT = 2000;
    public static final String AUDIT_SUBJECT = "smelter";

    private final EvidenceFlagRepository flags;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceFlags(EvidenceFlagRepository flags, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.flags = flags;
        this.audit = audit;
        this.events = events;
    }

    /** Every flag of a smelter, withdrawn ones too, newest first. */
    public List<EvidenceFlag> all(String smelterId) {
        return flags.findBySmelterIdOrderByFlaggedAtDescIdDesc(smelterId);
    }

    /** The flags that hold now, oldest first: what makes the smelter HIGH risk. */
    public List<EvidenceFlag> active(String smelterId) {
        return flags.findBySmelterIdAndWithdrawnAtIsNullOrderByFlaggedAtAscIdAsc(smelterId);
    }

    /** The smelter ids with at least one active flag. */
    public Set<String> flaggedSmelterIds() {
        return flags.findFlaggedSmelterIds();
    }

    /** @throws InvalidEvidence with a message for the officer when the reason or the link will not do */
    @Transactional
    public EvidenceFlag flag(String smelterId, String reason, String sourceLink, String officer) {
        String why = required(reason, "Say why the smelter is flagged");
        String link = sourceLink == null || sourceLink.isBlank() ? null : webAddress(sourceLink.strip());
        return raised(flags.save(new EvidenceFlag(smelterId, why, link, officer, clock.instant())));
    }

    /**
     * The flag a grievance's investigation concluded on ("smelter flagged"). Its reason names the grievance
     * by its reference code only: process owners read smelter pages, and nothing the reporter wrote, or
     * the officers' findings, may reach them.
     */
    @Transactional
    public EvidenceFlag flagFromGrievance(String smelterId, long grievanceId, String grievanceReference,
                                          String officer) {
        String why = "Grievance " + grievanceReference + " was investigated and closed as \"smelter flagged\"";
        String by = officer == null ? AuditTrail.SYSTEM : officer;
        return raised(flags.save(new EvidenceFlag(smelterId, why, by, clock.instant(), grievanceId,
                grievanceReference)));
    }

    private EvidenceFlag raised(EvidenceFlag flag) {
        audit.record(flag.getFlaggedBy(), "SMELTER_FLAGGED", AUDIT_SUBJECT, flag.getSmelterId(), null,
                describe(flag));
        events.publishEvent(new SmelterEvidenceChanged(flag.getSmelterId(), flag.getId(), false,
                flag.getFlaggedBy(), flag.getReason()));
        return flag;
    }

    /** Withdraws an active flag; returns the smelter id it was about. */
    @Transactional
    public String withdraw(long flagId, String reason, String officer) {
        EvidenceFlag flag = flags.findById(flagId).orElseThrow(() -> new InvalidEvidence("No such flag."));
        if (!flag.isActive()) {
            throw new InvalidEvidence("This flag was already withdrawn by " + flag.getWithdrawnBy() + ".");
        }
        Map<String, Object> before = describe(flag);
        flag.withdraw(officer, clock.instant(), required(reason, "Say why the flag is withdrawn"));
        audit.record(officer, "SMELTER_FLAG_WITHDRAWN", AUDIT_SUBJECT, flag.getSmelterId(), before, describe(flag));
        events.publishEvent(new SmelterEvidenceChanged(flag.getSmelterId(), flag.getId(), true, officer,
                flag.getWithdrawalReason()));
        return flag.getSmelterId();
    }

    /** What the audit trail keeps of a flag: who, when, why, its source; and its withdrawal. */
    private static Map<String, Object> describe(EvidenceFlag flag) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("flag", flag.getId());
        entry.put("reason", flag.getReason());
        entry.put("sourceLink", flag.getSourceLink());
        entry.put("grievance", flag.getGrievanceReference());
        entry.put("flaggedBy", flag.getFlaggedBy());
        entry.put("flaggedAt", flag.getFlaggedAt());
        if (!flag.isActive()) {
            entry.put("withdrawnBy", flag.getWithdrawnBy());
            entry.put("withdrawnAt", flag.getWithdrawnAt());
            entry.put("withdrawalReason", flag.getWithdrawalReason());
        }
        return entry;
    }

    private static String required(String text, String missing) {
        if (text == null || text.isBlank()) {
            throw new InvalidEvidence(missing + ".");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new InvalidEvidence("Keep the reason under " + MAX_TEXT + " characters; link to longer documents.");
        }
        return text.strip();
    }

    /** Only web addresses: the link is rendered as a link, and "javascript:" must never become one. */
    private static String webAddress(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && link.length() <= MAX_TEXT) {
                return link;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidEvidence("The source link must be a web address starting with http:// or https://.");
    }

    /** A flag or withdrawal refused, with the sentence the officer reads. */
    public static class InvalidEvidence extends RuntimeException {
        InvalidEvidence(String message) {
            super(message);
        }
    }
}
