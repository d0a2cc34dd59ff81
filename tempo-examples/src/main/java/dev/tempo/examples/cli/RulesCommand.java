package dev.tempo.examples.cli;

import dev.tempo.RuleInfo;
import dev.tempo.Thresholds;
import dev.tempo.report.RuleCatalog;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tempo rules}: lists the loaded rules. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the loaded rules: id, factor, default severity, title.")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown. Default: ${DEFAULT-VALUE}.")
    Format format;

    @CommandLine.Mixin
    RulesOption rules;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<RuleInfo> loaded = Inputs.engine(null, rules.paths).rules();
        String out = switch (format) {
            case TEXT -> RuleCatalog.text(loaded);
            case JSON -> RuleCatalog.json(loaded);
            case MARKDOWN -> RuleCatalog.markdown(loaded, Thresholds.DEFAULTS);
            default -> throw new UserError("rules --format " + format.name().toLowerCase(Locale.ROOT)
                    + " is not available; use text, json or markdown");
        };
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
