package dev.tempo.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples and the command line use tempo as any user would: through its API packages only. */
class ApiUsageTest {
    private static final JavaClasses EXAMPLES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tempo.examples");

    @Test
    void examplesUseOnlyTheApiPackages() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.tempo.internal..", "dev.tempo.engine.internal..",
                        "dev.tempo.engine.facts..", "dev.tempo.rules..")
                .because("internal packages and the default pack's calculation helpers are not API: they may change in any release")
                .check(EXAMPLES);
    }
}
