package uk.police.complaints.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.police.complaints.i18n.Language;

/**
 * Every content page, rendered once at start-up. A page that exists in one language but not the other
 * stops the portal from starting: Welsh is never second.
 */
public final class ContentLibrary {

    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9-]+)\\.(en|cy)\\.md");

    private final Map<String, Map<Language, ContentPage>> pages;

    private ContentLibrary(Map<String, Map<Language, ContentPage>> pages) {
        this.pages = pages;
    }

    /** Loads the pages under {@code content/<folder>/} on the class path. */
    public static ContentLibrary load(String folder) {
        MarkdownPageRenderer renderer = new MarkdownPageRenderer();
        Map<String, Map<Language, ContentPage>> pages = new TreeMap<>();
        for (Resource resource : resources("classpath*:content/" + folder + "/*.md")) {
            Matcher name = FILE_NAME.matcher(String.valueOf(resource.getFilename()));
            if (!name.matches()) {
                throw new IllegalStateException(resource.getFilename() + " is not named <slug>.<en|cy>.md");
            }
            Language language = Language.fromTag(name.group(2)).orElseThrow();
            ContentPage page = renderer.render(name.group(1), language, read(resource));
            pages.computeIfAbsent(page.slug(), slug -> new EnumMap<>(Language.class)).put(language, page);
        }
        pages.forEach((slug, languages) -> {
            if (languages.size() != Language.values().length) {
                throw new IllegalStateException("content page '" + slug + "' is not written in both languages");
            }
        });
        return new ContentLibrary(pages);
    }

    public Optional<ContentPage> find(String slug, Language language) {
        return Optional.ofNullable(pages.get(slug)).map(languages -> languages.get(language));
    }

    public Set<String> slugs() {
        return pages.keySet();
    }

    private static Resource[] resources(String pattern) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
