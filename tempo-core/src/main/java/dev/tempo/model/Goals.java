package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
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

    public static GoalsBuilder builder() {
        return GoalsBuilder.builder();
    }
}
