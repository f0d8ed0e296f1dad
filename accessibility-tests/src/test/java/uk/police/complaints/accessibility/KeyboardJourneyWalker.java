package uk.police.complaints.accessibility;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Walks a journey as a person who uses only the keyboard: Tab and Shift+Tab to move, arrow keys within a group of
 * radios or a list, Space to tick, typing into the field that has focus, and Enter to follow the skip link and to
 * continue. Nothing is clicked. At every focus stop the focus indicator must be drawn in GOV.UK's yellow, and on
 * each page Shift+Tab must go back through the form's stops in the reverse order. The first page with questions
 * is sent empty first, and the caller checks where focus is then.
 */
final class KeyboardJourneyWalker {

    /** What a keyboard user finds after sending a page with its questions unanswered. */
    interface AfterSendingEmpty {
        void check(String path);
    }

    /** The pages walked through, and how many focus stops were checked on the way. */
    record Walked(List<String> pages, int focusStops) {
    }

    private static final int MOST_PAGES = 100;
    private static final int MOST_STOPS_ON_A_PAGE = 150;

    /** What the walk needs to know about the element that has focus, in one call. */
    private static final String FOCUSED = """
            const element = document.activeElement;
            const group = element.name && element.form
              ? Array.from(element.form.elements).filter(other => other.name === element.name) : [];
            return {
              element: element,
              tag: element.tagName.toLowerCase(),
              type: element.type || '',
              name: element.name || '',
              value: element.value || '',
              checked: !!element.checked,
              autocomplete: element.getAttribute('autocomplete') || '',
              inForm: !!element.closest('main form'),
              continues: element.matches('main form button[type=submit]:not([name])'),
              skipLink: element.classList.contains('govuk-skip-link'),
              options: element.tagName === 'SELECT' ? Array.from(element.options).slice(1).map(option => option.value)
                : group.map(other => other.value),
              chosen: group.filter(other => other.checked).map(other => other.value)
            };""";

    private final Browser browser;
    private final FocusIndicator indicator;
    private int focusStops;

    KeyboardJourneyWalker(Browser browser) {
        this.browser = browser;
        this.indicator = new FocusIndicator(browser);
        // Tab from a page's last link leaves the page for the browser's own controls, and a headless page that has
        // lost focus draws no :focus style, even on the element a script focuses next. A person's window keeps it.
        browser.driver().executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
    }

    Walked walk(String origin, String start, String language, Choices choices, AfterSendingEmpty afterSendingEmpty) {
        browser.driver().manage().deleteAllCookies();
        browser.open(origin + start + "?lang=" + language);
        focusStops = 0;
        List<String> pages = new ArrayList<>();
        boolean sentEmpty = false;
        for (int i = 0; i < MOST_PAGES; i++) {
            String path = path();
            pages.add(path);
            boolean firstPage = pages.size() == 1;
            if (browser.driver().findElements(By.cssSelector("main form button[type=submit]")).isEmpty()) {
                tabThroughEverything();
                return new Walked(pages, focusStops);
            }
            if (!sentEmpty && hasQuestions()) {
                sentEmpty = true;
                completePage(choices, firstPage, false);
                if (path().equals(path)) {
                    afterSendingEmpty.check(path);
                    completePage(choices, false, true);
                }
            } else {
                completePage(choices, firstPage, true);
            }
            if (path().equals(path)) {
                throw new AssertionError(path + " did not accept the answers given from the keyboard");
            }
        }
        throw new AssertionError("the journey from " + start + " did not end within " + MOST_PAGES + " pages");
    }

    /** Checks the element that has focus now: the walk counts it as a focus stop. */
    void checkFocusDrawn() {
        FocusIndicator.Look look = Timings.time(Timings.Phase.FOCUS_CHECKS, indicator::ofFocusedElement);
        focusStops++;
        if (!look.drawnInGovukYellow()) {
            throw new AssertionError(path() + ": no GOV.UK focus indicator drawn on " + look.element()
                    + "; what changed on focus: " + look.changes());
        }
    }

    /**
     * Moves through the page with Tab, answering each question reached, until Continue, then presses Enter. On all
     * but the first page the skip link is used, as a person who has seen the header once would.
     */
    private void completePage(Choices choices, boolean throughTheHeader, boolean answering) {
        List<WebElement> formStops = new ArrayList<>();
        Map<String, Object> focused = focused();
        if (Boolean.TRUE.equals(focused.get("inForm"))) {
            // Focus was moved to a field (from an error summary's link): answer it before moving on.
            formStops.add(answer(focused, choices, answering));
        }
        for (int i = 0; i < MOST_STOPS_ON_A_PAGE; i++) {
            press(Keys.TAB);
            checkFocusDrawn();
            focused = focused();
            if (Boolean.TRUE.equals(focused.get("skipLink")) && !throughTheHeader) {
                press(Keys.ENTER);
                continue;
            }
            if (Boolean.TRUE.equals(focused.get("inForm"))) {
                formStops.add(answer(focused, choices, answering));
            }
            if (Boolean.TRUE.equals(focused.get("continues"))) {
                goBackAndForthThrough(formStops);
                browser.waitForNextPageAfter(() -> press(Keys.ENTER));
                return;
            }
        }
        throw new AssertionError(path() + ": Continue not reached with Tab in " + MOST_STOPS_ON_A_PAGE + " stops");
    }

