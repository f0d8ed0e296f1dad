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
    void nothingExecutableSurvivesHostileMarkup() {
        String html = render("""
                <img src=x onerror="alert(1)" alt="x">

                <a href="javascript:alert(1)" onmouseover="alert(2)">link</a> [data](data:text/html;base64,PHNjcmlwdD4=)
                [vb](vbscript:msgbox) <a href="JaVaScRiPt:alert(3)">mixed case</a>

                <p style="background:url(javascript:alert(4))">styled</p>

                <iframe src="https://example.com"></iframe><object data="x.swf"></object><embed src="x.swf">

                <svg onload="alert(5)"><script>alert(6)</script></svg><math><mtext><script>alert(7)</script></mtext></math>

                <form action="https://example.com"><input name="q"><button formaction="javascript:alert(8)">go</button></form>

                <details open ontoggle="alert(9)"><summary>s</summary></details>

                <div class="govuk-inset-text" id="x" onfocus="alert(10)" tabindex="1">inset</div>

                <base href="https://example.com/"><meta http-equiv="refresh" content="0;url=https://example.com"><link rel="stylesheet" href="x.css"><style>body{}</style>
                """);
        assertThat(html.toLowerCase())
                .doesNotContain("<script").doesNotContain("javascript:").doesNotContain("vbscript:")
                .doesNotContain("data:").doesNotContain(" on").doesNotContain("style=").doesNotContain("<style").doesNotContain("<iframe")
                .doesNotContain("<object").doesNotContain("<embed").doesNotContain("<svg").doesNotContain("<math")
                .doesNotContain("<form").doesNotContain("<input").doesNotContain("<button").doesNotContain("<base")
                .doesNotContain("<meta").doesNotContain("<link").doesNotContain("tabindex").doesNotContain("id=")
                .doesNotContain("alert(");
        assertThat(html).contains("styled").contains("inset").contains("mixed case");
    }

    @Test
    void componentsAreDrawnAsGovukFrontendDrawsThem() {
        String html = renderer.render("page", Language.WELSH, """
                ---
                title: T
                summary: S
                last-reviewed: 2026-11-23
                ---

                ::: warning
                Os ydych mewn perygl, ffoniwch **999**.
                :::

                ::: inset
                Mae gennych 28 diwrnod.
                :::

                ::: details Beth yw "oedolyn priodol"?
                Rhywun sy'n eich helpu.

                - un
                :::

                Diwedd.
                """).html();
        assertThat(html)
                .contains("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!"
                        + "</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Rhybudd"
                        + "</span> Os ydych mewn perygl, ffoniwch <strong>999</strong>.</strong></div>")
                .contains("<div class=\"govuk-inset-text\"><p class=\"govuk-body\">Mae gennych 28 diwrnod.</p>")
                .contains("<details class=\"govuk-details\"><summary class=\"govuk-details__summary\">"
                        + "<span class=\"govuk-details__summary-text\">Beth yw &#34;oedolyn priodol&#34;?</span></summary>"
                        + "<div class=\"govuk-details__text\"><p class=\"govuk-body\">Rhywun sy&#39;n eich helpu.</p>")
                .contains("<p class=\"govuk-body\">Diwedd.</p>");
    }

    @Test
    void anUnknownOrUnclosedComponentIsRefused() {
        assertThatThrownBy(() -> render("::: shout\nHello\n:::")).hasMessageContaining("no component called 'shout'");
        assertThatThrownBy(() -> render("::: inset\nHello")).hasMessageContaining("opens or closes no component");
    }

    @Test
    void headingsThatSkipALevelAreRefused() {
        assertThatThrownBy(() -> render("### Too deep first")).hasMessageContaining("before any level 2");
        assertThatThrownBy(() -> render("## Two\n\n#### Four")).hasMessageContaining("stop at level 3");
    }

    @Test
    void anImageWithoutAltTextIsRefused() {
        assertThatThrownBy(() -> render("![](/picture.png)")).hasMessageContaining("no alt text");
    }

    @Test
    void guideFrontMatterNamesTheAudienceTopicsRelatedGuidesAndWhetherItIsSensitive() {
        ContentPage page = renderer.render("guide", Language.ENGLISH, """
                ---
                title: T
                summary: S
                audience: young people
                last-reviewed: 2026-11-23
                topics: stop-and-search, your-rights
                related: being-arrested, how-to-complain
                sensitive: true
                ---

                Text.
                """);
        assertThat(page.audience()).isEqualTo("young people");
        assertThat(page.topics()).containsExactly("stop-and-search", "your-rights");
        assertThat(page.related()).containsExactly("being-arrested", "how-to-complain");
        assertThat(page.sensitive()).isTrue();
    }

    @Test
    void aPageWithoutATitleIsRefused() {
        assertThatThrownBy(() -> renderer.render("broken", Language.ENGLISH, "---\nsummary: s\nlast-reviewed: 2026-01-01\n---\nText"))
                .hasMessageContaining("title");
    }

    @Test
    void aReviewDateThatIsNotADateIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> renderer.render("broken", Language.WELSH,
                "---\ntitle: t\nsummary: s\nlast-reviewed: 2026-13-45\n---\nText"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.cy.md").hasMessageContaining("last-reviewed");
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
