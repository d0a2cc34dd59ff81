package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
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
@RecordBuilder
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

    public static DatasetBuilder builder(String name) {
        return DatasetBuilder.builder().name(name);
    }
}
