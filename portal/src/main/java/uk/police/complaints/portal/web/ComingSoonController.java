package uk.police.complaints.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The doors the start page opens whose rooms are still being built: each says so, and how to get help now. */
@Controller
class ComingSoonController {

    private static final String VIEW = "coming-soon";

    /** The address on letters and leaflets leads into the review journey. */
    @GetMapping("/apply-for-a-review")
    String startReview() {
        return "redirect:/review/before-you-start";
    }

    @GetMapping("/give-feedback")
    String showFeedback(Model model) {
        return comingSoon(model, "feedback", false);
    }

    private static String comingSoon(Model model, String section, boolean startsAJourney) {
        model.addAttribute("section", section);
        model.addAttribute("startsAJourney", startsAJourney);
        return VIEW;
    }
}
