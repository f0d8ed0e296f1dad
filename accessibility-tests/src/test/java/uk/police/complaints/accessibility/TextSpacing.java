package uk.police.complaints.accessibility;

import java.util.List;

/**
 * WCAG 1.4.12 text spacing: a person's own style sheet may set lines 1.5 apart, paragraphs 2 em apart, letters
 * 0.12 em and words 0.16 em, and no text may be cut off. One script lists every element with text that no longer
 * fits a box that hides what overflows, once those settings are applied (as the W3C's text spacing bookmarklet
 * does), and takes the settings away again.
 *
 * <p>Only a box that hides its overflow can cut text off, and the spacing changes no box's overflow, so the script
 * first looks for such boxes with text, bigger than a pixel each way; where there are none, which is most pages, it
 * gives none without restyling and laying out the page twice. A box hiding its overflow at a pixel or less holds
 * text only when its size is fixed (GOV.UK's visually hidden text, clipped on purpose for screen readers only), and
 * the spacing cannot change a fixed size.
 */
final class TextSpacing {

    // A constructed style sheet, because the portal's Content-Security-Policy rightly ignores an injected <style>.
    private static final String CLIPPED_TEXT = """
            const hides = value => value === 'hidden' || value === 'clip';
            const boxes = Array.from(document.body.querySelectorAll('*')).filter(element => {
              const box = getComputedStyle(element);
              return (hides(box.overflowX) || hides(box.overflowY))
                && element.clientWidth > 1 && element.clientHeight > 1 && element.innerText.trim() !== '';
            });
            if (boxes.length === 0) {
              return [];
            }
            const spacing = new CSSStyleSheet();
            spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
            document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
            try {
              return boxes.filter(element => {
                const box = getComputedStyle(element);
                return (hides(box.overflowX) && element.scrollWidth > element.clientWidth + 1
                    || hides(box.overflowY) && element.scrollHeight > element.clientHeight + 1)
                  && element.clientWidth > 1 && element.clientHeight > 1;
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
