package uk.safeguard.migration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** HTTP for the migration tests: multipart uploads (API and pages), zips built from CSV text, waiting for a job. */
final class MigrationHttp {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MigrationHttp() {}

    /** A zip of the given files (name → content). */
    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    record Multipart(String contentType, byte[] body) {}

    /** A multipart body: file parts are (name, filename, bytes); field parts have a null filename. */
    static Multipart multipart(Object[]... parts) {
        String boundary = "----migration" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Object[] p : parts) {
                String name = (String) p[0];
                String filename = (String) p[1];
                byte[] content = (byte[]) p[2];
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                        + (filename == null ? "" : "; filename=\"" + filename + "\"\r\nContent-Type: application/zip")
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    static Object[] file(String filename, byte[] content) {
        return new Object[] {"file", filename, content};
    }

    static Object[] field(String name, String value) {
        return new Object[] {name, null, value.getBytes(StandardCharsets.UTF_8)};
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":safeguard-demo").getBytes(StandardCharsets.UTF_8));
    }

    /** POST /api/imports/ssd as this user. */
    static HttpResponse<String> upload(String base, String username, Object[]... parts) {
        Multipart m = multipart(parts);
        return send(HTTP, HttpRequest.newBuilder(URI.create(base + "/api/imports/ssd"))
                .header("Authorization", basic(username)).header("Accept", "application/json")
                .header("Content-Type", m.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> download(String base, String username, String path) {
        return send(HTTP, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Polls until the supplier answers non-null (at most 60 s). */
    static <T> T await(Supplier<T> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T t = until.get();
            if (t != null) {
                return t;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting for the import to finish");
    }

    private static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A signed-in page session (cookies, CSRF) that can post multipart forms. */
    static final class PageSession {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        private final String base;
        private String lastPage = "";

        PageSession(String base, String username) {
            this.base = base;
            get("/sign-in");
            post("/sign-in", Map.of("username", username, "password", "safeguard-demo"));
        }

        HttpResponse<String> get(String path) {
            return remember(send(http, HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<byte[]> getBytes(String path) {
            return send(http, HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf());
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return remember(send(http, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> postMultipart(String path, Object[]... parts) {
            Object[][] all = java.util.Arrays.copyOf(parts, parts.length + 1);
            all[parts.length] = field("_csrf", csrf());
            Multipart m = multipart(all);
            return remember(send(http, HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", m.contentType())
                    .header("Accept", "text/html,application/xhtml+xml")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build(), HttpResponse.BodyHandlers.ofString()));
        }

        private String csrf() {
            Matcher m = CSRF.matcher(lastPage);
            return m.find() ? m.group(1) : "";
        }

        private HttpResponse<String> remember(HttpResponse<String> r) {
            lastPage = r.body();
            return r;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
