package uk.safeguard.access.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import uk.safeguard.access.DemoMode;

/**
 * Deny by default. The UI signs in with a GOV.UK-styled form; the API takes HTTP Basic in demo mode and
 * OIDC bearer tokens (issuer from SAFEGUARD_OIDC_ISSUER) in production.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, DemoMode demo, UserRepository users,
                            @Value("${safeguard.oidc.issuer:}") String issuer) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, 401,
                                "Sign in: send HTTP Basic credentials (demo mode) or an OIDC bearer token."))
                        .accessDeniedHandler((req, res, ex) -> json(res, 403, "You do not have access to this.")));
        if (demo.enabled()) {
            http.httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> json(res, 401,
                    "Sign in: send HTTP Basic credentials (demo mode) or an OIDC bearer token.")));
        }
        if (!issuer.isBlank()) {
            JwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            http.oauth2ResourceServer(o -> o.jwt(j -> j.decoder(decoder).jwtAuthenticationConverter(knownUser(users))));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/assets/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
                                "/api-docs-ui", "/api-docs-ui/**", "/swagger-ui/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/", false).failureUrl("/sign-in?error").permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut").permitAll());
        return http.build();
    }

    /** A bearer token is accepted only for a user this system knows; their role comes from here, not the token. */
    private static Converter<Jwt, AbstractAuthenticationToken> knownUser(UserRepository users) {
        return jwt -> {
            String username = jwt.hasClaim("preferred_username") ? jwt.getClaimAsString("preferred_username") : jwt.getSubject();
            var user = users.findByUsername(username)
                    .orElseThrow(() -> new BadCredentialsException("No Safeguard user '" + username + "'"));
            return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority(user.role().authority())), user.username());
        };
    }

    private static void json(HttpServletResponse response, int status, String message) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
}
