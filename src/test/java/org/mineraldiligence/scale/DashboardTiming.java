package org.mineraldiligence.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.mineraldiligence.identity.Role;
import org.springframework.context.ConfigurableApplicationContext;

/** Median time of the cycle dashboard as a process owner's browser would ask for it, over HTTP. */
final class DashboardTiming {

    private static final String USER = "bench-owner";
    private static final String PASSWORD = "bench-owner-password";
    private static final int WARM_UP = 5;
    private static final int REQUESTS = 31;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;

    DashboardTiming(ConfigurableApplicationContext app) {
        IdentityService identity = app.getBean(IdentityService.class);
        if (identity.createUserQuery().userId(USER).count() == 0) {
            User user = identity.newUser(USER);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(USER, Role.PROCESS_OWNER.groupId());
        }
        baseUrl = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
        authorization = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    Duration median(long cycleId) throws Exception {
        String path = "/cycles/" + cycleId + "/dashboard";
        for (int i = 0; i < WARM_UP; i++) {
            get(path);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long start = System.nanoTime();
            get(path);
            nanos.add(System.nanoTime() - start);
        }
        Collections.sort(nanos);
        return Duration.ofNanos(nanos.get(REQUESTS / 2));
    }

    private void get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("</html>")) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }
}
