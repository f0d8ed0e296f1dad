package uk.police.complaints.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * How the page sweep checks one state in one language: opened once, checked at every width by resizing
 * ({@link PageChecks}), then left by the language toggle, which must lead to the same page in the other language.
 */
final class PageSweep {

    private final Browser browser;
    private final String origin;
    private final PageChecks checks;

    PageSweep(Browser browser, String origin, PageChecks checks) {
        this.browser = browser;
        this.origin = origin;
        this.checks = checks;
    }

    PageSweep(Browser browser, String origin) {
        this(browser, origin, new PageChecks(browser));
    }

    void check(PageState state, String language) {
        state.opening().open(browser, origin, language);
        waitForPage(language);
        checks.atEveryWidth(language);
        assertToggleLeadsToTheSamePageInTheOtherLanguage(state, language);
    }

    private void assertToggleLeadsToTheSamePageInTheOtherLanguage(PageState state, String language) {
        String other = language.equals("en") ? "cy" : "en";
        WebElement toggle = browser.driver().findElement(By.cssSelector(".app-language-toggle a[hreflang]"));
        assertThat(toggle.getDomAttribute("hreflang")).isEqualTo(other);
        assertThat(toggle.getDomAttribute("lang")).isEqualTo(other);
        browser.waitForNextPageAfter(toggle::click);
        waitForPage(other);
        URI landed = URI.create(browser.driver().getCurrentUrl());
        assertThat(landed.getPath()).as("path after the language toggle").isEqualTo(URI.create(state.path()).getPath());
    }

    private void waitForPage(String language) {
        browser.waitUntil(ExpectedConditions.and(
                driver -> "complete".equals(browser.script("return document.readyState")),
                ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language)));
    }
}
