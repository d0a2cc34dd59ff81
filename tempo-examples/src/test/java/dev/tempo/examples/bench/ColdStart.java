package dev.tempo.examples.bench;

import dev.tempo.Assessment;
import dev.tempo.Tempo;
import dev.tempo.descriptor.DescriptorReader;
import dev.tempo.engine.RulePack;
import dev.tempo.engine.TempoEngine;
import dev.tempo.model.Project;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One fresh JVM's start as a library user sees it, run by {@link Benchmarks} in a child JVM with no
 * flags: {@code ColdStart first FILE} prints the phases up to the first assessment, {@code ColdStart
 * heap FILE} the heap one engine holds, {@code ColdStart pack FILE} the time to build an engine with
 * the ACME pack (compiled from DRL) beside the pre-built default pack. Output: one line of
 * {@code name=value} pairs, milliseconds or bytes.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        long mainAt = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long t0 = System.nanoTime();
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "first" -> {
                Tempo tempo = TempoEngine.create();
                long built = System.nanoTime();
                Project project = new DescriptorReader().readProject(file);
                long read = System.nanoTime();
                Assessment assessment = tempo.assess(project, WarmBenchmarks.AS_OF);
                long assessed = System.nanoTime();
                String report = assessment.report();
                long reported = System.nanoTime();
                System.out.printf(Locale.ROOT, "toMain=%d engine=%.1f read=%.1f assess=%.1f report=%.1f total=%.1f findings=%d%n",
                        mainAt - jvmStart, ms(built - t0), ms(read - built), ms(assessed - read), ms(reported - assessed),
                        (mainAt - jvmStart) + ms(reported - t0), assessment.findings().size() + report.length() * 0);
            }
            case "heap" -> {
                long before = usedAfterGc();
                Tempo tempo = TempoEngine.create();
                tempo.assess(new DescriptorReader().readProject(file), WarmBenchmarks.AS_OF);
                long after = usedAfterGc();
                System.out.printf(Locale.ROOT, "engineHeap=%d rules=%d%n", after - before, tempo.rules().size());
            }
            case "pack" -> {
                Tempo plain = TempoEngine.create();
                long built = System.nanoTime();
                Tempo withPack = TempoEngine.builder().rulePack(RulePack.classpath("packs/acme", ColdStart.class.getClassLoader())).build();
                long packBuilt = System.nanoTime();
                System.out.printf(Locale.ROOT, "defaultEngine=%.1f packEngine=%.1f rules=%d%n", ms(built - t0), ms(packBuilt - built),
                        withPack.rules().size() - plain.rules().size());
            }
            default -> throw new IllegalArgumentException("first, heap or pack: " + args[0]);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
