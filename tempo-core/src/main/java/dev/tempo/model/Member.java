package dev.tempo.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A team member.
 *
 * @param name             required
 * @param role             the member's role, or null when unknown
 * @param experienceYears  years of relevant experience, or null when unknown
 * @param teamName         the team the member belongs to, or null
 * @param responsibilities what the member is responsible for
 * @param labels           the organisation's own labels (see {@link Labelled}); empty when none
 */
public record Member(String name, Role role, Double experienceYears, String teamName, List<String> responsibilities,
        Map<String, String> labels) implements Labelled {
    public Member {
        Checks.required(name, "name");
        Checks.nonNegative(experienceYears, "experienceYears");
        responsibilities = Checks.list(responsibilities, "responsibilities");
        labels = Checks.labels(labels, "labels");
    }

    /** A member with a role and years of experience. */
    public static Member of(String name, Role role, double experienceYears) {
        return new Member(name, role, experienceYears, null, List.of(), null);
    }

    /** A builder for a member with the given name, everything else unknown. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this member's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.role = role;
        builder.experienceYears = experienceYears;
        builder.teamName = teamName;
        builder.responsibilities.replace(responsibilities);
        builder.labels.putAll(labels);
        return builder;
    }

    /** Builds a {@link Member}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private Role role;
        private Double experienceYears;
        private String teamName;
        private final Entries<String> responsibilities = new Entries<>();
        private final Map<String, String> labels = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the role; null means unknown. */
        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        /** Sets the years of relevant experience. */
        public Builder experienceYears(double experienceYears) {
            this.experienceYears = experienceYears;
            return this;
        }

        /** Sets the years of relevant experience; null means unknown. */
        public Builder experienceYears(Double experienceYears) {
            this.experienceYears = experienceYears;
            return this;
        }

        /** Sets the team the member belongs to; null means none is named. */
        public Builder teamName(String teamName) {
            this.teamName = teamName;
            return this;
        }

        /** Replaces the responsibilities; null means none. */
        public Builder responsibilities(List<String> responsibilities) {
            this.responsibilities.replace(responsibilities);
            return this;
        }

        /** Replaces the responsibilities. */
        public Builder responsibilities(String... responsibilities) {
            this.responsibilities.replace(responsibilities);
            return this;
        }

        /** Adds a responsibility. */
        public Builder addResponsibility(String responsibility) {
            responsibilities.add(responsibility);
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
         * The member.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the member
         */
        public Member build() {
            return new Member(name, role, experienceYears, teamName, responsibilities.build("responsibilities"), labels);
        }
    }
}
