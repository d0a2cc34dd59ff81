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
 * @param maxCommunicationCadenceDays    TEAM-07: the longest acceptable interval between cross-team syncs (14)
 * @param computeHorizonMonths           INFRASTRUCTURE-01: training compute outgrown within this many months is a finding (6)
 * @param maxDaysSinceValidation         REGULATION-09: the longest acceptable time since a production model's last validation (365)
 * @param deliveryWindowDays             DELIVERY: the days of history up to the assessment date that are measured (180)
 * @param maxMedianLeadTimeDays          DELIVERY-01: the longest acceptable median lead time of DEPLOYMENT changes (30; HIGH above twice)
 * @param maxMedianRetrainingLeadTimeDays DELIVERY-01: the longest acceptable median lead time of RETRAINING changes (7; HIGH above twice)
 * @param maxChangeFailureRate           DELIVERY-02: the highest acceptable share of failed changes (0.15; HIGH above twice)
 * @param minChangesForRates             DELIVERY-02: fewer changes with a known outcome are not enough to judge a rate (4)
 * @param maxMedianRestoreHours          DELIVERY-03: the longest acceptable median time to restore (24; HIGH above 7 times)
 * @param maxDaysSinceModelChange        DELIVERY-04: the longest a production model may go without a change (180)
 * @param maxChangeIntervalDays          DELIVERY-05: the longest acceptable mean interval between changes (30)
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
        Double storageHighHorizonMonths,
        Integer maxCommunicationCadenceDays,
        Double computeHorizonMonths,
        Integer maxDaysSinceValidation,
        Integer deliveryWindowDays,
        Double maxMedianLeadTimeDays,
        Double maxMedianRetrainingLeadTimeDays,
        Double maxChangeFailureRate,
        Integer minChangesForRates,
        Double maxMedianRestoreHours,
        Integer maxDaysSinceModelChange,
        Double maxChangeIntervalDays) {

    /** The defaults of the heuristics catalogue. */
    public static final Thresholds DEFAULTS = new Thresholds(3, 2, 8, 2.0, 30, 0.8, 6.0, 1.5, 365, 3.0,
            14, 6.0, 365, 180, 30.0, 7.0, 0.15, 4, 24.0, 180, 30.0);

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
        maxCommunicationCadenceDays = atLeast(orDefault(maxCommunicationCadenceDays, 14), 1, "maxCommunicationCadenceDays");
        computeHorizonMonths = atLeast(orDefault(computeHorizonMonths, 6.0), 0, "computeHorizonMonths");
        maxDaysSinceValidation = atLeast(orDefault(maxDaysSinceValidation, 365), 0, "maxDaysSinceValidation");
        deliveryWindowDays = atLeast(orDefault(deliveryWindowDays, 180), 1, "deliveryWindowDays");
        maxMedianLeadTimeDays = atLeast(orDefault(maxMedianLeadTimeDays, 30.0), 0, "maxMedianLeadTimeDays");
        maxMedianRetrainingLeadTimeDays = atLeast(orDefault(maxMedianRetrainingLeadTimeDays, 7.0), 0, "maxMedianRetrainingLeadTimeDays");
        maxChangeFailureRate = atLeast(orDefault(maxChangeFailureRate, 0.15), 0, "maxChangeFailureRate");
        if (maxChangeFailureRate > 1) {
            throw new dev.tempo.model.InvalidFieldException("maxChangeFailureRate", "is " + maxChangeFailureRate + "; must be a rate from 0 to 1");
        }
        minChangesForRates = atLeast(orDefault(minChangesForRates, 4), 1, "minChangesForRates");
        maxMedianRestoreHours = atLeast(orDefault(maxMedianRestoreHours, 24.0), 0, "maxMedianRestoreHours");
        maxDaysSinceModelChange = atLeast(orDefault(maxDaysSinceModelChange, 180), 0, "maxDaysSinceModelChange");
        maxChangeIntervalDays = atLeast(orDefault(maxChangeIntervalDays, 30.0), 0, "maxChangeIntervalDays");
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