    /** Answers the question that has focus as the choices say, and gives the element that has focus after. */
    private WebElement answer(Map<String, Object> focused, Choices choices, boolean answering) {
        String type = (String) focused.get("type");
        String name = (String) focused.get("name");
        @SuppressWarnings("unchecked")
        List<String> options = (List<String>) focused.get("options");
        if (!answering || name.isEmpty()) {
            return (WebElement) focused.get("element");
        }
        @SuppressWarnings("unchecked")
        List<String> chosen = (List<String>) focused.get("chosen");
        String value = (String) focused.get("value");
        switch (type) {
            case "radio" -> {
                moveWithArrowsTo(choices.answer(new Question(name, Question.Kind.RADIOS, options, chosen, "")).get(0),
                        options, value);
                if (!Boolean.TRUE.equals(focused().get("checked"))) {
                    press(Keys.SPACE);
                }
            }
            case "checkbox" -> {
                boolean wanted = choices.answer(new Question(name, Question.Kind.CHECKBOXES, options, chosen, ""))
                        .contains(value);
                if (wanted != Boolean.TRUE.equals(focused.get("checked"))) {
                    press(Keys.SPACE);
                }
            }
            case "select-one" -> moveWithArrowsTo(
                    choices.answer(new Question(name, Question.Kind.LIST, options, List.of(), "")).get(0), options, value);
            case "text", "email", "tel", "textarea" -> {
                if (value.isEmpty()) {
                    press(choices.answer(Question.typed(name, (String) focused.get("autocomplete"))).get(0));
                }
            }
            default -> {
                // A file is optional on every walk here; a person passes over the button that opens the file chooser.
            }
        }
        return (WebElement) focused().get("element");
    }

    /**
     * Arrow keys move the choice within a group of radios, or through a list's options, one step a press. A list
     * starts on its "choose" line, one step before its first option.
     */
    private void moveWithArrowsTo(String wanted, List<String> options, String current) {
        int steps = options.indexOf(wanted) - options.indexOf(current);
        if (options.indexOf(wanted) < 0) {
            throw new AssertionError(path() + ": no option " + wanted + " among " + options);
        }
        for (int i = 0; i < Math.abs(steps); i++) {
            press(steps > 0 ? Keys.ARROW_DOWN : Keys.ARROW_UP);
            checkFocusDrawn();
        }
    }

    /** Shift+Tab goes back through the form in the reverse order, and Tab comes forward again to Continue. */
    private void goBackAndForthThrough(List<WebElement> formStops) {
        for (int i = formStops.size() - 2; i >= 0; i--) {
            new Actions(browser.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            assertFocusOn(formStops.get(i), "Shift+Tab");
        }
        for (int i = 1; i < formStops.size(); i++) {
            press(Keys.TAB);
            assertFocusOn(formStops.get(i), "Tab");
        }
    }

    private void assertFocusOn(WebElement expected, String key) {
        WebElement focused = browser.driver().switchTo().activeElement();
        if (!focused.equals(expected)) {
            throw new AssertionError(path() + ": " + key + " moved focus to " + focused.getAccessibleName()
                    + " where the form's order leads to " + expected.getAccessibleName());
        }
    }

    /** On the last page: Tab through every stop to the end of the page, so the footer's links are checked too. */
    private void tabThroughEverything() {
        List<WebElement> seen = new ArrayList<>();
        for (int i = 0; i < MOST_STOPS_ON_A_PAGE; i++) {
            press(Keys.TAB);
            WebElement focused = browser.driver().switchTo().activeElement();
            if ("body".equals(focused.getTagName()) || seen.contains(focused)) {
                return;
            }
            seen.add(focused);
            checkFocusDrawn();
        }
    }

    private boolean hasQuestions() {
        return !browser.driver().findElements(By.cssSelector(
                "main form input:not([type=hidden]):not([tabindex='-1']), main form textarea, main form select"))
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) browser.script(FOCUSED);
    }

    private void press(CharSequence keys) {
        Timings.time(Timings.Phase.FOCUS_CHECKS, () -> new Actions(browser.driver()).sendKeys(keys).perform());
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }
}
