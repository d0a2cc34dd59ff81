package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

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
 * @param explainability            whether its decisions can be explained
 * @param decisionType              what its output decides
 * @param stage                     where it is in its life
 * @param monitored                 whether it is monitored in production
 * @param retrainingPlan            whether a retraining / rollback plan exists
 * @param userAcceptanceTestPlanned whether a user acceptance test is planned
 * @param servesUsers               whether it will serve users
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
        Explainability explainability,
        DecisionType decisionType,
        Stage stage,
        Boolean monitored,
        Boolean retrainingPlan,
        Boolean userAcceptanceTestPlanned,
        Boolean servesUsers) {

    public Model {
        Checks.required(name, "name");
        Checks.nonNegative(trainingGpuHoursPerMonth, "trainingGpuHoursPerMonth");
        trainedOn = Checks.list(trainedOn, "trainedOn");
        Checks.unique(trainedOn, dataset -> dataset, "trainedOn", "");
        Checks.nonNegative(experimentTimeboxDays, "experimentTimeboxDays");
    }

    /** Whether the model is complex: complexity HIGH or VERY_HIGH (false when unknown). */
    public boolean isComplex() {
        return complexity != null && complexity.isComplex();
    }

    public static ModelBuilder builder(String name) {
        return ModelBuilder.builder().name(name);
    }
}
