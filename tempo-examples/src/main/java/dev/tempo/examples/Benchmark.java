package dev.tempo.examples;

import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures what the README reports about speed: building the rule base (Drools' start-up cost)
 * and assessing, on one thread and on several. Run it on a quiet machine:
 * {@code java -cp tempo-examples/target/tempo.jar dev.tempo.examples.Benchmark [assessments]}.
 * Timings are measured here, never asserted in tests.
 */
public final class Benchmark {
    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        LocalDate asOf = LocalDate.of(2026, 11, 27);

        long start = System.nanoTime();
        Tempo tempo = TempoEngine.create();
        long built = System.nanoTime();
        List<Project> projects = Examples.FILES.stream().map(Examples::read).toList();
        tempo.assess(projects.get(0), asOf);
        long first = System.nanoTime();
        System.out.printf("rule base built (%d rules): %d ms; first assessment: %d ms%n",
                tempo.rules().size(), (built - start) / 1_000_000, (first - built) / 1_000_000);

        for (int i = 0; i < 2_000; i++) {
            tempo.assess(projects.get(i % projects.size()), asOf);   // warm-up
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            tempo.assess(projects.get(i % projects.size()), asOf);
        }
        long single = System.nanoTime() - t0;
        System.out.printf("one thread: %d assessments, %.1f µs each, %.0f per second%n",
                count, single / 1_000.0 / count, count / (single / 1e9));

        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t1 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < count / threads; i++) {
                        tempo.assess(projects.get(i % projects.size()), asOf);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            long multi = System.nanoTime() - t1;
            System.out.printf("%d threads, one shared engine: %.0f assessments per second%n",
                    threads, (count / threads * threads) / (multi / 1e9));
        } finally {
            pool.shutdownNow();
        }
    }
}
