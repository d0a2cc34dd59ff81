package dev.tempo.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tempo.Assessment;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.WaivedFinding;
import dev.tempo.model.Project;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Assessments as one SARIF 2.1.0 run, as GitHub code scanning ingests it: every loaded rule once,
 * each active finding a result pointing at the descriptor's line and column, waived findings as
 * suppressed results. Same input, same bytes.
 */
public final class SarifReport {
    /** GitHub keeps at most this many results of a run. */
    public static final int MAX_RESULTS = 25_000;
    /** GitHub's longest rule description. */
    static final int MAX_DESCRIPTION = 1024;
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Where a project-wide finding of a factor points: the descriptor section the factor reads first. */
    private static final Map<Factor, List<String>> SECTIONS = Map.of(
            Factor.GOALS, List.of("goals"), Factor.DATA, List.of("dataOps", "datasets"), Factor.TEAM, List.of("team"),
            Factor.INFRASTRUCTURE, List.of("infrastructure"), Factor.TOOLING, List.of("tools", "lastToolAuditOn"),
            Factor.MODEL, List.of("models"), Factor.REGULATION, List.of("regulation", "jurisdictions"),
            Factor.DELIVERY, List.of("history", "models"));

    private SarifReport() {}

    /** A position in a descriptor, 1-based. */
    public record Region(int line, int column) {}

    /**
     * One assessed descriptor.
     *
     * @param assessment its assessment
     * @param project    the project assessed (to find the entry a finding's target names)
     * @param uri        the descriptor's path relative to the working directory, with {@code /}; {@code stdin} for standard input
     * @param locate     where the value at a field path starts ({@code datasets[1]}), or empty
     */
    public record Input(Assessment assessment, Project project, String uri, Function<String, Optional<Region>> locate) {
        public Input {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(locate, "locate");
        }
    }

    /**
     * The SARIF log of the assessments, ending with a newline.
     *
     * @param rules       the loaded rules (listed once each, whether they fired or not)
     * @param toolVersion tempo's version
     */
    public static String render(List<Input> inputs, List<RuleInfo> rules, String toolVersion) {
        return PortfolioReport.render(out -> PortfolioReport.sarif(out, rules, toolVersion),
                inputs.stream().map(i -> new PortfolioReport.Entry(i.assessment(), null, null, i)).toList(), null);
    }

