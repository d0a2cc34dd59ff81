package dev.tempo.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Policy;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.Thresholds;
import dev.tempo.engine.TempoEngine;
import dev.tempo.examples.cli.Examples;
import dev.tempo.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One engine (and engines sharing its rule base) assessing mixed projects, dates and policies on many threads gives the sequential results. */
class ConcurrentAssessmentsTest {
    private record Job(Tempo tempo, Project project, LocalDate asOf) {}

    @Test
    void mixedProjectsDatesAndPolicies_onEightThreads_equalTheSequentialResults() throws Exception {
        Tempo base = TempoEngine.create();
        List<Tempo> engines = List.of(base,
                base.withPolicy(Policy.builder().unknownAsFinding(true).build()),
                base.withPolicy(Policy.builder().severities(Map.of("TEMPO-DATA-01", Severity.CRITICAL))
                        .thresholds(Thresholds.builder().deliveryWindowDays(90).maxChangeFailureRate(0.05).build()).build()));
        List<Project> projects = Examples.FILES.stream().map(Examples::read).toList();
        List<LocalDate> dates = List.of(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 6, 1), LocalDate.of(2027, 3, 31));
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            jobs.add(new Job(engines.get(i % engines.size()), projects.get((i / 3) % projects.size()), dates.get((i / 7) % dates.size())));
        }
        List<Assessment> sequential = jobs.stream().map(j -> j.tempo().assess(j.project(), j.asOf())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Assessment>> concurrent = new ArrayList<>();
            for (Job job : jobs) {
                concurrent.add(pool.submit(() -> job.tempo().assess(job.project(), job.asOf())));
            }
            for (int i = 0; i < jobs.size(); i++) {
                assertThat(concurrent.get(i).get(60, TimeUnit.SECONDS)).as("job " + i).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
