package org.mineraldiligence.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mineraldiligence.web.PublicBaseUrl;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Turns a template name and a model into the subject, HTML and text a recipient reads. */
@Component
class MailRenderer {

    /** What a stored message shows in place of a personal link's secret part. */
    static final String LINK_MASK = "••••••";
    private static final Pattern MASKED_LINK = Pattern.compile("[^\\s\"'<>]*/portal/" + LINK_MASK);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final PublicBaseUrl publicBaseUrl;

    /*
     * Mail has its own template engine, not a bean: it renders outside any web request (in a process
     * step), needs a plain-text mode beside HTML, and a second engine bean would displace Spring Boot's
     * for the web pages.
     */
    MailRenderer(PublicBaseUrl publicBaseUrl) {
        this.publicBaseUrl = publicBaseUrl;
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 2));
    }

    RenderedMail render(String templateName, Map<String, Object> model) {
        MailTemplate template = MailTemplate.named(templateName);
        List<String> missing = template.requiredKeys().stream().filter(key -> model.get(key) == null).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("mail template " + templateName + " needs " + missing);
        }
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("baseUrl", publicBaseUrl.get());
        variables.put("grievanceUrl", publicBaseUrl.get() + "/grievance");
        Context context = new Context(Locale.ENGLISH, variables);
        return new RenderedMail(
            oneLine(engine.process(templateName + ".subject.txt", context)),
            engine.process(templateName + ".html", context),
            engine.process(templateName + ".txt", context));
    }

    /** The personal link as a stored message shows it: where it leads, without the secret that opens it. */
    String maskedPortalUrl() {
        return publicBaseUrl.get() + "/portal/" + LINK_MASK;
    }

    /** The message as its recipient gets it: the masked link replaced by a working one. */
    RenderedMail withLink(OutboundMessage message, String portalUrl) {
        // Matched by its mask, not by today's base: a message stored while the application listened on
        // another address (a random port, PUBLIC_BASE_URL set since) still gets its working link.
        String replacement = Matcher.quoteReplacement(portalUrl);
        return new RenderedMail(message.getSubject(), MASKED_LINK.matcher(message.getHtmlBody()).replaceAll(replacement),
                MASKED_LINK.matcher(message.getTextBody()).replaceAll(replacement));
    }

    /** A subject is one line: a line break from a supplier's name must not become a forged header. */
    private static String oneLine(String subject) {
        return subject.replaceAll("\\s+", " ").strip();
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