    /** The run's {@code tool}: tempo and every loaded rule, once each. */
    static ObjectNode tool(List<RuleInfo> rules, String toolVersion) {
        ObjectNode tool = NODES.objectNode();
        ObjectNode driver = tool.putObject("driver");
        driver.put("name", "tempo");
        driver.put("semanticVersion", toolVersion);
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> ruleNodes.add(rule(rule)));
        return tool;
    }

    /** The run's {@code automationDetails}: {@code tempo/<project>/} for one project, {@code tempo/portfolio/} otherwise (null). */
    static ObjectNode automationDetails(String onlyProject) {
        return NODES.objectNode().put("id", "tempo/" + (onlyProject == null ? "portfolio" : onlyProject) + "/");
    }

    /** The run's {@code invocations}, saying so when there are more results than the run keeps. */
    static ArrayNode invocations(long results) {
        ArrayNode invocations = NODES.arrayNode();
        ObjectNode invocation = invocations.addObject();
        invocation.put("executionSuccessful", true);
        if (results > MAX_RESULTS) {
            invocation.putArray("toolExecutionNotifications").addObject().put("level", "warning").putObject("message")
                    .put("text", "tempo found " + results + " results; this run keeps the " + MAX_RESULTS
                            + " most severe (GitHub's limit). The JSON report has them all.");
        }
        return invocations;
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.put("name", rule.id().replace("-", ""));
        node.putObject("shortDescription").put("text", rule.title());
        String description = rule.description().isEmpty() ? rule.title() : rule.description();
        node.putObject("fullDescription").put("text", description.length() <= MAX_DESCRIPTION ? description
                : description.substring(0, MAX_DESCRIPTION - 1) + "…");
        String thresholds = rule.thresholds().isEmpty() ? "" : "Thresholds (policy): " + String.join(", ", rule.thresholds()) + ". ";
        ObjectNode help = node.putObject("help");
        help.put("text", rule.recommendation() + " " + thresholds + rule.source());
        help.put("markdown", "**Do:** " + rule.recommendation() + "\n\n"
                + (thresholds.isEmpty() ? "" : "Thresholds of the policy: `" + String.join("`, `", rule.thresholds()) + "`\n\n")
                + "*" + rule.source() + "*" + (rule.explanation() ? "\n\nAn explanation: it weighs nothing in the scores." : ""));
        node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        ObjectNode properties = node.putObject("properties");
        properties.putArray("tags").add("tempo").add(rule.factor().id().toLowerCase(java.util.Locale.ROOT))
                .add(rule.defaultSeverity().name().toLowerCase(java.util.Locale.ROOT));
        properties.put("problem.severity", problemSeverity(rule.defaultSeverity()));
        return node;
    }

    static ObjectNode result(Input input, Finding finding, WaivedFinding waived, Map<String, Integer> ruleIndex) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            node.put("ruleIndex", index);
        }
        node.put("level", level(finding.severity()));
        String headline = finding.title() + (finding.target() == null ? "" : " (" + finding.target() + ")") + ".";
        node.putObject("message").put("text", headline + (finding.evidence().isEmpty() ? ""
                : " " + String.join("; ", finding.evidence()) + "."));
        Region region = region(input, finding);
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", input.uri());
        physical.putObject("region").put("startLine", region.line()).put("startColumn", region.column());
        node.putObject("partialFingerprints").put("tempoFinding/v1", fingerprint(input.assessment().projectId(), finding));
        if (waived != null) {
            ObjectNode suppression = node.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("justification", waived.waiver().reason() + " (waived until " + waived.waiver().expires() + ")");
            suppression.putObject("properties").put("expires", waived.waiver().expires().toString());
        }
        ObjectNode properties = node.putObject("properties");
        properties.put("severity", finding.severity().name());
        properties.put("factor", finding.factor().id());
        properties.put("project", input.assessment().projectId());
        return node;
    }

    /** The field a finding is about: the entry its target names, else the section of its factor, else line 1. */
    private static Region region(Input input, Finding finding) {
        for (String path : candidates(input.project(), finding)) {
            Optional<Region> at = input.locate().apply(path);
            if (at.isPresent()) {
                return new Region(Math.max(1, at.get().line()), Math.max(1, at.get().column()));
            }
        }
        return new Region(1, 1);
    }

    private static List<String> candidates(Project project, Finding finding) {
        List<String> paths = new ArrayList<>();
        String target = finding.target();
        if (target != null) {
            indexOf(project.datasets().stream().map(d -> d.name()).toList(), target).ifPresent(i -> paths.add("datasets[" + i + "]"));
            indexOf(project.models().stream().map(m -> m.name()).toList(), target).ifPresent(i -> paths.add("models[" + i + "]"));
            indexOf(project.tools().stream().map(t -> t.name()).toList(), target).ifPresent(i -> paths.add("tools[" + i + "]"));
            indexOf(project.team().members().stream().map(m -> m.name()).toList(), target).ifPresent(i -> paths.add("team.members[" + i + "]"));
            indexOf(project.jurisdictions().stream().map(j -> j.code()).toList(), target).ifPresent(i -> paths.add("jurisdictions[" + i + "]"));
        }
        paths.addAll(SECTIONS.getOrDefault(finding.factor(), List.of()));
        paths.add("project");
        return paths;
    }

    private static Optional<Integer> indexOf(List<String> names, String name) {
        int index = names.indexOf(name);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    /** A stable key of the finding (project, rule, target), the baseline's fingerprint: a dismissed alert stays dismissed when the descriptor is edited. */
    static String fingerprint(String projectId, Finding finding) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((projectId + "\u0000" + finding.ruleId() + "\u0000"
                    + Objects.toString(finding.target(), "")).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    private static String problemSeverity(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "recommendation";
        };
    }
}
