package uk.police.complaints.portal.review;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The address on letters and leaflets leads into the review journey. */
@Controller
class ReviewAddressController {

    @GetMapping("/apply-for-a-review")
    String startReview() {
        return "redirect:/review/before-you-start";
    }
}
