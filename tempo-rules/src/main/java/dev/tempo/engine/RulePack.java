package dev.tempo.engine;

import dev.tempo.engine.internal.DrlFile;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A named, immutable set of DRL files: rules added to an engine beside (or instead of) the default
 * pack with {@link TempoEngine.Builder#rulePack(RulePack)}.
 *
 * <pre>{@code
 * Tempo tempo = TempoEngine.builder()
 *         .rulePack(RulePack.load(Path.of("org-rules")))      // a .drl file, a folder or a pack jar
 *         .build();
 * }</pre>
 *
 * <p>A pack is loaded from:
 * <ul>
 *   <li>a {@code .drl} file: a pack of one file, named after it;</li>
 *   <li>a folder: every {@code *.drl} file below it, in the order of their paths relative to the
 *       folder, so loading is the same everywhere (a folder holding {@value #MANIFEST} is read as
 *       an unpacked pack jar instead);</li>
 *   <li>a pack jar: a jar holding the manifest {@value #MANIFEST};</li>
 *   <li>the class path: a {@code .drl} resource, a resource folder, or a manifest, with
 *       {@link #classpath(String, ClassLoader)}; {@link #discover(ClassLoader)} finds every pack jar on a
 *       class loader.</li>
 * </ul>
 *
 * <p>The manifest {@value #MANIFEST} is a properties file (UTF-8) with these keys:
 * <pre>
 * name=org-rules                                   # required: the pack's name
 * rules=org/example/rules/ownership.drl, org/example/rules/tools.drl
 * # or, instead of rules:
 * folder=org/example/rules                         # every .drl below it, by path
 * </pre>
 * {@code rules} lists DRL resources of the jar, comma-separated, loaded in that order; {@code folder}
 * names a folder of the jar. Exactly one of the two is given; any other key is an error. tempo does
 * not use Drools' {@code META-INF/kmodule.xml}: a library jar holding one is picked up by every
 * {@code KieContainer} on the class path, so a rule pack declared that way would leak into the
 * consumer's own Drools rules.
 *
 * <p>Errors name a pack's files as the user knows them: {@code org-rules/ownership.drl},
 * {@code my-pack.jar!/org/example/ownership.drl}, or {@code classpath:org/example/ownership.drl} for
 * {@link #classpath(String, ClassLoader)}; files of a discovered pack are named by their jar or folder.
 *
 * <p>Every mistake — a missing path, a file that is not a {@code .drl}, a jar or a folder, an
 * unreadable file, an empty folder, a jar without a manifest, a manifest naming a missing file or
 * holding an unknown key — throws an {@link InvalidInputException} whose {@link Problem}s name the
 * path (and, in a manifest, the line). Whether the DRL compiles and declares its metadata is checked
 * when the engine is built ({@link TempoEngine.Builder#build()}).
 *
 * @param name    the pack's name, for people
 * @param sources its DRL files, in load order
 */
public record RulePack(String name, List<DrlSource> sources) {
    /** The resource a pack jar declares itself with. */
    public static final String MANIFEST = "META-INF/tempo-pack.properties";

    /**
     * A pack of DRL sources built in Java.
     *
     * @throws IllegalArgumentException when the name is blank or there are no sources
     */
    public RulePack {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rule pack needs a name");
        }
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule pack " + name + " has no DRL sources");
        }
    }

    /**
     * A pack of DRL sources built in Java.
     *
     * @throws IllegalArgumentException when the name is blank or there are no sources
     */
    public static RulePack of(String name, DrlSource... sources) {
        return new RulePack(name, List.of(sources));
    }

    /**
     * Loads a pack from a {@code .drl} file, a folder or a pack jar.
     *
     * @throws InvalidInputException when the path is missing, not a {@code .drl} file, folder or jar,
     *                               cannot be read, holds no DRL, or is a jar without a valid manifest
     */
    public static RulePack load(Path path) {
        return PackLoader.load(Objects.requireNonNull(path, "path"));
    }

    /**
     * Loads a pack from the class path: a {@code .drl} resource, a resource folder (every {@code .drl}
     * below it) or a manifest resource ending in {@code .properties}, in the format of {@value #MANIFEST}.
     *
     * @throws InvalidInputException when the resource is missing or holds no DRL, or the manifest is wrong
     */
    public static RulePack classpath(String resource, ClassLoader loader) {
        return PackLoader.classpath(Objects.requireNonNull(resource, "resource"), Objects.requireNonNull(loader, "loader"));
    }

    /**
     * Every pack jar (every {@value #MANIFEST}) on a class loader, sorted by name.
     *
     * @throws InvalidInputException listing the problems of every pack that is wrong
     */
    public static List<RulePack> discover(ClassLoader loader) {
        return PackLoader.discover(Objects.requireNonNull(loader, "loader"));
    }

    /** The pack's files as the rule base takes them. */
    List<DrlFile> files() {
        return sources.stream().map(DrlSource::file).toList();
    }
}
