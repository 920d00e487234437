package uk.safeguard.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The modular monolith's rule: one top-level package per capability under uk.safeguard. A module's root
 * package is its public API; its sub-packages ({@code internal}, {@code web}) are its own. Another module
 * may use only the root package. {@code platform} (shared infrastructure) may be used by anyone and uses no module.
 */
class ModuleBoundariesTest {
    private static final String BASE = "uk.safeguard.";
    private static final Set<String> SHARED = Set.of("platform");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.safeguard");

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : CLASSES) {
            String from = module(origin.getPackageName());
            if (from == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = module(target.getPackageName());
                if (to == null || to.equals(from) || SHARED.contains(to)) {
                    continue;
                }
                if (!target.getPackageName().equals(BASE + to)) {
                    violations.add(origin.getName() + " (" + from + ") uses " + target.getName() + ", which is inside module '" + to + "'");
                }
            }
        }
        assertThat(new TreeSet<>(violations)).as("cross-module use of non-API classes").isEmpty();
    }

    @Test
    void platformDependsOnNoCapability() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : CLASSES) {
            if (!"platform".equals(module(origin.getPackageName()))) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = module(dependency.getTargetClass().getPackageName());
                if (to != null && !to.equals("platform")) {
                    violations.add(origin.getName() + " uses " + dependency.getTargetClass().getName());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void modulesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("uk.safeguard.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noJpa() {
        assertThat(CLASSES.stream().flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .map(d -> d.getTargetClass().getPackageName())
                .filter(p -> p.startsWith("jakarta.persistence") || p.startsWith("org.hibernate")))
                .isEmpty();
    }

    /** "people" for uk.safeguard.people.internal; null for classes outside any module. */
    static String module(String packageName) {
        if (!packageName.startsWith(BASE)) {
            return null;
        }
        String rest = packageName.substring(BASE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
