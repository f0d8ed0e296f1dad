package uk.police.complaints.portal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class StartPageController {

    @GetMapping("/")
    String showStartPage() {
        return "start";
    }
}
