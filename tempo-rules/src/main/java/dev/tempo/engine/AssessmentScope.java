package dev.tempo.engine;

import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import java.time.LocalDate;
import dev.tempo.model.Waiver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import dev.tempo.engine.internal.FieldPathOrder;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule sees of the assessment it runs in, and the way it reports: the DRL global
 * {@code tempo}.
 *
 * <p>A rule's consequence raises a finding with {@code tempo.verdict(kcontext, target)...raise()}
 * (see {@link Verdict}), which names each fact the rule needs and treats unknown ones as the
 * heuristics say; it is made of the calls below, which packs written before call directly:
 * {@code tempo.raise(kcontext, target, evidence...)} raises a finding. The rule's metadata supplies
 * the id, factor, severity, title, recommendation and source; the policy's severity override, if
 * any, replaces the severity. Raising the same rule on the same
 * target twice gives one finding whose evidence holds both calls' lines. Each finding is also
 * inserted into working memory, so that cross-factor rules (with a lower salience) can match
 * {@link Finding} facts; those are raised before disabling and waivers apply. A rule reads their
 * rule id, factor, severity and target; their evidence holds the lines raised so far (the report's
 * finding holds every line).
 *
 * <p>Where a fact a rule needs is absent, the rule calls {@link #undecided} (an unknown flag or
 * enum: listed under unknowns, or a finding in strict mode) or {@link #unknown} (any other unknown
 * value: always listed under unknowns).
 *
 * <p>One scope serves one assessment on one thread.
 */
public final class AssessmentScope {
    private static final Comparator<Finding> BY_RULE_AND_TARGET = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::target, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Policy policy;
    private final LocalDate asOf;
    private final Map<String, RuleInfo> rules;
    private final IdentityHashMap<Object, String> paths;
    private final List<Waiver> waivers;
    private final Map<List<String>, Raised> findings = new LinkedHashMap<>();
    private final Map<String, Set<String>> unknowns = new TreeMap<>(FieldPathOrder.INSTANCE);

    AssessmentScope(Policy policy, LocalDate asOf, Map<String, RuleInfo> rules, IdentityHashMap<Object, String> paths,
            List<Waiver> waivers) {
        this.policy = policy;
        this.asOf = asOf;
        this.rules = rules;
        this.paths = paths;
        this.waivers = waivers;
    }

    /**
     * Starts the decision of the rule whose consequence runs, on a target: the way a rule raises its
     * finding (see {@link Verdict}).
     *
     * @param rule   the consequence's {@code kcontext}
     * @param target the name of the dataset, model, tool, member, role or jurisdiction; null when project-wide
     */
    public Verdict verdict(RuleContext rule, String target) {
        return new Verdict(this, rule, target);
    }

    /**
     * Raises the rule's finding on a target with its declared severity (or the policy's override).
     *
     * @param rule     the consequence's {@code kcontext}
     * @param target   the name of the dataset, model, tool, member, role or jurisdiction; null when project-wide
     * @param evidence the facts and thresholds that made the rule fire, one line each
     */
    public void raise(RuleContext rule, String target, String... evidence) {
        RuleInfo info = info(rule);
        add(rule, info, info.defaultSeverity(), target, List.of(evidence));
    }

    /**
     * Raises the rule's finding with a severity other than its declared default (for rules whose
     * severity depends on the case, such as a missing engineer); a policy override still wins.
     */
    public void raiseAt(RuleContext rule, Severity severity, String target, String... evidence) {
        add(rule, info(rule), Objects.requireNonNull(severity, "severity"), target, List.of(evidence));
    }

    /**
     * The rule cannot decide because a flag or enum is unknown: the field is listed under unknowns,
     * or, in strict mode ({@code unknownAsFinding}), the unknown counts as its worst value and the
     * finding is raised with the evidence plus a line saying so.
     *
     * @param field the absent field's path, e.g. {@code path($d) + ".qualityChecks"}
     */
    public void undecided(RuleContext rule, String target, String field, String... evidence) {
        undecidedAt(rule, info(rule).defaultSeverity(), target, field, evidence);
    }

    /** {@link #undecided}, for a rule whose strict-mode finding has a severity other than its default. */
    public void undecidedAt(RuleContext rule, Severity severity, String target, String field, String... evidence) {
        if (policy.unknownAsFinding()) {
            List<String> lines = new ArrayList<>(List.of(evidence));
            lines.add(field + " is unknown; strict mode (unknownAsFinding) counts it as its worst value");
            add(rule, info(rule), Objects.requireNonNull(severity, "severity"), target, lines);
        } else {
            unknown(rule, field);
        }
    }

    /** Lists an absent field that kept the rule from deciding, whatever the mode. */
    public void unknown(RuleContext rule, String field) {
        unknowns.computeIfAbsent(field, f -> new TreeSet<>()).add(info(rule).id());
    }

