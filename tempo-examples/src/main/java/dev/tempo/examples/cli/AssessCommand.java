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
import dev.tempo.report.PortfolioReport;
import dev.tempo.report.SarifReport;
import dev.tempo.report.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        if (several) {
            return assessSeveral(paths);
        }
        Inputs.Read read = Inputs.read(paths, () -> System.in);
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException(read.problems()); // a bad input writes nothing
        }
        Document<Project> document = read.documents().get(0);
        Baseline accepted = baseline == null ? null : Inputs.baseline(baseline, updateBaseline);
        Tempo tempo = Inputs.engine(policy, rules.paths);
        Assessment assessment;
        try {
            assessment = tempo.assess(document.value(), asOf == null ? LocalDate.now() : asOf);
        } catch (InvalidInputException e) {
            throw Inputs.located(document, e);
        } catch (RuntimeException | Error e) {
            throw failure(new Read(document.source(), document, null, null, e), e);
        }
        BaselineComparison comparison = accepted == null ? null : accepted.compare(assessment);
        String file = baseline == null ? null : baseline.toString();
        // only JSON and text say which findings are new against the baseline; the other formats report the assessment
        String report = switch (format) {
            case JSON -> comparison == null ? JsonReport.render(assessment) : JsonReport.render(comparison, file);
            case MARKDOWN -> MarkdownReport.render(assessment);
            case SARIF -> SarifReport.render(List.of(sarifInput(document, assessment)), tempo.rules(), version());
            case CSV -> CsvReport.render(List.of(assessment), List.of(document.source()));
            case HTML -> HtmlReport.render(assessment, tempo.policy().scoring());
            default -> comparison == null ? TextReport.render(assessment) : TextReport.render(comparison);
        };
        if (updateBaseline) {
            return record(List.of(assessment), report);
        }
        Output.write(report, output, spec.commandLine().getOut());
        return comparison == null ? gate(List.of(assessment)) : gateNew(List.of(comparison));
    }

    /** What became of one input of several: its problems, or its document and assessment, or what stopped it. */
    private record Read(String source, Document<Project> document, List<Problem> problems, Assessment assessment, Throwable failure) {}

    /**
     * Several inputs, streamed: each file is read and assessed on the pool (a few ahead of the one
     * being reported, never all at once), reported in the order given and then dropped, so that memory
     * does not grow with the number of inputs. The report is spooled to a temporary file and published
     * at the end, so that a run that fails (a baseline update with a bad input, an assessment that
     * fails) writes nothing half. Only a baseline update keeps every assessment: it records them all.
     */
    private int assessSeveral(List<String> paths) {
        Baseline accepted = baseline == null ? null : Inputs.baseline(baseline, updateBaseline);
        Tempo tempo = Inputs.engine(policy, rules.paths);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        String baselineFile = baseline == null ? null : baseline.toString();
        Portfolio.Accumulator portfolio = new Portfolio.Accumulator(groupBy);
        List<Problem> problems = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        RuntimeException firstFailure = null;
        List<Assessment> recorded = updateBaseline ? new ArrayList<>() : null;
        long blocking = 0;
        int assessed = 0;
        Path spool = Spool.create();
        try {
            try (Writer writer = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                    PortfolioReport report = open(writer, tempo, baselineFile)) {
                for (Read read : (Iterable<Read>) () -> readAndAssess(paths, tempo, date)) {
                    if (read.problems() != null) {
                        problems.addAll(read.problems());
                    } else if (read.failure() instanceof InvalidInputException e) {
                        problems.addAll(Inputs.located(read.document(), e).problems());
                    } else if (read.failure() != null) {
                        RuntimeException failure = failure(read, read.failure());
                        firstFailure = firstFailure == null ? failure : firstFailure;
                        failed.add(read.source() + ": " + failure.getMessage());
                    } else {
                        Assessment a = read.assessment();
                        assessed++;
                        portfolio.add(a);
                        BaselineComparison comparison = accepted == null ? null : accepted.compare(a);
                        if (failOn != null) {
                            blocking += comparison == null ? a.findingsAtOrAbove(failOn).size() : comparison.newFindingsAtOrAbove(failOn).size();
                        }
                        report.add(new PortfolioReport.Entry(a, comparison, read.source(),
                                format == Format.SARIF ? sarifInput(read.document(), a) : null));
                        if (recorded != null) {
                            recorded.add(a);
                        }
                    }
                }
                if (assessed > 0) {
                    report.finish(portfolio.portfolio());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot spool the report to " + spool, e);
            }
            if (updateBaseline && !problems.isEmpty()) {
                throw new InvalidInputException(problems); // a baseline never records part of the inputs
            }
            if (updateBaseline && firstFailure != null) {
                throw firstFailure; // exit 3
            }
            if (assessed == 0) {
                if (failed.isEmpty()) {
                    throw new InvalidInputException(problems);
                }
                return withFailures(withBadInputs(0, problems), failed); // nothing to report
            }
            if (updateBaseline) {
                return record(recorded, () -> Output.write(spool, output, spec.commandLine().getOut()));
            }
            Output.write(spool, output, spec.commandLine().getOut());
            return withFailures(withBadInputs(gate(blocking, accepted != null), problems), failed);
        } finally {
            Spool.delete(spool);
        }
    }

    private PortfolioReport open(Writer writer, Tempo tempo, String baselineFile) {
        return switch (format) {
            case JSON -> PortfolioReport.json(writer, baselineFile);
            case MARKDOWN -> PortfolioReport.markdown(writer);
            case SARIF -> PortfolioReport.sarif(writer, tempo.rules(), version());
            case CSV -> PortfolioReport.csv(writer);
            case HTML -> PortfolioReport.html(writer, tempo.policy().scoring());
            default -> PortfolioReport.text(writer);
        };
    }

    /**
     * Reads and assesses the files on a pool, one thread per core and at most two files per thread in
     * flight, and hands back what became of each in the order given.
     */
    private java.util.Iterator<Read> readAndAssess(List<String> paths, Tempo tempo, LocalDate date) {
        Progress progress = Progress.onTerminal(spec.commandLine().getErr(), quiet, paths.size());
        int threads = Math.max(1, Math.min(paths.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger names = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "tempo-assess-" + names.incrementAndGet());
            thread.setDaemon(true); // a rule stuck past the time limit must not keep the JVM alive
            return thread;
        });
        java.util.Deque<Future<Read>> window = new java.util.ArrayDeque<>();
        return new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                boolean more = next < paths.size() || !window.isEmpty();
                if (!more) {
                    pool.shutdownNow();
                    progress.finish();
                }
                return more;
            }

            @Override
            public Read next() {
                while (next < paths.size() && window.size() < 2 * threads) {
                    String path = paths.get(next++);
                    window.add(pool.submit(() -> {
                        Read read = readAndAssess(path, tempo, date);
                        progress.advance();
                        return read;
                    }));
                }
                try {
                    return window.remove().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new RuleFailedException(null, "interrupted while assessing", e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw new IllegalStateException("readAndAssess() returns every failure as a Read", e.getCause());
                }
            }
        };
    }

    private static Read readAndAssess(String path, Tempo tempo, LocalDate date) {
        String source = path.equals("-") ? "<stdin>" : path;
        Document<Project> document;
        try {
            document = Inputs.readOne(path, () -> System.in);
        } catch (InvalidInputException e) {
            return new Read(source, null, e.problems(), null, null);
        } catch (RuntimeException | Error e) {
            return new Read(source, null, null, null, e);
        }
        try {
            return new Read(source, document, null, tempo.assess(document.value(), date), null);
        } catch (RuntimeException | Error e) {
            return new Read(source, document, null, null, e);
        }
    }

    private static SarifReport.Input sarifInput(Document<Project> document, Assessment assessment) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        String uri = document.source().equals("<stdin>") ? "stdin"
                : relative(workingDirectory, Path.of(document.source()).toAbsolutePath().normalize());
        return new SarifReport.Input(assessment, document.value(), uri,
                path -> document.locate(path).map(at -> new SarifReport.Region(at.line(), at.column())));
    }

    private static String version() {
        String version = AssessCommand.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    /** What stopped reading or assessing one of several inputs, as the exception the command line reports with exit 3. */
    private static RuntimeException failure(Read read, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return new RuleFailedException(null, "out of memory " + (read.document() == null ? "reading " + read.source()
                    : "assessing " + read.source() + " (project " + read.document().value().id() + ")")
                    + "; descriptors are at most 1 MiB: give the JVM more heap (java -Xmx1g -jar ...)", failure);
        }
        if (failure instanceof RuntimeException e) {
            return e;
        }
        throw (Error) failure;
    }

    /** Lists the inputs whose assessment failed (several inputs only) and raises the exit code to 3. */
    private int withFailures(int code, List<String> failed) {
        failed.forEach(line -> spec.commandLine().getErr().println("tempo: " + line));
        return failed.isEmpty() ? code : 3;
    }


    /** Lists the inputs that could not be assessed (several inputs only) and raises the exit code to 2. */
    private int withBadInputs(int code, List<Problem> problems) {
        for (Problem problem : problems) {
            spec.commandLine().getErr().println("tempo: " + problem);
        }
        return problems.isEmpty() ? code : Math.max(code, 2);
    }

    private static String relative(Path from, Path file) {
        Path relative = file.startsWith(from) ? from.relativize(file) : file;
        return relative.toString().replace('\\', '/');
    }

    private int gate(List<Assessment> assessments) {
        return gate(failOn == null ? 0 : assessments.stream().mapToLong(a -> a.findingsAtOrAbove(failOn).size()).sum(), false);
    }

    private int gateNew(List<BaselineComparison> comparisons) {
        return gate(failOn == null ? 0 : comparisons.stream().mapToLong(c -> c.newFindingsAtOrAbove(failOn).size()).sum(), true);
    }

    /** Exit 1, saying why, when findings (new ones, against a baseline) are at or above --fail-on. */
    private int gate(long blocking, boolean againstBaseline) {
        if (failOn == null || blocking == 0) {
            return 0;
        }
        spec.commandLine().getErr().println("tempo: " + blocking + (againstBaseline ? " new finding(s) at or above " + failOn
                + ", not in the baseline " + baseline : " finding(s) at or above " + failOn));
        return 1;
    }

    /**
     * Records the assessments in the baseline under its lock (so that concurrent updates add up), then
     * writes the report; when --output cannot be written, neither is.
     */
    private int record(List<Assessment> assessments, String report) {
        return record(assessments, () -> Output.write(report, output, spec.commandLine().getOut()));
    }

    private int record(List<Assessment> assessments, Runnable writeReport) {
        Output.checkFolder(output, "--output");
        Output.checkFolder(baseline, "--baseline");
        Baseline updated;
        try {
            updated = Baseline.update(baseline, assessments);
        } catch (UncheckedIOException e) {
            throw new UserError("cannot write --baseline " + baseline + ": "
                    + (e.getCause() instanceof AccessDeniedException ? "permission denied" : e.getCause().getMessage()));
        }
        writeReport.run();
        spec.commandLine().getErr().println("tempo: recorded " + updated.fingerprints().size() + " accepted finding(s) in " + baseline);
        return 0;
    }
}
