package uk.police.complaints.portal.guide;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.police.complaints.content.ContentLibrary;
import uk.police.complaints.content.ContentPage;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.i18n.LanguageResolver;
import uk.police.complaints.portal.Sha256;

/**
 * Know your rights: the guides index, filtered by topic with plain links (no JavaScript needed), and each guide.
 * Readers get no session. Pages carry an ETag made from the build and the page, so a phone that has a guide
 * already asks again and gets "not modified" instead of the page.
 */
@Controller
class GuideController {

    static final String PATH = "/know-your-rights";

    private final ContentLibrary guides;
    private final LanguageResolver languages;
    private final String version;

    GuideController(@Qualifier("guides") ContentLibrary guides, LanguageResolver languages,
            ObjectProvider<BuildProperties> build) {
        this.guides = guides;
        this.languages = languages;
        this.version = Optional.ofNullable(build.getIfAvailable()).map(BuildProperties::getTime)
                .orElseGet(Instant::now).toString();
    }

    @GetMapping(PATH)
    Mono<String> showIndex(@RequestParam(required = false) String topic, ServerWebExchange exchange, Model model) {
        Language language = languages.resolve(exchange);
        Optional<GuideTopic> chosen = Optional.ofNullable(topic).flatMap(GuideTopic::fromId);
        if (notModified(exchange, "index", language, chosen.map(GuideTopic::id).orElse(""))) {
            return Mono.empty();
        }
        List<ContentPage> shown = guides.slugs().stream()
                .map(slug -> guides.find(slug, language).orElseThrow())
                .filter(guide -> chosen.isEmpty() || guide.topics().contains(chosen.get().id()))
                .toList();
        model.addAttribute("topics", GuideTopic.values());
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("guides", shown);
        return Mono.just("guides/index");
    }

    @GetMapping(PATH + "/{slug:[a-z0-9-]+}")
    Mono<String> showGuide(@PathVariable String slug, ServerWebExchange exchange, Model model) {
        Language language = languages.resolve(exchange);
        ContentPage guide = guides.find(slug, language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (notModified(exchange, slug, language, "")) {
            return Mono.empty();
        }
        model.addAttribute("guide", guide);
        model.addAttribute("related", guide.related().stream()
                .flatMap(related -> guides.find(related, language).stream()).toList());
        return Mono.just("guides/guide");
    }

    /**
     * The same address shows English or Welsh (the choice is a cookie), so the page is cached by the person's own
     * browser only, and always checked: a language change is never answered with the other language's page.
     */
    private boolean notModified(ServerWebExchange exchange, String page, Language language, String variant) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.setCacheControl(CacheControl.noCache().cachePrivate());
        headers.setVary(List.of(HttpHeaders.COOKIE, HttpHeaders.ACCEPT_LANGUAGE));
        String tag = Sha256.hex(version + "|" + page + "|" + language.tag() + "|" + variant).substring(0, 32);
        return exchange.checkNotModified("\"" + tag + "\"");
    }
}