    /** The descriptor path of a fact: {@code datasets[0]}, {@code team.members[2]}, {@code goals}. */
    public String path(Object fact) {
        String path = paths.get(fact);
        if (path == null) {
            throw new IllegalArgumentException("not a fact of this project: " + fact);
        }
        return path;
    }

    /** The assessment date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The policy in force. */
    public Policy policy() {
        return policy;
    }

    /** The policy's thresholds. */
    public Thresholds thresholds() {
        return policy.thresholds();
    }

    /**
     * The waiver that hides a finding on the assessment date: the first valid waiver of the
     * finding's rule whose target is absent or the finding's target.
     */
    public Optional<Waiver> waiverFor(Finding finding) {
        return waivers.stream()
                .filter(w -> w.rule().equals(finding.ruleId()) && w.isValidOn(asOf)
                        && (w.target() == null || w.target().equals(finding.target())))
                .findFirst();
    }

    /**
     * Names findings for the evidence of a rule that explains them, sorted by rule id then target
     * (project-wide first), marking those the report will not show as active:
     * {@code TEMPO-DATA-01 (HIGH), TEMPO-DATA-02 on orders (HIGH, waived)}.
     *
     * @param findings {@link Finding} facts, as a DRL {@code collect} gives them
     */
    public String describe(Collection<?> findings) {
        return Evidence.list(findings.stream().map(Finding.class::cast).sorted(BY_RULE_AND_TARGET).map(f -> {
            String status = !policy.isEnabled(f.ruleId()) ? ", disabled" : waiverFor(f).isPresent() ? ", waived" : "";
            return f.ruleId() + (f.target() == null ? "" : " on " + f.target()) + " (" + f.severity() + status + ")";
        }).distinct().toList());
    }

    /** The findings raised, before disabling and waivers, in raising order, each with all its evidence. */
    List<Finding> findings() {
        return findings.values().stream().map(Raised::finding).toList();
    }

    /** The unknown fields, each with the ids of the rules that could not decide. */
    Map<String, Set<String>> unknowns() {
        return unknowns;
    }

    /** The severity of a case the rule declares in {@code @severities}. */
    Severity severityCase(RuleContext rule, String name) {
        RuleInfo info = info(rule);
        Severity severity = info.severities().get(name);
        if (severity == null) {
            throw new IllegalStateException("rule \"" + rule.getRule().getName() + "\" raises its finding as the case \"" + name
                    + "\", which it does not declare: " + (info.severities().isEmpty() ? "it has no @severities"
                    : "its @severities are " + String.join(", ", info.severities().keySet())));
        }
        return severity;
    }

    /** The descriptor path of a fact, or null when it is not one of the descriptor's facts. */
    String pathOrNull(Object fact) {
        return paths.get(fact);
    }

    RuleInfo info(RuleContext rule) {
        String name = rule.getRule().getName();
        Object id = rule.getRule().getMetaData().get("id");
        RuleInfo info = rules.get(id == null ? name : id.toString());
        if (info == null) {
            throw new IllegalStateException("rule \"" + name + "\" is not in the rule catalogue");
        }
        return info;
    }

    /**
     * A finding being raised: the fact in working memory (updated when its severity rises) and the
     * evidence of every raise, joined only at the end, so that a rule raising one project-wide finding
     * once per dataset costs time in proportion to the datasets, not their square.
     */
    private static final class Raised {
        Finding fact;
        final FactHandle handle;
        final Set<String> evidence;

        Raised(Finding fact, FactHandle handle) {
            this.fact = fact;
            this.handle = handle;
            this.evidence = new LinkedHashSet<>(fact.evidence());
        }

        Finding finding() {
            return new Finding(fact.ruleId(), fact.factor(), fact.severity(), fact.title(), fact.target(), List.copyOf(evidence),
                    fact.recommendation(), fact.source());
        }
    }

    private void add(RuleContext rule, RuleInfo info, Severity severity, String target, List<String> evidence) {
        List<String> key = Arrays.asList(info.id(), target);
        Severity effective = policy.severityOf(info.id(), severity);
        Raised raised = findings.get(key);
        if (raised == null) {
            Finding finding = new Finding(info.id(), info.factor(), effective, info.title(), target, evidence,
                    info.recommendation(), info.source());
            findings.put(key, new Raised(finding, rule.getKieRuntime().insert(finding)));
            return;
        }
        raised.evidence.addAll(evidence);
        if (!raised.fact.severity().isAtLeast(effective)) {
            Finding old = raised.fact;
            raised.fact = new Finding(old.ruleId(), old.factor(), effective, old.title(), target, List.copyOf(raised.evidence),
                    old.recommendation(), old.source());
            rule.getKieRuntime().update(raised.handle, raised.fact);
        }
    }
}
