package dev.tempo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Assessment;
import dev.tempo.Tempo;
import dev.tempo.model.Complexity;
import dev.tempo.model.Dataset;
import dev.tempo.model.DecisionType;
import dev.tempo.model.Explainability;
import dev.tempo.model.Industry;
import dev.tempo.model.Jurisdiction;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Regime;
import dev.tempo.model.Regulation;
import dev.tempo.model.Stage;
import dev.tempo.testing.Fixtures;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A large project costs in proportion to its size: no rule may join (or loop over) every dataset
 * with every model. Measured by bytes allocated, not by time: doubling the datasets and models must
 * not quadruple the work.
 */
class LargeProjectTest {
    private static final Tempo TEMPO = TempoEngine.create();

    /** {@code n} datasets of EU personal data and {@code n} complex credit models, each trained on one: most rules fire on each. */
    static Project large(int n) {
        List<Dataset> datasets = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            datasets.add(Dataset.builder("d" + i).personalData(true).specialCategoryData(true).subjectsIn("EU").storedIn("US")
                    .usedForTraining(true).build());
            models.add(Model.builder("m" + i).complexity(Complexity.HIGH).stage(Stage.PRODUCTION).trainedOn(List.of("d" + i))
                    .decisionType(DecisionType.CREDIT).explainability(Explainability.NONE).build());
        }
        return Project.builder("large").industry(Industry.FINANCE).startedOn(LocalDate.of(2026, 1, 1))
                .jurisdictions(List.of(
                        Jurisdiction.builder("EU").regime(Regime.GDPR).dataResidency(true).documentationRequired(true)
                                .thirdPartyAuditRequired(true).build(),
                        Jurisdiction.builder("US").regime(Regime.CCPA).dataResidency(false).build()))
                .regulation(new Regulation(true, false, false, false))
                .datasets(datasets).models(models).build();
    }

    private static long allocatedAssessing(Project project) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = sum(threads.getThreadAllocatedBytes(threads.getAllThreadIds()));
        Assessment assessment = TEMPO.assess(project, Fixtures.AS_OF);
        long after = sum(threads.getThreadAllocatedBytes(threads.getAllThreadIds()));
        assertThat(assessment.findings()).hasSizeGreaterThan(project.models().size());
        return after - before;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += Math.max(v, 0);
        }
        return total;
    }

    @Test
    void doublingDatasetsAndModels_roughlyDoublesTheWork_neverQuadruplesIt() {
        Project small = large(400);
        Project twice = large(800);
        allocatedAssessing(small); // warm up the rule base and the JIT
        allocatedAssessing(twice);
        long smallBytes = allocatedAssessing(small);
        long twiceBytes = allocatedAssessing(twice);
        double ratio = (double) twiceBytes / smallBytes;
        assertThat(ratio).as("allocation ratio of 800 to 400 datasets and models (%d / %d bytes)", twiceBytes, smallBytes)
                .isLessThan(2.4); // linear gives 2.0 here; the joins of datasets x models this replaced gave 2.8
    }
}
