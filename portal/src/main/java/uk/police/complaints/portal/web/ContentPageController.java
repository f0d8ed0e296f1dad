package uk.police.complaints.portal.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import uk.police.complaints.content.ContentLibrary;
import uk.police.complaints.content.ContentPage;
import uk.police.complaints.i18n.Language;
import uk.police.complaints.i18n.LanguageResolver;

/** Serves the written pages (accessibility statement, privacy notice, cookies, contact) from {@code content}. */
@Controller
class ContentPageController {

    private final ContentLibrary pages;
    private final LanguageResolver languages;

    ContentPageController(@Qualifier("contentPages") ContentLibrary pages, LanguageResolver languages) {
        this.pages = pages;
        this.languages = languages;
    }

    @GetMapping("/{slug:[a-z0-9-]+}")
    String showPage(@PathVariable String slug, ServerWebExchange exchange, Model model) {
        Language language = languages.resolve(exchange);
        ContentPage page = pages.find(slug, language)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        return "content-page";
    }
}
