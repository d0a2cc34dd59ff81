package dev.tempo.engine.internal;

import dev.tempo.model.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/** Where each rule is declared (file and line), so that metadata problems point at the rule. */
final class RuleLocations {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Problem> byName = new HashMap<>();

    private RuleLocations() {}

    static RuleLocations of(List<DrlFile> sources) {
        RuleLocations locations = new RuleLocations();
        for (DrlFile source : sources) {
            Matcher pkg = PACKAGE.matcher(source.text());
            String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
            Matcher rule = RULE.matcher(source.text());
            while (rule.find()) {
                int line = 1 + (int) source.text().substring(0, rule.start(1)).chars().filter(c -> c == '\n').count();
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
