package dev.tempo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a loaded rule declares about itself in its metadata.
 *
 * @param id              unique among loaded rules ({@code TEMPO-DATA-01})
 * @param factor          the factor its findings belong to
 * @param defaultSeverity its severity unless the policy overrides it
 * @param title           what its finding says is wrong
 * @param source          the article section it comes from
 * @param recommendation  what to do when it fires
 * @param description     when it fires, and what it does with unknown facts
 * @param thresholds      the names of the policy thresholds it uses
 * @param explanation     whether its findings explain other findings (metadata {@code @explanation(true)}): they
 *                        weigh 0 in every score, whatever the policy's weights and severities
 * @param severities      the other severities its findings can have, by the name of the case (metadata
 *                        {@code @severities("restricted=MEDIUM")}), in declaration order; a policy override
 *                        replaces these too
 */
public record RuleInfo(
        String id,
        Factor factor,
        Severity defaultSeverity,
        String title,
        String source,
        String recommendation,
        String description,
        List<String> thresholds,
        boolean explanation,
        Map<String, Severity> severities) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(title, "title");
        source = Objects.requireNonNullElse(source, "");
        recommendation = Objects.requireNonNullElse(recommendation, "");
        description = Objects.requireNonNullElse(description, "");
        thresholds = List.copyOf(thresholds);
        severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    }

    /** A rule with one severity. */
    public RuleInfo(String id, Factor factor, Severity defaultSeverity, String title, String source, String recommendation,
            String description, List<String> thresholds, boolean explanation) {
        this(id, factor, defaultSeverity, title, source, recommendation, description, thresholds, explanation, Map.of());
    }

    /** A rule that is not an explanation. */
    public RuleInfo(String id, Factor factor, Severity defaultSeverity, String title, String source, String recommendation,
            String description, List<String> thresholds) {
        this(id, factor, defaultSeverity, title, source, recommendation, description, thresholds, false, Map.of());
    }
}
