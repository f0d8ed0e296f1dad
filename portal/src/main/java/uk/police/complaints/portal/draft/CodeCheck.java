package uk.police.complaints.portal.draft;

import java.util.Optional;

/**
 * What came of a code and memorable word: the draft taken up, a wrong word (with the tries left), a code that leads
 * to no draft (never made, used, or expired), or a draft deleted because its word was wrong too many times.
 */
record CodeCheck(Outcome outcome, Optional<DraftContent> draft, int triesLeft) {

    enum Outcome { TAKEN_UP, WRONG_WORD, NOT_KNOWN, LOCKED }

    static CodeCheck takenUp(DraftContent draft) {
        return new CodeCheck(Outcome.TAKEN_UP, Optional.of(draft), 0);
    }

    static CodeCheck wrongWord(int triesLeft) {
        return new CodeCheck(Outcome.WRONG_WORD, Optional.empty(), triesLeft);
    }

    static CodeCheck notKnown() {
        return new CodeCheck(Outcome.NOT_KNOWN, Optional.empty(), 0);
    }

    static CodeCheck locked() {
        return new CodeCheck(Outcome.LOCKED, Optional.empty(), 0);
    }
}
