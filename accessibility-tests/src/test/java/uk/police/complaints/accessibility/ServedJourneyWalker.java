package uk.police.complaints.accessibility;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Walks a journey over plain HTTP, as {@link JourneyWalker} walks it in a browser, and hands over every page as the
 * server sent it: each page, its error state (the form sent empty), and for a page that takes files, a file refused.
 * It picks answers from the form the way the browser walk does, by the same {@link Choices}. No browser is needed,
 * so a walk takes a second or two.
 */
final class ServedJourneyWalker {

    /** What the suite does with each served state: a name for it, and its HTML. */
    interface ServedCheck {
        void check(String state, HttpVisitor.Served page);
    }

    private static final int MOST_PAGES = 100;

    private final String origin;

    ServedJourneyWalker(String origin) {
        this.origin = origin;
    }

    /** Walks from the start path to the page with no form to send; gives the paths of the pages it passed through. */
    Set<String> walk(String start, String language, Choices choices, ServedCheck check) {
        HttpVisitor person = new HttpVisitor(origin);
        HttpVisitor.Served page = person.get(start + "?lang=" + language);
        Set<String> passed = new LinkedHashSet<>();
        for (int i = 0; i < MOST_PAGES; i++) {
            String path = page.path();
            passed.add(path);
            check.check(path, page);
            Element form = formToSend(page);
            if (form == null) {
                return passed;
            }
            boolean multipart = "multipart/form-data".equals(form.attr("enctype"));
            for (Element file : form.select("input[type=file]")) {
                check.check(path + " with a file refused", person.post(path, hiddenFields(form), multipart,
                        Map.of(file.attr("name"), FilesToUpload.notAllowed())));
            }
            if (!questions(form).isEmpty()) {
                HttpVisitor.Served sentEmpty = person.post(path, hiddenFields(form), multipart, Map.of());
                if (sentEmpty.path().equals(path)) {
                    check.check(path + " sent empty", sentEmpty);
                    form = formToSend(sentEmpty);
                }
            }
            HttpVisitor.Served next = person.post(path, answers(form, choices), multipart, Map.of());
            if (next.path().equals(path)) {
                throw new AssertionError(path + " did not accept valid answers (HTTP " + next.status() + ", "
                        + Jsoup.parse(next.html()).title() + "): "
                        + Jsoup.parse(next.html()).select(".govuk-error-summary li").eachText());
            }
            page = next;
        }
        throw new AssertionError("the journey from " + start + " did not end within " + MOST_PAGES + " pages");
    }

    private static Element formToSend(HttpVisitor.Served page) {
        return Jsoup.parse(page.html()).select("main form[method=post]").stream()
                .filter(form -> !form.select("button[type=submit]").isEmpty())
                .findFirst().orElse(null);
    }

    private static Elements questions(Element form) {
        return form.select("input:not([type=hidden]):not([tabindex=-1]), textarea, select");
    }

    private static List<Map.Entry<String, String>> hiddenFields(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        form.select("input[type=hidden]").forEach(input -> fields.add(new SimpleEntry<>(input.attr("name"),
                input.attr("value"))));
        return fields;
    }

    private static List<Map.Entry<String, String>> answers(Element form, Choices choices) {
        List<Map.Entry<String, String>> fields = hiddenFields(form);
        for (Question question : questionsAsked(form)) {
            choices.answer(question).forEach(value -> fields.add(new SimpleEntry<>(question.name(), value)));
        }
        return fields;
    }

    /** The form's questions as the served HTML has them; files are left out, as no walk over HTTP sends one. */
    private static List<Question> questionsAsked(Element form) {
        List<Question> questions = new ArrayList<>();
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        form.select("input[type=radio], input[type=checkbox]")
                .forEach(input -> groups.computeIfAbsent(input.attr("name"), name -> new ArrayList<>()).add(input));
        groups.forEach((name, inputs) -> questions.add(new Question(name,
                "radio".equals(inputs.get(0).attr("type")) ? Question.Kind.RADIOS : Question.Kind.CHECKBOXES,
                inputs.stream().map(Element::val).toList(),
                inputs.stream().filter(input -> input.hasAttr("checked")).map(Element::val).toList(), "")));
        for (Element select : form.select("select")) {
            List<String> options = select.select("option").eachAttr("value");
            questions.add(new Question(select.attr("name"), Question.Kind.LIST, options.subList(1, options.size()),
                    List.of(), ""));
        }
        form.select("input.govuk-input, textarea").forEach(input ->
                questions.add(Question.typed(input.attr("name"), input.attr("autocomplete"))));
        return questions;
    }
}
