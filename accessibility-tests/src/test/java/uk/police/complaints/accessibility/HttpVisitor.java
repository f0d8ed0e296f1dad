package uk.police.complaints.accessibility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person reaching the portal over plain HTTP, with cookies kept as a browser keeps them: what it gives is the HTML
 * the server sent, before any script or parser has changed it. Redirects are followed here, so each page's address
 * is known.
 */
final class HttpVisitor {

    /** A page as served: where it was, its status, and its HTML. */
    record Served(String path, int status, String html) {
    }

    private static final int MOST_REDIRECTS = 5;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    HttpVisitor(String origin) {
        this.origin = origin;
    }

    Served get(String path) {
        return follow(send(HttpRequest.newBuilder(URI.create(origin + path)).header("Accept", "text/html").GET()));
    }

    /** Sends a form as a browser does: URL-encoded, or as multipart with these files when the form takes files. */
    Served post(String path, List<Map.Entry<String, String>> fields, boolean multipart, Map<String, Path> files) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path)).header("Accept", "text/html");
        if (multipart) {
            String boundary = "----portal-test-" + UUID.randomUUID();
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files)));
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(fields.stream()
                            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                            .collect(Collectors.joining("&"))));
        }
        return follow(send(request));
    }

    private Served follow(HttpResponse<String> response) {
        for (int i = 0; i < MOST_REDIRECTS; i++) {
            if (response.statusCode() / 100 != 3) {
                return new Served(response.uri().getPath(), response.statusCode(), response.body());
            }
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET());
        }
        throw new AssertionError(response.uri() + " redirects more than " + MOST_REDIRECTS + " times");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, List<Map.Entry<String, String>> fields, Map<String, Path> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(read(file));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
