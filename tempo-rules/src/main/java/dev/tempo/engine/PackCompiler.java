package dev.tempo.engine;

import dev.tempo.engine.internal.DrlFile;
import dev.tempo.engine.internal.Prebuilt;
import dev.tempo.engine.internal.RuleBase;
import dev.tempo.model.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.builder.KieBuilder;

/**
 * Pre-builds a rule pack at build time into Drools' executable model, so that an engine loads it
 * in a fraction of a second instead of compiling its DRL for seconds. tempo's own build pre-builds
 * the default pack this way; a pack author's build can do the same for a pack jar.
 *
 * <p>The DRL stays the source of truth: the pre-built form is found by the SHA-256 of the pack's
 * DRL texts, so an engine given a pack whose DRL differs from what was pre-built (one edited
 * character) compiles the DRL instead, with the same findings, only slower. The pre-built form is
 * written as class files and an index, {@code META-INF/tempo/prebuilt/<sha-256>.properties}, into a
 * class folder (normally {@code target/classes}) and must reach the class path of the engine that
 * loads the pack, beside the pack's DRL: a pack jar built by Maven carries both.
 *
 * <p>Run it after the pack's DRL has been copied to the class folder, with
 * {@code org.drools:drools-model-codegen} (same version as tempo's Drools) on the class path; tempo
 * declares that dependency optional, so it never reaches a consumer:
 * <pre>
 * java -cp &lt;class path&gt; dev.tempo.engine.PackCompiler &lt;class folder&gt; &lt;pack&gt;
 * </pre>
 * where {@code <pack>} is what {@link RulePack#load(Path)} takes (a {@code .drl} file, a folder, a
 * folder holding {@value RulePack#MANIFEST}, a pack jar) or {@code default} for tempo's own pack.
 * It exits 0 when the pack was pre-built, 2 with every problem on standard error when the pack is
 * invalid (as {@link TempoEngine.Builder#build()} would report it), and 3 when it could not write.
 */
public final class PackCompiler {
    private PackCompiler() {}

    /**
     * {@code PackCompiler <class folder> <pack>}: see the class comment.
     *
     * @param args the class folder to write to and the pack
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PackCompiler <class folder> <pack: a .drl file, a folder, a pack jar, or default>");
            System.exit(2);
        }
        try {
            RulePack pack = args[1].equals("default") ? new RulePack("default", DefaultPack.sources()) : RulePack.load(Path.of(args[1]));
            List<Path> written = prebuild(pack, Path.of(args[0]));
            System.out.println("PackCompiler: pre-built pack " + pack.name() + " (" + pack.sources().size() + " DRL files) into "
                    + written.size() + " files under " + args[0]);
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> System.err.println("PackCompiler: " + problem));
            System.exit(2);
        } catch (UncheckedIOException e) {
            System.err.println("PackCompiler: " + e.getMessage() + ": " + e.getCause().getMessage());
            System.exit(3);
        }
    }

    /**
     * Pre-builds a pack into a class folder: its executable model's class files and its index, the
     * same bytes for the same DRL. The classes are named after the DRL's SHA-256, so a form built from
     * other DRL never overwrites them; an earlier index of a pack of the same name is deleted (its
     * classes are left to the next clean build). The written form is then loaded back and checked to
     * give the rules' full catalogue.
     *
     * @return the files written, sorted
     * @throws InvalidInputException when the pack does not compile or its rules' metadata is wrong
     * @throws UncheckedIOException  when the folder cannot be written
     */
    public static List<Path> prebuild(RulePack pack, Path classFolder) {
        List<DrlFile> files = pack.files();
        RuleBase reference = RuleBase.compile(files); // every problem, as the engine reports it
        KieBuilder builder = RuleBase.built(files, ExecutableModelProject.class);
        try {
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            List<String> models = modelClasses(module);
            deleteEarlierIndexes(classFolder, pack.name());
            List<Path> written = new ArrayList<>();
            for (String file : new TreeSet<>(module.getFileNames())) {
                if (file.endsWith(".class") && !file.startsWith("org/drools/project/model/")) {
                    written.add(write(classFolder.resolve(file), module.getBytes(file)));
                }
            }
            String index = "# written by dev.tempo.engine.PackCompiler: the executable model of the pack below;\n"
                    + "# used only for DRL whose SHA-256 is this file's name\n"
                    + "pack=" + packName(pack.name()) + "\n"
                    + "models=" + String.join(",", models) + "\n";
            written.add(write(classFolder.resolve(Prebuilt.indexOf(files)), index.getBytes(StandardCharsets.UTF_8)));
            verify(pack, classFolder, reference);
            return written.stream().sorted().toList();
        } finally {
            RuleBase.release(builder);
        }
    }

    private static List<String> modelClasses(InternalKieModule module) {
        String listing = module.getFileNames().stream().filter(f -> f.endsWith("/drools-model")).findFirst()
                .map(f -> new String(module.getBytes(f), StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("Drools wrote no drools-model listing"));
        // the first line is "Drools-Model-Version:..."; then one model class per line
        return Arrays.stream(listing.split("\\R")).map(String::strip).filter(line -> !line.isEmpty() && !line.contains(":")).toList();
    }

    private static void deleteEarlierIndexes(Path classFolder, String packName) {
        Path folder = classFolder.resolve(Prebuilt.INDEX_FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> indexes = Files.list(folder)) {
            for (Path index : indexes.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(index)) {
                    properties.load(in);
                }
                if (packName(packName).equals(properties.getProperty("pack"))) {
                    Files.delete(index);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder, e);
        }
    }

    /** The name as an index holds it: one line, no properties escapes needed. */
    private static String packName(String name) {
        return name.replaceAll("[^\\p{Alnum}._/-]", "_");
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void verify(RulePack pack, Path classFolder, RuleBase reference) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classFolder.toUri().toURL()}, PackCompiler.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            RuleBase prebuilt = RuleBase.of(List.of(pack.files()));
            if (prebuilt.compiledRules() != 0 || !prebuilt.rules().equals(reference.rules())) {
                throw new IllegalStateException("the pre-built form of pack " + pack.name() + " does not load as its DRL compiles");
            }
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a folder: " + classFolder, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the class loader of " + classFolder, e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
