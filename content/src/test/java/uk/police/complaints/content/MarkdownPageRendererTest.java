package uk.police.complaints.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.police.complaints.i18n.Language;

class MarkdownPageRendererTest {

    private final MarkdownPageRenderer renderer = new MarkdownPageRenderer();

    @Test
    void frontMatterBecomesTheTitleSummaryAndReviewDate() {
        ContentPage page = renderer.render("help", Language.WELSH, """
                ---
                title: Cael help
                summary: Sut i gael help.
                last-reviewed: 2026-11-23
                ---

                Dyma'r **help**.
                """);
        assertThat(page.title()).isEqualTo("Cael help");
        assertThat(page.summary()).isEqualTo("Sut i gael help.");
        assertThat(page.lastReviewed()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(page.language()).isEqualTo(Language.WELSH);
        assertThat(page.html()).contains("<p class=\"govuk-body\">Dyma&#39;r <strong>help</strong>.</p>");
    }

    @Test
    void markdownGetsGovukClasses() {
        String html = render("""
                ## Heading

                ### Smaller

                - one
                - two

                1. first

                [Contact us](/contact)
                """);
        assertThat(html)
                .contains("<h2 class=\"govuk-heading-m\">Heading</h2>")
                .contains("<h3 class=\"govuk-heading-s\">Smaller</h3>")
                .contains("<ul class=\"govuk-list govuk-list--bullet\">")
                .contains("<ol class=\"govuk-list govuk-list--number\">")
                .contains("<a href=\"/contact\" class=\"govuk-link\">Contact us</a>");
    }

    @Test
    void scriptsAndScriptLinksNeverReachThePage() {
        String html = render("""
                <script>alert(1)</script>

                [click](javascript:alert(1))

                <p onclick="alert(1)" class="other">text</p>
                """);
        assertThat(html).doesNotContain("<script").doesNotContain("javascript:").doesNotContain("onclick")
                .doesNotContain("other");
    }

    @Test
    void aPageWithoutATitleIsRefused() {
        assertThatThrownBy(() -> renderer.render("broken", Language.ENGLISH, "---\nsummary: s\nlast-reviewed: 2026-01-01\n---\nText"))
                .hasMessageContaining("title");
    }

    @Test
    void aTopLevelHeadingInTheBodyIsRefusedBecauseTheTitleIsTheOnlyH1() {
        assertThatThrownBy(() -> render("# Second h1"))
                .hasMessageContaining("level 2");
    }

    private String render(String body) {
        return renderer.render("page", Language.ENGLISH,
                "---\ntitle: T\nsummary: S\nlast-reviewed: 2026-11-23\n---\n\n" + body).html();
    }
}
