package dev.tempo.engine.internal;

import dev.tempo.model.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.kie.api.definition.rule.Rule;

/** Where each rule is declared (file and line), so that metadata problems point at the rule. */
final class RuleLocations {
    private final Map<String, Problem> byName = new HashMap<>();

    private RuleLocations() {}

    static RuleLocations of(List<DrlFile> sources) {
        RuleLocations locations = new RuleLocations();
        for (DrlFile source : sources) {
            String packageName = source.packageName();
            Matcher rule = DrlFile.RULE.matcher(source.text());
            while (rule.find()) {
                int line = DrlFile.lineOf(source.text(), rule.start(1));
                locations.byName.putIfAbsent(packageName + "." + rule.group(1), new Problem(source.name(), "", line, 0, ""));
            }
        }
        return locations;
    }

    /** A problem with a rule, at the file and line that declare it (the package when unknown). */
    Problem problem(Rule rule, String where, String message) {
        Problem at = byName.get(rule.getPackageName() + "." + rule.getName());
        return at == null ? new Problem(rule.getPackageName(), where, 0, 0, message)
                : new Problem(at.source(), where, at.line(), 0, message);
    }

    /** {@code file:line} of a rule, or its package when unknown. */
    String describe(Rule rule) {
        Problem at = byName.get(rule.getPackageName() + "." + rule.getName());
        return at == null ? rule.getPackageName() : at.source() + ":" + at.line();
    }
}
