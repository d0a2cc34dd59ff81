package dev.tempo.examples.bench;

import dev.tempo.Assessment;
import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The warm path, measured by JMH: one assessment of the shipped examples in turn (each thread
 * walks them in its own order), the parts of it that can be measured from outside, and a
 * plain-Java floor. Run through {@link Benchmarks}, which sets modes, threads and warm-up.
 */
public class WarmBenchmarks {
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    /** One engine shared by every thread, as a platform would share it. */
    @State(Scope.Benchmark)
    public static class Engine {
        Tempo tempo;
        List<Project> projects;
        Assessment assessed;

        @Setup(Level.Trial)
        public void setUp() {
            tempo = TempoEngine.create();
            projects = Examples.FILES.stream().map(Examples::read).toList();
            assessed = tempo.assess(projects.get(0), AS_OF);
        }
    }

    /** Each thread's place in the list of examples. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Project next(List<Project> projects) {
            Project project = projects.get(next);
            next = (next + 1) % projects.size();
            return project;
        }
    }

    /** A whole assessment: validation, facts, session, rules, findings, scores. */
    @Benchmark
    public Assessment assess(Engine engine, Cursor cursor) {
        return engine.tempo.assess(cursor.next(engine.projects), AS_OF);
    }

    /** The text report of one assessment (what the command line adds after assessing). */
    @Benchmark
    public String textReport(Engine engine) {
        return engine.assessed.report();
    }

    /** The floor: a few of the default rules written as plain Java over the same records. */
    @Benchmark
    public void plainJava(Engine engine, Cursor cursor, Blackhole hole) {
        hole.consume(PlainRules.evaluate(cursor.next(engine.projects)));
    }
}
