package uk.safeguard.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.safeguard.access.DemoMode;

@Controller
public class SignInController {
    private final DemoMode demo;

    public SignInController(DemoMode demo) {
        this.demo = demo;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        model.addAttribute("demo", demo.enabled());
        return "access/sign-in";
    }
}
