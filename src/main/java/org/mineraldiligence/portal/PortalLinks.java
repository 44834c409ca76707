package org.mineraldiligence.portal;

import java.util.Optional;

import org.mineraldiligence.survey.PersonalLinks;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.web.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints and resolves suppliers' personal links ({@link SecretTokens}: 256 random bits, only the hash
 * stored). A link opens only its own survey, and only while that survey's cycle is open.
 */
@Service
public class PortalLinks implements PersonalLinks {

    private final PortalTokenRepository tokens;
    private final String baseUrl;

    PortalLinks(PortalTokenRepository tokens, @Value("${mineral-diligence.public-base-url}") String baseUrl) {
        this.tokens = tokens;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A new personal link for this survey, to be put into one e-mail. */
    @Override
    @Transactional
    public String mint(SupplierSurvey survey) {
        String token = SecretTokens.newToken();
        tokens.save(new PortalToken(survey, SecretTokens.hash(token)));
        return baseUrl + "/portal/" + token;
    }

    /** The survey a token opens, if the token is ours and its cycle is still open. */
    @Transactional(readOnly = true)
    public Optional<SupplierSurvey> resolve(String token) {
        if (!SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(SecretTokens.hash(token))
                .map(PortalToken::getSurvey)
                .filter(survey -> survey.getCycle().isOpen());
    }
}
