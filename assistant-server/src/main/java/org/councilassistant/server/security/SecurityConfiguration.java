package org.councilassistant.server.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import java.time.Clock;
import java.util.LinkedHashMap;

import javax.sql.DataSource;

import org.councilassistant.core.staff.StaffAccounts;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Residents' channels (the chat API, Alexa) are public and sessionless, so they have no
 * CSRF to check. Everything else shares one session-based chain: a few public pages and assets, then the
 * consoles by role (an admin may do everything), with CSRF tokens in a cookie that pages' scripts can read.
 * Pages send the signed-out to {@code /login}; JSON APIs answer 401/403 problems instead.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";
    static final String HOME_PAGE = "/staff-home";

    private static final String[] PUBLIC = {"/", "/index.html", "/accessibility", "/council/logo", "/widget/**",
            "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", LOGIN_PAGE, "/actuator/health/**"};

    @Bean
    StaffAccounts staffAccounts(DataSource dataSource, Clock clock) {
        return new StaffAccounts(dataSource, clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    StaffUserDetailsService staffUserDetailsService(StaffAccounts accounts) {
        return new StaffUserDetailsService(accounts);
    }

    @Bean
    InitialAdmin initialAdmin(StaffAccounts accounts, PasswordEncoder passwordEncoder, AdminProperties properties) {
        return new InitialAdmin(accounts, passwordEncoder, properties);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix().role("ADMIN").implies("EDITOR", "AGENT").build();
    }

    /** SameSite=Lax on the session and CSRF cookies: sent on top-level navigation, not on cross-site posts. */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    @Order(1)
    SecurityFilterChain residentChannels(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/chat/**", "/alexa")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http, StaffAccounts accounts, JsonMapper json) throws Exception {
        SecurityProblems problems = new SecurityProblems(json);
        RequestMatcher apis = new OrRequestMatcher(pathPattern("/api/**"), pathPattern("/actuator/**"));
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> deniedHandlers = new LinkedHashMap<>();
        deniedHandlers.put(apis, problems);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/agent/**", "/api/agent/**").hasRole("AGENT")
                        .requestMatchers("/staff/**", "/api/staff/**").hasRole("EDITOR")
                        .requestMatchers("/admin/**", "/api/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // The token goes in a cookie scripts can read (sent back as X-XSRF-TOKEN), loaded on every
                // request so that the cookie is there from the first page; forms carry it masked as _csrf.
                .csrf(csrf -> csrf.spa())
                .requestCache(cache -> cache.requestCache(pageRequests()))
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl(HOME_PAGE).permitAll())
                .logout(logout -> logout.logoutSuccessUrl(LOGIN_PAGE + "?logout").permitAll())
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(DelegatingAuthenticationEntryPoint.builder()
                                .addEntryPointFor(problems, apis)
                                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE))
                                .build())
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(deniedHandlers,
                                new AccessDeniedHandlerImpl())))
                .addFilterBefore(new StaleSessionFilter(accounts), AnonymousAuthenticationFilter.class)
                .build();
    }

    /**
     * Remembers, for after sign-in, only a page someone asked for: not an API call, nor an asset a stylesheet
     * asked for (such as a font), which would otherwise be where sign-in lands, and would give residents'
     * browsers a session.
     */
    private static RequestCache pageRequests() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new OrRequestMatcher(pathPattern(HttpMethod.GET, "/agent/**"),
                pathPattern(HttpMethod.GET, "/staff/**"), pathPattern(HttpMethod.GET, "/admin/**"),
                pathPattern(HttpMethod.GET, HOME_PAGE)));
        return cache;
    }
}
