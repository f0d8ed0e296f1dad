package uk.police.complaints.portal.session;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;
import uk.police.complaints.portal.journey.Journeys;

/** The page a person reaches when their session ended: what happened, and a way to start again. */
@Controller
class SessionEndedController {

    static final String PATH = "/session-ended";

    private final Journeys journeys;
    private final SessionTimeout timeout;

    SessionEndedController(Journeys journeys, SessionTimeout timeout) {
        this.journeys = journeys;
        this.timeout = timeout;
    }

    /**
     * The timeout warning also comes here when time runs out; a session still open then is ended, so that the
     * page is true: the answers are deleted.
     */
    @GetMapping(PATH)
    Mono<String> showSessionEnded(@RequestParam(required = false) String journey, WebSession session, Model model) {
        model.addAttribute("minutes", timeout.minutes());
        model.addAttribute("startAgain", journeys.find(journey == null ? "" : journey)
                .map(found -> "/" + found.id() + "/" + found.start().slug())
                .orElse("/"));
        return (session.isStarted() ? session.invalidate() : Mono.<Void>empty()).thenReturn("session/ended");
    }
}
