package dev.tempo.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tempo.Factor;
import dev.tempo.RuleInfo;
import dev.tempo.Thresholds;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The catalogue of loaded rules as text, JSON or Markdown; the same rules always give the same output. */
public final class RuleCatalog {
    private RuleCatalog() {}

    /** One line per rule: id, factor, default severity, title. */
    public static String text(List<RuleInfo> rules) {
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        int factorWidth = rules.stream().mapToInt(r -> r.factor().id().length()).max().orElse(6);
        StringBuilder out = new StringBuilder();
        for (RuleInfo rule : rules) {
            out.append(String.format("%-" + idWidth + "s  %-" + factorWidth + "s  %-8s  %s", rule.id(), rule.factor(),
                    rule.defaultSeverity(), rule.title()).stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** A JSON array of the rules' metadata (with {@code severities}, the other cases' severities by name), ending with a newline. */
    public static String json(List<RuleInfo> rules) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (RuleInfo rule : rules) {
            ObjectNode node = array.addObject();
            node.put("id", rule.id());
            node.put("factor", rule.factor().id());
            node.put("severity", rule.defaultSeverity().name());
            ObjectNode severities = node.putObject("severities");
            rule.severities().forEach((name, severity) -> severities.put(name, severity.name()));
            node.put("title", rule.title());
            node.put("source", rule.source());
            node.put("recommendation", rule.recommendation());
            node.put("description", rule.description());
            ArrayNode thresholds = node.putArray("thresholds");
            rule.thresholds().forEach(thresholds::add);
            node.put("explanation", rule.explanation());
        }
        return JsonReport.write(array);
    }

    /** The catalogue as Markdown: a section per factor, a row per rule, with the thresholds' defaults. */
    public static String markdown(List<RuleInfo> rules, Thresholds defaults) {
        Map<String, Object> values = new TreeMap<>();
        for (var component : Thresholds.class.getRecordComponents()) {
            try {
                values.put(component.getName(), component.getAccessor().invoke(defaults));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        StringBuilder out = new StringBuilder("# tempo rule catalogue\n\n");
        out.append("Generated from the rules' metadata by `java -jar tempo.jar rules --format markdown`;"
                + " a test fails when this file is out of date.\n\n");
        out.append(rules.size()).append(" rules. Severities are defaults (a rule's other cases follow its default: `restricted: MEDIUM`);"
                + " a policy may override them, disable rules"
                + " and change the thresholds. An *explanation* names the findings it explains and weighs 0 in every score.\n");
        Map<Factor, List<RuleInfo>> byFactor = rules.stream()
                .collect(Collectors.groupingBy(RuleInfo::factor, TreeMap::new, Collectors.toList()));
        byFactor.forEach((factor, inFactor) -> {
            out.append("\n## ").append(factor.id()).append("\n\n");
            out.append("| id | severity | title | when it fires (and unknown facts) | do | thresholds (default) | source |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (RuleInfo rule : inFactor) {
                String thresholds = rule.thresholds().stream()
                        .map(t -> "`" + t + "` (" + values.getOrDefault(t, "?") + ")").collect(Collectors.joining(", "));
                out.append("| ").append(rule.id()).append(" | ").append(rule.defaultSeverity())
                        .append(rule.severities().entrySet().stream().map(c -> "; " + c.getKey() + ": " + c.getValue())
                                .collect(Collectors.joining()))
                        .append(rule.explanation() ? " (explanation)" : "")
                        .append(" | ").append(cell(rule.title())).append(" | ").append(cell(rule.description()))
                        .append(" | ").append(cell(rule.recommendation())).append(" | ").append(thresholds)
                        .append(" | ").append(cell(rule.source())).append(" |\n");
            }
        });
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
