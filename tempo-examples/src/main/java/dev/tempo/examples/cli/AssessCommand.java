package dev.tempo.examples.cli;

import dev.tempo.Assessment;
import dev.tempo.RuleFailedException;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.baseline.Baseline;
import dev.tempo.baseline.BaselineComparison;
import dev.tempo.descriptor.Document;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import dev.tempo.report.CsvReport;
import dev.tempo.report.HtmlReport;
import dev.tempo.report.JsonReport;
import dev.tempo.report.MarkdownReport;
import dev.tempo.report.Portfolio;
import dev.tempo.report.SarifReport;
import dev.tempo.report.TextReport;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code tempo assess FILE...}: assesses descriptors and reports. With {@code --baseline FILE} it
 * compares every assessment with the accepted findings of FILE and gates only on the new ones; with
 * {@code --update-baseline} as well it records the current findings in FILE and never gates.
 */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses one or more project descriptors (.yaml, .yml, .json; - reads standard input).")
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Descriptors to assess, or folders of them (every .yaml, .yml and .json below); - reads standard input.")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, markdown (pull-request comments), sarif (code scanning), html (one"
                    + " self-contained page) or csv (one row per project). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy: thresholds, severity overrides, disabled rules.")
    Path policy;

    @CommandLine.Mixin
    RulesOption rules;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Assessment date (default: today); every date-dependent rule uses it.")
    LocalDate asOf;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when any active finding is at or above SEVERITY (INFO, LOW, MEDIUM, HIGH, CRITICAL).")
    Severity failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accepted findings (a baseline file): --fail-on gates only on findings not in FILE,"
                    + " and the report says which findings are new and which baselined ones are gone.")
    Path baseline;

    @Option(names = "--update-baseline",
            description = "Record the active findings of the assessed projects in the --baseline FILE (creating it;"
                    + " other projects' entries are kept), report as usual, and exit 0: it never gates.")
    boolean updateBaseline;

    @Option(names = "--group-by", paramLabel = "LABEL",
            description = "With several projects, also summarise the portfolio per value of this project label (for example team).")
    String groupBy;

    @Option(names = "--quiet", description = "No progress line on standard error (shown only on a terminal, for runs over a second).")
    boolean quiet;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report there instead of standard output.")
    Path output;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.startLoadingRules();
        if (updateBaseline && baseline == null) {
            throw new UserError("--update-baseline needs --baseline FILE, the file to record the findings in");
        }
        List<String> paths = Inputs.expand(files);
        List<Path> inputs = new ArrayList<>(paths.stream().filter(f -> !f.equals("-")).map(Path::of).toList());
        inputs.add(policy);
        inputs.add(baseline);
        inputs.addAll(rules.paths);
        Output.checkNotAnInput(output, inputs);
        // several inputs: the valid ones are assessed and reported, every bad one is listed, and the run exits 2;
        // one input: a bad one writes nothing
        boolean several = paths.size() > 1;
        Inputs.Read read = Inputs.read(paths, () -> System.in);
        List<Problem> problems = new ArrayList<>(read.problems());
        if ((!several || updateBaseline) && !problems.isEmpty()) {
            throw new InvalidInputException(problems); // a bad input writes nothing; nor does a baseline record half the inputs
        }
        Baseline accepted = baseline == null ? null : Inputs.baseline(baseline, updateBaseline);
        Tempo tempo = Inputs.engine(policy, rules.paths);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        List<Document<Project>> documents = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        List<String> failed = new ArrayList<>(); // several inputs: failed assessments are listed, the others reported
        List<Outcome> outcomes = assessAll(tempo, read.documents(), date);
        for (int i = 0; i < outcomes.size(); i++) {
            Document<Project> document = read.documents().get(i);
            Outcome outcome = outcomes.get(i);
            if (outcome.assessment() != null) {
                assessments.add(outcome.assessment());
                documents.add(document);
            } else if (outcome.failure() instanceof InvalidInputException e) {
                if (!several || updateBaseline) {
                    throw Inputs.located(document, e);
                }
                problems.addAll(Inputs.located(document, e).problems());
            } else {
                RuntimeException failure = failure(document, outcome.failure());
                if (!several || updateBaseline) {
                    throw failure; // exit 3; a baseline never records part of the inputs
                }
                failed.add(document.source() + ": " + failure.getMessage());
            }
        }
        if (assessments.isEmpty()) {
            if (failed.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return withFailures(withBadInputs(0, problems), failed); // nothing to report
        }
        Portfolio portfolio = Portfolio.of(assessments, groupBy);
        boolean one = assessments.size() == 1 && !several;
        List<BaselineComparison> comparisons = accepted == null ? null : accepted.compare(assessments);
        String file = baseline == null ? null : baseline.toString();
        // only JSON and text say which findings are new against the baseline; the other formats report the assessments
        String report = switch (format) {
            case JSON -> comparisons == null
                    ? (one ? JsonReport.render(assessments.get(0)) : JsonReport.render(assessments, portfolio))
                    : (one ? JsonReport.render(comparisons.get(0), file) : JsonReport.render(comparisons, file, portfolio));
            case MARKDOWN -> one ? MarkdownReport.render(assessments.get(0)) : MarkdownReport.render(assessments, portfolio);
            case SARIF -> sarif(documents, assessments, tempo);
            case CSV -> CsvReport.render(assessments, documents.stream().map(Document::source).toList());
            case HTML -> one ? HtmlReport.render(assessments.get(0), tempo.policy().scoring())
                    : HtmlReport.render(assessments, portfolio, tempo.policy().scoring());
            default -> (comparisons == null ? assessments.stream().map(TextReport::render) : comparisons.stream().map(TextReport::render))
                    .collect(Collectors.joining("\n")) + (one ? "" : "\n" + TextReport.render(portfolio));
        };
        if (updateBaseline) {
            return withBadInputs(record(assessments, report), problems); // every input was assessed
        }
        Output.write(report, output, spec.commandLine().getOut());
        return withFailures(withBadInputs(comparisons == null ? gate(assessments) : gateNew(comparisons), problems), failed);
    }

    /** Lists the inputs whose assessment failed (several inputs only) and raises the exit code to 3. */
    private int withFailures(int code, List<String> failed) {
        failed.forEach(line -> spec.commandLine().getErr().println("tempo: " + line));
        return failed.isEmpty() ? code : 3;
    }

    /** What stopped an assessment, as the exception the command line reports with exit 3. */
    private static RuntimeException failure(Document<Project> document, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return new RuleFailedException(null, "out of memory assessing " + document.source() + " (project "
                    + document.value().id() + "); descriptors are at most 1 MiB: give the JVM more heap (java -Xmx1g -jar ...)"
                    + " or assess fewer files at once", failure);
        }
        if (failure instanceof RuntimeException e) {
            return e;
        }
        throw (Error) failure;
    }

    /** An assessment, or what stopped it. */
    private record Outcome(Assessment assessment, Throwable failure) {}

    /**
     * Assesses the documents in parallel on the one shared engine (it is thread-safe), one thread per
     * core, and returns the outcomes in the documents' order, so that reports do not depend on which
     * thread finished first.
     */
    private List<Outcome> assessAll(Tempo tempo, List<Document<Project>> documents, LocalDate date) {
        Progress progress = Progress.onTerminal(spec.commandLine().getErr(), quiet, documents.size());
        int threads = Math.max(1, Math.min(documents.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "tempo-assess-" + next.incrementAndGet());
            thread.setDaemon(true); // a rule stuck past the time limit must not keep the JVM alive
            return thread;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Document<Project> document : documents) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = assess(tempo, document, date);
                    progress.advance();
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleFailedException(null, "interrupted while assessing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("assess() returns every failure as an outcome", e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    private static Outcome assess(Tempo tempo, Document<Project> document, LocalDate date) {
        try {
            return new Outcome(tempo.assess(document.value(), date), null);
        } catch (RuntimeException | Error e) {
            return new Outcome(null, e); // failure() tells them apart, in the documents' order
        }
    }

    /** Lists the inputs that could not be assessed (several inputs only) and raises the exit code to 2. */
    private int withBadInputs(int code, List<Problem> problems) {
        for (Problem problem : problems) {
            spec.commandLine().getErr().println("tempo: " + problem);
        }
        return problems.isEmpty() ? code : Math.max(code, 2);
    }

    /** The SARIF log: each finding at its line in its descriptor, the path relative to the working directory. */
    private static String sarif(List<Document<Project>> documents, List<Assessment> assessments, Tempo tempo) {
        List<SarifReport.Input> inputs = new ArrayList<>();
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (int i = 0; i < documents.size(); i++) {
            Document<Project> document = documents.get(i);
            String uri = document.source().equals("<stdin>") ? "stdin"
                    : relative(workingDirectory, Path.of(document.source()).toAbsolutePath().normalize());
            inputs.add(new SarifReport.Input(assessments.get(i), document.value(), uri,
                    path -> document.locate(path).map(at -> new SarifReport.Region(at.line(), at.column()))));
        }
        String version = AssessCommand.class.getPackage().getImplementationVersion();
        return SarifReport.render(inputs, tempo.rules(), version == null ? "0.1.0-SNAPSHOT" : version);
    }

    private static String relative(Path from, Path file) {
        Path relative = file.startsWith(from) ? from.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }

    private int gate(List<Assessment> assessments) {
        if (failOn == null) {
            return 0;
        }
        long blocking = assessments.stream().mapToLong(a -> a.findingsAtOrAbove(failOn).size()).sum();
        if (blocking == 0) {
            return 0;
        }
        spec.commandLine().getErr().println("tempo: " + blocking + " finding(s) at or above " + failOn);
        return 1;
    }

    private int gateNew(List<BaselineComparison> comparisons) {
        if (failOn == null) {
            return 0;
        }
        long blocking = comparisons.stream().mapToLong(c -> c.newFindingsAtOrAbove(failOn).size()).sum();
        if (blocking == 0) {
            return 0;
        }
        spec.commandLine().getErr().println("tempo: " + blocking + " new finding(s) at or above " + failOn
                + ", not in the baseline " + baseline);
        return 1;
    }

    /**
     * Records the assessments in the baseline under its lock (so that concurrent updates add up), then
     * writes the report; when --output cannot be written, neither is.
     */
    private int record(List<Assessment> assessments, String report) {
        Output.checkFolder(output, "--output");
        Output.checkFolder(baseline, "--baseline");
        Baseline updated;
        try {
            updated = Baseline.update(baseline, assessments);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write --baseline " + baseline + ": "
                    + (e.getCause() instanceof AccessDeniedException ? "permission denied" : e.getCause().getMessage()));
        }
        Output.write(report, output, spec.commandLine().getOut());
        spec.commandLine().getErr().println("tempo: recorded " + updated.fingerprints().size() + " accepted finding(s) in " + baseline);
        return 0;
    }
}
