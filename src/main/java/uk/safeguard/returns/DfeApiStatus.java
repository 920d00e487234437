package uk.safeguard.returns;

/**
 * Whether the DfE API push is configured ({@code safeguard.returns.dfe-api.endpoint}, {@code .token},
 * {@code .la-code}); the token only masked. {@code problem} says what is missing or wrong, null when configured.
 */
public record DfeApiStatus(boolean configured, String endpoint, String maskedToken, String laCode, String schedule,
                           boolean running, String problem) {}
