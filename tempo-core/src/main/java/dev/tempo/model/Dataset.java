package dev.tempo.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dataset the project needs. Every field but {@code name} may be null, meaning unknown.
 *
 * @param name                required, unique within the project
 * @param owner               who answers for the data, or null when nobody does
 * @param usedForTraining     whether models are trained on it
 * @param availability        whether the project can use it
 * @param pipeline            how it reaches the project
 * @param qualityChecks       whether automated validation runs on it
 * @param versioned           whether it is versioned
 * @param records             how many records it has
 * @param recordsNeeded       how many records the project says it needs
 * @param lastRefreshed       when it was last refreshed
 * @param maxAgeDays          its required freshness, in days
 * @param personalData        whether it holds personal data
 * @param specialCategoryData whether it holds special-category data (health, ethnicity, religion, ...)
 * @param subjectsIn          the jurisdiction code of the data subjects
 * @param storedIn            the jurisdiction code of the region where it is stored or processed
 * @param labels the organisation's own labels (see {@link Labelled}); empty when none
 */
public record Dataset(
        String name,
        String owner,
        Boolean usedForTraining,
        Availability availability,
        Pipeline pipeline,
        Boolean qualityChecks,
        Boolean versioned,
        Long records,
        Long recordsNeeded,
        LocalDate lastRefreshed,
        Integer maxAgeDays,
        Boolean personalData,
        Boolean specialCategoryData,
        String subjectsIn,
        String storedIn,
        Map<String, String> labels) implements Labelled {

    public Dataset {
        labels = Checks.labels(labels, "labels");
        Checks.date(lastRefreshed, "lastRefreshed");
        Checks.required(name, "name");
        Checks.nonNegative(records, "records");
        Checks.nonNegative(recordsNeeded, "recordsNeeded");
        Checks.nonNegative(maxAgeDays, "maxAgeDays");
    }

    /** A builder for a dataset with the given name, everything else unknown. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this dataset's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(name);
        builder.owner = owner;
        builder.usedForTraining = usedForTraining;
        builder.availability = availability;
        builder.pipeline = pipeline;
        builder.qualityChecks = qualityChecks;
        builder.versioned = versioned;
        builder.records = records;
        builder.recordsNeeded = recordsNeeded;
        builder.lastRefreshed = lastRefreshed;
        builder.maxAgeDays = maxAgeDays;
        builder.personalData = personalData;
        builder.specialCategoryData = specialCategoryData;
        builder.subjectsIn = subjectsIn;
        builder.storedIn = storedIn;
        builder.labels.putAll(labels);
        return builder;
    }

    /** Builds a {@link Dataset}. Not thread-safe. */
    public static final class Builder {
        private String name;
        private String owner;
        private Boolean usedForTraining;
        private Availability availability;
        private Pipeline pipeline;
        private Boolean qualityChecks;
        private Boolean versioned;
        private Long records;
        private Long recordsNeeded;
        private LocalDate lastRefreshed;
        private Integer maxAgeDays;
        private Boolean personalData;
        private Boolean specialCategoryData;
        private String subjectsIn;
        private String storedIn;
        private final Map<String, String> labels = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the name (required, unique within the project). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets who answers for the data; null means nobody does. */
        public Builder owner(String owner) {
            this.owner = owner;
            return this;
        }

        /** Sets whether models are trained on it; null means unknown. */
        public Builder usedForTraining(Boolean usedForTraining) {
            this.usedForTraining = usedForTraining;
            return this;
        }

        /** Sets whether the project can use it; null means unknown. */
        public Builder availability(Availability availability) {
            this.availability = availability;
            return this;
        }

        /** Sets how it reaches the project; null means unknown. */
        public Builder pipeline(Pipeline pipeline) {
            this.pipeline = pipeline;
            return this;
        }

        /** Sets whether automated validation runs on it; null means unknown. */
        public Builder qualityChecks(Boolean qualityChecks) {
            this.qualityChecks = qualityChecks;
            return this;
        }

        /** Sets whether it is versioned; null means unknown. */
        public Builder versioned(Boolean versioned) {
            this.versioned = versioned;
            return this;
        }

        /** Sets how many records it has. */
        public Builder records(long records) {
            this.records = records;
            return this;
        }

        /** Sets how many records it has; null means unknown. */
        public Builder records(Long records) {
            this.records = records;
            return this;
        }

        /** Sets how many records the project says it needs. */
        public Builder recordsNeeded(long recordsNeeded) {
            this.recordsNeeded = recordsNeeded;
            return this;
        }

        /** Sets how many records the project says it needs; null means unknown. */
        public Builder recordsNeeded(Long recordsNeeded) {
            this.recordsNeeded = recordsNeeded;
            return this;
        }

        /** Sets when it was last refreshed; null means unknown. */
        public Builder lastRefreshed(LocalDate lastRefreshed) {
            this.lastRefreshed = lastRefreshed;
            return this;
        }

        /** Sets its required freshness, in days; null means unknown. */
        public Builder maxAgeDays(Integer maxAgeDays) {
            this.maxAgeDays = maxAgeDays;
            return this;
        }

        /** Sets whether it holds personal data; null means unknown. */
        public Builder personalData(Boolean personalData) {
            this.personalData = personalData;
            return this;
        }

        /** Sets whether it holds special-category data (health, ethnicity, religion, ...); null means unknown. */
        public Builder specialCategoryData(Boolean specialCategoryData) {
            this.specialCategoryData = specialCategoryData;
            return this;
        }

        /** Sets the jurisdiction code of the data subjects; null means unknown. */
        public Builder subjectsIn(String subjectsIn) {
            this.subjectsIn = subjectsIn;
            return this;
        }

        /** Sets the jurisdiction code of the region where it is stored or processed; null means unknown. */
        public Builder storedIn(String storedIn) {
            this.storedIn = storedIn;
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
         * The dataset.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its path from the dataset
         */
        public Dataset build() {
            return new Dataset(name, owner, usedForTraining, availability, pipeline, qualityChecks, versioned, records,
                    recordsNeeded, lastRefreshed, maxAgeDays, personalData, specialCategoryData, subjectsIn, storedIn,
                    labels);
        }
    }
}
