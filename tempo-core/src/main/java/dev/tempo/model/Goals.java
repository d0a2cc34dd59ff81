package dev.tempo.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Why the project exists and how its success is judged (article section 1). Null scalars are
 * unknown; absent lists are empty.
 *
 * @param why                   the business reason, or null when none is stated
 * @param outcome               what the data product does for the business, or null
 * @param framing               built around a product or around a model, or null when unknown
 * @param replaces              the current process being replaced ("none" if truly new), or null when unknown
 * @param endUsers              who uses the output
 * @param successMetrics        business measures of success
 * @param risks                 identified risks
 * @param deadline              the agreed date, or null when there is none
 * @param stakeholderReviewDays days between reviews with the business, or null when there is no regular review
 * @param scopeDefined          whether the scope is defined, or null when unknown
 */
public record Goals(
        String why,
        String outcome,
        Framing framing,
        String replaces,
        List<String> endUsers,
        List<SuccessMetric> successMetrics,
        List<String> risks,
        LocalDate deadline,
        Integer stakeholderReviewDays,
        Boolean scopeDefined) {

    /** Goals of which nothing is known. */
    public static final Goals UNKNOWN = builder().build();

    public Goals {
        endUsers = Checks.list(endUsers, "endUsers");
        successMetrics = Checks.list(successMetrics, "successMetrics");
        risks = Checks.list(risks, "risks");
        Checks.nonNegative(stakeholderReviewDays, "stakeholderReviewDays");
        Checks.date(deadline, "deadline");
    }

    /** A builder for goals of which nothing is known yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these goals' values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.why = why;
        builder.outcome = outcome;
        builder.framing = framing;
        builder.replaces = replaces;
        builder.endUsers.replace(endUsers);
        builder.successMetrics.replace(successMetrics);
        builder.risks.replace(risks);
        builder.deadline = deadline;
        builder.stakeholderReviewDays = stakeholderReviewDays;
        builder.scopeDefined = scopeDefined;
        return builder;
    }

    /** Builds a {@link Goals}. Not thread-safe. */
    public static final class Builder {
        private String why;
        private String outcome;
        private Framing framing;
        private String replaces;
        private final Entries<String> endUsers = new Entries<>();
        private final Entries<SuccessMetric> successMetrics = new Entries<>();
        private final Entries<String> risks = new Entries<>();
        private LocalDate deadline;
        private Integer stakeholderReviewDays;
        private Boolean scopeDefined;

        private Builder() {}

        /** Sets the business reason; null means none is stated. */
        public Builder why(String why) {
            this.why = why;
            return this;
        }

        /** Sets what the data product does for the business; null means none is stated. */
        public Builder outcome(String outcome) {
            this.outcome = outcome;
            return this;
        }

        /** Sets whether the project is built around a product or a model; null means unknown. */
        public Builder framing(Framing framing) {
            this.framing = framing;
            return this;
        }

        /** Sets the current process being replaced ("none" if truly new); null means unknown. */
        public Builder replaces(String replaces) {
            this.replaces = replaces;
            return this;
        }

        /** Replaces the end users; null means none. */
        public Builder endUsers(List<String> endUsers) {
            this.endUsers.replace(endUsers);
            return this;
        }

        /** Replaces the end users. */
        public Builder endUsers(String... endUsers) {
            this.endUsers.replace(endUsers);
            return this;
        }

        /** Adds an end user. */
        public Builder addEndUser(String endUser) {
            endUsers.add(endUser);
            return this;
        }

        /** Replaces the measures of success; null means none. */
        public Builder successMetrics(List<SuccessMetric> successMetrics) {
            this.successMetrics.replace(successMetrics);
            return this;
        }

        /** Replaces the measures of success. */
        public Builder successMetrics(SuccessMetric... successMetrics) {
            this.successMetrics.replace(successMetrics);
            return this;
        }

        /** Adds a measure of success. */
        public Builder addSuccessMetric(SuccessMetric successMetric) {
            successMetrics.add(successMetric);
            return this;
        }

        /** Replaces the identified risks; null means none. */
        public Builder risks(List<String> risks) {
            this.risks.replace(risks);
            return this;
        }

        /** Replaces the identified risks. */
        public Builder risks(String... risks) {
            this.risks.replace(risks);
            return this;
        }

        /** Adds an identified risk. */
        public Builder addRisk(String risk) {
            risks.add(risk);
            return this;
        }

        /** Sets the agreed date; null means there is none. */
        public Builder deadline(LocalDate deadline) {
            this.deadline = deadline;
            return this;
        }

        /** Sets the days between reviews with the business; null means there is no regular review. */
        public Builder stakeholderReviewDays(Integer stakeholderReviewDays) {
            this.stakeholderReviewDays = stakeholderReviewDays;
            return this;
        }

        /** Sets whether the scope is defined; null means unknown. */
        public Builder scopeDefined(Boolean scopeDefined) {
            this.scopeDefined = scopeDefined;
            return this;
        }

        /**
         * The goals.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the goals
         */
        public Goals build() {
            return new Goals(why, outcome, framing, replaces, endUsers.build("endUsers"),
                    successMetrics.build("successMetrics"), risks.build("risks"), deadline, stakeholderReviewDays,
                    scopeDefined);
        }
    }
}
