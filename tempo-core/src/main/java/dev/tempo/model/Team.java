package dev.tempo.model;

import java.util.List;
import java.util.Objects;

/**
 * The team (article section 3). Null scalars are unknown; no members means the members are unknown.
 *
 * @param members                  the declared members
 * @param concurrentProjects       how many projects the team carries at once
 * @param responsibilitiesDefined  whether responsibilities are defined
 * @param timeboxed                whether tasks and experiments have time limits
 * @param communicationCadenceDays how often the teams sync, or null when there is no defined cadence
 * @param parallelWorkstreams      whether experimentation and model development run in parallel
 */
public record Team(
        List<Member> members,
        Integer concurrentProjects,
        Boolean responsibilitiesDefined,
        Boolean timeboxed,
        Integer communicationCadenceDays,
        Boolean parallelWorkstreams) {

    /** A team of which nothing is known. */
    public static final Team UNKNOWN = builder().build();

    public Team {
        members = Checks.list(members, "members");
        Checks.nonNegative(concurrentProjects, "concurrentProjects");
        Checks.nonNegative(communicationCadenceDays, "communicationCadenceDays");
    }

    /** A builder for a team of which nothing is known yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this team's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.members.replace(members);
        builder.concurrentProjects = concurrentProjects;
        builder.responsibilitiesDefined = responsibilitiesDefined;
        builder.timeboxed = timeboxed;
        builder.communicationCadenceDays = communicationCadenceDays;
        builder.parallelWorkstreams = parallelWorkstreams;
        return builder;
    }

    /** Builds a {@link Team}. Not thread-safe. */
    public static final class Builder {
        private final Entries<Member> members = new Entries<>();
        private Integer concurrentProjects;
        private Boolean responsibilitiesDefined;
        private Boolean timeboxed;
        private Integer communicationCadenceDays;
        private Boolean parallelWorkstreams;

        private Builder() {}

        /** Replaces the members; null means none. */
        public Builder members(List<Member> members) {
            this.members.replace(members);
            return this;
        }

        /** Replaces the members. */
        public Builder members(Member... members) {
            this.members.replace(members);
            return this;
        }

        /** Adds a member. */
        public Builder addMember(Member member) {
            members.add(member);
            return this;
        }

        /** Adds a member, built when this builder is built, so that a field it rejects is named by its full path. */
        public Builder addMember(Member.Builder member) {
            Objects.requireNonNull(member, "member");
            members.addLater(member::build);
            return this;
        }

        /** Sets how many projects the team carries at once; null means unknown. */
        public Builder concurrentProjects(Integer concurrentProjects) {
            this.concurrentProjects = concurrentProjects;
            return this;
        }

        /** Sets whether responsibilities are defined; null means unknown. */
        public Builder responsibilitiesDefined(Boolean responsibilitiesDefined) {
            this.responsibilitiesDefined = responsibilitiesDefined;
            return this;
        }

        /** Sets whether tasks and experiments have time limits; null means unknown. */
        public Builder timeboxed(Boolean timeboxed) {
            this.timeboxed = timeboxed;
            return this;
        }

        /** Sets how often the teams sync, in days; null means there is no defined cadence. */
        public Builder communicationCadenceDays(Integer communicationCadenceDays) {
            this.communicationCadenceDays = communicationCadenceDays;
            return this;
        }

        /** Sets whether experimentation and model development run in parallel; null means unknown. */
        public Builder parallelWorkstreams(Boolean parallelWorkstreams) {
            this.parallelWorkstreams = parallelWorkstreams;
            return this;
        }

        /**
         * The team.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the team
         */
        public Team build() {
            return new Team(members.build("members"), concurrentProjects, responsibilitiesDefined, timeboxed,
                    communicationCadenceDays, parallelWorkstreams);
        }
    }
}
