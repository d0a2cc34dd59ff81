package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.testing.Fixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading rule packs from files, folders, jars and the class path; the rule-level checks are in {@link RuleBaseTest}. */
class RulePackTest {
    private static final String MODELS_DRL = """
            package org.example.jar;

            import dev.tempo.model.Model;

            global dev.tempo.engine.AssessmentScope tempo;

            rule "JAR-01"
                @id("JAR-01") @factor("MODEL") @severity("LOW") @title("A model exists")
            when
                $m : Model()
            then
                tempo.raise(kcontext, $m.name(), "model " + $m.name());
            end
            """;

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(RulePackTest.class.getClassLoader().getResource("packs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey())); // a name ending in / is a folder
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Assessment assess(Tempo tempo) {
        return tempo.assess(Fixtures.wellRun(), Fixtures.AS_OF);
    }

    private static List<Problem> problems(Runnable load) {
        try {
            load.run();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    @Test
    void drlFile_isAPackNamedAfterIt_whoseRulesFireBesideTheDefaultPack() {
        Path file = fixture("org/datasets.drl");
        RulePack pack = RulePack.load(file);
        assertThat(pack.name()).isEqualTo("datasets");
        assertThat(pack.sources()).extracting(DrlSource::name).containsExactly(file.toString());

        Tempo tempo = TempoEngine.builder().rulePack(pack).build();
        assertThat(assess(tempo).findings()).extracting(Finding::ruleId, Finding::target, Finding::severity)
                .containsExactly(tuple("ORG-DATA-01", "orders", Severity.LOW));
        assertThat(tempo.rules()).extracting(RuleInfo::id).contains("ORG-DATA-01", "TEMPO-GOALS-01");
    }

    @Test
    void folder_loadsEveryDrlBelowIt_inTheOrderOfTheirRelativePaths() {
        Path folder = fixture("org");
        RulePack pack = RulePack.load(folder);
        assertThat(pack.name()).isEqualTo("org");
        assertThat(pack.sources()).extracting(DrlSource::name)
                .containsExactly(folder.resolve("datasets.drl").toString(), folder.resolve("security/tools.drl").toString());
    }

    @Test
    void folderHoldingAManifest_isReadAsAnUnpackedPackJar() {
        RulePack pack = RulePack.load(fixture("exploded"));
        assertThat(pack.name()).isEqualTo("exploded");
        assertThat(pack.sources()).extracting(DrlSource::name).containsExactly(fixture("exploded").resolve("rules/models.drl").toString());
        assertThat(assess(TempoEngine.builder().rulePack(pack).build()).findings())
                .extracting(Finding::ruleId, Finding::target).containsExactly(tuple("ORG-MODEL-01", "recommender"));
    }

    @Test
    void classpath_loadsAFolder_aDrlFile_orAManifest() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(RulePack.classpath("packs/org", loader).sources()).extracting(DrlSource::name)
                .containsExactly("classpath:packs/org/datasets.drl", "classpath:packs/org/security/tools.drl");
        RulePack single = RulePack.classpath("packs/org/datasets.drl", loader);
        assertThat(single.name()).isEqualTo("datasets");
        assertThat(single.sources()).extracting(DrlSource::name).containsExactly("classpath:packs/org/datasets.drl");
        RulePack manifest = RulePack.classpath("packs/org-pack.properties", loader);
        assertThat(manifest.name()).isEqualTo("org");
        assertThat(manifest.sources()).hasSize(2);
    }

    @Test
    void classpathFolderInsideAJar_loadsEveryDrlBelowIt() throws IOException {
        Path jar = jar("rules.jar", Map.of("org/", "", "org/rules/", "", "org/rules/models.drl", MODELS_DRL, "org/other.txt", "x"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RulePack pack = RulePack.classpath("org", loader);
            assertThat(pack.name()).isEqualTo("org");
            assertThat(pack.sources()).extracting(DrlSource::name).containsExactly("classpath:org/rules/models.drl");
        }
    }

    @Test
    void jar_withAManifestListingItsRules_loadsThemInThatOrder() throws IOException {
        Path jar = jar("org-pack.jar", Map.of(
                RulePack.MANIFEST, "name=org-pack\nrules=org/example/models.drl, /org/example/more/datasets.drl\n",
                "org/example/models.drl", MODELS_DRL,
                "org/example/more/datasets.drl", Files.readString(fixture("org/datasets.drl"))));
        RulePack pack = RulePack.load(jar);
        assertThat(pack.name()).isEqualTo("org-pack");
        assertThat(pack.sources()).extracting(DrlSource::name)
                .containsExactly(jar + "!/org/example/models.drl", jar + "!/org/example/more/datasets.drl");
        assertThat(assess(TempoEngine.builder().rulePack(pack).build()).findings()).extracting(Finding::ruleId)
                .containsExactly("JAR-01", "ORG-DATA-01");
    }

    @Test
    void jar_withAManifestNamingAFolder_loadsEveryDrlBelowIt() throws IOException {
        Path jar = jar("folder-pack.jar", Map.of(
                RulePack.MANIFEST, "name = folder-pack\nfolder = org/example/\n",
                "org/example/b/models.drl", MODELS_DRL,
                "org/example/a.drl", Files.readString(fixture("org/datasets.drl")),
                "org/example/readme.txt", "not a rule"));
        assertThat(RulePack.load(jar).sources()).extracting(DrlSource::name)
                .containsExactly(jar + "!/org/example/a.drl", jar + "!/org/example/b/models.drl");
    }

    @Test
    void discover_findsEveryPackJarOnAClassLoader_sortedByName() throws IOException {
        Path zebra = jar("zebra.jar", Map.of(RulePack.MANIFEST, "name=zebra\nrules=z/models.drl\n", "z/models.drl", MODELS_DRL));
        Path alpha = jar("alpha.jar", Map.of(RulePack.MANIFEST, "name=alpha\nfolder=a\n",
                "a/datasets.drl", Files.readString(fixture("org/datasets.drl"))));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {zebra.toUri().toURL(), alpha.toUri().toURL()}, null)) {
            List<RulePack> packs = RulePack.discover(loader);
            assertThat(packs).extracting(RulePack::name).containsExactly("alpha", "zebra");
            assertThat(packs.get(1).sources()).extracting(DrlSource::name).containsExactly(zebra + "!/z/models.drl");
            TempoEngine.Builder builder = TempoEngine.builder();
            packs.forEach(builder::rulePack);
            assertThat(assess(builder.build()).findings()).extracting(Finding::ruleId).containsExactly("JAR-01", "ORG-DATA-01");
        }
    }

    @Test
    void discover_withNoPackJar_findsNone() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[0], null)) {
            assertThat(RulePack.discover(loader)).isEmpty();
        }
    }

    @Test
    void packFactor_isScoredAndReported() {
        Assessment assessment = assess(TempoEngine.builder().rulePack(RulePack.load(fixture("org"))).build());
        assertThat(assessment.findings()).extracting(Finding::ruleId, Finding::factor, Finding::target).contains(
                tuple("ORG-SEC-01", Factor.of("SECURITY"), "airflow"), tuple("ORG-SEC-01", Factor.of("SECURITY"), "mlflow"));
        assertThat(assessment.scores().factors()).containsEntry(Factor.of("SECURITY"), 80).containsEntry(Factor.DATA, 95);
        assertThat(assessment.scores().factors().keySet()).extracting(Factor::id)
                .containsExactly("GOALS", "DATA", "TEAM", "INFRASTRUCTURE", "TOOLING", "MODEL", "REGULATION", "DELIVERY", "SECURITY");
        // the lowest factor is SECURITY (80); the mean of the nine is (7 * 100 + 95 + 80) / 9
        assertThat(assessment.scores().tempo()).isEqualTo((int) Math.round((80 + (700 + 95 + 80) / 9.0) / 2));
        assertThat(assessment.report()).contains("REGULATION 100 DELIVERY 100 SECURITY 80");
    }

    @Test
    void packFactorWithoutFindings_isScoredAtOneHundred() {
        Policy quiet = Policy.builder().disabled(Set.of("ORG-SEC-01")).build();
        Assessment assessment = assess(TempoEngine.builder().rulePack(RulePack.load(fixture("org"))).policy(quiet).build());
        assertThat(assessment.scores().factors()).containsEntry(Factor.of("SECURITY"), 100);
    }

    @Test
    void withoutDefaultPack_runsOnlyTheGivenPacks() {
        Tempo tempo = TempoEngine.builder().withoutDefaultPack().rulePack(RulePack.load(fixture("org"))).build();
        assertThat(tempo.rules()).extracting(RuleInfo::id).containsExactly("ORG-DATA-01", "ORG-SEC-01");
        assertThat(assess(tempo).findings()).extracting(Finding::ruleId).containsOnly("ORG-DATA-01", "ORG-SEC-01");
    }

    @Test
    void withoutDefaultPack_andNoPack_isAProgrammingError() {
        assertThatThrownBy(() -> TempoEngine.builder().withoutDefaultPack().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least one rulePack");
    }

    @Test
    void policy_overridesAndDisablesPackRules() {
        Policy policy = Policy.builder().severities(Map.of("ORG-DATA-01", Severity.HIGH)).disabled(Set.of("ORG-SEC-01")).build();
        Assessment assessment = assess(TempoEngine.builder().rulePack(RulePack.load(fixture("org"))).policy(policy).build());
        // a HIGH DATA finding of a pack counts for the default pack's cross-factor rule TEMPO-DATA-09 too
        assertThat(assessment.findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("ORG-DATA-01", Severity.HIGH), tuple("TEMPO-DATA-09", Severity.INFO));
        assertThat(assessment.findings()).filteredOn(f -> f.ruleId().equals("TEMPO-DATA-09")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).first().asString().contains("ORG-DATA-01"));
        assertThatThrownBy(() -> TempoEngine.builder().policy(policy).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("severities.ORG-DATA-01 names a rule that is not loaded");
    }

    @Test
    void packsAddedTwice_orBesideEachOther_allLoad() {
        Tempo tempo = TempoEngine.builder().rulePack(RulePack.load(fixture("exploded")))
                .addRules(new DrlSource("more.drl", MODELS_DRL)).build();
        assertThat(tempo.rules()).extracting(RuleInfo::id).contains("ORG-MODEL-01", "JAR-01", "TEMPO-DATA-01");
    }

    // ---- mistakes in loading: each names the path ----

    @Test
    void missingPath_isAProblemNamingIt() {
        Path missing = dir.resolve("nope.drl");
        assertThat(problems(() -> RulePack.load(missing))).singleElement()
                .hasToString(missing + ": does not exist; a rule pack is a .drl file, a folder of them or a pack jar");
    }

    @Test
    void fileThatIsNotDrlOrJar_isAProblemNamingIt() throws IOException {
        Path text = Files.writeString(dir.resolve("rules.txt"), "rule");
        assertThat(problems(() -> RulePack.load(text))).singleElement()
                .hasToString(text + ": is not a .drl file, a folder or a .jar; a rule pack is one of these");
    }

    @Test
    void emptyFolder_andFolderWithoutDrl_areProblems() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(problems(() -> RulePack.load(empty))).singleElement()
                .hasToString(empty + ": holds no .drl file; a rule pack folder holds at least one");
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("readme.md"), "# rules");
        assertThat(problems(() -> RulePack.load(notes))).singleElement().extracting(Problem::source).isEqualTo(notes.toString());
    }

    @Test
    void drlThatIsNotUtf8_isAProblemNamingIt() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xE9});
        assertThat(problems(() -> RulePack.load(latin1))).singleElement().hasToString(latin1 + ": is not UTF-8 text");
    }

    @Test
    void jarWithoutManifest_isAProblemNamingIt() throws IOException {
        Path jar = jar("plain.jar", Map.of("org/example/models.drl", MODELS_DRL));
        assertThat(problems(() -> RulePack.load(jar))).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(jar.toString());
            assertThat(p.message()).startsWith("has no META-INF/tempo-pack.properties");
        });
    }

    @Test
    void fileNamedJarThatIsNotOne_isAProblemNamingIt() throws IOException {
        Path jar = Files.writeString(dir.resolve("fake.jar"), "not a zip");
        assertThat(problems(() -> RulePack.load(jar))).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(jar.toString());
            assertThat(p.message()).startsWith("is not a readable jar");
        });
    }

    @Test
    void badManifest_reportsEveryProblemAtOnce_withItsLine() throws IOException {
        Path jar = jar("bad.jar", Map.of(
                RulePack.MANIFEST, "# a pack\nversion=1\nrules=org/example/models.drl, org/example/gone.drl, notes.txt\n",
                "org/example/models.drl", MODELS_DRL));
        String manifest = jar + "!/" + RulePack.MANIFEST;
        assertThat(problems(() -> RulePack.load(jar))).extracting(Problem::toString).containsExactly(
                manifest + ":2: version is not a manifest key; use name, rules or folder",
                manifest + ": name is missing; a pack manifest names its pack (name=...)",
                manifest + ":3: rules names org/example/gone.drl, which is not in the pack",
                manifest + ":3: rules names notes.txt, which is not a .drl file");
    }

    @Test
    void manifestWithBothOrNeitherOfRulesAndFolder_isAProblem() throws IOException {
        Path both = jar("both.jar", Map.of(RulePack.MANIFEST, "name=both\nrules=a.drl\nfolder=a\n", "a.drl", MODELS_DRL));
        assertThat(problems(() -> RulePack.load(both))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("must give exactly one of rules=..."));
        Path neither = jar("neither.jar", Map.of(RulePack.MANIFEST, "name=neither\n"));
        assertThat(problems(() -> RulePack.load(neither))).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("must give exactly one of rules=..."));
    }

    @Test
    void manifestNamingAMissingOrEmptyFolder_isAProblem() throws IOException {
        Path jar = jar("gone.jar", Map.of(RulePack.MANIFEST, "name=gone\nfolder=org/gone\n"));
        assertThat(problems(() -> RulePack.load(jar))).singleElement()
                .hasToString(jar + "!/" + RulePack.MANIFEST + ":2: folder names org/gone, which is not a folder of the pack");
        Path empty = jar("empty.jar", Map.of(RulePack.MANIFEST, "name=empty\nfolder=org\n", "org/readme.txt", "none"));
        assertThat(problems(() -> RulePack.load(empty))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("names org, which holds no .drl file"));
    }

    @Test
    void missingClasspathResource_isAProblemNamingIt() {
        assertThat(problems(() -> RulePack.classpath("packs/nope", getClass().getClassLoader()))).singleElement()
                .hasToString("classpath:packs/nope: is not on the class path");
    }

    @Test
    void brokenPackJarOnTheClassLoader_isReportedByDiscovery() throws IOException {
        Path good = jar("good.jar", Map.of(RulePack.MANIFEST, "name=good\nrules=m.drl\n", "m.drl", MODELS_DRL));
        Path bad = jar("bad.jar", Map.of(RulePack.MANIFEST, "name=bad\nrules=gone.drl\n"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {good.toUri().toURL(), bad.toUri().toURL()}, null)) {
            assertThat(problems(() -> RulePack.discover(loader))).singleElement()
                    .hasToString(bad + "!/" + RulePack.MANIFEST + ":2: rules names gone.drl, which is not in the pack");
        }
    }
}
