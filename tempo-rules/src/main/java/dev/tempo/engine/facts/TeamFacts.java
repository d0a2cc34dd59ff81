package dev.tempo.engine.facts;

import dev.tempo.Median;
import dev.tempo.engine.Evidence;
import dev.tempo.model.Member;
import dev.tempo.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What the TEAM rules (team.drl) compute over the declared members: medians, teams, shared responsibilities. */
public final class TeamFacts {
    private TeamFacts() {}

    /**
     * The members, or null when none is declared: a team has members, so an empty list means they are
     * unknown (the rules report {@code team.members}).
     */
    public static List<Member> declared(List<Member> members) {
        return members.isEmpty() ? null : members;
    }

    /** The members whose role is unknown, in declared order. */
    public static List<Member> withUnknownRole(List<Member> members) {
        return members.stream().filter(m -> m.role() == null).toList();
    }

    /** The distinct known roles of the members, in declared order. */
    public static List<Role> roles(List<Member> members) {
        return members.stream().map(Member::role).filter(Objects::nonNull).distinct().toList();
    }

    /** The distinct known roles of the members for evidence, in declared order; {@code none known} when no role is known. */
    public static String rolesPresent(List<Member> members) {
        List<Role> roles = roles(members);
        return roles.isEmpty() ? "none known" : Evidence.list(roles);
    }

    /** The members whose experience is known, in declared order. */
    public static List<Member> withKnownExperience(List<Member> members) {
        return members.stream().filter(m -> m.experienceYears() != null).toList();
    }

    /**
     * The median of the members' known {@code experienceYears} (for an even count, the mean of the
     * two middle values), or null when no member's experience is known.
     */
    public static Double medianExperience(List<Member> members) {
        return Median.of(members.stream().map(Member::experienceYears).toList());
    }

    /** The members' known experience for evidence, in declared order: {@code ana 6, ben 1.5}. */
    public static String experience(List<Member> members) {
        return Evidence.list(withKnownExperience(members).stream()
                .map(m -> m.name() + " " + Evidence.num(m.experienceYears())).toList());
    }

    /** The names of the members whose experience is unknown, for evidence: {@code chloe, dev}. */
    public static String unknownExperience(List<Member> members) {
        return Evidence.list(members.stream().filter(m -> m.experienceYears() == null).map(Member::name).toList());
    }

    /** Whether the median known experience is under {@code minimum}; false when no experience is known. */
    public static boolean medianExperienceBelow(List<Member> members, double minimum) {
        Double median = medianExperience(members);
        return median != null && median < minimum;
    }

    /** The distinct non-null {@code teamName}s of the members, in declared order. */
    public static List<String> teamNames(List<Member> members) {
        return members.stream().map(Member::teamName).filter(Objects::nonNull).distinct().toList();
    }

    /**
     * The responsibilities listed by two or more members, each with those members' names, in order
     * of first mention. Responsibilities are compared ignoring case and surrounding blanks, and are
     * named as first written; a member listing one twice counts once.
     */
    public static Map<String, List<String>> sharedResponsibilities(List<Member> members) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, List<String>> holders = new LinkedHashMap<>();
        for (Member member : members) {
            Set<String> listed = new LinkedHashSet<>();
            for (String responsibility : member.responsibilities()) {
                if (responsibility == null || responsibility.isBlank()) {
                    continue;
                }
                String key = responsibility.strip().toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, responsibility.strip());
                listed.add(key);
            }
            listed.forEach(key -> holders.computeIfAbsent(key, k -> new ArrayList<>()).add(member.name()));
        }
        Map<String, List<String>> shared = new LinkedHashMap<>();
        holders.forEach((key, names) -> {
            if (names.size() >= 2) {
                shared.put(spelling.get(key), List.copyOf(names));
            }
        });
        return shared;
    }

    /** Whether two or more members list the same responsibility. */
    public static boolean hasSharedResponsibilities(List<Member> members) {
        return !sharedResponsibilities(members).isEmpty();
    }
}
