package dev.tempo;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.Objects;

/**
 * The tunable numbers of the default rule pack, with the defaults of the heuristics catalogue.
 * A threshold left null keeps its default, so a policy states only what it changes.
 *
 * @param smallTeamMaxMembers            TEAM-06: a team of at most this many members is small (3)
 * @param smallTeamMaxConcurrentProjects TEAM-06: a small team may carry at most this many projects (2)
 * @param largeTeamMinMembers            TEAM-08: a team of at least this many members is large (8)
 * @param minMedianExperienceYears       TEAM-05, MODEL-06: a median experience under this is inexperienced (2)
 * @param maxStakeholderReviewDays       GOALS-08: the longest acceptable interval between business reviews (30)
 * @param storageUsedMaxRatio            INFRASTRUCTURE-02: the highest acceptable used / capacity ratio (0.8)
 * @param storageHorizonMonths           INFRASTRUCTURE-02: storage full within this many months is a finding (6)
 * @param maxToolsPerMember              TOOLING-04: the most distinct tools per member before it is sprawl (1.5)
 * @param maxDaysSinceToolAudit          TOOLING-06: the longest acceptable time since the last tool audit (365)
 * @param storageHighHorizonMonths       INFRASTRUCTURE-02: storage full within this many months is HIGH (3)
 */
@RecordBuilder
public record Thresholds(
        Integer smallTeamMaxMembers,
        Integer smallTeamMaxConcurrentProjects,
        Integer largeTeamMinMembers,
        Double minMedianExperienceYears,
        Integer maxStakeholderReviewDays,
        Double storageUsedMaxRatio,
        Double storageHorizonMonths,
        Double maxToolsPerMember,
        Integer maxDaysSinceToolAudit,
        Double storageHighHorizonMonths) {

    /** The defaults of the heuristics catalogue. */
    public static final Thresholds DEFAULTS = new Thresholds(3, 2, 8, 2.0, 30, 0.8, 6.0, 1.5, 365, 3.0);

    public Thresholds {
        smallTeamMaxMembers = atLeast(orDefault(smallTeamMaxMembers, 3), 0, "smallTeamMaxMembers");
        smallTeamMaxConcurrentProjects = atLeast(orDefault(smallTeamMaxConcurrentProjects, 2), 0, "smallTeamMaxConcurrentProjects");
        largeTeamMinMembers = atLeast(orDefault(largeTeamMinMembers, 8), 1, "largeTeamMinMembers");
        minMedianExperienceYears = atLeast(orDefault(minMedianExperienceYears, 2.0), 0, "minMedianExperienceYears");
        maxStakeholderReviewDays = atLeast(orDefault(maxStakeholderReviewDays, 30), 1, "maxStakeholderReviewDays");
        storageUsedMaxRatio = atLeast(orDefault(storageUsedMaxRatio, 0.8), 0, "storageUsedMaxRatio");
        storageHorizonMonths = atLeast(orDefault(storageHorizonMonths, 6.0), 0, "storageHorizonMonths");
        maxToolsPerMember = atLeast(orDefault(maxToolsPerMember, 1.5), 0, "maxToolsPerMember");
        maxDaysSinceToolAudit = atLeast(orDefault(maxDaysSinceToolAudit, 365), 0, "maxDaysSinceToolAudit");
        storageHighHorizonMonths = atLeast(orDefault(storageHighHorizonMonths, 3.0), 0, "storageHighHorizonMonths");
    }

    public static ThresholdsBuilder builder() {
        return ThresholdsBuilder.builder(DEFAULTS);
    }

    private static <T> T orDefault(T value, T defaultValue) {
        return Objects.requireNonNullElse(value, defaultValue);
    }

    private static <T extends Number> T atLeast(T value, int minimum, String name) {
        double v = value.doubleValue();
        if (Double.isNaN(v) || Double.isInfinite(v) || v < minimum) {
            throw new dev.tempo.model.InvalidFieldException(name, "is " + value + "; must be a finite number, " + minimum + " or more");
        }
        return value;
    }
}
