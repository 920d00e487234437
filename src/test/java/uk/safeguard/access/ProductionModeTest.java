package uk.safeguard.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.safeguard.platform.EmbeddedDatabase;
import uk.safeguard.support.Api;

/**
 * Production mode: the application pointed at an external PostgreSQL (safeguard.db.url, i.e. SAFEGUARD_DB_URL —
 * here a separate server this test starts itself), so demo mode is off without being told, and the API is
 * authenticated by OIDC bearer tokens from the configured issuer (a tiny issuer served here on loopback).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductionModeTest {
    private static final EmbeddedDatabase EXTERNAL = EmbeddedDatabase.start("temp:external-for-production-mode");
    private static final RSAKey KEY = key();
    private static final HttpServer ISSUER = issuer();
    private static final String ISSUER_URL = "http://localhost:" + ISSUER.getAddress().getPort() + "/realms/safeguard";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void issuerProperty(DynamicPropertyRegistry registry) {
        registry.add("safeguard.oidc.issuer", () -> ISSUER_URL);
        registry.add("safeguard.db.url", EXTERNAL::jdbcUrl);
        registry.add("safeguard.db.user", () -> EmbeddedDatabase.USER);
        registry.add("safeguard.db.password", () -> "");
        registry.add("safeguard.demo", () -> "");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop(0);
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void theExternalDatabaseIsUsed() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).isEqualTo(EXTERNAL.jdbcUrl());
        }
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isPositive();
    }

    @Test
    void noDemoUsersExistOutsideDemoMode() {
        assertThat(jdbc.sql("select count(*) from app_user where username = 'social-worker'").query(Integer.class).single()).isZero();
        var basic = new Api("http://localhost:" + port, "social-worker", "safeguard-demo")
                .get("/api/me");
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void bearerTokenForAKnownUserIsAccepted() throws Exception {
        long agency = jdbc.sql("insert into agency(code, name, agency_type) values ('LA-P', 'Prod LA', 'LA_CHILDRENS_SOCIAL_CARE') on conflict (code) do update set name = excluded.name returning id")
                .query(Long.class).single();
        jdbc.sql("insert into app_user(username, display_name, role, agency_id) values ('oidc.worker', 'Oidc Worker', 'SOCIAL_WORKER', ?) on conflict do nothing")
                .param(agency).update();

        assertThat(call(token("oidc.worker", ISSUER_URL))).isEqualTo(200);
        assertThat(call(token("stranger", ISSUER_URL))).isEqualTo(401);
        assertThat(call(token("oidc.worker", "http://elsewhere.invalid/realm"))).isEqualTo(401);
    }

    private int call(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String token(String username, String issuer) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + username)
                .claim("preferred_username", username).issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private static RSAKey key() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer issuer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/realms/safeguard/.well-known/openid-configuration", exchange -> {
                String base = "http://localhost:" + server.getAddress().getPort() + "/realms/safeguard";
                byte[] body = ("{\"issuer\":\"" + base + "\",\"jwks_uri\":\"" + base + "/jwks\","
                        + "\"subject_types_supported\":[\"public\"],\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                        + "\"response_types_supported\":[\"code\"],\"authorization_endpoint\":\"" + base + "/auth\",\"token_endpoint\":\"" + base + "/token\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.createContext("/realms/safeguard/jwks", exchange -> {
                byte[] body = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
