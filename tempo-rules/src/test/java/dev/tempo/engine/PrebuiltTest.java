package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Assessment;
import dev.tempo.Policy;
import dev.tempo.Tempo;
import dev.tempo.descriptor.DescriptorReader;
import dev.tempo.engine.internal.DrlFile;
import dev.tempo.engine.internal.Prebuilt;
import dev.tempo.engine.internal.RuleBase;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import dev.tempo.testing.Fixtures;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default pack pre-built at build time (Drools' executable model) and packs pre-built with
 * {@link PackCompiler}: what is reused, what is compiled, and that the findings never change.
 * (Every rule test compares the two forms too, through {@code RuleHarness}.)
 */
class PrebuiltTest {
    private static final String PACK = """
            package org.example.prebuilt;

            import dev.tempo.model.Model;
            import java.util.List;

            global dev.tempo.engine.AssessmentScope tempo;

            rule "ORG-01"
                @id("ORG-01") @factor("MODEL") @severity("LOW") @title("A model exists")
            when
                $m : Model()
            then
                tempo.raise(kcontext, $m.name(), "model " + $m.name());
            end

            rule "ORG-02"
                @id("ORG-02") @factor("MODEL") @severity("MEDIUM") @title("A model without a monitor")
            when
                $m : Model( monitored == false )
            then
                tempo.raise(kcontext, $m.name(), "model " + $m.name() + " is not monitored");
            end

            // a List from collect: its type declaration must merge with the pre-built pack's
            rule "ORG-03"
                @id("ORG-03") @factor("MODEL") @severity("INFO") @title("Models declared")
            when
                $models : List( size >= 1 ) from collect( Model() )
            then
                tempo.raise(kcontext, "models", $models.size() + " models");
            end
            """;

    /** The case studies shipped with the command line (tempo-examples), read from the source tree. */
    private static final Path EXAMPLES = Path.of("..", "tempo-examples", "src", "main", "resources", "examples");

    @TempDir
    Path dir;

    @Test
    void theDefaultPackIsLoadedPrebuiltNotCompiled() {
        assertThat(DefaultPack.ruleBase().compiledRules()).isZero();
        assertThat(DefaultPack.ruleBase().rules()).hasSize(69);
        assertThat(DefaultPack.ruleBase().rules()).isEqualTo(RuleBase.compile(DefaultPack.files()).rules());
    }

    @Test
    void anEngineWithTheDefaultPackAndASmallPackCompilesOnlyThePack() {
        RuleBase both = RuleBase.of(List.of(DefaultPack.files(), List.of(new DrlFile("org.drl", PACK))));

        assertThat(both.compiledRules()).isEqualTo(3);
        assertThat(both.rules()).hasSize(72).containsKeys("ORG-01", "ORG-02", "ORG-03", "TEMPO-DATA-01");
    }

    @Test
    void editedDrlIsNeverMatchedToAStalePrebuiltForm() {
        List<DrlFile> edited = new ArrayList<>(DefaultPack.files());
        DrlFile first = edited.get(0);
        edited.set(0, new DrlFile(first.name(), first.text() + "\n// edited\n"));

        assertThat(Prebuilt.key(edited)).isNotEqualTo(Prebuilt.key(DefaultPack.files()));
        assertThat(RuleBase.of(List.of(edited)).compiledRules()).isEqualTo(69);
    }

    @Test
    void aPackRuleNamedLikeADefaultRuleInItsPackageIsRefused() {
        String clash = """
                package dev.tempo.rules;

                import dev.tempo.model.Model;

                global dev.tempo.engine.AssessmentScope tempo;

                rule "%s"
                    @id("ORG-09") @factor("MODEL") @severity("LOW") @title("clash")
                when
                    $m : Model()
                then
                    tempo.raise(kcontext, $m.name(), "x");
                end
                """.formatted(DefaultPack.ruleBase().kieBase().getKiePackage("dev.tempo.rules").getRules().iterator().next().getName());

        assertThatThrownBy(() -> RuleBase.of(List.of(DefaultPack.files(), List.of(new DrlFile("clash.drl", clash)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.source()).isEqualTo("clash.drl");
                            assertThat(p.line()).isEqualTo(7);
                            assertThat(p.message()).contains("by another loaded pack too");
                        }));
    }

    @Test
    void packCompilerPrebuildsAPackThatLoadsWithoutCompilingAndFindsTheSame() throws IOException {
        Path drl = Files.writeString(dir.resolve("org.drl"), PACK);
        RulePack pack = RulePack.load(drl);
        Path classes = dir.resolve("classes");

        List<Path> written = PackCompiler.prebuild(pack, classes);

        assertThat(written).contains(classes.resolve(Prebuilt.indexOf(pack.files())));
        assertThat(written).anySatisfy(file -> assertThat(file.toString()).endsWith(".class"));
        assertThat(RuleBase.of(List.of(pack.files())).compiledRules()).as("not on the class path yet").isEqualTo(3);
        withClassPath(classes, () -> {
            RuleBase prebuilt = RuleBase.of(List.of(DefaultPack.files(), pack.files()));
            assertThat(prebuilt.compiledRules()).isZero();
            Tempo fromPrebuilt = TempoEngine.of(prebuilt, Policy.DEFAULTS);
            Tempo fromDrl = TempoEngine.builder().rulePack(pack).build();
            Project example = new DescriptorReader().readProject(EXAMPLES.resolve("credit-scoring.yaml"));
            List<String> fired = new ArrayList<>();
            for (Project project : List.of(Fixtures.wellRun(), example)) {
                Assessment expected = fromDrl.assess(project, Fixtures.AS_OF);
                expected.findings().forEach(f -> fired.add(f.ruleId()));
                assertThat(fromPrebuilt.assess(project, Fixtures.AS_OF)).isEqualTo(expected);
            }
            assertThat(fired).contains("ORG-01", "ORG-02", "ORG-03");
            return null;
        });
    }

    @Test
    void packCompilerWritesTheSameFilesForTheSameDrl() throws IOException {
        RulePack pack = RulePack.of("org", new DrlSource("org.drl", PACK));
        List<Path> first = PackCompiler.prebuild(pack, dir.resolve("one"));
        List<Path> second = PackCompiler.prebuild(pack, dir.resolve("two"));

        assertThat(first).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            assertThat(dir.resolve("one").relativize(first.get(i))).isEqualTo(dir.resolve("two").relativize(second.get(i)));
        }
    }

    @Test
    void packCompilerReplacesTheIndexOfAPackOfTheSameNameAndKeepsOthers() throws IOException {
        Path classes = dir.resolve("classes");
        PackCompiler.prebuild(RulePack.of("org", new DrlSource("org.drl", PACK)), classes);
        Path before = classes.resolve(Prebuilt.indexOf(List.of(new DrlFile("org.drl", PACK))));
        String other = PACK.replace("org.example.prebuilt", "org.example.other");
        PackCompiler.prebuild(RulePack.of("other", new DrlSource("other.drl", other)), classes);
        String edited = PACK.replace("A model exists", "A model is declared");

        PackCompiler.prebuild(RulePack.of("org", new DrlSource("org.drl", edited)), classes);

        assertThat(before).doesNotExist();
        try (Stream<Path> indexes = Files.list(classes.resolve(Prebuilt.INDEX_FOLDER))) {
            assertThat(indexes).containsExactlyInAnyOrder(classes.resolve(Prebuilt.indexOf(List.of(new DrlFile("org.drl", edited)))),
                    classes.resolve(Prebuilt.indexOf(List.of(new DrlFile("other.drl", other)))));
        }
    }

    @Test
    void packCompilerReportsAnInvalidPackAsTheEngineWouldAndWritesNothing() {
        Path classes = dir.resolve("classes");
        RulePack broken = RulePack.of("broken", new DrlSource("broken.drl", PACK.replace("@severity(\"LOW\") ", "")));

        assertThatThrownBy(() -> PackCompiler.prebuild(broken, classes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::message)
                        .singleElement().asString().contains("lacks @severity"));
        assertThat(classes).doesNotExist();
    }

    @Test
    void everyShippedExampleIsAssessedTheSameByThePrebuiltAndTheCompiledPack() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        Tempo prebuilt = TempoEngine.create();
        Tempo compiled = ReferenceEngine.compiledFromDrl(Policy.DEFAULTS);
        for (Path file : files) {
            Project project = new DescriptorReader().readProject(file);
            for (LocalDate asOf : List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2025, 1, 1))) {
                Assessment expected = compiled.assess(project, asOf);
                assertThat(prebuilt.assess(project, asOf)).as(file + " as of " + asOf).isEqualTo(expected);
                assertThat(prebuilt.assess(project, asOf).report()).isEqualTo(expected.report());
            }
        }
    }

    private static void withClassPath(Path classes, Supplier<Void> body) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, PrebuiltTest.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            body.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
