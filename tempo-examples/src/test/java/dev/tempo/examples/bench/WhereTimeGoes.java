package dev.tempo.examples.bench;

import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a warm assessment's time goes, by sampling: assesses the examples in a loop under a Java
 * Flight Recorder recording and counts, per phase, the share of execution samples whose stack
 * passes through it. The phases overlap only where named so ("of which").
 */
public final class WhereTimeGoes {
    /** Phase name, and the method whose presence on a stack puts a sample in it. */
    static final Map<String, String> PHASES = new LinkedHashMap<>();

    static {
        PHASES.put("validation, facts and delivery figures", "dev.tempo.engine.ProjectFacts.of|dev.tempo.DeliveryMetrics.measure|dev.tempo.engine.TempoEngine.check");
        PHASES.put("session creation", "newKieSession");
        PHASES.put("inserting facts", "StatefulKnowledgeSessionImpl.insert");
        PHASES.put("matching and firing (fireAllRules)", "fireAllRules");
        PHASES.put("  of which rule consequences", "Consequence");
        PHASES.put("  of which raising findings", "dev.tempo.engine.AssessmentScope.");
        PHASES.put("session disposal", "StatefulKnowledgeSessionImpl.dispose");
        PHASES.put("assembling findings and scores", "dev.tempo.engine.TempoEngine.assemble");
    }

    private WhereTimeGoes() {}

    /** Run in a JVM started with {@code -XX:FlightRecorderOptions:stackdepth=512}: prints {@code phase<TAB>percent} lines. */
    public static void main(String[] args) throws IOException {
        measure(Long.parseLong(args[0])).forEach((phase, share) -> System.out.printf(java.util.Locale.ROOT, "%s\t%.1f%n", phase, share));
    }

    /** Shares in percent of the samples inside {@code Tempo.assess}, by phase. */
    static Map<String, Double> measure(long millis) throws IOException {
        Tempo tempo = TempoEngine.create();
        List<Project> projects = Examples.FILES.stream().map(Examples::read).toList();
        for (int i = 0; i < 20_000; i++) {
            tempo.assess(projects.get(i % projects.size()), WarmBenchmarks.AS_OF); // warm-up
        }
        Path file = Files.createTempFile("tempo-bench", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1)).withStackTrace();
            recording.setToDisk(true);
            recording.start();
            long end = System.nanoTime() + millis * 1_000_000;
            for (int i = 0; System.nanoTime() < end; i++) {
                tempo.assess(projects.get(i % projects.size()), WarmBenchmarks.AS_OF);
            }
            recording.stop();
            recording.dump(file);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int inside = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<String> frames = event.getStackTrace().getFrames().stream().map(WhereTimeGoes::name).toList();
            if (frames.stream().noneMatch(f -> f.startsWith("dev.tempo.engine.TempoEngine.assess"))) {
                continue;
            }
            inside++;
            for (Map.Entry<String, String> phase : PHASES.entrySet()) {
                if (frames.stream().anyMatch(f -> matches(f, phase.getValue()))) {
                    counts.merge(phase.getKey(), 1, Integer::sum);
                }
            }
        }
        Files.deleteIfExists(file);
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String phase : PHASES.keySet()) {
            shares.put(phase, inside == 0 ? 0 : 100.0 * counts.getOrDefault(phase, 0) / inside);
        }
        shares.put("samples (count, not percent)", (double) inside);
        return shares;
    }

    private static boolean matches(String frame, String markers) {
        for (String marker : markers.split("\\|")) {
            if (frame.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
