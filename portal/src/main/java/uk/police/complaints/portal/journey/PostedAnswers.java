package uk.police.complaints.portal.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** What an ordinary form of a question page posted, as answers to the page's questions and nothing else. */
final class PostedAnswers {

    /** A page with no questions is answered by being seen. */
    private static final String SEEN = "seen";

    private PostedAnswers() {
    }

    static Map<String, List<String>> of(JourneyPage page, MultiValueMap<String, String> form) {
        Map<String, List<String>> posted = new LinkedHashMap<>();
        if (page.questions().isEmpty()) {
            posted.put(page.slug(), List.of(SEEN));
        }
        for (Question question : page.questions()) {
            for (String field : question.fields()) {
                List<String> values = FormQuestions.values(form, field);
                posted.put(field, question.type() == QuestionType.CHECKBOXES
                        ? List.copyOf(values)
                        : List.of(values.isEmpty() ? "" : values.get(0)));
            }
        }
        return posted;
    }
}
