package org.mineraldiligence.smelter.evidence;

import java.time.Clock;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Flagging smelters with evidence of conflict sourcing, and reading the flags that hold for an assessment. */
@Service
public class EvidenceFlags {

    static final int MAX_TEXT = 2000;

    private final EvidenceFlagRepository flags;
    private final Clock clock;

    EvidenceFlags(EvidenceFlagRepository flags, Clock clock) {
        this.clock = clock;
        this.flags = flags;
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
        return flags.save(new EvidenceFlag(smelterId, why, link, officer, clock.instant()));
    }

    /** Withdraws an active flag; returns the smelter id it was about. */
    @Transactional
    public String withdraw(long flagId, String reason, String officer) {
        EvidenceFlag flag = flags.findById(flagId).orElseThrow(() -> new InvalidEvidence("No such flag."));
        if (!flag.isActive()) {
            throw new InvalidEvidence("This flag was already withdrawn by " + flag.getWithdrawnBy() + ".");
        }
        flag.withdraw(officer, clock.instant(), required(reason, "Say why the flag is withdrawn"));
        return flag.getSmelterId();
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
