package uk.police.complaints.accessibility;

import java.util.List;
import java.util.Map;

/**
 * Whether the focus indicator of the element that has focus is drawn (WCAG 2.4.7): one script reads how the element,
 * its label and their ::before and ::after boxes look focused, takes focus away, reads them again, and gives focus
 * back. GOV.UK's radios and checkboxes draw focus on the label's ::before circle or square, not on the hidden input.
 * Only what can be seen counts: an outline of no width or a transparent one (GOV.UK's outline for Windows
 * high-contrast mode) is no indicator. The GOV.UK focus state is yellow, so what changes must show #ffdd00.
 * GOV.UK Frontend makes an element such as the error summary focusable only until it loses focus: the script puts
 * that back before giving focus back.
 */
final class FocusIndicator {

    /** The focused element, described, and each property that changed on focus (blurred value, then focused). */
    record Look(String element, List<String> changes) {

        boolean drawnInGovukYellow() {
            return changes.stream().anyMatch(change -> change.substring(change.lastIndexOf("→")).contains(YELLOW));
        }
    }

    private static final String YELLOW = "rgb(255, 221, 0)";

    private static final String FOCUSED_AND_BLURRED = """
            const element = document.activeElement;
            const boxes = [[element, '']];
            for (const label of element.labels || []) {
              boxes.push([label, '']);
            }
            for (const [box] of [...boxes]) {
              boxes.push([box, '::before'], [box, '::after']);
            }
            const seen = color => !/^rgba\\(.*, 0\\)$/.test(color) && color !== 'transparent';
            const look = () => boxes.map(([box, pseudo]) => {
              const style = getComputedStyle(box, pseudo || null);
              return {
                outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && seen(style.outlineColor)
                  ? style.outlineWidth + ' ' + style.outlineStyle + ' ' + style.outlineColor : 'none',
                'box-shadow': style.boxShadow,
                'background-color': style.backgroundColor,
                color: style.color,
                'border-color': style.borderColor,
                'border-width': style.borderWidth,
                'text-decoration': style.textDecorationLine + ' ' + style.textDecorationThickness,
              };
            });
            const focused = look();
            const tabindex = element.getAttribute('tabindex');
            element.blur();
            const blurred = look();
            if (tabindex !== null && element.getAttribute('tabindex') === null) {
              element.setAttribute('tabindex', tabindex);
            }
            element.focus({preventScroll: true});
            const changes = [];
            boxes.forEach(([box, pseudo], i) => Object.keys(focused[i])
              .filter(property => focused[i][property] !== blurred[i][property])
              .forEach(property => changes.push((box === element ? '' : 'label') + pseudo + ' ' + property + ': '
                + blurred[i][property] + ' → ' + focused[i][property])));
            const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
              + (element.getAttribute('type') ? '[type=' + element.getAttribute('type') + ']' : '')
              + ' "' + (element.innerText || element.value || '').trim().slice(0, 40) + '"';
            return {element: name, changes: changes, stillFocused: document.activeElement === element};""";

    private final Browser browser;

    FocusIndicator(Browser browser) {
        this.browser = browser;
    }

    /** How the element that has focus now looks different because it has focus; focus stays where it was. */
    @SuppressWarnings("unchecked")
    Look ofFocusedElement() {
        Map<String, Object> look = (Map<String, Object>) browser.script(FOCUSED_AND_BLURRED);
        if (!Boolean.TRUE.equals(look.get("stillFocused"))) {
            throw new IllegalStateException(look.get("element") + " did not take focus back after the check");
        }
        return new Look((String) look.get("element"), (List<String>) look.get("changes"));
    }
}
