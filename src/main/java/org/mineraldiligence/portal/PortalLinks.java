package org.mineraldiligence.portal;

import java.util.Optional;

import org.mineraldiligence.mail.PersonalLinks;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.web.SecretTokens;
import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mints and resolves suppliers' personal links ({@link SecretTokens}: 256 random bits, only the hash
 * stored). A link opens only its own survey, and only while that survey's cycle is open and until the
 * survey's links are revoked. Links are minted as e-mails leave ({@link PersonalLinks}), so the link
 * itself exists only in the delivered e-mail.
 */
@Service
public class PortalLinks implements PersonalLinks {

    private final PortalTokenRepository tokens;
    private final SupplierSurveyRepository surveys;
    private final PublicBaseUrl baseUrl;

    PortalLinks(PortalTokenRepository tokens, SupplierSurveyRepository surveys,
                PublicBaseUrl baseUrl) {
        this.tokens = tokens;
        this.surveys = surveys;
        this.baseUrl = baseUrl;
    }

    /** A new personal link for this survey, to be put into one e-mail or opened by a process owner in outbox-only mode. */
    @Transactional
    public String mint(SupplierSurvey survey) {
        String token = SecretTokens.newToken();
        tokens.save(new PortalToken(survey, SecretTokens.hash(token)));
        return baseUrl.get() + "/portal/" + token;
    }

    @Override
    @Transactional
    public String issue(long surveyId) {
        return mint(surveys.getReferenceById(surveyId));
    }

    @Override
    @Transactional
    public void revokeAll(long surveyId) {
        tokens.deleteBySurveyId(surveyId);
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
