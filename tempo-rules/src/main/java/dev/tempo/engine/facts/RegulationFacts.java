package dev.tempo.engine.facts;

import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Evidence;
import dev.tempo.engine.Grounds;
import dev.tempo.model.Dataset;
import dev.tempo.model.DecisionType;
import dev.tempo.model.Industry;
import dev.tempo.model.Jurisdiction;
import dev.tempo.model.Model;
import dev.tempo.model.ProjectInfo;
import dev.tempo.model.Regime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regulatory vocabulary of the heuristics and the conditions of the REGULATION rules (article
 * section 6) that look at several facts at once, called from {@code regulation.drl}.
 *
 * <p>A condition method returns its {@link Grounds}: the evidence that it holds, or the unknown fields
 * that keep it from being decided, or nothing when it cannot hold; the rule binds them in its
 * {@code when} part ({@code Grounds( mayHold ) from ...}) and hands them to its verdict. {@code tempo}
 * gives the descriptor paths of the facts; collections are the facts a DRL {@code collect} gives.
 */
public final class RegulationFacts {
    private static final Set<DecisionType> REGULATED_DECISIONS =
            EnumSet.of(DecisionType.CREDIT, DecisionType.EMPLOYMENT, DecisionType.HEALTH, DecisionType.INSURANCE);
    private static final Set<Industry> REGULATED_INDUSTRIES = EnumSet.of(Industry.FINANCE, Industry.HEALTHCARE, Industry.INSURANCE);
    private static final Set<Regime> GDPR_REGIMES = EnumSet.of(Regime.GDPR, Regime.UK_GDPR);

    private RegulationFacts() {}

    /** Whether a model's output takes a regulated decision: CREDIT, EMPLOYMENT, HEALTH or INSURANCE (false when unknown). */
    public static boolean isRegulatedDecision(DecisionType decision) {
        return decision != null && REGULATED_DECISIONS.contains(decision);
    }

    /** Whether an industry is regulated: FINANCE, HEALTHCARE or INSURANCE (false when unknown). */
    public static boolean isRegulatedIndustry(Industry industry) {
        return industry != null && REGULATED_INDUSTRIES.contains(industry);
    }

    /** Whether a regime is GDPR or UK_GDPR (false when unknown). */
    public static boolean isGdpr(Regime regime) {
        return regime != null && GDPR_REGIMES.contains(regime);
    }

    /** A jurisdiction as evidence names it: {@code EU (GDPR)}, {@code XX (regime unknown)}. */
    public static String describe(Jurisdiction jurisdiction) {
        return jurisdiction.code() + " (" + (jurisdiction.regime() == null ? "regime unknown" : jurisdiction.regime()) + ")";
    }

    /** The model first by name among {@link Model} facts, so that evidence does not depend on matching order. */
    public static Model firstByName(Collection<?> models) {
        return models.stream().map(Model.class::cast).min(Comparator.comparing(Model::name)).orElseThrow();
    }

    /** The jurisdictions, sorted by code, so that evidence does not depend on matching order. */
    public static List<Jurisdiction> byCode(Collection<?> jurisdictions) {
        return jurisdictions.stream().map(Jurisdiction.class::cast).sorted(Comparator.comparing(Jurisdiction::code)).toList();
    }

