package org.mineraldiligence.grievance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mineraldiligence.support.H2ApplicationTest;
import org.mineraldiligence.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a reverse proxy every request comes from the proxy's address. The client's own address (and
 * whether it used TLS) is taken from X-Forwarded-* only when the proxy is trusted (127.0.0.1 here, as by
 * default); from any other peer those headers are ignored. 127.0.0.2 plays a host that is not the proxy.
 */
@H2ApplicationTest
class BehindReverseProxyTest {

    private static final Pattern FOLLOW_UP = Pattern.compile("id=\"follow-up\" href=\"[^\"]*(/grievance/follow-up/[A-Za-z0-9_-]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ReporterGuard guard;

    @BeforeEach
    void freshCounts() {
        guard.forgetAll();
    }

    @Test
    void throughTheTrustedProxyEachClientHasItsOwnBudget() {
        for (int i = 0; i < ReporterGuard.REPORTS_PER_ADDRESS_PER_HOUR; i++) {
            assertThat(report("203.0.113.10").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = report("203.0.113.10");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("send it again in an hour");
        assertThat(report("203.0.113.11").statusCode()).as("another supplier behind the same proxy").isEqualTo(200);
    }

    @Test
    void throughTheTrustedProxyOneGuessingClientDoesNotLockOutTheOthers() {
        String followUp = followUpPathIn(report("203.0.113.20").body());
        for (int i = 0; i < ReporterGuard.WRONG_LINKS_PER_ADDRESS; i++) {
            assertThat(viaProxy("/grievance/follow-up/guess" + i, "203.0.113.21").statusCode()).isEqualTo(404);
        }
        assertThat(viaProxy(followUp, "203.0.113.21").statusCode()).as("the guesser is refused").isEqualTo(404);
        assertThat(viaProxy(followUp, "203.0.113.20").statusCode()).as("the reporter is not").isEqualTo(200);
    }

    @Test
    void fromAnUntrustedPeerForwardedHeadersAreIgnored() throws IOException {
        String followUp = followUpPathIn(report("203.0.113.30").body());
        for (int i = 0; i < ReporterGuard.WRONG_LINKS_PER_ADDRESS; i++) {
            // A new "client" each time: were the header believed, no address would ever reach the limit.
            assertThat(fromUntrustedPeer("/grievance/follow-up/guess" + i, "198.51.100." + i)).startsWith("HTTP/1.1 404");
        }
        assertThat(fromUntrustedPeer(followUp, "198.51.100.99")).as("counted under the peer's own address")
                .startsWith("HTTP/1.1 404");
        assertThat(viaProxy(followUp, "203.0.113.30").statusCode()).isEqualTo(200);
    }

    @Test
    void tlsAtTheTrustedProxyGivesHstsAndSecureCookies() throws IOException {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(browser.baseUrl() + "/login"))
                .header("X-Forwarded-For", "203.0.113.40").header("X-Forwarded-Proto", "https").GET().build());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=31536000").contains("includeSubDomains");
        assertThat(login.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID")
                && cookie.contains("Secure") && cookie.contains("HttpOnly"));

        HttpResponse<String> plain = new WebSession(port).get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));

        String untrusted = fromUntrustedPeer("/login", "203.0.113.41", "X-Forwarded-Proto: https");
        assertThat(untrusted).doesNotContain("Strict-Transport-Security").doesNotContainIgnoringCase("; Secure");
    }

    private HttpResponse<String> report(String client) {
        WebSession reporter = new WebSession(port);
        String csrf = WebSession.csrfTokenOf(viaProxy(reporter, "/grievance", client).body());
        String form = "_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&category=HUMAN_RIGHTS"
                + "&description=" + URLEncoder.encode("Ore is carried by children at the Fictional Hill mine.",
                        StandardCharsets.UTF_8);
        return reporter.send(HttpRequest.newBuilder(URI.create(reporter.baseUrl() + "/grievance"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> viaProxy(String path, String client) {
        return viaProxy(new WebSession(port), path, client);
    }

    private static HttpResponse<String> viaProxy(WebSession session, String path, String client) {
        return session.send(HttpRequest.newBuilder(URI.create(session.baseUrl() + path))
                .header("X-Forwarded-For", client).GET().build());
    }

    private static String followUpPathIn(String html) {
        Matcher matcher = FOLLOW_UP.matcher(html);
        assertThat(matcher.find()).as(html).isTrue();
        return matcher.group(1);
    }

    /** A GET from 127.0.0.2, which is not a trusted proxy; returns the status line and headers. */
    private String fromUntrustedPeer(String path, String forwardedFor, String... moreHeaders) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nX-Forwarded-For: " + forwardedFor + "\r\nConnection: close\r\n");
            for (String header : moreHeaders) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        }
    }
}
