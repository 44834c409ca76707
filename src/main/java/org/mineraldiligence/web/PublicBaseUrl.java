package org.mineraldiligence.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where suppliers and colleagues reach the application, the start of every link we put into an e-mail or a
 * form: {@code PUBLIC_BASE_URL} when it is set (production, behind a proxy), otherwise the address this
 * application actually listens on, its host name and the port the web server really took (also when
 * {@code server.port} is 0), so that a link never points at a {@code localhost:8080} nobody listens on.
 * The port is known only once the web server has started; links are therefore asked for when written,
 * never kept from start-up.
 */
@Component
public class PublicBaseUrl implements ApplicationListener<WebServerInitializedEvent> {

    private final String configured;
    private final String serverAddress;
    private volatile int port;

    public PublicBaseUrl(@Value("${mineral-diligence.public-base-url:}") String configured,
                  @Value("${server.address:}") String serverAddress,
                  @Value("${server.port:8080}") int configuredPort) {
        this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
        this.serverAddress = serverAddress == null ? "" : serverAddress.strip();
        this.port = configuredPort;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // The management server (if one is configured) has a namespace of its own; links lead to the main one.
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** The base without a trailing slash, e.g. {@code https://md.example.com} or {@code http://vm:43121}. */
    public String get() {
        return configured.isEmpty() ? "http://" + host() + ":" + port : configured;
    }

    /** A link to one of our paths, e.g. {@code of("/surveys/7")}. */
    public String of(String path) {
        return get() + (path.startsWith("/") ? path : "/" + path);
    }

    private String host() {
        if (!serverAddress.isEmpty() && !"0.0.0.0".equals(serverAddress) && !"::".equals(serverAddress)) {
            return serverAddress.contains(":") ? "[" + serverAddress + "]" : serverAddress;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
