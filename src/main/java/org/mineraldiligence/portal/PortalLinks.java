package org.mineraldiligence.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.mineraldiligence.survey.SupplierSurvey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints and resolves suppliers' personal links. A token is 256 bits from a secure random source; only its
 * SHA-256 is stored, so a database leak yields no working link. A link opens only its own survey, and
 * only while that survey's cycle is open.
 */
@Service
public class PortalLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PortalTokenRepository tokens;
    private final String baseUrl;

    PortalLinks(PortalTokenRepository tokens, @Value("${mineral-diligence.public-base-url}") String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new personal link for this survey, to be put into one e-mail. */
    @Transactional
    public String mint(SupplierSurvey survey) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new PortalToken(survey, hash(token)));
        return baseUrl + "/portal/" + token;
    }

    /** The survey a token opens, if the token is ours and its cycle is still open. */
    @Transactional(readOnly = true)
    public Optional<SupplierSurvey> resolve(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .map(PortalToken::getSurvey)
                .filter(survey -> survey.getCycle().isOpen());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
