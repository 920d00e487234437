package uk.safeguard.returns;

import java.net.URI;

/**
 * Where a DfE API push goes: the endpoint (the DfE's base URL), the bearer token and the authority's 3-digit LA code.
 * The token is never shown or logged: {@link #toString()} masks it.
 */
public record DfeApiTarget(String endpoint, String token, String laCode) {

    /** {@code {endpoint}/children_social_care_data/{la_code}/children} (DfE CSC API 1.0.1, the only path). */
    public URI childrenUri() {
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return URI.create(base + "/children_social_care_data/" + laCode + "/children");
    }

    /** The token as a page may show it: its length in bullets and the last 4 characters at most. */
    public String maskedToken() {
        return mask(token);
    }

    public static String mask(String token) {
        if (token == null || token.isBlank()) {
            return "(none)";
        }
        String tail = token.length() > 12 ? token.substring(token.length() - 4) : "";
        return "•".repeat(8) + tail;
    }

    @Override
    public String toString() {
        return "DfeApiTarget[endpoint=" + endpoint + ", token=" + maskedToken() + ", laCode=" + laCode + "]";
    }
}
