package dev.tempo.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of tempo-rules. Its API is {@code dev.tempo.engine} (the engine facade, rule packs,
 * DRL sources and the rule-authoring support DRL uses: AssessmentScope, Evidence, AssessmentDate, and
 * PackCompiler for builds). Not API, and kept out of the API's signatures: {@code dev.tempo.engine.internal}
 * and the calculation helpers the default pack's DRL calls ({@code dev.tempo.engine.facts}). The
 * executable model generated from the DRL at build time ({@code dev.tempo.rules..}) is left out: it
 * is Drools' code, regenerated with every change to a rule.
 */
class ArchitectureTest {
    static final Set<String> API = Set.of("dev.tempo.engine");
    static final Set<String> NOT_API = Set.of("dev.tempo.engine.internal", "dev.tempo.engine.facts");
    private static final String GENERATED = "dev.tempo.rules";

    /** tempo-rules' own classes. */
    private static final JavaClasses RULES = new ClassFileImporter().importPath(classFolder());
    /** tempo-rules' and tempo-core's classes. */
    private static final JavaClasses ALL = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.tempo");

    /** Each package of tempo is its own slice, the root package {@code dev.tempo} too; the generated model is left out. */
    private static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            boolean tempo = name.equals("dev.tempo") || name.startsWith("dev.tempo.");
            boolean generated = name.equals(GENERATED) || name.startsWith(GENERATED + ".");
            return tempo && !generated ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of tempo but the generated model";
        }
    };

    private static Path classFolder() {
        try {
            return Path.of(TempoEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(ALL);
    }

    @Test
    void everyPackageIsApiOrNot() {
        assertThat(RULES.stream().map(JavaClass::getPackageName).distinct())
                .allSatisfy(name -> assertThat(API.contains(name) || NOT_API.contains(name) || name.startsWith(GENERATED))
                        .as("%s is neither API nor internal: add it to ArchitectureTest and the README's Design section", name).isTrue());
    }

    @Test
    void theApiShowsNoInternalTypeOrCalculationHelper() {
        classes().that(ApiSignatures.PUBLIC).and().resideInAnyPackage(API.toArray(String[]::new))
                .should(ApiSignatures.notMention(DescribedPredicate.describe("internal types or calculation helpers",
                        type -> type.getPackageName().contains(".internal") || NOT_API.contains(type.getPackageName())
                                || type.getPackageName().startsWith(GENERATED))))
                .because("they may change in any release; a user's code never needs them")
                .check(RULES);
    }

    @Test
    void onlyTheEngineUsesItsInternals() {
        noClasses().that().resideOutsideOfPackages("dev.tempo.engine", "dev.tempo.engine.internal")
                .should().dependOnClassesThat().resideInAPackage("dev.tempo.engine.internal..")
                .check(ALL);
    }

    @Test
    void theEngineUsesOnlyTheApiOfTempoCore() {
        noClasses().that().resideInAPackage("dev.tempo.engine..")
                .should().dependOnClassesThat().resideInAPackage("dev.tempo.internal..")
                .because("tempo-core's module exports only its API packages")
                .check(RULES);
    }

    @Test
    void publicClassesOfInternalPackagesAreUsedOutsideThem() {
        classes().that(ApiSignatures.PUBLIC).and().resideInAPackage("..internal..").and().areTopLevelClasses()
                .should(ApiSignatures.beUsedOutsideTheirPackage())
                .because("a class only its own package uses is package-private")
                .check(RULES);
    }
}
