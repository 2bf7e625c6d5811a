package org.tierwise.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: one way in for officers, commissioning groups, policy staff and finance. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "index";
    }
}
