package dev.tempo.examples.cli;

import dev.tempo.Assessment;
import dev.tempo.InvalidInputException;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.descriptor.Document;
import dev.tempo.model.Project;
import dev.tempo.report.JsonReport;
import dev.tempo.report.TextReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tempo assess FILE...}: assesses descriptors and reports. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assesses one or more project descriptors (.yaml, .yml, .json; - reads standard input).")
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Descriptors to assess; - reads standard input.")
    List<String> files;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json (markdown, sarif, html are not available yet). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy: thresholds, severity overrides, disabled rules.")
    Path policy;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "A rule pack loaded beside the default pack: a .drl file, a folder of them or a pack jar. Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Assessment date (default: today); every date-dependent rule uses it.")
    LocalDate asOf;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when any active finding is at or above SEVERITY (INFO, LOW, MEDIUM, HIGH, CRITICAL).")
    Severity failOn;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report there instead of standard output.")
    Path output;

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format != Format.TEXT && format != Format.JSON) {
            throw new UserError("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not available yet; use text or json");
        }
        List<Document<Project>> documents = Inputs.projects(files, () -> System.in);
        Tempo tempo = Inputs.engine(policy, rules);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        List<Assessment> assessments = new ArrayList<>();
        for (Document<Project> document : documents) {
            try {
                assessments.add(tempo.assess(document.value(), date));
            } catch (InvalidInputException e) {
                throw Inputs.located(document, e);
            }
        }
        String report = format == Format.JSON
                ? (assessments.size() == 1 ? JsonReport.render(assessments.get(0)) : JsonReport.render(assessments))
                : assessments.stream().map(TextReport::render).collect(Collectors.joining("\n"));
        Output.write(report, output, spec.commandLine().getOut());
        return gate(assessments);
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
}
