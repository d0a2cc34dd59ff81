package dev.tempo.engine.internal;

import dev.tempo.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Drools' compile messages as problems a pack author can act on: the file, the rule (as the path),
 * the line and column, and, for a field a fact does not have, the fields it does have.
 */
final class DrlProblems {
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[?(?:Line|line) (\\d+):(\\d+)");
    /** mvel's words for a field the fact's type does not have: {@code dev.tempo.model.Dataset.nmae()}. */
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    /** ecj's words for a method a consequence calls that the type does not have. */
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method (\\w+)\\([^)]*\\) is undefined for the type (\\w+)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+dev\\.tempo\\.engine\\.AssessmentScope\\s+tempo\\s*;?");
    private static final Pattern USES_TEMPO = Pattern.compile("(?<![\\w.$])tempo\\s*\\.");

    private DrlProblems() {}

    /** One compile message of a source ({@code null} when Drools names no source). */
    static Problem of(Message message, DrlFile source) {
        String text = message.getText() == null ? "" : message.getText().strip().replaceAll("\\s+", " ");
        int line = Math.max(message.getLine(), 0);
        int column = Math.max(message.getColumn(), 0);
        Matcher at = LINE_COLUMN.matcher(text);
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = column > 0 ? column : Integer.parseInt(at.group(2));
        }
        String name = source == null ? message.getPath() : source.name();
        String rule = source == null ? "" : ruleAt(source.text(), line);
        Matcher field = UNKNOWN_FIELD.matcher(text);
        Matcher method = UNKNOWN_METHOD.matcher(text);
        if (field.find()) {
            text = simpleName(field.group(1)) + " has no field " + field.group(2) + fieldsOf(field.group(1), source);
            column = columnOf(source, line, field.group(2), column);
        } else if (method.find()) {
            text = method.group(2) + " has no method " + method.group(1) + "()" + fieldsOf(method.group(2), source);
            column = columnOf(source, line, method.group(1), column);
        }
        return new Problem(name, rule, line, column, text);
    }

    /** A problem for every source that calls {@code tempo.} without declaring the global, whatever else is loaded. */
    static List<Problem> missingGlobals(List<DrlFile> sources) {
        List<Problem> problems = new ArrayList<>();
        for (DrlFile source : sources) {
            String code = source.text().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Matcher uses = USES_TEMPO.matcher(code);
            if (uses.find() && !GLOBAL.matcher(code).find()) {
                int line = DrlFile.lineOf(code, uses.start());
                problems.add(new Problem(source.name(), ruleAt(source.text(), line), line, 0,
                        "calls tempo without declaring it; every rule file that raises findings declares"
                                + " global dev.tempo.engine.AssessmentScope tempo;"));
            }
        }
        return problems;
    }

    /** {@code rule "NAME"} of the rule declared last at or before the line, or empty. */
    private static String ruleAt(String text, int line) {
        String rule = "";
        Matcher declared = DrlFile.RULE.matcher(text);
        while (declared.find() && DrlFile.lineOf(text, declared.start()) <= line) {
            rule = "rule \"" + declared.group(1) + "\"";
        }
        return rule;
    }

    /** The 1-based column of a whole word on a line of the source, else the given column. */
    private static int columnOf(DrlFile source, int line, String word, int otherwise) {
        if (source == null || line <= 0) {
            return otherwise;
        }
        String[] lines = source.text().split("\n", -1);
        if (line > lines.length) {
            return otherwise;
        }
        Matcher found = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])").matcher(lines[line - 1]);
        return found.find() ? found.start() + 1 : otherwise;
    }

    /** {@code ; its fields are: name, owner, ...} for a record of tempo's model, else nothing. */
    private static String fieldsOf(String type, DrlFile source) {
        Class<?> record = recordNamed(type);
        if (record == null) {
            return "";
        }
        return "; its fields are: " + String.join(", ", Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList());
    }

    private static Class<?> recordNamed(String type) {
        for (String name : type.contains(".") ? List.of(type) : List.of("dev.tempo.model." + type, "dev.tempo." + type,
                "dev.tempo.engine." + type)) {
            try {
                Class<?> found = Class.forName(name, false, DrlProblems.class.getClassLoader());
                return found.isRecord() ? found : null;
            } catch (ClassNotFoundException e) {
                // not one of tempo's: try the next package, or give no list
            }
        }
        return null;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    }
}
