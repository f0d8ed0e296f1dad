package uk.police.complaints.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The doors the start page opens whose rooms are still being built: each says so, and how to get help now. */
@Controller
class ComingSoonController {

    private static final String VIEW = "coming-soon";

    @GetMapping("/apply-for-a-review")
    String showReview(Model model) {
        return comingSoon(model, "review", true);
    }

    @GetMapping("/know-your-rights")
    String showRights(Model model) {
        return comingSoon(model, "rights", false);
    }

    @GetMapping("/give-feedback")
    String showFeedback(Model model) {
        return comingSoon(model, "feedback", false);
    }

    /** A page where a person starts a journey carries the 999 warning. */
    private static String comingSoon(Model model, String section, boolean startsAJourney) {
        model.addAttribute("section", section);
        model.addAttribute("startsAJourney", startsAJourney);
        return VIEW;
    }
}
