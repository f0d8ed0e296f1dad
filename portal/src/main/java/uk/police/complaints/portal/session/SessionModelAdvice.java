package uk.police.complaints.portal.session;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page how long a session lasts, for journey pages to say (the way it is said without JavaScript). */
@ControllerAdvice
class SessionModelAdvice {

    private final SessionTimeout timeout;

    SessionModelAdvice(SessionTimeout timeout) {
        this.timeout = timeout;
    }

    @ModelAttribute
    void addSessionMinutes(Model model) {
        model.addAttribute("sessionMinutes", timeout.minutes());
    }
}
