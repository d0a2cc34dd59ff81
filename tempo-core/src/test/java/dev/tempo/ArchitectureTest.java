package dev.tempo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of tempo-core: no package cycles, no Drools, only the API packages exported, and no
 * Jackson or internal type in a public signature. {@code ApiSignatures} says what a public signature is.
 */
class ArchitectureTest {
    /** The packages module-info exports: everything else is {@code ..internal..}. */
    static final Set<String> API = Set.of("dev.tempo", "dev.tempo.baseline", "dev.tempo.descriptor", "dev.tempo.model",
            "dev.tempo.report", "dev.tempo.testkit");

    private static final Path CLASSES = classFolder();
    private static final JavaClasses CORE = new ClassFileImporter().importPath(CLASSES);

    /** Each package of tempo is its own slice, the root package {@code dev.tempo} too. */
    static final SliceAssignment PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            return name.equals("dev.tempo") || name.startsWith("dev.tempo.") ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of tempo";
        }
    };

    private static Path classFolder() {
        try {
            return Path.of(Tempo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void coreDoesNotDependOnDroolsOrTheEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..", "dev.tempo.engine..")
                .because("tempo-core holds the domain and the facade; the Drools-backed engine is tempo-rules")
                .check(CORE);
    }

    @Test
    void publicSignaturesOfTheApiShowNoJacksonOrInternalType() {
        classes().that(ApiSignatures.PUBLIC).and().resideInAnyPackage(API.toArray(String[]::new))
                .should(ApiSignatures.notMention(DescribedPredicate.describe("Jackson or internal types",
                        type -> type.getPackageName().startsWith("com.fasterxml.") || type.getPackageName().contains(".internal"))))
                .because("Jackson is how tempo reads and writes, not part of its API; internal types may change in any release")
                .check(CORE);
    }

    @Test
    void publicClassesOfInternalPackagesAreUsedOutsideThem() {
        classes().that(ApiSignatures.PUBLIC).and().resideInAPackage("..internal..").and().areTopLevelClasses()
                .should(ApiSignatures.beUsedOutsideTheirPackage())
                .because("a class only its own package uses is package-private")
                .check(CORE);
    }

    @Test
    void moduleInfoExportsExactlyTheApiPackages() throws IOException {
        ModuleDescriptor module;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        Set<String> packages = CORE.stream().map(JavaClass::getPackageName).filter(name -> name.startsWith("dev.tempo"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(module.name()).isEqualTo("dev.tempo.core");
        assertThat(module.exports()).allSatisfy(exports -> assertThat(exports.isQualified()).isFalse());
        assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source)).containsExactlyInAnyOrderElementsOf(API);
        assertThat(packages).as("every package is API (exported) or internal (..internal..)")
                .allSatisfy(name -> assertThat(API.contains(name) || name.contains(".internal")).as(name).isTrue());
        assertThat(module.opens()).as("opened only to Jackson, for binding")
                .allSatisfy(opens -> assertThat(opens.targets()).containsExactly("com.fasterxml.jackson.databind"));
    }
}
