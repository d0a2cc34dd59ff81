package dev.tempo.engine.facts;

import dev.tempo.model.Tool;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grouping for the TOOLING rules (article section 4b), kept out of the DRL so that it can be
 * unit-tested: distinct names, unordered pairs, and who uses which name or version. Every result
 * is sorted, so that evidence reads the same on every run.
 */
public final class ToolingFacts {
    private ToolingFacts() {}

    /** The distinct names of the tools, sorted. */
    public static SortedSet<String> distinctNames(Collection<?> tools) {
        return tools(tools).map(Tool::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The distinct known versions of the tools, sorted; unknown versions are left out. */
    public static SortedSet<String> distinctVersions(Collection<?> tools) {
        return tools(tools).map(Tool::version).filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether any of the tools has an unknown version. */
    public static boolean hasUnknownVersion(Collection<?> tools) {
        return tools(tools).anyMatch(t -> t.version() == null);
    }

    /**
     * The distinct tool names per declared member, or null when no member is declared (the team is
     * unknown, not empty).
     */
    public static Double perMember(Collection<?> tools, Collection<?> members) {
        return members.isEmpty() ? null : (double) distinctNames(tools).size() / members.size();
    }

    /** An unordered pair of tool names as a finding target, names sorted: {@code dvc + lakefs}. */
    public static String pair(String one, String other) {
        return one.compareTo(other) <= 0 ? one + " + " + other : other + " + " + one;
    }

    /** Each distinct name with its teams: {@code mlflow (teams recs, search), wandb (team ads)}. */
    public static String namesWithTeams(Collection<?> tools) {
        return withTeams(tools, Tool::name);
    }

    /** Each distinct known version with its teams: {@code 2.14 (team recs), 2.9 (teams ads, search)}. */
    public static String versionsWithTeams(Collection<?> tools) {
        return withTeams(tools.stream().filter(t -> ((Tool) t).version() != null).toList(), Tool::version);
    }

    /** The teams of the tools, sorted and joined; {@code no team} when none is named. */
    public static String teams(Collection<?> tools) {
        SortedSet<String> teams = tools(tools).map(Tool::teamName).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        if (teams.isEmpty()) {
            return "no team";
        }
        return (teams.size() == 1 ? "team " : "teams ") + String.join(", ", teams);
    }

    private static String withTeams(Collection<?> tools, Function<Tool, String> key) {
        Map<String, List<Tool>> byKey = tools(tools)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return byKey.entrySet().stream().map(e -> e.getKey() + " (" + teams(e.getValue()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static Stream<Tool> tools(Collection<?> facts) {
        return facts.stream().map(Tool.class::cast);
    }
}
