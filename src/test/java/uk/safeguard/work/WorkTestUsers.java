package uk.safeguard.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.safeguard.support.Api;

/** Extra practitioners made through the admin API (the demo has one social worker and one manager). */
final class WorkTestUsers {
    static final String PASSWORD = "a-long-enough-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private WorkTestUsers() {}

    record Worker(long id, String username, String displayName, Api api) {}

    static Worker create(String baseUrl, Api admin, uk.safeguard.access.UserDirectory users, String role, String teamName) {
        String username = "work-" + role.toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "Robin Worker " + SEQUENCE.get());
        body.put("role", role);
        body.put("agencyCode", "LA-CSC");
        body.put("teamName", teamName);
        body.put("password", PASSWORD);
        Api.Response created = admin.post("/api/admin/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api api = new Api(baseUrl, username, PASSWORD);
        long id = users.findByUsername(username).orElseThrow().id();
        return new Worker(id, username, body.get("displayName").toString(), api);
    }
}
