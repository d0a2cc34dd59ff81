package dev.tempo.engine.internal;

import dev.tempo.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Checks, when a pack is compiled, the fields a consequence names on a bound fact with a verdict:
 * {@code .flag($d, "qualityChecks", ...)}, {@code .value(...)} and {@code .escalatesWhen(...)} with a
 * bound variable and a literal name. A name the fact's type does not have is a problem at its line
 * and column, listing the fields the type offers; the assessment would fail on it anyway, but only
 * once the consequence runs. Names given otherwise (a loop variable, a computed name) are checked
 * when the consequence runs.
 */
final class VerdictFields {
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final Pattern NAMED_FIELD =
            Pattern.compile("\\.(flag|value|escalatesWhen)\\(\\s*(\\$[A-Za-z_$][\\w$]*)\\s*,\\s*\"([^\"\\\\]*)\"");

    private VerdictFields() {}

    /** The problems of the sources' consequences, in file and line order. */
    static List<Problem> check(KieBase kieBase, List<DrlFile> sources) {
        List<Problem> problems = new ArrayList<>();
        for (DrlFile source : sources) {
            String text = source.text();
            String packageName = source.packageName();
            Matcher rule = DrlFile.RULE.matcher(text);
            List<Integer> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (rule.find()) {
                starts.add(rule.start());
                names.add(rule.group(1));
            }
            for (int i = 0; i < names.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
                Matcher then = THEN.matcher(text).region(starts.get(i), end);
                Rule compiled = kieBase.getRule(packageName, names.get(i));
                if (!then.find() || !(compiled instanceof RuleImpl impl)) {
                    continue;
                }
                Matcher call = NAMED_FIELD.matcher(text).region(then.end(), end);
                while (call.find()) {
                    Declaration declaration = impl.getDeclaration(call.group(2));
                    Class<?> type = declaration == null ? null : declaration.getDeclarationClass();
                    if (type == null || !type.isRecord()) {
                        continue;
                    }
                    Set<String> fields = FactFields.namesOf(type);
                    if (!fields.contains(call.group(3))) {
                        problems.add(new Problem(source.name(), "rule \"" + names.get(i) + "\"", DrlFile.lineOf(text, call.start(3)),
                                column(text, call.start(3) - 1), call.group(1) + " names the field `" + call.group(3) + "` of "
                                        + call.group(2) + ", a " + type.getSimpleName() + ", which has no such field; its fields are: "
                                        + String.join(", ", fields)));
                    }
                }
            }
        }
        return problems;
    }

    private static int column(String text, int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }
}