    /**
     * TEMPO-REGULATION-02: the jurisdictions without an environment of their own share one; holds when
     * they carry two or more distinct regimes and a dataset with personal data has its subjects in one
     * of them that has {@code dataResidency} true. May hold when unknown regimes could make two (each
     * one's {@code regime} is an unknown flag), or, with no such dataset known, an unknown personal-data
     * or residency flag or an unknown {@code subjectsIn} (an unknown value) could complete the condition.
     * The evidence names the shared jurisdictions, their distinct regimes, the datasets and the separate
     * environments; the grounds are empty when the condition cannot hold.
     *
     * @param shared   the declared jurisdictions whose code is not in {@code separate}
     * @param separate {@code infrastructure.separateEnvironments}
     * @param datasets every declared dataset
     */
    public static Grounds sharedEnvironment(AssessmentScope tempo, Collection<?> shared, List<String> separate,
            Collection<?> datasets) {
        Grounds grounds = new Grounds();
        List<Jurisdiction> jurisdictions = byCode(shared);
        Set<Regime> regimes = new LinkedHashSet<>();
        List<Jurisdiction> unknownRegimes = new ArrayList<>();
        for (Jurisdiction j : jurisdictions) {
            if (j.regime() == null) {
                unknownRegimes.add(j);
            } else {
                regimes.add(j.regime());
            }
        }
        if (regimes.size() + unknownRegimes.size() < 2) {
            return grounds;
        }
        Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
        jurisdictions.forEach(j -> byCode.put(j.code(), j));
        List<String> resident = new ArrayList<>();
        Set<String> unknownFlags = new LinkedHashSet<>();
        Set<String> unknownValues = new LinkedHashSet<>();
        boolean anyMayKeepData = jurisdictions.stream().anyMatch(j -> !Boolean.FALSE.equals(j.dataResidency()));
        for (Object fact : datasets) {
            Dataset d = (Dataset) fact;
            if (Boolean.FALSE.equals(d.personalData())) {
                continue;
            }
            if (d.subjectsIn() == null) {
                if (anyMayKeepData) {
                    unknownValues.add(tempo.path(d) + ".subjectsIn");
                }
                continue;
            }
            Jurisdiction j = byCode.get(d.subjectsIn());
            if (j == null || Boolean.FALSE.equals(j.dataResidency())) {
                continue;
            }
            if (Boolean.TRUE.equals(d.personalData()) && Boolean.TRUE.equals(j.dataResidency())) {
                resident.add(tempo.path(d) + " (" + d.name() + ") holds personal data of subjects in " + j.code()
                        + ", whose data must stay there (" + tempo.path(j) + ".dataResidency)");
                continue;
            }
            if (d.personalData() == null) {
                unknownFlags.add(tempo.path(d) + ".personalData");
            }
            if (j.dataResidency() == null) {
                unknownFlags.add(tempo.path(j) + ".dataResidency");
            }
        }
        if (resident.isEmpty() && unknownFlags.isEmpty() && unknownValues.isEmpty()) {
            return grounds;
        }
        grounds.because("jurisdictions " + Evidence.list(jurisdictions.stream().map(RegulationFacts::describe).toList())
                + " share one environment");
        if (regimes.size() >= 2) {
            grounds.because(regimes.size() + " distinct regimes in one environment: " + Evidence.list(regimes));
        } else {
            unknownRegimes.forEach(j -> grounds.unknownFlag(tempo.path(j) + ".regime"));
        }
        if (resident.isEmpty()) {
            unknownFlags.forEach(grounds::unknownFlag);
            unknownValues.forEach(grounds::unknownValue);
        } else {
            resident.forEach(grounds::because);
        }
        return grounds.because(separate.isEmpty()
                ? "infrastructure.separateEnvironments is empty: no jurisdiction has an environment of its own"
                : "only " + Evidence.list(separate) + " ha" + (separate.size() == 1 ? "s" : "ve")
                        + " an environment of its own (infrastructure.separateEnvironments)");
    }

    /**
     * TEMPO-REGULATION-05's reason to validate: a regulated industry, or a jurisdiction that requires a
     * third-party audit. Holds when either is known (one evidence line each); otherwise may hold when the
     * industry or an audit flag is unknown (each an unknown flag); otherwise the grounds are empty.
     *
     * @param jurisdictions every declared jurisdiction
     */
    public static Grounds validationRequired(AssessmentScope tempo, ProjectInfo info, Collection<?> jurisdictions) {
        return regulatedBy(tempo, info, jurisdictions, false);
    }

