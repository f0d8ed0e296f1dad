package uk.police.complaints.accessibility;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Walks a journey in the browser with valid answers, so every page on the way is checked without anyone listing
 * it. On each page with questions it first sends the form empty, to reach the error state, then answers as its
 * {@link Choices} say (as every walk does, {@link Choices#answer}): the first option of every choice on one walk, the
 * last on another, named ones on others. It reads each form in one script and answers it in another (clicking labels,
 * as a person does, so conditional questions open, and filling in fields), then clicks the page's button, so it walks
 * the same way with JavaScript on or off.
 */
final class JourneyWalker {

    /** What the suite does with each state the walk reaches: the path, and whether errors are shown. */
    interface PageCheck {
        void check(String path, boolean showingErrors);
    }

    private static final int MOST_PAGES = 100;

    /** What the walk needs to know of a page's form, read in one script rather than a command a question. */
    private record Form(boolean sends, boolean asks, int typedFields, List<Question> questions) {

        boolean takesFiles() {
            return questions.stream().anyMatch(question -> question.kind() == Question.Kind.FILE);
        }
    }

    private static final String READ_FORM = """
            const main = document.querySelector('main');
            const shown = element => element.getClientRects().length > 0
              && getComputedStyle(element).visibility !== 'hidden';
            const question = (name, kind, options, chosen, autocomplete) =>
              ({name: name, kind: kind, options: options, chosen: chosen, autocomplete: autocomplete || ''});
            const questions = [];
            const groups = new Map();
            main.querySelectorAll('input[type=radio], input[type=checkbox]')
              .forEach(input => groups.set(input.name, input.type === 'radio' ? 'RADIOS' : 'CHECKBOXES'));
            groups.forEach((kind, name) => {
              const inputs = Array.from(document.getElementsByName(name));
              questions.push(question(name, kind, inputs.map(input => input.value),
                inputs.filter(input => input.checked).map(input => input.value)));
            });
            main.querySelectorAll('select').forEach(select => questions.push(question(select.name, 'LIST',
              Array.from(select.options).slice(1).map(option => option.value), [])));
            const typed = Array.from(main.querySelectorAll('input.govuk-input, textarea'));
            typed.forEach(field => questions.push(question(field.name, 'TYPED', [], [],
              field.getAttribute('autocomplete'))));
            main.querySelectorAll('input[type=file]').forEach(input => questions.push(question(input.name, 'FILE', [], [])));
            return {
              sends: document.querySelector('main form button[type=submit]') !== null,
              asks: document.querySelector(
                'main form input:not([type=hidden]), main form textarea, main form select') !== null,
              typedFields: typed.filter(shown).length,
              questions: questions
            };""";

    /**
     * Gives the page the answers {@link Choices#answer} chose, by question name: clicking the label of each option
     * whose state must change, as a person does (so GOV.UK Frontend's conditional questions open as they do for a
     * person), choosing in lists, and filling in typed fields. With {@code oneTypedWrong}, each shown typed field
     * is then set wrong instead, as a paste would (typing ten thousand keys takes a browser most of a minute): a
     * day 32, text over its limit.
     */
    private static final String ANSWER = """
            const [answers, wrongly] = arguments;
            const main = document.querySelector('main');
            const set = (field, value) => {
              field.value = value;
              field.dispatchEvent(new Event('input', {bubbles: true}));
              field.dispatchEvent(new Event('change', {bubbles: true}));
            };
            for (const input of main.querySelectorAll('input[type=radio], input[type=checkbox]')) {
              const wanted = answers[input.name].includes(input.value);
              if (wanted !== input.checked && (wanted || input.type !== 'radio')) {
                document.querySelector(`label[for='${input.id}']`).click();
              }
            }
            main.querySelectorAll('select').forEach(select => set(select, answers[select.name][0]));
            const typed = Array.from(main.querySelectorAll('input.govuk-input, textarea'));
            typed.forEach(field => set(field, answers[field.name][0]));
            if (wrongly) {
              const shown = element => element.getClientRects().length > 0
                && getComputedStyle(element).visibility !== 'hidden';
              for (const field of typed.filter(shown)) {
                const wrong = field.tagName === 'TEXTAREA' ? 'x'.repeat(10001)
                  : field.name.endsWith('-day') ? '32'
                  : field.classList.contains('govuk-date-input__input') ? null
                  : 'not right ' + 'x'.repeat(500);
                if (wrong !== null) {
                  set(field, wrong);
                }
              }
            }""";

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
        // Each walk is a new person: nothing answered on an earlier walk is carried into this one.
        browser.driver().manage().deleteAllCookies();
        browser.open(origin + start + "?lang=" + language);
        Set<String> passed = new LinkedHashSet<>();
        for (int i = 0; i < MOST_PAGES; i++) {
            String path = path();
            passed.add(path);
            check.check(path, false);
            Form form = form();
            if (!form.sends()) {
                return passed;
            }
            if (sendingEmptyFirst && form.takesFiles()) {
                visitFileStates(origin, path, check);
            }
            if (form.asks() && sendingEmptyFirst) {
                if (form.typedFields() > 0 && answeredWrongly.add(language + " " + path)) {
                    answerWronglyOnce(origin, path, choices, check);
                }
                submit();
                if (path().equals(path)) {
                    check.check(path, true);
                    answer(choices, false);
                    submit();
                }
            } else {
                if (form.asks()) {
                    answer(choices, false);
                }
                submit();
            }
            if (path().equals(path)) {
                throw new AssertionError(path + " did not accept valid answers: "
                        + browser.driver().findElements(By.cssSelector(".govuk-error-summary")).stream()
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
        chooseFile(FilesToUpload.notAllowed());
        submit();
        check.check(path, true);
        chooseFile(FilesToUpload.letter());
        submit();
        browser.open(origin + path);
        check.check(path, false);
        submit(); // the first button on the page is the Remove button of the file just added
        if (!browser.driver().findElements(By.cssSelector("button[name=remove]")).isEmpty()) {
            throw new AssertionError(path + " did not remove the file");
        }
    }

    /**
     * Answers the page as the walk would, but for its typed answers, which are each wrong in a way a person might
     * get them wrong: a day that no month has, text longer than the page takes. Then opens the page afresh, as it
     * was, for the walk to go on.
     */
    private void answerWronglyOnce(String origin, String path, Choices choices, PageCheck check) {
        answer(choices, true);
        submit();
        if (!path().equals(path)) {
            throw new AssertionError(path + " accepted answers that were not right");
        }
        check.check(path, true);
        browser.open(origin + path);
    }

    private void chooseFile(Path file) {
        browser.driver().findElement(By.cssSelector("main input[type=file]")).sendKeys(file.toString());
    }

    @SuppressWarnings("unchecked")
    private Form form() {
        Map<String, Object> form = Timings.time(Timings.Phase.FORM_FILLING,
                () -> (Map<String, Object>) browser.script(READ_FORM));
        List<Question> questions = ((List<Map<String, Object>>) form.get("questions")).stream()
                .map(question -> new Question((String) question.get("name"),
                        Question.Kind.valueOf((String) question.get("kind")), (List<String>) question.get("options"),
                        (List<String>) question.get("chosen"), (String) question.get("autocomplete")))
                .toList();
        return new Form((Boolean) form.get("sends"), (Boolean) form.get("asks"),
                ((Number) form.get("typedFields")).intValue(), questions);
    }

    /**
     * Answers every question on the page as {@link Choices#answer} says, in one script; a file by giving its input a
     * path, as a person picks one.
     */
    private void answer(Choices choices, boolean oneTypedWrong) {
        List<Question> questions = form().questions();
        Timings.time(Timings.Phase.FORM_FILLING, () -> {
            Map<String, List<String>> answers = new LinkedHashMap<>();
            questions.forEach(question -> answers.put(question.name(), choices.answer(question)));
            browser.script(ANSWER, answers, oneTypedWrong);
            questions.stream().filter(question -> question.kind() == Question.Kind.FILE)
                    .forEach(question -> answers.get(question.name()).forEach(file -> browser.driver()
                            .findElement(By.cssSelector("main input[type=file][name='" + question.name() + "']"))
                            .sendKeys(file)));
        });
    }

    private void submit() {
        browser.clickAndWaitForNextPage(By.cssSelector("main form button[type=submit]"));
    }

    private String path() {
        return URI.create(browser.driver().getCurrentUrl()).getPath();
    }
}
