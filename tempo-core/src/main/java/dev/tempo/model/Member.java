package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A team member.
 *
 * @param name             required
 * @param role             the member's role, or null when unknown
 * @param experienceYears  years of relevant experience, or null when unknown
 * @param teamName         the team the member belongs to, or null
 * @param responsibilities what the member is responsible for
 */
@RecordBuilder
public record Member(String name, Role role, Double experienceYears, String teamName, List<String> responsibilities) {
    public Member {
        Checks.required(name, "name");
        Checks.nonNegative(experienceYears, "experienceYears");
        responsibilities = Checks.list(responsibilities, "responsibilities");
    }

    /** A member with a role and years of experience. */
    public static Member of(String name, Role role, double experienceYears) {
        return new Member(name, role, experienceYears, null, List.of());
    }

    public static MemberBuilder builder(String name) {
        return MemberBuilder.builder().name(name);
    }
}