    /**
     * TEMPO-REGULATION-07's context: the model's decisions are regulated because the industry is
     * regulated (FINANCE, HEALTHCARE, INSURANCE), or because it is trained on personal data of subjects
     * in a jurisdiction whose regime is not NONE (when its {@code trainedOn} is empty: the project
     * declares such a jurisdiction). Holds when one reason is known: the regulated industry, else every
     * dataset or jurisdiction that makes it hold, one evidence line each. Otherwise may hold when the
     * industry, a personal-data flag or a regime is unknown (unknown flags) or a subjects' code is
     * unknown (an unknown value; a {@code subjectsIn} that is not a declared jurisdiction has an unknown
     * regime and counts as one); otherwise the grounds are empty.
     *
     * @param datasets      every declared dataset
     * @param jurisdictions every declared jurisdiction
     */
    public static Grounds regulatedContext(AssessmentScope tempo, Model model, ProjectInfo info, Collection<?> datasets,
            Collection<?> jurisdictions) {
        Grounds grounds = new Grounds();
        if (isRegulatedIndustry(info.industry())) {
            return grounds.because("industry " + info.industry() + " is regulated (FINANCE, HEALTHCARE and INSURANCE are)");
        }
        List<Jurisdiction> sorted = byCode(jurisdictions);
        List<String> holding = new ArrayList<>();
        Set<String> unknownFlags = new LinkedHashSet<>();
        Set<String> unknownValues = new LinkedHashSet<>();
        if (info.industry() == null) {
            unknownFlags.add(tempo.path(info) + ".industry");
        }
        if (model.trainedOn().isEmpty()) {
            for (Jurisdiction j : sorted) {
                if (j.regime() == null) {
                    unknownFlags.add(tempo.path(j) + ".regime");
                } else if (j.regime() != Regime.NONE) {
                    holding.add(tempo.path(model) + ".trainedOn is empty and the project declares " + describe(j));
                }
            }
        } else {
            Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
            sorted.forEach(j -> byCode.put(j.code(), j));
            Map<String, Dataset> byName = new LinkedHashMap<>();
            datasets.stream().map(Dataset.class::cast).forEach(d -> byName.put(d.name(), d));
            for (String name : model.trainedOn()) {
                Dataset d = byName.get(name);
                if (d == null || Boolean.FALSE.equals(d.personalData())) {
                    continue;
                }
                Jurisdiction j = d.subjectsIn() == null ? null : byCode.get(d.subjectsIn());
                if (j == null) {
                    unknownValues.add(tempo.path(d) + ".subjectsIn"); // absent, or a code with no declared regime
                    continue;
                }
                if (j.regime() == Regime.NONE) {
                    continue;
                }
                if (Boolean.TRUE.equals(d.personalData()) && j.regime() != null) {
                    holding.add("trained on " + tempo.path(d) + " (" + d.name() + "): personal data of subjects in " + describe(j));
                    continue;
                }
                if (d.personalData() == null) {
                    unknownFlags.add(tempo.path(d) + ".personalData");
                }
                if (j.regime() == null) {
                    unknownFlags.add(tempo.path(j) + ".regime");
                }
            }
        }
        if (!holding.isEmpty()) {
            holding.forEach(grounds::because);
            return grounds;
        }
        unknownFlags.forEach(grounds::unknownFlag);
        unknownValues.forEach(grounds::unknownValue);
        return grounds;
    }

    /**
     * TEMPO-REGULATION-09's reason to check compliance continuously: a regulated industry, or a
     * jurisdiction that requires documentation or a third-party audit. Holds when a reason is known (one
     * evidence line each); otherwise may hold when the industry or a jurisdiction's flag is unknown (each
     * an unknown flag); otherwise the grounds are empty.
     *
     * @param jurisdictions every declared jurisdiction
     */
    public static Grounds continuousComplianceRequired(AssessmentScope tempo, ProjectInfo info, Collection<?> jurisdictions) {
        return regulatedBy(tempo, info, jurisdictions, true);
    }

    /**
     * The reasons a project is regulated: its industry, a jurisdiction's third-party audit and, when
     * {@code documentation} counts, a jurisdiction's required documentation; each known one is evidence,
     * and when none is known each unknown one is a flag the rule cannot decide without.
     */
    private static Grounds regulatedBy(AssessmentScope tempo, ProjectInfo info, Collection<?> jurisdictions, boolean documentation) {
        List<Jurisdiction> sorted = byCode(jurisdictions);
        List<String> reasons = new ArrayList<>();
        if (isRegulatedIndustry(info.industry())) {
            reasons.add("industry " + info.industry() + " is regulated (FINANCE, HEALTHCARE and INSURANCE are)");
        }
        for (Jurisdiction j : sorted) {
            if (documentation && Boolean.TRUE.equals(j.documentationRequired())) {
                reasons.add(describe(j) + " requires documentation (" + tempo.path(j) + ".documentationRequired)");
            }
            if (Boolean.TRUE.equals(j.thirdPartyAuditRequired())) {
                reasons.add(describe(j) + " requires a third-party audit (" + tempo.path(j) + ".thirdPartyAuditRequired)");
            }
        }
        Grounds grounds = new Grounds();
        if (!reasons.isEmpty()) {
            reasons.forEach(grounds::because);
            return grounds;
        }
        if (info.industry() == null) {
            grounds.unknownFlag(tempo.path(info) + ".industry");
        }
        for (Jurisdiction j : sorted) {
            if (documentation && j.documentationRequired() == null) {
                grounds.unknownFlag(tempo.path(j) + ".documentationRequired");
            }
            if (j.thirdPartyAuditRequired() == null) {
                grounds.unknownFlag(tempo.path(j) + ".thirdPartyAuditRequired");
            }
        }
        return grounds;
    }
}
