package dev.tempo.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tempo.Assessment;
import dev.tempo.DeliveryMetrics;
import dev.tempo.Finding;
import dev.tempo.Unknown;
import dev.tempo.WaivedFinding;
import dev.tempo.baseline.BaselineComparison;
import dev.tempo.baseline.Fingerprint;
import dev.tempo.model.EventKind;
import dev.tempo.model.Waiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The JSON report of the command-line contract: one object per assessment, an array for several.
 * Keys keep a fixed order and lines end with {@code \n}, so the same assessment always gives the
 * same bytes.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new CompactEmptyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        WRITER = MAPPER.writer(printer);
    }

    /** Jackson's pretty printer, but {@code []} and {@code {}} for empty arrays and objects, as in the contract. */
    private static final class CompactEmptyPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        CompactEmptyPrinter() {}

        private CompactEmptyPrinter(CompactEmptyPrinter base, Separators separators) {
            super(base);
            _separators = separators;
            _objectFieldValueSeparatorWithSpaces = separators.getObjectFieldValueSpacing().apply(separators.getObjectFieldValueSeparator());
        }

        @Override
        public CompactEmptyPrinter createInstance() {
            return new CompactEmptyPrinter(this, _separators);
        }

        @Override
        public CompactEmptyPrinter withSeparators(Separators separators) {
            return new CompactEmptyPrinter(this, separators);
        }

        @Override
        public void writeEndArray(com.fasterxml.jackson.core.JsonGenerator g, int nrOfValues) throws java.io.IOException {
            if (nrOfValues == 0) {
                if (!_arrayIndenter.isInline()) {
                    --_nesting;
                }
                g.writeRaw(']');
            } else {
                super.writeEndArray(g, nrOfValues);
            }
        }

        @Override
        public void writeEndObject(com.fasterxml.jackson.core.JsonGenerator g, int nrOfEntries) throws java.io.IOException {
            if (nrOfEntries == 0) {
                if (!_objectIndenter.isInline()) {
                    --_nesting;
                }
                g.writeRaw('}');
            } else {
                super.writeEndObject(g, nrOfEntries);
            }
        }
    }

    private JsonReport() {}

    /** One assessment as a JSON object, ending with a newline. */
    public static String render(Assessment assessment) {
        return write(toJson(assessment));
    }

    /**
     * Several assessments: {@code {"projects": [...one report each...], "portfolio": {...}}}, in that key
     * order, ending with a newline.
     */
    public static String render(List<Assessment> assessments) {
        return render(assessments, Portfolio.of(assessments));
    }

    /** Several assessments with their portfolio summary (grouped, for one). */
    public static String render(List<Assessment> assessments, Portfolio portfolio) {
        return PortfolioReport.render(out -> PortfolioReport.json(out, null), assessments.stream().map(PortfolioReport.Entry::of).toList(),
                portfolio);
    }

    /**
     * A portfolio summary: {@code projects}, {@code bands}, {@code worst}, {@code factors} (each with
     * {@code heldBack} and {@code meanScore}), {@code topRules} (each {@code ruleId} and {@code projects}),
     * {@code slowestFactor}, {@code summary} (the sentence) and, when grouped, {@code groups} by label value.
     */
    static ObjectNode toJson(Portfolio portfolio) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("projects", portfolio.projects());
        ObjectNode bands = node.putObject("bands");
        portfolio.bands().forEach((band, count) -> bands.put(band.name(), count));
        ArrayNode worst = node.putArray("worst");
        portfolio.worst().forEach(worst::add);
        ObjectNode factors = node.putObject("factors");
        portfolio.factors().forEach((factor, summary) -> factors.putObject(factor.id()).put("heldBack", summary.heldBack())
                .put("meanScore", Numbers.fixed(summary.meanScore(), 1)));
        ArrayNode rules = node.putArray("topRules");
        portfolio.topRules().forEach((rule, count) -> rules.addObject().put("ruleId", rule).put("projects", count));
        node.put("slowestFactor", portfolio.slowestFactor() == null ? null : portfolio.slowestFactor().id());
        node.put("summary", portfolio.sentence());
        if (!portfolio.groups().isEmpty()) {
            ObjectNode groups = node.putObject("groups");
            portfolio.groups().forEach((value, group) -> groups.set(value, toJson(group)));
        }
        return node;
    }

    /** One assessment as a JSON tree. */
    static ObjectNode toJson(Assessment assessment) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("project", assessment.projectId());
        root.put("asOf", assessment.asOf().toString());
        ObjectNode labels = root.putObject("labels");
        assessment.labels().forEach(labels::put);
        ObjectNode tempo = root.putObject("tempo");
        tempo.put("score", assessment.scores().tempo());
        tempo.put("band", assessment.scores().band().name());
        ObjectNode scores = root.putObject("scores");
        assessment.scores().factors().forEach((factor, score) -> scores.put(factor.id(), score));
        delivery(root, assessment.delivery());
        ArrayNode findings = root.putArray("findings");
        assessment.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode unknowns = root.putArray("unknowns");
        for (Unknown unknown : assessment.unknowns()) {
            ObjectNode u = unknowns.addObject();
            u.put("field", unknown.field());
            ArrayNode rules = u.putArray("rules");
            unknown.rules().forEach(rules::add);
        }
        ArrayNode waived = root.putArray("waived");
        for (WaivedFinding w : assessment.waived()) {
            ObjectNode node = waived.addObject();
            node.put("ruleId", w.finding().ruleId());
            node.put("target", w.finding().target());
            node.put("severity", w.finding().severity().name());
            node.put("reason", w.waiver().reason());
            node.put("expires", w.waiver().expires().toString());
        }
        ArrayNode expired = root.putArray("expiredWaivers");
        for (Waiver waiver : assessment.expiredWaivers()) {
            ObjectNode node = expired.addObject();
            node.put("rule", waiver.rule());
            node.put("target", waiver.target());
            node.put("reason", waiver.reason());
            node.put("expires", waiver.expires().toString());
        }
        return root;
    }

    /** One assessment compared with a baseline as a JSON object, ending with a newline; see {@link #toJson(BaselineComparison, String)}. */
    public static String render(BaselineComparison comparison, String baselineFile) {
        return write(toJson(comparison, baselineFile));
    }

    /** Several assessments compared with a baseline, with their portfolio: the shape of {@link #render(List, Portfolio)}. */
    public static String render(List<BaselineComparison> comparisons, String baselineFile, Portfolio portfolio) {
        return PortfolioReport.render(out -> PortfolioReport.json(out, baselineFile),
                comparisons.stream().map(c -> new PortfolioReport.Entry(c.assessment(), c, null, null)).toList(), portfolio);
    }

    /**
     * One assessment compared with a baseline: the keys of {@link #toJson(Assessment)}, then
     * {@code "baseline": {"file": ..., "new": [...], "fixed": [...]}}, where {@code new} lists the
     * fingerprints of the new findings and {@code fixed} the baselined fingerprints no longer found,
     * each as {@code {"projectId": ..., "ruleId": ..., "target": ...}}.
     */
    static ObjectNode toJson(BaselineComparison comparison, String baselineFile) {
        ObjectNode root = toJson(comparison.assessment());
        ObjectNode baseline = root.putObject("baseline");
        baseline.put("file", baselineFile);
        ArrayNode fresh = baseline.putArray("new");
        comparison.newFindings().stream().map(f -> Fingerprint.of(comparison.assessment().projectId(), f)).distinct()
                .forEach(f -> fresh.add(fingerprint(f)));
        ArrayNode fixed = baseline.putArray("fixed");
        comparison.fixed().forEach(f -> fixed.add(fingerprint(f)));
        return root;
    }

    private static ObjectNode fingerprint(Fingerprint f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("projectId", f.projectId());
        node.put("ruleId", f.ruleId());
        node.put("target", f.target());
        return node;
    }

    /** The measured delivery (cli.md, r2), or {@code null} when the project's delivery is not measured. */
    private static void delivery(ObjectNode root, DeliveryMetrics d) {
        if (d == null) {
            root.putNull("delivery");
            return;
        }
        ObjectNode node = root.putObject("delivery");
        node.put("windowDays", d.windowDays());
        node.put("changes", d.changes());
        node.put("changesPer30Days", Numbers.fixed(d.changesPer30Days(), 1));
        putNumber(node, "medianLeadTimeDays", d.medianLeadTimeDays());
        ObjectNode byKind = node.putObject("medianLeadTimeDaysByKind");
        for (EventKind kind : DeliveryMetrics.CHANGE_KINDS) {
            putNumber(byKind, kind.name(), d.medianLeadTimeDaysByKind().get(kind));
        }
        if (d.changeFailureRate() == null) {
            node.putNull("changeFailureRate");
        } else {
            node.put("changeFailureRate", Numbers.fixed(d.changeFailureRate(), 3));
        }
        putNumber(node, "medianRestoreHours", d.medianRestoreHours());
        node.put("rollbacks", d.rollbacks());
        ObjectNode days = node.putObject("daysSinceLastChange");
        d.daysSinceLastChange().forEach((model, since) -> {
            if (since == null) {
                days.putNull(model);
            } else {
                days.put(model, since);
            }
        });
    }

    private static void putNumber(ObjectNode node, String name, Double value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, Numbers.number(value));
        }
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", f.ruleId());
        node.put("factor", f.factor().id());
        node.put("severity", f.severity().name());
        node.put("title", f.title());
        node.put("target", f.target());
        ArrayNode evidence = node.putArray("evidence");
        f.evidence().forEach(evidence::add);
        node.put("recommendation", f.recommendation());
        node.put("source", f.source());
        return node;
    }

    /** A generator writing as {@link #write} does, for reports streamed a part at a time. */
    static JsonGenerator generator(Writer out) throws IOException {
        return WRITER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** A tree on one line, for a temporary file. */
    static String compact(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tree written by {@link #compact}. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String write(Object tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
