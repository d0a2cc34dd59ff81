package dev.tempo.model;

import java.util.List;

/**
 * Compute, storage, network and platform (article section 4a). Null scalars are unknown.
 *
 * @param computeAvailableGpuHoursPerMonth GPU hours available per month
 * @param computeGrowthGpuHoursPerMonth    how much the models' training compute need grows per month (0 or more)
 * @param storageCapacityTb                storage capacity, in TB
 * @param storageUsedTb                    storage used, in TB
 * @param storageGrowthTbPerMonth          storage growth, in TB per month
 * @param networkReliable                  whether the network is reliable
 * @param automatedDataPipelines           whether an automated data pipeline exists
 * @param experimentTracking               whether experiments are tracked
 * @param modelRegistry                    whether models are managed in a registry
 * @param separateEnvironments             the jurisdiction codes that have an environment of their own
 */
public record Infrastructure(
        Double computeAvailableGpuHoursPerMonth,
        Double computeGrowthGpuHoursPerMonth,
        Double storageCapacityTb,
        Double storageUsedTb,
        Double storageGrowthTbPerMonth,
        Boolean networkReliable,
        Boolean automatedDataPipelines,
        Boolean experimentTracking,
        Boolean modelRegistry,
        List<String> separateEnvironments) {

    /** Infrastructure of which nothing is known. */
    public static final Infrastructure UNKNOWN = builder().build();

    public Infrastructure {
        Checks.nonNegative(computeAvailableGpuHoursPerMonth, "computeAvailableGpuHoursPerMonth");
        Checks.nonNegative(computeGrowthGpuHoursPerMonth, "computeGrowthGpuHoursPerMonth");
        Checks.nonNegative(storageCapacityTb, "storageCapacityTb");
        Checks.nonNegative(storageUsedTb, "storageUsedTb");
        if (storageGrowthTbPerMonth != null && (storageGrowthTbPerMonth.isNaN() || storageGrowthTbPerMonth.isInfinite())) {
            throw new InvalidFieldException("storageGrowthTbPerMonth", "is " + storageGrowthTbPerMonth + "; must be a finite number");
        }
        separateEnvironments = Checks.list(separateEnvironments, "separateEnvironments");
        Checks.unique(separateEnvironments, code -> code, "separateEnvironments", "");
    }

    /** A builder for infrastructure of which nothing is known yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this infrastructure's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.computeAvailableGpuHoursPerMonth = computeAvailableGpuHoursPerMonth;
        builder.computeGrowthGpuHoursPerMonth = computeGrowthGpuHoursPerMonth;
        builder.storageCapacityTb = storageCapacityTb;
        builder.storageUsedTb = storageUsedTb;
        builder.storageGrowthTbPerMonth = storageGrowthTbPerMonth;
        builder.networkReliable = networkReliable;
        builder.automatedDataPipelines = automatedDataPipelines;
        builder.experimentTracking = experimentTracking;
        builder.modelRegistry = modelRegistry;
        builder.separateEnvironments.replace(separateEnvironments);
        return builder;
    }

    /** Builds an {@link Infrastructure}. Not thread-safe. */
    public static final class Builder {
        private Double computeAvailableGpuHoursPerMonth;
        private Double computeGrowthGpuHoursPerMonth;
        private Double storageCapacityTb;
        private Double storageUsedTb;
        private Double storageGrowthTbPerMonth;
        private Boolean networkReliable;
        private Boolean automatedDataPipelines;
        private Boolean experimentTracking;
        private Boolean modelRegistry;
        private final Entries<String> separateEnvironments = new Entries<>();

        private Builder() {}

        /** Sets the GPU hours available per month. */
        public Builder computeAvailableGpuHoursPerMonth(double computeAvailableGpuHoursPerMonth) {
            this.computeAvailableGpuHoursPerMonth = computeAvailableGpuHoursPerMonth;
            return this;
        }

        /** Sets the GPU hours available per month; null means unknown. */
        public Builder computeAvailableGpuHoursPerMonth(Double computeAvailableGpuHoursPerMonth) {
            this.computeAvailableGpuHoursPerMonth = computeAvailableGpuHoursPerMonth;
            return this;
        }

        /** Sets how much the models' training compute need grows per month, in GPU hours. */
        public Builder computeGrowthGpuHoursPerMonth(double computeGrowthGpuHoursPerMonth) {
            this.computeGrowthGpuHoursPerMonth = computeGrowthGpuHoursPerMonth;
            return this;
        }

        /** Sets how much the models' training compute need grows per month, in GPU hours; null means unknown. */
        public Builder computeGrowthGpuHoursPerMonth(Double computeGrowthGpuHoursPerMonth) {
            this.computeGrowthGpuHoursPerMonth = computeGrowthGpuHoursPerMonth;
            return this;
        }

        /** Sets the storage capacity, in TB. */
        public Builder storageCapacityTb(double storageCapacityTb) {
            this.storageCapacityTb = storageCapacityTb;
            return this;
        }

        /** Sets the storage capacity, in TB; null means unknown. */
        public Builder storageCapacityTb(Double storageCapacityTb) {
            this.storageCapacityTb = storageCapacityTb;
            return this;
        }

        /** Sets the storage used, in TB. */
        public Builder storageUsedTb(double storageUsedTb) {
            this.storageUsedTb = storageUsedTb;
            return this;
        }

        /** Sets the storage used, in TB; null means unknown. */
        public Builder storageUsedTb(Double storageUsedTb) {
            this.storageUsedTb = storageUsedTb;
            return this;
        }

        /** Sets the storage growth, in TB per month. */
        public Builder storageGrowthTbPerMonth(double storageGrowthTbPerMonth) {
            this.storageGrowthTbPerMonth = storageGrowthTbPerMonth;
            return this;
        }

        /** Sets the storage growth, in TB per month; null means unknown. */
        public Builder storageGrowthTbPerMonth(Double storageGrowthTbPerMonth) {
            this.storageGrowthTbPerMonth = storageGrowthTbPerMonth;
            return this;
        }

        /** Sets whether the network is reliable; null means unknown. */
        public Builder networkReliable(Boolean networkReliable) {
            this.networkReliable = networkReliable;
            return this;
        }

        /** Sets whether an automated data pipeline exists; null means unknown. */
        public Builder automatedDataPipelines(Boolean automatedDataPipelines) {
            this.automatedDataPipelines = automatedDataPipelines;
            return this;
        }

        /** Sets whether experiments are tracked; null means unknown. */
        public Builder experimentTracking(Boolean experimentTracking) {
            this.experimentTracking = experimentTracking;
            return this;
        }

        /** Sets whether models are managed in a registry; null means unknown. */
        public Builder modelRegistry(Boolean modelRegistry) {
            this.modelRegistry = modelRegistry;
            return this;
        }

        /** Replaces the jurisdiction codes that have an environment of their own; null means none. */
        public Builder separateEnvironments(List<String> separateEnvironments) {
            this.separateEnvironments.replace(separateEnvironments);
            return this;
        }

        /** Replaces the jurisdiction codes that have an environment of their own. */
        public Builder separateEnvironments(String... separateEnvironments) {
            this.separateEnvironments.replace(separateEnvironments);
            return this;
        }

        /** Adds a jurisdiction code that has an environment of its own. */
        public Builder addSeparateEnvironment(String separateEnvironment) {
            separateEnvironments.add(separateEnvironment);
            return this;
        }

        /**
         * The infrastructure.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the infrastructure
         */
        public Infrastructure build() {
            return new Infrastructure(computeAvailableGpuHoursPerMonth, computeGrowthGpuHoursPerMonth,
                    storageCapacityTb, storageUsedTb, storageGrowthTbPerMonth, networkReliable, automatedDataPipelines,
                    experimentTracking, modelRegistry, separateEnvironments.build("separateEnvironments"));
        }
    }
}
