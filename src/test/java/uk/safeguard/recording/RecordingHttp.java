package uk.safeguard.recording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * HTTP for the recording tests: multipart uploads and downloads through the API (HTTP Basic), and a signed-in page
 * session that can post multipart forms with the CSRF token (the shared WebSession posts only url-encoded forms).
 */
final class RecordingHttp {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RecordingHttp() {}

    /** One part of a multipart body: a field (filename null) or a file. */
    record Part(String name, String filename, byte[] content) {
        static Part field(String name, String value) {
            return new Part(name, null, value.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String filename, byte[] content) {
            return new Part("file", filename, content);
        }
    }

    record Multipart(String contentType, byte[] body) {}

    static Multipart multipart(Part... parts) {
        String boundary = "----recording" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Part p : parts) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                        + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"\r\nContent-Type: application/octet-stream")
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(p.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":safeguard-demo").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> upload(String base, String username, long childId, Part... parts) {
        Multipart m = multipart(parts);
        return send(HTTP, HttpRequest.newBuilder(URI.create(base + "/api/children/" + childId + "/documents"))
                .header("Authorization", basic(username)).header("Accept", "application/json")
                .header("Content-Type", m.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(m.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> download(String base, String username, String path) {
        return send(HTTP, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(username)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
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

    /** A browser-like signed-in session (cookies, CSRF) that can also post multipart forms. */
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

        HttpResponse<String> postMultipart(String path, Part... parts) {
            Part[] all = java.util.Arrays.copyOf(parts, parts.length + 1);
            all[parts.length] = Part.field("_csrf", csrf());
            Multipart m = multipart(all);
            // A browser asks for HTML; the error pages answer it (an API client gets JSON).
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

    // ---- synthetic files of each allowed type ----

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    }

    static byte[] jpeg() {
        return new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
    }

    static byte[] docx() {
        return zip(false, Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));
    }

    static byte[] odt() {
        return zip(true, Map.of("content.xml", "<office:document-content/>"));
    }

    static byte[] zipOnly() {
        return zip(false, Map.of("readme.txt", "not a Word document"));
    }

    private static byte[] zip(boolean odf, Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (odf) {
                byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
                ZipEntry mimetype = new ZipEntry("mimetype");
                mimetype.setMethod(ZipEntry.STORED);
                mimetype.setSize(type.length);
                CRC32 crc = new CRC32();
                crc.update(type);
                mimetype.setCrc(crc.getValue());
                zip.putNextEntry(mimetype);
                zip.write(type);
                zip.closeEntry();
            }
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
