package uk.police.complaints.accessibility;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Walks a journey in the browser with valid answers, so every page on the way is checked without anyone listing
 * it. On each page with questions it first sends the form empty, to reach the error state, then answers as its
 * {@link Choices} say: the first option of every choice on one walk, the last on another, named ones on others.
 * It clicks and types as a person does, so it walks the same way with JavaScript on or off.
 */
final class JourneyWalker {

    /** What the suite does with each state the walk reaches: the path, and whether errors are shown. */
    interface PageCheck {
        void check(String path, boolean showingErrors);
    }

    private static final int MOST_PAGES = 100;

    private final Browser browser;

    private final boolean sendingEmptyFirst;

    private final Set<String> answeredWrongly;

    private JourneyWalker(Browser browser, boolean sendingEmptyFirst, Set<String> answeredWrongly) {
        this.browser = browser;
        this.sendingEmptyFirst = sendingEmptyFirst;
        this.answeredWrongly = answeredWrongly;
    }

    /**
     * A walk that sends each question page empty before answering it, to pass through every error state; and,
     * the first time a page with typed answers is reached in a language, sends it once with one thing typed wrong
     * (a day 32, text over its limit). {@code answeredWrongly} holds the pages already answered wrongly, as
     * language and path, shared by the walks so that each such state is checked once.
     */
    static JourneyWalker throughErrorStates(Browser browser, Set<String> answeredWrongly) {
        return new JourneyWalker(browser, true, answeredWrongly);
    }

    /** A walk that answers each page at once, as a person who makes no mistakes. */
    static JourneyWalker answeringFirstTime(Browser browser) {
        return new JourneyWalker(browser, false, Set.of());
    }

    /** Walks from the start path to the confirmation; gives the paths of the pages it passed through. */
    Set<String> walk(String origin, String start, String language, Choices choices, PageCheck check) {
        WebDriver driver = browser.driver();
        // Each walk is a new person: nothing answered on an earlier walk is carried into this one.
        driver.manage().deleteAllCookies();
        driver.get(origin + start + "?lang=" + language);
        Set<String> passed = new LinkedHashSet<>();
        for (int i = 0; i < MOST_PAGES; i++) {
            String path = path();
            passed.add(path);
            check.check(path, false);
            if (driver.findElements(By.cssSelector("main form button[type=submit]")).isEmpty()) {
                return passed;
            }
            if (sendingEmptyFirst && !driver.findElements(By.cssSelector("main input[type=file]")).isEmpty()) {
                visitFileStates(origin, path, check);
            }
            if (hasQuestions() && sendingEmptyFirst) {
                if (!typedFields().isEmpty() && answeredWrongly.add(language + " " + path)) {
                    answerWronglyOnce(origin, path, choices, check);
                }
                submit();
                if (path().equals(path)) {
                    check.check(path, true);
                    answer(choices);
                    submit();
                }
            } else {
                if (hasQuestions()) {
                    answer(choices);
                }
                submit();
            }
            if (path().equals(path)) {
                throw new AssertionError(path + " did not accept valid answers: "
                        + driver.findElements(By.cssSelector(".govuk-error-summary")).stream()
                        .map(WebElement::getText).toList());
            }
        }
        throw new AssertionError("the journey from " + start + " did not end within " + MOST_PAGES + " pages");
    }

    /**
     * A file page's other states: a file refused (the error state), and the list of files added, with a Remove
     * button each; removing the file leaves the page as it was, for the walk to go on.
     */
    private void visitFileStates(String origin, String path, PageCheck check) {
        WebDriver driver = browser.driver();
        chooseFile(FilesToUpload.notAllowed());
        submit();
        check.check(path, true);
        chooseFile(FilesToUpload.letter());
        submit();
        driver.get(origin + path);
        check.check(path, false);
        submit(); // the first button on the page is the Remove button of the file just added
        if (!driver.findElements(By.cssSelector("button[name=remove]")).isEmpty()) {
            throw new AssertionError(path + " did not remove the file");
        }
    }

