package dev.tempo.engine.facts;

import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Evidence;
import dev.tempo.engine.Grounds;
import dev.tempo.model.Infrastructure;
import dev.tempo.model.Model;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Arithmetic for the INFRASTRUCTURE rules (article section 4a), kept out of the DRL so that it
 * can be unit-tested: the models' training compute and the storage outlook.
 *
 * <p>TEMPO-INFRASTRUCTURE-01 judges two conditions over the models and the infrastructure, each as
 * {@link Grounds}: {@link #computeShortfall} (the models need more compute than is available) and,
 * once the known need fits, {@link #computeRunsOut} (the compute runs out within the horizon).
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
     * Whether the models need more training compute than is available (TEMPO-INFRASTRUCTURE-01's HIGH case).
     * It holds when the known hours alone exceed {@code infrastructure.computeAvailableGpuHoursPerMonth},
     * whatever the unknown ones. Otherwise each model's unknown {@code trainingGpuHoursPerMonth} is an
     * unknown value that may tip the need over, and so is the available compute when it is unknown and
     * some need is known or unknown. With the available compute known and every model's hours known to
     * fit, it does not hold.
     *
     * @param tempo          the assessment, for the descriptor paths of the unknown fields
     * @param infrastructure the project's infrastructure
     * @param models         the {@link Model} facts that are not retired (a raw list from a DRL {@code collect})
     */
    public static Grounds computeShortfall(AssessmentScope tempo, Infrastructure infrastructure, Collection<?> models) {
        Grounds grounds = new Grounds();
        Double available = infrastructure.computeAvailableGpuHoursPerMonth();
        double needed = knownGpuHours(models);
        if (available != null && needed > available) {
            return grounds.because(need(models) + " > " + Evidence.num(available)
                    + " available (infrastructure.computeAvailableGpuHoursPerMonth)");
        }
        List<Model> unknownHours = withUnknownGpuHours(models);
        unknownHours.forEach(model -> grounds.unknownValue(tempo.path(model) + ".trainingGpuHoursPerMonth"));
        if (available == null && (needed > 0 || !unknownHours.isEmpty())) {
            grounds.unknownValue(tempo.path(infrastructure) + ".computeAvailableGpuHoursPerMonth");
        }
        return grounds;
    }

    /**
     * Whether the training compute runs out within {@code horizonMonths} as the models scale
     * (TEMPO-INFRASTRUCTURE-01's MEDIUM case), judged only when the available compute is known and the
     * known need fits it. It holds when {@code infrastructure.computeGrowthGpuHoursPerMonth} is positive
     * and (available - needed) / growth is at most the horizon; models whose hours are unknown can only
     * bring that closer, so the evidence says "at most" that many months. An unknown growth is an unknown
     * value.
     *
     * @param tempo          the assessment, for the descriptor path of the growth
     * @param infrastructure the project's infrastructure
     * @param models         the {@link Model} facts that are not retired (a raw list from a DRL {@code collect})
     * @param horizonMonths  the policy's {@code computeHorizonMonths}
     */
    public static Grounds computeRunsOut(AssessmentScope tempo, Infrastructure infrastructure, Collection<?> models,
            double horizonMonths) {
        Grounds grounds = new Grounds();
        Double available = infrastructure.computeAvailableGpuHoursPerMonth();
        Double growth = infrastructure.computeGrowthGpuHoursPerMonth();
        double needed = knownGpuHours(models);
        if (available == null || needed > available) {
            return grounds;
        }
        if (growth == null) {
            return grounds.unknownValue(tempo.path(infrastructure) + ".computeGrowthGpuHoursPerMonth");
        }
        double months = (available - needed) / growth;
        if (growth > 0 && months <= horizonMonths) {
            grounds.because(need(models) + " of " + Evidence.num(available) + " available (infrastructure.computeAvailableGpuHoursPerMonth)")
                    .because("the need grows " + Evidence.num(growth) + " GPU hours/month: the compute runs out in "
                            + (withUnknownGpuHours(models).isEmpty() ? "" : "at most ") + Evidence.num(months)
                            + " months (<= " + Evidence.num(horizonMonths) + ", the policy's computeHorizonMonths)");
        }
        return grounds;
    }

    /** The models' known need for evidence: {@code models need at least 700 GPU hours/month (ranker 700)}. */
    private static String need(Collection<?> models) {
        return "models need " + (withUnknownGpuHours(models).isEmpty() ? "" : "at least ") + Evidence.num(knownGpuHours(models))
                + " GPU hours/month (" + gpuHoursByModel(models) + ")";
    }

    /**
     * Whether the storage is running out (TEMPO-INFRASTRUCTURE-02): its use is above {@code maxRatio} of
     * its capacity, or it is full within {@code horizonMonths} (see {@link #monthsUntilFull}); false when
     * the capacity or the use is unknown.
     */
    public static boolean storageRunsShort(Double capacityTb, Double usedTb, Double growthTbPerMonth, double maxRatio,
            double horizonMonths) {
        if (capacityTb == null || usedTb == null) {
            return false;
        }
        Double months = monthsUntilFull(capacityTb, usedTb, growthTbPerMonth);
        return usedTb > capacityTb * maxRatio || months != null && months <= horizonMonths;
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
