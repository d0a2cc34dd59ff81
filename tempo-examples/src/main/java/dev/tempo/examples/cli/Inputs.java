package dev.tempo.examples.cli;

import dev.tempo.Policy;
import dev.tempo.Tempo;
import dev.tempo.baseline.Baseline;
import dev.tempo.descriptor.DescriptorReader;
import dev.tempo.descriptor.Document;
import dev.tempo.engine.RulePack;
import dev.tempo.engine.TempoEngine;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reads the command line's descriptors, policy and baseline, all before anything is assessed or written. */
final class Inputs {
    private static final DescriptorReader READER = new DescriptorReader();

    private Inputs() {}

    /** The descriptors read, and the problems of those that could not be. */
    record Read(List<Document<Project>> documents, List<Problem> problems) {}

    /**
     * The inputs as files: a folder stands for every {@code .yaml}, {@code .yml} and {@code .json} file
     * below it, sorted by path; {@code -} (standard input) and files stay as given.
     */
    static List<String> expand(List<String> arguments) {
        List<String> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (argument.equals("-") || !Files.isDirectory(path)) {
                files.add(argument);
                continue;
            }
            List<String> found;
            try (var walk = Files.walk(path)) {
                found = walk.filter(Files::isRegularFile).map(Path::toString)
                        .filter(name -> name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(ya?ml|json)")).sorted().toList();
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw new UserError("cannot read the folder " + argument + ": " + e.getMessage());
            }
            if (found.isEmpty()) {
                throw new UserError("the folder " + argument + " holds no descriptor (.yaml, .yml or .json)");
            }
            files.addAll(found);
        }
        return files;
    }

    /**
     * Reads one descriptor ({@code -} is standard input).
     *
     * @throws InvalidInputException with its problems
     */
    static Document<Project> readOne(String file, Supplier<InputStream> stdin) {
        return file.equals("-") ? READER.readProjectDocument(stdin.get(), "<stdin>") : READER.readProjectDocument(Path.of(file));
    }

    /** Reads every descriptor ({@code -} is standard input), keeping the problems of every file. */
    static Read read(List<String> files, Supplier<InputStream> stdin) {
        List<Document<Project>> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String file : files) {
            try {
                documents.add(file.equals("-") ? READER.readProjectDocument(stdin.get(), "<stdin>")
                        : READER.readProjectDocument(Path.of(file)));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            } catch (OutOfMemoryError e) {
                throw new dev.tempo.RuleFailedException(null, "out of memory reading " + file + "; descriptors are at most 1 MiB:"
                        + " give the JVM more heap (java -Xmx1g -jar ...) or read fewer files at once", e);
            }
        }
        return new Read(documents, problems);
    }

    /**
     * Reads the baseline file; a missing one is the empty baseline when it is about to be recorded,
     * and a mistake otherwise.
     */
    static Baseline baseline(Path file, boolean recording) {
        if (!Files.exists(file)) {
            if (recording) {
                return Baseline.EMPTY;
            }
            throw new UserError("--baseline " + file + " does not exist; record one first with --baseline "
                    + file + " --update-baseline");
        }
        return READER.readBaseline(file);
    }

    /**
     * The engine with the default pack and the packs of {@code --rules}, under the policy of the file
     * (the default policy when there is none). Problems loading or compiling any pack and reading the
     * policy are reported together; the policy is checked against every loaded rule.
     */
    /**
     * Starts loading the default rule pack on a background thread while the caller reads its inputs
     * (two cores do both at once): whoever builds an engine next waits for that load instead of
     * starting it. Anything that goes wrong there happens again, and is reported, on the caller's thread.
     */
    static void startLoadingRules() {
        Thread loader = new Thread(() -> {
            try {
                TempoEngine.create();
            } catch (RuntimeException | LinkageError e) {
                // reported when the caller builds its engine
            }
        }, "tempo-rule-loader");
        loader.setDaemon(true);
        loader.start();
    }

    static Tempo engine(Path policyFile, List<Path> rules) {
        List<Problem> problems = new ArrayList<>();
        TempoEngine.Builder builder = TempoEngine.builder();
        for (Path path : rules) {
            try {
                builder.rulePack(RulePack.load(path));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        Document<Policy> policy = null;
        if (policyFile != null) {
            try {
                policy = READER.readPolicyDocument(policyFile);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            try {
                builder.build(); // the packs that did load: their compile errors belong in the same report
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
            throw new InvalidInputException(problems);
        }
        if (policy == null) {
            return builder.build();
        }
        try {
            return builder.policy(policy.value()).build();
        } catch (InvalidInputException e) {
            throw located(policy, e);
        }
    }

    /** The hint the engine gives Java callers, and the same hint for the command line's users. */
    private static final String JAVA_HINT = "Tempo.rules() lists the loaded rules";
    private static final String COMMAND_LINE_HINT = "run the rules command to list them";

    /**
     * The same problems, located in the document where they name a field of it, with the engine's
     * hints for Java callers told as the command line's.
     */
    static InvalidInputException located(Document<?> document, InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> p.source() == null ? document.problemAt(p.path(), p.message().replace(JAVA_HINT, COMMAND_LINE_HINT)) : p)
                .toList());
    }
}
