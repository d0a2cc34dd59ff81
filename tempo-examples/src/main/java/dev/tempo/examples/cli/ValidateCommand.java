package dev.tempo.examples.cli;

import dev.tempo.Tempo;
import dev.tempo.descriptor.Document;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tempo validate FILE...}: checks descriptors without assessing them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks descriptors without assessing them: exit 0 when every one is valid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Descriptors to check; - reads standard input.")
    List<String> files;

    @CommandLine.Mixin
    RulesOption rules;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.Read read = Inputs.read(Inputs.expand(files), () -> System.in);
        if (!read.problems().isEmpty()) {
            throw new InvalidInputException(read.problems());
        }
        List<Document<Project>> documents = read.documents();
        if (!rules.paths.isEmpty() || documents.stream().anyMatch(d -> !d.value().waivers().isEmpty())) {
            Tempo tempo = Inputs.engine(null, rules.paths);
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
