package dev.tempo.engine;

import dev.tempo.Assessment;
import dev.tempo.DeliveryMetrics;
import dev.tempo.Factor;
import dev.tempo.Finding;
import dev.tempo.Policy;
import dev.tempo.RuleFailedException;
import dev.tempo.RuleInfo;
import dev.tempo.Scores;
import dev.tempo.Tempo;
import dev.tempo.Unknown;
import dev.tempo.WaivedFinding;
import dev.tempo.engine.internal.DrlFile;
import dev.tempo.engine.internal.RuleBase;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import dev.tempo.model.Project;
import dev.tempo.model.Waiver;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.runtime.KieSession;

/**
 * The Drools-backed {@link Tempo}: the entry point of tempo.
 *
 * <pre>{@code
 * Tempo tempo = TempoEngine.create();                 // once: compiles the rule base
 * Assessment a = tempo.assess(project, LocalDate.of(2026, 11, 27));
 * a.assertNoFindingAtOrAbove(Severity.HIGH);          // a gate, in any test framework
 * }</pre>
 *
 * <p>Building an engine compiles its rules, which takes seconds; build one and share it. An engine
 * is immutable and thread-safe: every assessment runs in its own short-lived session.
 */
public final class TempoEngine implements Tempo {
    /** Rule firings one assessment may take before it is stopped as a runaway. */
    public static final int MAX_FIRINGS = 100_000;

    /** How long one assessment may run by default before it fails: 10 seconds. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /** The packages of the facts tempo inserts itself, which a caller's facts may not imitate. */
    private static final Set<String> TEMPOS_OWN_FACTS = Set.of("dev.tempo", "dev.tempo.model", "dev.tempo.engine");

    private final RuleBase ruleBase;
    private final Policy policy;
    private final Duration timeLimit;

    private TempoEngine(RuleBase ruleBase, Policy policy, Duration timeLimit) {
        this.ruleBase = ruleBase;
        this.policy = checked(policy, ruleBase);
        this.timeLimit = timeLimit;
    }

    /**
     * An engine with the default rule pack and the default policy.
     *
     * @throws InvalidInputException never for the default pack; see {@link Builder#build()}
     */
    public static Tempo create() {
        return builder().build();
    }

    /** An engine on a given rule base: for tests that compare rule bases built two ways. */
    static Tempo of(RuleBase ruleBase, Policy policy) {
        return new TempoEngine(ruleBase, policy, DEFAULT_TIME_LIMIT);
    }

