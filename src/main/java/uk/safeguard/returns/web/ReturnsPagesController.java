package uk.safeguard.returns.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.Role;

/** The statutory returns index: Annex A, the CIN census and the DfE children's social care API. */
@Controller
public class ReturnsPagesController {

    @GetMapping("/returns")
    String index(CurrentUser me, Model model) {
        // the returns name children: who may produce each is checked on its own page; the index only lists them
        model.addAttribute("mayProduce", me.role().isManager()
                || me.role() == Role.PERFORMANCE_ANALYST);
        return "returns/index";
    }
}
