package uk.safeguard.returns;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake DfE endpoint on a local port: checks the bearer token and the path, records each request's body, answers
 * the queued statuses first (413, 429 with Retry-After…) and then 200 with a Receipt (a uuid as a JSON string).
 */
final class DfeApiFakeEndpoint implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";
    static final String LA_CODE = "931";

    record Answer(int status, String retryAfter) {}

    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
    final List<Integer> statuses = new CopyOnWriteArrayList<>();
    final List<String> receipts = new CopyOnWriteArrayList<>();
    private final Deque<Answer> queued = new ArrayDeque<>();
    private final HttpServer server;

    DfeApiFakeEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status;
            String answer = "";
            synchronized (queued) {
                Answer next = queued.poll();
                if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    status = 401;
                } else if (!exchange.getRequestURI().getPath().equals("/api/children_social_care_data/" + LA_CODE + "/children")
                        || !"POST".equals(exchange.getRequestMethod())) {
                    status = 404;
                } else if (next != null) {
                    status = next.status();
                    if (next.retryAfter() != null) {
                        exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
                    }
                } else {
                    status = 200;
                    String receipt = UUID.randomUUID().toString();
                    receipts.add(receipt);
                    answer = "\"" + receipt + "\"";
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                }
                bodies.add(JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8)));
                statuses.add(status);
            }
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
        });
        server.start();
    }

    void then(int status, String retryAfter) {
        synchronized (queued) {
            queued.add(new Answer(status, retryAfter));
        }
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
    }

    DfeApiTarget target() {
        return new DfeApiTarget(endpoint(), TOKEN, LA_CODE);
    }

    List<Integer> batchSizes() {
        return bodies.stream().map(JsonNode::size).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
