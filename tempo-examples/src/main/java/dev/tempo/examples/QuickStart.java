package dev.tempo.examples;

import dev.tempo.Assessment;
import dev.tempo.Severity;
import dev.tempo.Tempo;
import dev.tempo.engine.TempoEngine;
import dev.tempo.model.Complexity;
import dev.tempo.model.DataOps;
import dev.tempo.model.DataOpsMaturity;
import dev.tempo.model.Dataset;
import dev.tempo.model.Goals;
import dev.tempo.model.Industry;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import java.time.LocalDate;

/**
 * The README's Java example: describe a project with builders, assess it, read the findings, gate
 * on them. Run it with {@code java -cp tempo-examples/target/tempo.jar dev.tempo.examples.QuickStart}.
 */
public final class QuickStart {
    private QuickStart() {}

    /** A small churn project: a clear why, ad hoc DataOps, an unversioned training set, a complex model. */
    public static Project churnProject() {
        return Project.builder("churn-prediction")
                .name("Churn prediction")
                .industry(Industry.RETAIL)
                .goals(Goals.builder()
                        .why("Keep subscribers who are about to cancel")
                        .endUsers("retention team")
                        .deadline(LocalDate.of(2027, 3, 1)))
                .dataOps(new DataOps(DataOpsMaturity.AD_HOC))
                .addDataset(Dataset.builder("subscriptions").owner("billing").records(250_000).versioned(false).qualityChecks(true))
                .addModel(Model.builder("churn-model").complexity(Complexity.HIGH).trainedOn("subscriptions"))
                .build();
    }

    public static void main(String[] args) {
        Tempo tempo = TempoEngine.create();                       // once: compiles the rule base
        Assessment assessment = tempo.assess(churnProject(), LocalDate.of(2026, 11, 27));

        System.out.println(assessment.report());                 // the readable report
        assessment.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.severity() + " " + f.target()));
        try {
            assessment.assertNoFindingAtOrAbove(Severity.CRITICAL);   // a gate: AssertionError with the report
            System.out.println("No CRITICAL finding: the gate passes.");
        } catch (AssertionError e) {
            System.out.println("The gate fails: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
