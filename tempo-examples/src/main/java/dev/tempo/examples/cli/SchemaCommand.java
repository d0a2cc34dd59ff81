package dev.tempo.examples.cli;

import dev.tempo.descriptor.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code tempo schema descriptor|policy}: prints the JSON Schema of a descriptor or of a policy. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema (draft 2020-12) of a descriptor or of a policy, for editors.",
                "Save it beside your descriptors and point the editor at it:",
                "  tempo schema descriptor > tempo-descriptor.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    /** The documents that have a schema. */
    enum Kind {
        DESCRIPTOR, POLICY
    }

    @Parameters(index = "0", paramLabel = "descriptor|policy", description = "Which schema: descriptor or policy.")
    Kind kind;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String schema = switch (kind) {
            case DESCRIPTOR -> Schemas.descriptor();
            case POLICY -> Schemas.policy();
        };
        spec.commandLine().getOut().print(schema);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