    /** A builder, starting from the default rule pack and the default policy. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Assessment assess(Project project, LocalDate asOf, Collection<?> callersFacts) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.getYear() < 1900 || asOf.getYear() > 9999) {
            throw new IllegalArgumentException("asOf is " + asOf + "; must be a date from 1900-01-01 to 9999-12-31");
        }
        List<Object> extra = checkedFacts(callersFacts);
        check(project);
        DeliveryMetrics delivery = DeliveryMetrics.measure(project, asOf, policy.thresholds());
        ProjectFacts facts = ProjectFacts.of(project, policy, asOf, delivery);
        AssessmentScope scope = new AssessmentScope(policy, asOf, ruleBase.rules(), facts.paths(), project.waivers());
        KieSession session = ruleBase.kieBase().newKieSession();
        session.setGlobal("tempo", scope);
        new SessionRun(session, project.id(), facts, extra).run(timeLimit, ruleBase == DefaultPack.ruleBase());
        return assemble(project, asOf, scope, delivery);
    }

    private Assessment assemble(Project project, LocalDate asOf, AssessmentScope scope, DeliveryMetrics delivery) {
        List<Finding> active = new ArrayList<>();
        List<WaivedFinding> waived = new ArrayList<>();
        for (Finding finding : scope.findings()) {
            if (!policy.isEnabled(finding.ruleId())) {
                continue;
            }
            scope.waiverFor(finding).ifPresentOrElse(w -> waived.add(new WaivedFinding(finding, w)), () -> active.add(finding));
        }
        active.sort(Finding.REPORT_ORDER);
        waived.sort((a, b) -> Finding.REPORT_ORDER.compare(a.finding(), b.finding()));
        List<Waiver> expired = project.waivers().stream().filter(w -> !w.isValidOn(asOf)).toList();
        List<Unknown> unknowns = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : scope.unknowns().entrySet()) {
            List<String> rules = entry.getValue().stream().filter(policy::isEnabled).toList();
            if (!rules.isEmpty()) {
                unknowns.add(new Unknown(entry.getKey(), rules));
            }
        }
        Set<Factor> scored = new TreeSet<>(ruleBase.factors());
        if (delivery == null) {
            scored.remove(Factor.DELIVERY); // nothing measured: not scored, never 100
        }
        List<Finding> counted = active.stream()
                .filter(f -> scored.contains(f.factor()) && !ruleBase.rules().get(f.ruleId()).explanation())
                .toList();
        Scores scores = Scores.of(counted, scored, policy.scoring());
        return new Assessment(project.id(), asOf, active, waived, expired, unknowns, scores, delivery, project.project().labels());
    }

    private static List<Object> checkedFacts(Collection<?> facts) {
        Objects.requireNonNull(facts, "facts");
        List<Object> checked = new ArrayList<>(facts.size());
        int i = 0;
        for (Object fact : facts) {
            if (fact == null) {
                throw new IllegalArgumentException("facts[" + i + "] is null; pass only the objects your rules match");
            }
            String type = fact.getClass().getName();
            if (TEMPOS_OWN_FACTS.contains(fact.getClass().getPackageName())) {
                throw new IllegalArgumentException("facts[" + i + "] is a " + type + ", one of tempo's own types, which rules would take"
                        + " for the project's own facts or findings; pass your own objects, and describe the project in the Project");
            }
            checked.add(fact);
            i++;
        }
        return checked;
    }

    @Override
    public void check(Project project) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < project.waivers().size(); i++) {
            String rule = project.waivers().get(i).rule();
            if (!ruleBase.rules().containsKey(rule)) {
                problems.add(new Problem(null, "waivers[" + i + "].rule", 0, 0,
                        "is \"" + rule + "\", which is not a loaded rule; Tempo.rules() lists the loaded rules"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Policy checked(Policy policy, RuleBase ruleBase) {
        Objects.requireNonNull(policy, "policy");
        List<Problem> problems = new ArrayList<>();
        for (String id : policy.severities().keySet()) {
            if (!ruleBase.rules().containsKey(id)) {
                problems.add(new Problem(null, "severities." + id, 0, 0, "names a rule that is not loaded"));
            }
        }
        for (String id : policy.disabled()) {
            if (!ruleBase.rules().containsKey(id)) {
                problems.add(new Problem(null, "disabled", 0, 0, "names \"" + id + "\", a rule that is not loaded"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return policy;
    }

    @Override
    public List<RuleInfo> rules() {
        return List.copyOf(ruleBase.rules().values());
    }

    @Override
    public Policy policy() {
        return policy;
    }

    @Override
    public Tempo withPolicy(Policy policy) {
        return new TempoEngine(ruleBase, policy, timeLimit);
    }

    /** Configures an engine. Not thread-safe; the engine it builds is. */
    public static final class Builder {
        private Policy policy = Policy.DEFAULTS;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;
        private boolean defaultPack = true;
        private final List<RulePack> packs = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a rule pack beside the default pack (or instead of it, after {@link #withoutDefaultPack()});
         * any number may be added. Each rule declares {@code @id}, {@code @factor}, {@code @severity} and
         * {@code @title} metadata and raises findings with {@code tempo.raise(kcontext, target, evidence...)};
         * see {@link AssessmentScope}.
         */
        public Builder rulePack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /** Adds one DRL file as a pack of its own: {@code rulePack(RulePack.of(source.name(), source))}. */
        public Builder addRules(DrlSource source) {
            Objects.requireNonNull(source, "source");
            return rulePack(RulePack.of(source.name(), source));
        }

        /** Leaves the default pack out: the engine runs only the packs added with {@link #rulePack(RulePack)}. */
        public Builder withoutDefaultPack() {
            defaultPack = false;
            return this;
        }

        /**
         * How long one assessment may run (default {@link #DEFAULT_TIME_LIMIT}, 10 s). An assessment that runs longer
         * fails with a {@link RuleFailedException} naming the rule that was running. Java cannot stop a rule stuck in
         * a loop: its thread (a daemon) stays busy until the rule returns, and is left behind.
         *
         * @throws IllegalArgumentException when the limit is not positive
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("time limit is " + limit + "; must be positive");
            }
            this.timeLimit = limit;
            return this;
        }

        /** The policy assessments use (default: {@link Policy#DEFAULTS}). */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Loads the rules of every pack into one rule base, all or nothing, and builds the engine.
         * Packs pre-built with {@link PackCompiler} (the default pack is) are loaded from their
         * executable model; the others are compiled from their DRL, which takes seconds. The default
         * pack alone is loaded once per class loader and shared.
         *
         * @throws InvalidInputException when any rule of any pack does not compile, lacks metadata or has
         *                               wrong metadata, or declares an id another loaded rule declares (every
         *                               problem at once, with the file and line), or when the policy names a
         *                               rule that is not loaded
         * @throws IllegalStateException when the default pack is left out and no pack is added
         */
        public Tempo build() {
            if (packs.isEmpty()) {
                if (!defaultPack) {
                    throw new IllegalStateException("no rules to load: withoutDefaultPack() needs at least one rulePack(...)");
                }
                return new TempoEngine(DefaultPack.ruleBase(), policy, timeLimit);
            }
            List<List<DrlFile>> files = new ArrayList<>();
            if (defaultPack) {
                files.add(DefaultPack.files());
            }
            packs.forEach(pack -> files.add(pack.files()));
            return new TempoEngine(RuleBase.of(files), policy, timeLimit);
        }
    }
}
