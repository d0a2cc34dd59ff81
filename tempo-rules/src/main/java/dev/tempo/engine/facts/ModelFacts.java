package dev.tempo.engine.facts;

import dev.tempo.Finding;
import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Evidence;
import dev.tempo.engine.Grounds;
import dev.tempo.model.Goals;
import dev.tempo.model.Member;
import dev.tempo.model.Model;
import dev.tempo.model.Team;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Calculations the MODEL rules (article section 5) call from {@code model.drl}, and their conditions that
 * look at several facts at once, each returning its {@link Grounds} for the rule to bind in its {@code when}
 * part; {@code tempo} gives the descriptor paths of the facts.
 */
public final class ModelFacts {
    private ModelFacts() {}

    /**
     * The day a model's experiment timebox ends: its {@code experimentStartedOn} (or, when absent, the
     * project's {@code startedOn}) plus {@code experimentTimeboxDays}; null when the timebox or both
     * start dates are unknown.
     */
    public static LocalDate timeboxEnd(Model model, LocalDate projectStartedOn) {
        LocalDate start = model.experimentStartedOn() != null ? model.experimentStartedOn() : projectStartedOn;
        return start == null || model.experimentTimeboxDays() == null ? null : start.plusDays(model.experimentTimeboxDays());
    }

    /**
     * TEMPO-MODEL-06's condition, that the team is less experienced than a very complex model needs: it
     * holds when the median of the members' known {@code experienceYears} is under the minimum, with a
     * line naming the median. It may hold when the median is unknown: with no member, {@code team.members}
     * is an unknown value; with no member's experience known, each member's {@code experienceYears} is one
     * (no mode decides on an unknown number). Otherwise the grounds are empty.
     *
     * @param minMedianExperienceYears the policy's threshold
     */
    public static Grounds inexperience(AssessmentScope tempo, Team team, double minMedianExperienceYears) {
        Grounds grounds = new Grounds();
        List<Member> members = team.members();
        Double median = TeamFacts.medianExperience(members);
        if (members.isEmpty()) {
            grounds.unknownValue(tempo.path(team) + ".members");
        } else if (median == null) {
            members.forEach(member -> grounds.unknownValue(tempo.path(member) + ".experienceYears"));
        } else if (median < minMedianExperienceYears) {
            grounds.because("median experience " + Evidence.num(median) + " years over " + TeamFacts.withKnownExperience(members).size()
                    + " members with known experience (< " + Evidence.num(minMedianExperienceYears)
                    + ", the policy's minMedianExperienceYears)");
        }
        return grounds;
    }

    /**
     * TEMPO-MODEL-07's condition, that the business goal is unclear: it holds when TEMPO-GOALS-01 (no
     * why) or TEMPO-GOALS-05 (framed around a model) has raised a finding, with a line for each such rule
     * ({@link #holding}). When neither has and {@code goals.framing} is unknown it may hold, with
     * {@code framing} an unknown value: strict mode already counted the framing as MODEL in
     * TEMPO-GOALS-05, so no mode decides it here. Otherwise the grounds are empty.
     *
     * @param findings the {@link Finding}s of TEMPO-GOALS-01 and TEMPO-GOALS-05 (as a DRL {@code collect} gives them)
     */
    public static Grounds goalUnclear(AssessmentScope tempo, Goals goals, Collection<?> findings) {
        Grounds grounds = new Grounds();
        holding(findings).forEach(grounds::because);
        if (findings.isEmpty() && goals.framing() == null) {
            grounds.unknownValue(tempo.path(goals) + ".framing");
        }
        return grounds;
    }

    /**
     * One evidence line per finding, in rule-id order: {@code TEMPO-GOALS-01 holds: No business
     * objective (the why) is stated}. The list holds {@link Finding}s (as a DRL {@code collect} gives them).
     */
    public static List<String> holding(Collection<?> findings) {
        return findings.stream().map(Finding.class::cast)
                .sorted(Comparator.comparing(Finding::ruleId))
                .map(f -> f.ruleId() + " holds: " + f.title())
                .distinct()
                .toList();
    }
}
