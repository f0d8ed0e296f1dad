package uk.police.complaints.accessibility;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every page by following links from the start page, so a new page is scanned without anyone listing it.
 * Only the portal's own HTML pages count: assets, other sites and the language parameter are left out.
 */
final class PageDiscovery {

    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"");
    private static final Pattern ASSET = Pattern.compile("^/(assets|webjars|css|js)/.*");
    private static final int MOST_PAGES = 500;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String origin;

    PageDiscovery(String origin) {
        this.origin = origin;
    }

    Set<String> pathsFrom(String start) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>();
        toVisit.add(start);
        while (!toVisit.isEmpty() && found.size() < MOST_PAGES) {
            String path = toVisit.poll();
            if (!found.add(path)) {
                continue;
            }
            Matcher links = LINK.matcher(get(path));
            while (links.find()) {
                String linked = withoutLanguage(links.group(1).replace("&amp;", "&"));
                if (!ASSET.matcher(linked).matches() && !found.contains(linked)) {
                    toVisit.add(linked);
                }
            }
        }
        return found;
    }

    static String withoutLanguage(String path) {
        String stripped = path.replaceAll("([?&])lang=[a-z]*&?", "$1").replaceAll("[?&]$", "");
        return stripped.isEmpty() ? "/" : stripped;
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(origin + path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " is linked from the portal but answers " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
