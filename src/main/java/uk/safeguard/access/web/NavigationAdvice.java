package uk.safeguard.access.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeguard.access.CurrentUser;
import uk.safeguard.access.UserDirectory;

/** Puts the signed-in user on every page, for the header and the navigation. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
public class NavigationAdvice {
    private final UserDirectory users;

    public NavigationAdvice(UserDirectory users) {
        this.users = users;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return null;
        }
        return users.findByUsername(auth.getName()).orElse(null);
    }
}
