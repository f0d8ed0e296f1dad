package uk.police.complaints.portal.journey;

import java.util.List;
import java.util.Map;

/**
 * One uploaded file as a file question's answer: the id of the upload (the file itself is kept encrypted apart
 * from the session) and the name the person's device gave it, to show back to them.
 */
public record FileAnswer(String uploadId, String fileName) {

    private static final int ID_LENGTH = 36;

    public static FileAnswer parse(String answer) {
        if (!isOne(answer)) {
            throw new IllegalArgumentException("not a file answer");
        }
        return new FileAnswer(answer.substring(0, ID_LENGTH), answer.substring(ID_LENGTH + 1));
    }

    static boolean isOne(String answer) {
        return answer.length() > ID_LENGTH + 1 && answer.charAt(ID_LENGTH) == '/'
                && answer.substring(0, ID_LENGTH).matches("[0-9a-f-]{36}");
    }

    /** Every file the answers on a path hold, by the question that took it, in the order the journey asks. */
    public static List<Map.Entry<String, FileAnswer>> allIn(JourneyDefinition journey, Answers answers) {
        return journey.pages().stream().flatMap(page -> page.questions().stream())
                .filter(question -> question.type() == QuestionType.FILE)
                .flatMap(question -> answers.all(question.name()).stream().filter(FileAnswer::isOne)
                        .map(file -> Map.entry(question.name(), parse(file))))
                .toList();
    }

    /** As kept in the answers: {@code <upload id>/<file name>}. */
    public String asAnswer() {
        return uploadId + "/" + fileName;
    }
}
