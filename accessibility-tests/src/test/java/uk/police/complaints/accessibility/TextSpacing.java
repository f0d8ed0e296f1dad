package uk.police.complaints.accessibility;

import java.util.List;

/**
 * WCAG 1.4.12 text spacing: a person's own style sheet may set lines 1.5 apart, paragraphs 2 em apart, letters
 * 0.12 em and words 0.16 em, and no text may be cut off. One script applies those settings (as the W3C's text
 * spacing bookmarklet does), lists every element with text that no longer fits a box that hides what overflows,
 * and takes the settings away again.
 */
final class TextSpacing {

    // A constructed style sheet, because the portal's Content-Security-Policy rightly ignores an injected <style>.
    // Boxes one pixel wide or high are GOV.UK's visually hidden text, clipped on purpose for screen readers only.
    private static final String CLIPPED_TEXT = """
            const spacing = new CSSStyleSheet();
            spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
            try {
              const hides = value => value === 'hidden' || value === 'clip';
              return Array.from(document.body.querySelectorAll('*')).filter(element => {
                const box = getComputedStyle(element);
                return (hides(box.overflowX) && element.scrollWidth > element.clientWidth + 1
                    || hides(box.overflowY) && element.scrollHeight > element.clientHeight + 1)
                  && element.clientWidth > 1 && element.clientHeight > 1
                  && element.innerText.trim() !== '';
              }).map(element => element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                  + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                  + ' "' + element.innerText.trim().slice(0, 60) + '"');
            } finally {
              document.adoptedStyleSheets = document.adoptedStyleSheets.filter(sheet => sheet !== spacing);
            }""";

    private TextSpacing() {
    }

    /** Elements whose text is cut off once the text spacing is applied, described with a little of their text. */
    @SuppressWarnings("unchecked")
    static List<String> clippedText(Browser browser) {
        return (List<String>) browser.script(CLIPPED_TEXT);
    }
}
