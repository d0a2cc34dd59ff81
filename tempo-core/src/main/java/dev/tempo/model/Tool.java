package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;
import java.util.Map;

/**
 * One tool as used by one team: the same tool used by two teams is two entries.
 *
 * @param name             required; (name, teamName) is unique within the project
 * @param capability       the job it does, or null when unknown
 * @param version          the version in use, or null when unknown
 * @param teamName         the team using it, or null
 * @param proprietary      whether it is proprietary
 * @param exportable       whether data and artefacts can leave it in an open format
 * @param incompatibleWith names of other declared tools it does not work with
 * @param labels the organisation's own labels (see {@link Labelled}); empty when none
 */
@RecordBuilder
public record Tool(
        String name,
        Capability capability,
        String version,
        String teamName,
        Boolean proprietary,
        Boolean exportable,
        List<String> incompatibleWith,
        Map<String, String> labels) implements Labelled {

    public Tool {
        labels = Checks.labels(labels, "labels");
        Checks.required(name, "name");
        incompatibleWith = Checks.list(incompatibleWith, "incompatibleWith");
    }

    public static ToolBuilder builder(String name) {
        return ToolBuilder.builder().name(name);
    }
}
