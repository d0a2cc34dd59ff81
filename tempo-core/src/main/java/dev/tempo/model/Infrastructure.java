package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
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

    public static InfrastructureBuilder builder() {
        return InfrastructureBuilder.builder();
    }
}
