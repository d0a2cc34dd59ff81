package dev.tempo.examples.cli;

import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.Tempo;
import dev.tempo.descriptor.DescriptorReader;
import dev.tempo.engine.TempoEngine;
import dev.tempo.model.Project;
import dev.tempo.report.TextReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The article's case studies, and a seventh with measured delivery, shipped in the jar as
 * descriptors under {@code examples/}. They describe their projects as of {@link #CASE_STUDY_DATE}.
 */
public final class Examples {
    /** The date the case studies describe: the no-argument run assesses them on it unless --as-of says otherwise. */
    static final String CASE_STUDY_DATE_TEXT = "2026-11-27";
    public static final LocalDate CASE_STUDY_DATE = LocalDate.parse(CASE_STUDY_DATE_TEXT);

    /** The example descriptors, in the article's order, then the measured-delivery case. */
    public static final List<String> FILES = List.of(
            "ecommerce-recommender.yaml",
            "credit-scoring.yaml",
            "marketing-pricing.yaml",
            "recommender-scaling.yaml",
            "overseas-retailer.yaml",
            "loan-default-before.yaml",
            "loan-default-after.yaml",
            "measured-delivery.yaml");

    private Examples() {}

    /** Reads one example descriptor from the jar. */
    public static Project read(String file) {
        String resource = "examples/" + file;
        try (InputStream in = Examples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("example " + resource + " is missing from the jar");
            }
            return new DescriptorReader().readProjectDocument(in, "classpath:" + resource).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Assesses every example and renders a short text report of each. */
    static String assessAll(LocalDate asOf) {
        Tempo tempo = TempoEngine.create();
        StringBuilder out = new StringBuilder();
        for (String file : FILES) {
            Assessment a = tempo.assess(read(file), asOf);
            out.append(a.projectId()).append(" (examples/").append(file).append(") as of ").append(asOf)
                    .append(": tempo ").append(a.scores().tempo()).append("/100, ").append(a.scores().band()).append('\n');
            for (Finding f : a.findings()) {
                out.append(TextReport.headline(f)).append('\n');
            }
            if (a.findings().isEmpty()) {
                out.append("  no findings\n");
            }
            out.append('\n');
        }
        out.append("Assess your own project: java -jar tempo.jar assess project.yaml (see --help).\n");
        return out.toString();
    }
}
