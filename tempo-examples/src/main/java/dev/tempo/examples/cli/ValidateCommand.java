package dev.tempo.examples.cli;

import dev.tempo.InvalidInputException;
import dev.tempo.Problem;
import dev.tempo.Tempo;
import dev.tempo.descriptor.Document;
import dev.tempo.model.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tempo validate FILE...}: checks descriptors without assessing them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks descriptors without assessing them: exit 0 when every one is valid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Descriptors to check; - reads standard input.")
    List<String> files;

    @Option(names = "--rules", paramLabel = "PATH",
            description = "A rule pack loaded beside the default pack, so that waivers of its rules validate (the pack is checked too). Repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Document<Project>> documents = Inputs.projects(files, () -> System.in);
        if (!rules.isEmpty() || documents.stream().anyMatch(d -> !d.value().waivers().isEmpty())) {
            Tempo tempo = Inputs.engine(null, rules);
            List<Problem> problems = new ArrayList<>();
            for (Document<Project> document : documents) {
                try {
                    tempo.check(document.value());
                } catch (InvalidInputException e) {
                    problems.addAll(Inputs.located(document, e).problems());
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        for (Document<Project> document : documents) {
            spec.commandLine().getOut().println(document.source() + ": valid");
        }
        return 0;
    }
}
