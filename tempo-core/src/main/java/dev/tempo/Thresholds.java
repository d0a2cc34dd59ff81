package dev.tempo;

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

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return DEFAULTS.toBuilder();
    }

    /** A builder holding these thresholds. */
    public Builder toBuilder() {
        return new Builder(this);
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

    /** Builds {@link Thresholds}, starting from the ones it was made from. Not thread-safe. */
    public static final class Builder {
        private Integer smallTeamMaxMembers;
        private Integer smallTeamMaxConcurrentProjects;
        private Integer largeTeamMinMembers;
        private Double minMedianExperienceYears;
        private Integer maxStakeholderReviewDays;
        private Double storageUsedMaxRatio;
        private Double storageHorizonMonths;
        private Double maxToolsPerMember;
        private Integer maxDaysSinceToolAudit;
        private Double storageHighHorizonMonths;
        private Integer maxCommunicationCadenceDays;
        private Double computeHorizonMonths;
        private Integer maxDaysSinceValidation;
        private Integer deliveryWindowDays;
        private Double maxMedianLeadTimeDays;
        private Double maxMedianRetrainingLeadTimeDays;
        private Double maxChangeFailureRate;
        private Integer minChangesForRates;
        private Double maxMedianRestoreHours;
        private Integer maxDaysSinceModelChange;
        private Double maxChangeIntervalDays;

        private Builder(Thresholds thresholds) {
            smallTeamMaxMembers = thresholds.smallTeamMaxMembers;
            smallTeamMaxConcurrentProjects = thresholds.smallTeamMaxConcurrentProjects;
            largeTeamMinMembers = thresholds.largeTeamMinMembers;
            minMedianExperienceYears = thresholds.minMedianExperienceYears;
            maxStakeholderReviewDays = thresholds.maxStakeholderReviewDays;
            storageUsedMaxRatio = thresholds.storageUsedMaxRatio;
            storageHorizonMonths = thresholds.storageHorizonMonths;
            maxToolsPerMember = thresholds.maxToolsPerMember;
            maxDaysSinceToolAudit = thresholds.maxDaysSinceToolAudit;
            storageHighHorizonMonths = thresholds.storageHighHorizonMonths;
            maxCommunicationCadenceDays = thresholds.maxCommunicationCadenceDays;
            computeHorizonMonths = thresholds.computeHorizonMonths;
            maxDaysSinceValidation = thresholds.maxDaysSinceValidation;
            deliveryWindowDays = thresholds.deliveryWindowDays;
            maxMedianLeadTimeDays = thresholds.maxMedianLeadTimeDays;
            maxMedianRetrainingLeadTimeDays = thresholds.maxMedianRetrainingLeadTimeDays;
            maxChangeFailureRate = thresholds.maxChangeFailureRate;
            minChangesForRates = thresholds.minChangesForRates;
            maxMedianRestoreHours = thresholds.maxMedianRestoreHours;
            maxDaysSinceModelChange = thresholds.maxDaysSinceModelChange;
            maxChangeIntervalDays = thresholds.maxChangeIntervalDays;
        }

        /** Sets the threshold TEAM-06 reads: a team of at most this many members is small (3); null means the default. */
        public Builder smallTeamMaxMembers(Integer smallTeamMaxMembers) {
            this.smallTeamMaxMembers = smallTeamMaxMembers;
            return this;
        }

        /** Sets the threshold TEAM-06 reads: a small team may carry at most this many projects (2); null means the default. */
        public Builder smallTeamMaxConcurrentProjects(Integer smallTeamMaxConcurrentProjects) {
            this.smallTeamMaxConcurrentProjects = smallTeamMaxConcurrentProjects;
            return this;
        }

        /** Sets the threshold TEAM-08 reads: a team of at least this many members is large (8); null means the default. */
        public Builder largeTeamMinMembers(Integer largeTeamMinMembers) {
            this.largeTeamMinMembers = largeTeamMinMembers;
            return this;
        }

        /** Sets the threshold TEAM-05, MODEL-06 read: a median experience under this is inexperienced (2). */
        public Builder minMedianExperienceYears(double minMedianExperienceYears) {
            this.minMedianExperienceYears = minMedianExperienceYears;
            return this;
        }

        /** Sets the threshold TEAM-05, MODEL-06 read: a median experience under this is inexperienced (2); null means the default. */
        public Builder minMedianExperienceYears(Double minMedianExperienceYears) {
            this.minMedianExperienceYears = minMedianExperienceYears;
            return this;
        }

        /** Sets the threshold GOALS-08 reads: the longest acceptable interval between business reviews (30); null means the default. */
        public Builder maxStakeholderReviewDays(Integer maxStakeholderReviewDays) {
            this.maxStakeholderReviewDays = maxStakeholderReviewDays;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-02 reads: the highest acceptable used / capacity ratio (0.8). */
        public Builder storageUsedMaxRatio(double storageUsedMaxRatio) {
            this.storageUsedMaxRatio = storageUsedMaxRatio;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-02 reads: the highest acceptable used / capacity ratio (0.8); null means the default. */
        public Builder storageUsedMaxRatio(Double storageUsedMaxRatio) {
            this.storageUsedMaxRatio = storageUsedMaxRatio;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-02 reads: storage full within this many months is a finding (6). */
        public Builder storageHorizonMonths(double storageHorizonMonths) {
            this.storageHorizonMonths = storageHorizonMonths;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-02 reads: storage full within this many months is a finding (6); null means the default. */
        public Builder storageHorizonMonths(Double storageHorizonMonths) {
            this.storageHorizonMonths = storageHorizonMonths;
            return this;
        }

        /** Sets the threshold TOOLING-04 reads: the most distinct tools per member before it is sprawl (1.5). */
        public Builder maxToolsPerMember(double maxToolsPerMember) {
            this.maxToolsPerMember = maxToolsPerMember;
            return this;
        }

        /** Sets the threshold TOOLING-04 reads: the most distinct tools per member before it is sprawl (1.5); null means the default. */
        public Builder maxToolsPerMember(Double maxToolsPerMember) {
            this.maxToolsPerMember = maxToolsPerMember;
            return this;
        }

        /** Sets the threshold TOOLING-06 reads: the longest acceptable time since the last tool audit (365); null means the default. */
        public Builder maxDaysSinceToolAudit(Integer maxDaysSinceToolAudit) {
            this.maxDaysSinceToolAudit = maxDaysSinceToolAudit;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-02 reads: storage full within this many months is HIGH (3). */
        public Builder storageHighHorizonMonths(double storageHighHorizonMonths) {
            this.storageHighHorizonMonths = storageHighHorizonMonths;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-02 reads: storage full within this many months is HIGH (3); null means the default. */
        public Builder storageHighHorizonMonths(Double storageHighHorizonMonths) {
            this.storageHighHorizonMonths = storageHighHorizonMonths;
            return this;
        }

        /** Sets the threshold TEAM-07 reads: the longest acceptable interval between cross-team syncs (14); null means the default. */
        public Builder maxCommunicationCadenceDays(Integer maxCommunicationCadenceDays) {
            this.maxCommunicationCadenceDays = maxCommunicationCadenceDays;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-01 reads: training compute outgrown within this many months is a finding (6). */
        public Builder computeHorizonMonths(double computeHorizonMonths) {
            this.computeHorizonMonths = computeHorizonMonths;
            return this;
        }

        /** Sets the threshold INFRASTRUCTURE-01 reads: training compute outgrown within this many months is a finding (6); null means the default. */
        public Builder computeHorizonMonths(Double computeHorizonMonths) {
            this.computeHorizonMonths = computeHorizonMonths;
            return this;
        }

        /** Sets the threshold REGULATION-09 reads: the longest acceptable time since a production model's last validation (365); null means the default. */
        public Builder maxDaysSinceValidation(Integer maxDaysSinceValidation) {
            this.maxDaysSinceValidation = maxDaysSinceValidation;
            return this;
        }

        /** Sets the threshold DELIVERY reads: the days of history up to the assessment date that are measured (180); null means the default. */
        public Builder deliveryWindowDays(Integer deliveryWindowDays) {
            this.deliveryWindowDays = deliveryWindowDays;
            return this;
        }

        /** Sets the threshold DELIVERY-01 reads: the longest acceptable median lead time of DEPLOYMENT changes (30; HIGH above twice). */
        public Builder maxMedianLeadTimeDays(double maxMedianLeadTimeDays) {
            this.maxMedianLeadTimeDays = maxMedianLeadTimeDays;
            return this;
        }

        /** Sets the threshold DELIVERY-01 reads: the longest acceptable median lead time of DEPLOYMENT changes (30; HIGH above twice); null means the default. */
        public Builder maxMedianLeadTimeDays(Double maxMedianLeadTimeDays) {
            this.maxMedianLeadTimeDays = maxMedianLeadTimeDays;
            return this;
        }

        /** Sets the threshold DELIVERY-01 reads: the longest acceptable median lead time of RETRAINING changes (7; HIGH above twice). */
        public Builder maxMedianRetrainingLeadTimeDays(double maxMedianRetrainingLeadTimeDays) {
            this.maxMedianRetrainingLeadTimeDays = maxMedianRetrainingLeadTimeDays;
            return this;
        }

        /** Sets the threshold DELIVERY-01 reads: the longest acceptable median lead time of RETRAINING changes (7; HIGH above twice); null means the default. */
        public Builder maxMedianRetrainingLeadTimeDays(Double maxMedianRetrainingLeadTimeDays) {
            this.maxMedianRetrainingLeadTimeDays = maxMedianRetrainingLeadTimeDays;
            return this;
        }

        /** Sets the threshold DELIVERY-02 reads: the highest acceptable share of failed changes (0.15; HIGH above twice). */
        public Builder maxChangeFailureRate(double maxChangeFailureRate) {
            this.maxChangeFailureRate = maxChangeFailureRate;
            return this;
        }

        /** Sets the threshold DELIVERY-02 reads: the highest acceptable share of failed changes (0.15; HIGH above twice); null means the default. */
        public Builder maxChangeFailureRate(Double maxChangeFailureRate) {
            this.maxChangeFailureRate = maxChangeFailureRate;
            return this;
        }

        /** Sets the threshold DELIVERY-02 reads: fewer changes with a known outcome are not enough to judge a rate (4); null means the default. */
        public Builder minChangesForRates(Integer minChangesForRates) {
            this.minChangesForRates = minChangesForRates;
            return this;
        }

        /** Sets the threshold DELIVERY-03 reads: the longest acceptable median time to restore (24; HIGH above 7 times). */
        public Builder maxMedianRestoreHours(double maxMedianRestoreHours) {
            this.maxMedianRestoreHours = maxMedianRestoreHours;
            return this;
        }

        /** Sets the threshold DELIVERY-03 reads: the longest acceptable median time to restore (24; HIGH above 7 times); null means the default. */
        public Builder maxMedianRestoreHours(Double maxMedianRestoreHours) {
            this.maxMedianRestoreHours = maxMedianRestoreHours;
            return this;
        }

        /** Sets the threshold DELIVERY-04 reads: the longest a production model may go without a change (180); null means the default. */
        public Builder maxDaysSinceModelChange(Integer maxDaysSinceModelChange) {
            this.maxDaysSinceModelChange = maxDaysSinceModelChange;
            return this;
        }

        /** Sets the threshold DELIVERY-05 reads: the longest acceptable mean interval between changes (30). */
        public Builder maxChangeIntervalDays(double maxChangeIntervalDays) {
            this.maxChangeIntervalDays = maxChangeIntervalDays;
            return this;
        }

        /** Sets the threshold DELIVERY-05 reads: the longest acceptable mean interval between changes (30); null means the default. */
        public Builder maxChangeIntervalDays(Double maxChangeIntervalDays) {
            this.maxChangeIntervalDays = maxChangeIntervalDays;
            return this;
        }

        /**
         * The thresholds.
         *
         * @throws dev.tempo.model.InvalidFieldException naming the threshold when one is out of range
         */
        public Thresholds build() {
            return new Thresholds(smallTeamMaxMembers, smallTeamMaxConcurrentProjects, largeTeamMinMembers,
                    minMedianExperienceYears, maxStakeholderReviewDays, storageUsedMaxRatio, storageHorizonMonths,
                    maxToolsPerMember, maxDaysSinceToolAudit, storageHighHorizonMonths, maxCommunicationCadenceDays,
                    computeHorizonMonths, maxDaysSinceValidation, deliveryWindowDays, maxMedianLeadTimeDays,
                    maxMedianRetrainingLeadTimeDays, maxChangeFailureRate, minChangesForRates, maxMedianRestoreHours,
                    maxDaysSinceModelChange, maxChangeIntervalDays);
        }
    }
}
