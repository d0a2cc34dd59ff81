package dev.tempo.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

    /** A builder for a model with the given name, everything else unknown. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this model's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.complexity = complexity;
        builder.family = family;
        builder.trainingGpuHoursPerMonth = trainingGpuHoursPerMonth;
        builder.trainedOn.replace(trainedOn);
        builder.baselineEvaluated = baselineEvaluated;
        builder.experimentTimeboxDays = experimentTimeboxDays;
        builder.experimentStartedOn = experimentStartedOn;
        builder.explainability = explainability;
        builder.decisionType = decisionType;
        builder.stage = stage;
        builder.monitored = monitored;
        builder.retrainingPlan = retrainingPlan;
        builder.userAcceptanceTestPlanned = userAcceptanceTestPlanned;
        builder.servesUsers = servesUsers;
        builder.validationPlanned = validationPlanned;
        builder.lastValidatedOn = lastValidatedOn;
        builder.latencyBudgetMs = latencyBudgetMs;
        builder.p95LatencyMs = p95LatencyMs;
        builder.monthlyCost = monthlyCost;
        builder.monthlyBudget = monthlyBudget;
        builder.labels.putAll(labels);
        return builder;
    }

    /** Builds a {@link Model}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Complexity complexity;
        private ModelFamily family;
        private Double trainingGpuHoursPerMonth;
        private final Entries<String> trainedOn = new Entries<>();
        private Boolean baselineEvaluated;
        private Integer experimentTimeboxDays;
        private LocalDate experimentStartedOn;
        private Explainability explainability;
        private DecisionType decisionType;
        private Stage stage;
        private Boolean monitored;
        private Boolean retrainingPlan;
        private Boolean userAcceptanceTestPlanned;
        private Boolean servesUsers;
        private Boolean validationPlanned;
        private LocalDate lastValidatedOn;
        private Double latencyBudgetMs;
        private Double p95LatencyMs;
        private Double monthlyCost;
        private Double monthlyBudget;
        private final Map<String, String> labels = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the name (required, unique within the project). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets how complex it is; null means unknown. */
        public Builder complexity(Complexity complexity) {
            this.complexity = complexity;
            return this;
        }

        /** Sets its family; null means unknown. */
        public Builder family(ModelFamily family) {
            this.family = family;
            return this;
        }

        /** Sets the GPU hours its training needs per month. */
        public Builder trainingGpuHoursPerMonth(double trainingGpuHoursPerMonth) {
            this.trainingGpuHoursPerMonth = trainingGpuHoursPerMonth;
            return this;
        }

        /** Sets the GPU hours its training needs per month; null means unknown. */
        public Builder trainingGpuHoursPerMonth(Double trainingGpuHoursPerMonth) {
            this.trainingGpuHoursPerMonth = trainingGpuHoursPerMonth;
            return this;
        }

        /** Replaces the names of the declared datasets it is trained on; null means none. */
        public Builder trainedOn(List<String> trainedOn) {
            this.trainedOn.replace(trainedOn);
            return this;
        }

        /** Replaces the names of the declared datasets it is trained on. */
        public Builder trainedOn(String... trainedOn) {
            this.trainedOn.replace(trainedOn);
            return this;
        }

        /** Adds the name of a declared dataset it is trained on. */
        public Builder addTrainedOn(String dataset) {
            trainedOn.add(dataset);
            return this;
        }

        /** Sets whether a simpler baseline was evaluated; null means unknown. */
        public Builder baselineEvaluated(Boolean baselineEvaluated) {
            this.baselineEvaluated = baselineEvaluated;
            return this;
        }

        /** Sets the experiment timebox in days; null means there is none. */
        public Builder experimentTimeboxDays(Integer experimentTimeboxDays) {
            this.experimentTimeboxDays = experimentTimeboxDays;
            return this;
        }

        /** Sets when the current experiment began; null means the project's start counts. */
        public Builder experimentStartedOn(LocalDate experimentStartedOn) {
            this.experimentStartedOn = experimentStartedOn;
            return this;
        }

        /** Sets whether its decisions can be explained; null means unknown. */
        public Builder explainability(Explainability explainability) {
            this.explainability = explainability;
            return this;
        }

        /** Sets what its output decides; null means unknown. */
        public Builder decisionType(DecisionType decisionType) {
            this.decisionType = decisionType;
            return this;
        }

        /** Sets where it is in its life; null means unknown. */
        public Builder stage(Stage stage) {
            this.stage = stage;
            return this;
        }

        /** Sets whether it is monitored in production; null means unknown. */
        public Builder monitored(Boolean monitored) {
            this.monitored = monitored;
            return this;
        }

        /** Sets whether a retraining / rollback plan exists; null means unknown. */
        public Builder retrainingPlan(Boolean retrainingPlan) {
            this.retrainingPlan = retrainingPlan;
            return this;
        }

        /** Sets whether a user acceptance test is planned; null means unknown. */
        public Builder userAcceptanceTestPlanned(Boolean userAcceptanceTestPlanned) {
            this.userAcceptanceTestPlanned = userAcceptanceTestPlanned;
            return this;
        }

        /** Sets whether it will serve users; null means unknown. */
        public Builder servesUsers(Boolean servesUsers) {
            this.servesUsers = servesUsers;
            return this;
        }

        /** Sets whether extended testing and validation beyond the training metrics is planned; null means unknown. */
        public Builder validationPlanned(Boolean validationPlanned) {
            this.validationPlanned = validationPlanned;
            return this;
        }

        /** Sets when its last compliance / model validation check was; null means never. */
        public Builder lastValidatedOn(LocalDate lastValidatedOn) {
            this.lastValidatedOn = lastValidatedOn;
            return this;
        }

        /** Sets how fast a prediction must be served, in milliseconds. */
        public Builder latencyBudgetMs(double latencyBudgetMs) {
            this.latencyBudgetMs = latencyBudgetMs;
            return this;
        }

        /** Sets how fast a prediction must be served, in milliseconds; null means unknown. */
        public Builder latencyBudgetMs(Double latencyBudgetMs) {
            this.latencyBudgetMs = latencyBudgetMs;
            return this;
        }

        /** Sets the measured 95th percentile serving latency, in milliseconds. */
        public Builder p95LatencyMs(double p95LatencyMs) {
            this.p95LatencyMs = p95LatencyMs;
            return this;
        }

        /** Sets the measured 95th percentile serving latency, in milliseconds; null means unknown. */
        public Builder p95LatencyMs(Double p95LatencyMs) {
            this.p95LatencyMs = p95LatencyMs;
            return this;
        }

        /** Sets what running it costs per month (training and serving), in the project's currency. */
        public Builder monthlyCost(double monthlyCost) {
            this.monthlyCost = monthlyCost;
            return this;
        }

        /** Sets what running it costs per month (training and serving), in the project's currency; null means unknown. */
        public Builder monthlyCost(Double monthlyCost) {
            this.monthlyCost = monthlyCost;
            return this;
        }

        /** Sets what the business agreed to spend on it per month, in the same currency. */
        public Builder monthlyBudget(double monthlyBudget) {
            this.monthlyBudget = monthlyBudget;
            return this;
        }

        /** Sets what the business agreed to spend on it per month, in the same currency; null means unknown. */
        public Builder monthlyBudget(Double monthlyBudget) {
            this.monthlyBudget = monthlyBudget;
            return this;
        }

        /** Replaces the labels; null means none. */
        public Builder labels(Map<String, String> labels) {
            this.labels.clear();
            if (labels != null) {
                this.labels.putAll(labels);
            }
            return this;
        }

        /** Sets one label, replacing its earlier value. */
        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /**
         * The model.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the model
         */
        public Model build() {
            return new Model(name, complexity, family, trainingGpuHoursPerMonth, trainedOn.build("trainedOn"),
                    baselineEvaluated, experimentTimeboxDays, experimentStartedOn, explainability, decisionType, stage,
                    monitored, retrainingPlan, userAcceptanceTestPlanned, servesUsers, validationPlanned,
                    lastValidatedOn, latencyBudgetMs, p95LatencyMs, monthlyCost, monthlyBudget, labels);
        }
    }
}
