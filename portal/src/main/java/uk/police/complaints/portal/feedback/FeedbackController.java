package uk.police.complaints.portal.feedback;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Give feedback: the surveys, and who each is for. */
@Controller
class FeedbackController {

    @GetMapping("/give-feedback")
    String showSurveys() {
        return "feedback/index";
    }
}