    /**
     * Answers the page as the walk would, but for its typed answers, which are each wrong in a way a person might
     * get them wrong: a day that no month has, text longer than the page takes. Then opens the page afresh, as it
     * was, for the walk to go on.
     */
    private void answerWronglyOnce(String origin, String path, Choices choices, PageCheck check) {
        answer(choices);
        for (WebElement field : typedFields()) {
            String name = String.valueOf(field.getDomAttribute("name"));
            String wrong = "textarea".equals(field.getTagName()) ? "x".repeat(10_001)
                    : name.endsWith("-day") ? "32"
                    : field.getDomAttribute("class").contains("govuk-date-input__input") ? null
                    : "not right " + "x".repeat(500);
            if (wrong != null) {
                // Set by script, as a paste would: typing ten thousand keys takes a browser most of a minute.
                browser.script("arguments[0].value = arguments[1];", field, wrong);
            }
        }
        submit();
        if (!path().equals(path)) {
            throw new AssertionError(path + " accepted answers that were not right");
        }
        check.check(path, true);
        browser.driver().get(origin + path);
    }

    private List<WebElement> typedFields() {
        return browser.driver().findElements(By.cssSelector("main input.govuk-input, main textarea")).stream()
                .filter(WebElement::isDisplayed).toList();
    }

    private void chooseFile(Path file) {
        browser.driver().findElement(By.cssSelector("main input[type=file]")).sendKeys(file.toString());
    }

    private boolean hasQuestions() {
        return !browser.driver().findElements(By.cssSelector("main form input:not([type=hidden]), main form textarea, "
                + "main form select")).isEmpty();
    }

    private void answer(Choices choices) {
        WebDriver driver = browser.driver();
        Set<String> groups = new LinkedHashSet<>();
        driver.findElements(By.cssSelector("main input[type=radio], main input[type=checkbox]"))
                .forEach(input -> groups.add(input.getDomAttribute("name")));
        for (String group : groups) {
            List<WebElement> inputs = driver.findElements(By.name(group));
            List<String> named = choices.values().get(group);
            boolean suggested = inputs.stream().anyMatch(WebElement::isSelected);
            if (named == null && suggested && "radio".equals(inputs.get(0).getDomAttribute("type"))) {
                continue; // a person takes the choice the page made for them, such as the language they are using
            }
            for (WebElement input : inputs) {
                boolean wanted = named == null
                        ? input.equals(choices.lastByDefault() ? inputs.get(inputs.size() - 1) : inputs.get(0))
                        : named.contains(input.getDomAttribute("value"));
                boolean radio = "radio".equals(input.getDomAttribute("type"));
                if (wanted != input.isSelected() && (wanted || !radio)) {
                    driver.findElement(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']")).click();
                }
            }
        }
        for (WebElement select : driver.findElements(By.cssSelector("main select"))) {
            Select options = new Select(select);
            List<String> named = choices.values().get(select.getDomAttribute("name"));
            if (named != null) {
                options.selectByValue(named.get(0));
            } else {
                options.selectByIndex(choices.lastByDefault() ? options.getOptions().size() - 1 : 1);
            }
        }
        // A file is chosen by giving the input a path, as a person picks one; only where the walk names one.
        for (WebElement input : driver.findElements(By.cssSelector("main input[type=file]"))) {
            List<String> named = choices.values().get(input.getDomAttribute("name"));
            if (named != null) {
                input.sendKeys(named.get(0));
            }
        }
        for (WebElement input : driver.findElements(By.cssSelector("main input.govuk-input, main textarea"))) {
            List<String> named = choices.values().get(input.getDomAttribute("name"));
            input.clear();
            input.sendKeys(named == null ? validText(input) : named.get(0));
        }
    }

    private static String validText(WebElement input) {
        return ValidText.forField(String.valueOf(input.getDomAttribute("name")),
                String.valueOf(input.getDomAttribute("autocomplete")));
    }

    private void submit() {
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }
}
