package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A model the project builds (article section 5). Every field but {@code name} may be null, meaning unknown.
 *
 * @param name                      required, unique within the project
 * @param complexity                how complex it is
 * @param family                    its family
 * @param trainingGpuHoursPerMonth  GPU hours its training needs per month
 * @param trainedOn                 names of declared datasets it is trained on
 * @param baselineEvaluated         whether a simpler baseline was evaluated
 * @param experimentTimeboxDays     the experiment timebox in days, or null when there is none
 * @param experimentStartedOn       when the current experiment began, or null (then the project's {@code startedOn} counts)
 * @param explainability            whether its decisions can be explained
 * @param decisionType              what its output decides
 * @param stage                     where it is in its life
 * @param monitored                 whether it is monitored in production
 * @param retrainingPlan            whether a retraining / rollback plan exists
 * @param userAcceptanceTestPlanned whether a user acceptance test is planned
 * @param servesUsers               whether it will serve users
 * @param validationPlanned         whether extended testing and validation beyond the training metrics is planned
 * @param lastValidatedOn           when its last compliance / model validation check was, or null when never
 * @param latencyBudgetMs           how fast a prediction must be served, in milliseconds
 * @param p95LatencyMs              the measured 95th percentile serving latency, in milliseconds
 * @param monthlyCost               what running it costs per month (training and serving), in the project's currency
 * @param monthlyBudget             what the business agreed to spend on it per month, in the same currency
 * @param labels the organisation's own labels (see {@link Labelled}); empty when none
 */
@RecordBuilder
public record Model(
        String name,
        Complexity complexity,
        ModelFamily family,
        Double trainingGpuHoursPerMonth,
        List<String> trainedOn,
        Boolean baselineEvaluated,
        Integer experimentTimeboxDays,
        LocalDate experimentStartedOn,
        Explainability explainability,
        DecisionType decisionType,
        Stage stage,
        Boolean monitored,
        Boolean retrainingPlan,
        Boolean userAcceptanceTestPlanned,
        Boolean servesUsers,
        Boolean validationPlanned,
        LocalDate lastValidatedOn,
        Double latencyBudgetMs,
        Double p95LatencyMs,
        Double monthlyCost,
        Double monthlyBudget,
        Map<String, String> labels) implements Labelled {

    public Model {
        labels = Checks.labels(labels, "labels");
        Checks.date(experimentStartedOn, "experimentStartedOn");
        Checks.date(lastValidatedOn, "lastValidatedOn");
        Checks.required(name, "name");
        Checks.nonNegative(trainingGpuHoursPerMonth, "trainingGpuHoursPerMonth");
        trainedOn = Checks.list(trainedOn, "trainedOn");
        Checks.unique(trainedOn, dataset -> dataset, "trainedOn", "");
        Checks.nonNegative(experimentTimeboxDays, "experimentTimeboxDays");
        Checks.nonNegative(latencyBudgetMs, "latencyBudgetMs");
        Checks.nonNegative(p95LatencyMs, "p95LatencyMs");
        Checks.nonNegative(monthlyCost, "monthlyCost");
        Checks.nonNegative(monthlyBudget, "monthlyBudget");
    }

    /** Whether the model is complex: complexity HIGH or VERY_HIGH (false when unknown). */
    public boolean isComplex() {
        return complexity != null && complexity.isComplex();
    }

    public static ModelBuilder builder(String name) {
        return ModelBuilder.builder().name(name);
    }
}
