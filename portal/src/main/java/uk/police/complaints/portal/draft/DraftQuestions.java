package uk.police.complaints.portal.draft;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.police.complaints.portal.journey.AnswerValidator;
import uk.police.complaints.portal.journey.Answers;
import uk.police.complaints.portal.journey.FieldError;
import uk.police.complaints.portal.journey.Option;
import uk.police.complaints.portal.journey.Question;
import uk.police.complaints.portal.journey.QuestionType;

/**
 * The questions of saving and taking up a draft, asked and checked the way journey questions are: message keys
 * {@code draft.<question>.*}, the same validation, the same fragments.
 */
@Component
class DraftQuestions {

    static final String KEYS = "draft";
    static final Question HOW = Question.choice("how", QuestionType.RADIOS, List.of(
            Option.withHint("email", "draft.how.email", "draft.how.email.hint"),
            Option.withHint("code", "draft.how.code", "draft.how.code.hint")));
    static final Question EMAIL = Question.required("email-address", QuestionType.EMAIL).withHint();
    static final Question WORD = Question.required("memorable-word", QuestionType.TEXT).withHint().limitedTo(30);
    static final Question CODE = Question.required("code", QuestionType.TEXT).withHint().limitedTo(20);
    static final Question WORD_AGAIN = Question.required("word", QuestionType.TEXT).limitedTo(30);

    private final AnswerValidator validator;

    DraftQuestions(AnswerValidator validator) {
        this.validator = validator;
    }

    Optional<FieldError> check(Question question, Answers answers) {
        return validator.validate(KEYS, question, answers);
    }
}
