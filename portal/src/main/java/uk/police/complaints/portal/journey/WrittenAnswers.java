package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.police.complaints.i18n.Language;

/**
 * The answers of a sent journey written out in words, question by question as check answers shows them, in the
 * language asked for: what an e-mail or a document copy of the answers is made from.
 */
@Component
public class WrittenAnswers {

    private final CheckAnswersRows rows;
    private final JourneyNavigator navigator;
    private final MessageSource messages;

    WrittenAnswers(CheckAnswersRows rows, JourneyNavigator navigator, MessageSource messages) {
        this.rows = rows;
        this.navigator = navigator;
        this.messages = messages;
    }

    /** One question and its answer, each line of the answer as the person gave it. */
    public record WrittenAnswer(String question, String answer) {

        /** The answer's lines: each choice of several, or each paragraph typed, on its own. */
        public List<String> lines() {
            return answer.lines().toList();
        }
    }

    /** The answers on the path, in order, of the questions kept. */
    public List<WrittenAnswer> of(JourneyDefinition journey, Answers answers, Language language,
            Predicate<String> keepQuestion) {
        return rows.rows(journey, navigator.walk(journey, answers), answers, language).stream()
                .filter(row -> keepQuestion.test(row.question()))
                .map(row -> new WrittenAnswer(messages.getMessage(row.labelKey(), null, language.locale()),
                        row.values().stream()
                                .map(value -> value.typed() != null ? value.typed()
                                        : messages.getMessage(value.messageKey(), null, language.locale()))
                                .collect(Collectors.joining("\n"))))
                .toList();
    }
}
