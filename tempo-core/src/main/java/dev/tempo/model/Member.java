package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
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
@RecordBuilder
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

    public static MemberBuilder builder(String name) {
        return MemberBuilder.builder().name(name);
    }
}
