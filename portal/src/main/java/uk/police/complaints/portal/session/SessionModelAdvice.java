package uk.police.complaints.portal.session;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page how long a session lasts: journey pages say it in words (all a person has without JavaScript),
 * and the timeout warning counts from it.
 */
@ControllerAdvice
class SessionModelAdvice {

    private final SessionTimeout timeout;

    SessionModelAdvice(SessionTimeout timeout) {
        this.timeout = timeout;
    }

    @ModelAttribute
    void addSessionTimes(Model model) {
        model.addAllAttributes(timeout.pageAttributes());
    }
}
