package uk.safeguard.migration.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.safeguard.migration.internal.MigrationUsers;

/** Tells the pages whether to offer the SSD import link (administrators and performance analysts). */
@ControllerAdvice(annotations = Controller.class)
class MigrationNavigationAdvice {
    private final MigrationUsers users;

    MigrationNavigationAdvice(MigrationUsers users) {
        this.users = users;
    }

    @ModelAttribute("ssdImportsVisible")
    boolean ssdImportsVisible() {
        return users.signedInUserIsMigrator();
    }
}
