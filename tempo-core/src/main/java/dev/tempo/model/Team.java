package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

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
@RecordBuilder
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

    public static TeamBuilder builder() {
        return TeamBuilder.builder();
    }
}
