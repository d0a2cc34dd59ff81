package dev.tempo.engine.facts;

import dev.tempo.engine.Evidence;
import dev.tempo.model.Model;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Arithmetic for the INFRASTRUCTURE rules (article section 4a), kept out of the DRL so that it
 * can be unit-tested: the models' training compute and the storage outlook.
 */
public final class InfrastructureFacts {
    private InfrastructureFacts() {}

    /**
     * The GPU hours per month that the models with known training hours need, summed; the models
     * whose hours are unknown add nothing (see {@link #withUnknownGpuHours}).
     *
     * @param models the {@link Model} facts (a raw list from a DRL {@code collect})
     */
    public static double knownGpuHours(Collection<?> models) {
        return models(models).stream().map(Model::trainingGpuHoursPerMonth).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
    }

    /** The models whose {@code trainingGpuHoursPerMonth} is unknown, in the given order. */
    public static List<Model> withUnknownGpuHours(Collection<?> models) {
        return models(models).stream().filter(m -> m.trainingGpuHoursPerMonth() == null).toList();
    }

    /** The models with known training hours, by name, as {@code name hours}: {@code ranker 700, recommender 500}. */
    public static String gpuHoursByModel(Collection<?> models) {
        return String.join(", ", models(models).stream().filter(m -> m.trainingGpuHoursPerMonth() != null)
                .sorted(Comparator.comparing(Model::name))
                .map(m -> m.name() + " " + Evidence.num(m.trainingGpuHoursPerMonth())).toList());
    }

    /**
     * The months until storage is full: 0 when it is already full (used at or above capacity),
     * {@code (capacity - used) / growth} when growth is positive, and null when it never fills
     * (growth zero or negative) or a value is unknown.
     */
    public static Double monthsUntilFull(Double capacityTb, Double usedTb, Double growthTbPerMonth) {
        if (capacityTb == null || usedTb == null) {
            return null;
        }
        if (usedTb >= capacityTb) {
            return 0.0;
        }
        if (growthTbPerMonth == null || growthTbPerMonth <= 0) {
            return null;
        }
        return (capacityTb - usedTb) / growthTbPerMonth;
    }

    /**
     * The evidence line of a storage finding, naming the numbers and the thresholds that decided it:
     * {@code storage 92 TB of 100 TB used (92% > 80%, the policy's storageUsedMaxRatio); growing 4
     * TB/month: full in 2 months (<= 3, the policy's storageHighHorizonMonths)}.
     *
     * @param capacityTb       the known capacity
     * @param usedTb           the known use
     * @param growthTbPerMonth the growth, or null when unknown
     */
    public static String storageEvidence(double capacityTb, double usedTb, Double growthTbPerMonth,
            double maxRatio, double horizonMonths, double highHorizonMonths) {
        StringBuilder line = new StringBuilder("storage ").append(Evidence.num(usedTb)).append(" TB of ")
                .append(Evidence.num(capacityTb)).append(" TB used");
        if (usedTb >= capacityTb) {
            return line.append(": already full").toString();
        }
        double ratio = usedTb / capacityTb;
        line.append(" (").append(Evidence.percent(ratio)).append(ratio > maxRatio ? " > " : " <= ")
                .append(Evidence.percent(maxRatio)).append(", the policy's storageUsedMaxRatio); ");
        if (growthTbPerMonth == null) {
            return line.append("growth unknown").toString();
        }
        if (growthTbPerMonth <= 0) {
            return line.append("not growing (").append(Evidence.num(growthTbPerMonth)).append(" TB/month)").toString();
        }
        double months = (capacityTb - usedTb) / growthTbPerMonth;
        line.append("growing ").append(Evidence.num(growthTbPerMonth)).append(" TB/month: full in ")
                .append(Evidence.num(months)).append(" months");
        if (months <= highHorizonMonths) {
            line.append(" (<= ").append(Evidence.num(highHorizonMonths)).append(", the policy's storageHighHorizonMonths)");
        } else if (months <= horizonMonths) {
            line.append(" (<= ").append(Evidence.num(horizonMonths)).append(", the policy's storageHorizonMonths)");
        } else {
            line.append(" (> ").append(Evidence.num(horizonMonths)).append(", the policy's storageHorizonMonths)");
        }
        return line.toString();
    }

    private static List<Model> models(Collection<?> facts) {
        return facts.stream().map(Model.class::cast).toList();
    }
}
