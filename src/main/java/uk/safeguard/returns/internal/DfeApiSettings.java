package uk.safeguard.returns.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.safeguard.returns.DfeApiTarget;

/**
 * The DfE API configuration. Off (no push, no schedule) when no endpoint is set. {@code first-push-days}: the first
 * push sends every child with an episode open at any time in that many days before it.
 */
@Component
public class DfeApiSettings {
    private final String endpoint;
    private final String token;
    private final String laCode;
    private final String cron;
    private final int firstPushDays;
    private final int maxAttempts;
    private final Duration maxWait;

    public DfeApiSettings(@Value("${safeguard.returns.dfe-api.endpoint:}") String endpoint,
                          @Value("${safeguard.returns.dfe-api.token:}") String token,
                          @Value("${safeguard.returns.dfe-api.la-code:}") String laCode,
                          @Value("${safeguard.returns.dfe-api.cron:0 30 2 * * *}") String cron,
                          @Value("${safeguard.returns.dfe-api.first-push-days:365}") int firstPushDays,
                          @Value("${safeguard.returns.dfe-api.max-attempts:5}") int maxAttempts,
                          @Value("${safeguard.returns.dfe-api.max-wait:PT5M}") Duration maxWait) {
        this.endpoint = endpoint.strip();
        this.token = token.strip();
        this.laCode = laCode.strip();
        this.cron = cron;
        this.firstPushDays = firstPushDays;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.maxWait = maxWait;
    }

    public boolean enabled() {
        return !endpoint.isEmpty();
    }

    /** What stops a push, in words; null when it can run. */
    public String problem() {
        if (endpoint.isEmpty()) {
            return "Not configured: set safeguard.returns.dfe-api.endpoint, .token and .la-code to push to the DfE.";
        }
        if (!endpoint.startsWith("https://") && !endpoint.startsWith("http://")) {
            return "The endpoint must be an https:// address.";
        }
        if (token.isEmpty()) {
            return "No token: set safeguard.returns.dfe-api.token.";
        }
        // The DfE path parameter: a 3 digit LA code, an integer of at most 999 (openapi.json, la_code).
        if (!laCode.matches("\\d{3}")) {
            return "The LA code must be the authority's 3 digit DfE code: set safeguard.returns.dfe-api.la-code.";
        }
        return null;
    }

    public DfeApiTarget target() {
        return new DfeApiTarget(endpoint, token, laCode);
    }

    public String endpoint() {
        return endpoint;
    }

    public String maskedToken() {
        return DfeApiTarget.mask(token);
    }

    public String laCode() {
        return laCode;
    }

    public String cron() {
        return cron;
    }

    public int firstPushDays() {
        return firstPushDays;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration maxWait() {
        return maxWait;
    }
}
