package org.mineraldiligence.identity;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * One sign-in for everything. Spring Security authenticates (form log-in for people, HTTP Basic for
 * scripts) against Camunda's identity service; two Camunda filters then hand that principal to the
 * webapps and to the REST API, so Camunda's own authorization checks apply to the same user.
 */
@Configuration
@EnableMethodSecurity
class WebSecurityConfig {

    private static final String[] PUBLIC_PATHS = {
        "/login", "/error", "/css/**", "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
        "/portal/**", "/grievance/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        RequestMatcher machineRequests = request -> {
            String path = request.getServletPath();
            return path.startsWith("/engine-rest") || path.startsWith("/api/");
        };
        http
            .authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
            .httpBasic(Customizer.withDefaults())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
            // Our own pages may frame our own pages (the Outbox shows a stored mail in a sandboxed iframe);
            // other sites still may not frame us.
            .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
            .exceptionHandling(ex -> ex
                .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), machineRequests)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
            // The Camunda webapps carry their own CSRF protection; the REST API and our JSON API are
            // called by scripts with HTTP Basic, which a browser never sends across sites on its own.
            .csrf(csrf -> csrf.ignoringRequestMatchers(
                antMatcher("/camunda/**"), antMatcher("/engine-rest/**"), basicAuthApiRequests()));
        return http.build();
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
