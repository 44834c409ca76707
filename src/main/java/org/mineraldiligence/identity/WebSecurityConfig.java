package org.mineraldiligence.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * One user store for everything. Spring Security authenticates (form log-in and a session for people, HTTP
 * Basic for scripts, and only Basic on the REST API) against Camunda's identity service; two Camunda filters
 * then hand that principal to the webapps and to the REST API, so Camunda's own authorization checks apply
 * to the same user.
 */
@Configuration
@EnableMethodSecurity
class WebSecurityConfig {

    private static final String[] PUBLIC_PATHS = {
        "/login", "/error", "/css/**", "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
        "/portal/**", "/grievance/**"
    };

    /**
     * The REST API takes HTTP Basic on every request and nothing else: no session is created or read, so a
     * browser's session cookie opens nothing here, and a web page cannot make a logged-in colleague's browser
     * call it. No {@code WWW-Authenticate} challenge either, so browsers never prompt for (and remember)
     * Basic credentials that they would then send along on their own.
     */
    /**
     * Our pages need no inline script or style and load everything from this origin; a page with injected
     * markup therefore still runs nothing. Portal and follow-up links are secrets in the URL: no Referer.
     */
    static final String OUR_PAGES_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-src 'self'; frame-ancestors 'none'";
    private static final RequestMatcher OUR_PAGES = request -> !request.getServletPath().startsWith("/camunda/");

    @Bean
    @Order(1)
    SecurityFilterChain engineRestSecurity(HttpSecurity http,
                                           @Value("${mineral-diligence.engine-rest.deployment-enabled}") boolean deploymentEnabled)
            throws Exception {
        AuthenticationEntryPoint entryPoint = WebSecurityConfig::refuse;
        http
            .securityMatcher(antMatcher("/engine-rest/**"))
            .authorizeHttpRequests(auth -> {
                // Checking someone else's password is the administrator's business only.
                auth.requestMatchers(antMatcher(HttpMethod.POST, "/engine-rest/identity/verify"))
                        .hasAuthority(Role.authorityOf(Role.CAMUNDA_ADMIN_GROUP));
                if (!deploymentEnabled) {
                    auth.requestMatchers(antMatcher(HttpMethod.POST, "/engine-rest/deployment/**")).denyAll();
                }
                auth.anyRequest().authenticated();
            })
            .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .requestCache(cache -> cache.disable())
            // Nothing here is authenticated by a cookie, so there is no cross-site request to forge.
            .csrf(csrf -> csrf.disable())
            .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher machineRequests = request -> request.getServletPath().startsWith("/api/");
        http
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                // People log in on our page, where the log-in throttle applies; the webapps' own log-in is not used.
                .requestMatchers(antMatcher("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                    .failureHandler(WebSecurityConfig::logInFailed).permitAll())
            .httpBasic(basic -> basic.authenticationEntryPoint(WebSecurityConfig::refuse))
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            // The Outbox shows a stored mail in a sandboxed iframe of our own (its own, stricter CSP), so
            // X-Frame-Options stays SAMEORIGIN; our other pages forbid any framing through the CSP below.
            // Camunda's webapps under /camunda/ keep the headers Camunda sets for them.
            .headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OUR_PAGES,
                        new StaticHeadersWriter("Content-Security-Policy", OUR_PAGES_CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OUR_PAGES,
                        new ReferrerPolicyHeaderWriter(ReferrerPolicy.NO_REFERRER))))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(WebSecurityConfig::refuse, machineRequests)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
            // The Camunda webapps carry their own CSRF protection; our JSON API is called by scripts with
            // HTTP Basic, which a browser never sends across sites on its own.
            .csrf(csrf -> csrf.ignoringRequestMatchers(antMatcher("/camunda/**"), basicAuthApiRequests()));
        return http.build();
    }

    /** 401 for a missing or wrong password, 429 with Retry-After while the log-in throttle holds. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginDelayed delayed) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(delayed.waitSeconds()));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), delayed.getMessage());
        } else {
            response.sendError(HttpStatus.UNAUTHORIZED.value());
        }
    }

    private static void logInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = e instanceof LoginDelayed delayed ? "wait=" + delayed.waitSeconds() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    private static RequestMatcher basicAuthApiRequests() {
        return request -> request.getServletPath().startsWith("/api/")
                && String.valueOf(request.getHeader("Authorization")).startsWith("Basic ");
    }

    /** Tells Cockpit, Tasklist and Admin who Spring Security has logged in. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(
            "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }

    /** Makes the REST API run its calls as the authenticated user, so authorizations apply. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> camundaRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(
            "authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(102);
        return registration;
    }
}
