package dev.tempo.engine.facts;

import dev.tempo.engine.AssessmentScope;
import dev.tempo.engine.Evidence;
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
 * section 6) that look at several facts at once, called from {@code regulation.drl} and {@code model.drl}.
 *
 * <p>A condition method adds its evidence, or the unknown fields that keep it from deciding, to a
 * {@link Verdict}, and says whether the condition holds or may hold; the rule then raises the verdict.
 * Collections are the facts a DRL {@code collect} gives.
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
     * of them that has {@code dataResidency} true. May hold when unknown regimes could make two, or an
     * unknown personal-data flag, residency flag or subjects' code could complete the condition.
     *
     * @param shared   the declared jurisdictions whose code is not in {@code separate}
     * @param separate {@code infrastructure.separateEnvironments}
     * @param datasets every declared dataset
     */
    public static boolean sharedEnvironment(Verdict verdict, AssessmentScope tempo, Collection<?> shared, List<String> separate,
            Collection<?> datasets) {
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
            return false;
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
            return false;
        }
        verdict.because("jurisdictions " + Evidence.list(jurisdictions.stream().map(RegulationFacts::describe).toList())
                + " share one environment");
        if (regimes.size() >= 2) {
            verdict.because(regimes.size() + " distinct regimes in one environment: " + Evidence.list(regimes));
        } else {
            unknownRegimes.forEach(j -> verdict.flag(null, tempo.path(j) + ".regime", null));
        }
        if (resident.isEmpty()) {
            unknownFlags.forEach(field -> verdict.flag(null, field, null));
            unknownValues.forEach(field -> verdict.value(null, field, null));
        } else {
            resident.forEach(verdict::because);
        }
        verdict.because(separate.isEmpty()
                ? "infrastructure.separateEnvironments is empty: no jurisdiction has an environment of its own"
                : "only " + Evidence.list(separate) + " ha" + (separate.size() == 1 ? "s" : "ve")
                        + " an environment of its own (infrastructure.separateEnvironments)");
        return true;
    }

    /**
     * TEMPO-REGULATION-05's reason to validate: a regulated industry, or a jurisdiction that requires a
     * third-party audit. Holds when either is known; may hold when the industry or an audit flag is unknown.
     *
     * @param jurisdictions every declared jurisdiction
     */
    public static boolean validationRequired(Verdict verdict, AssessmentScope tempo, ProjectInfo info, Collection<?> jurisdictions) {
        return regulatedBy(verdict, tempo, info, jurisdictions, false);
    }

    /**
     * TEMPO-REGULATION-07's context: the model's decisions are regulated because the industry is
     * regulated (FINANCE, HEALTHCARE, INSURANCE), or because it is trained on personal data of subjects
     * in a jurisdiction whose regime is not NONE (when its {@code trainedOn} is empty: the project
     * declares such a jurisdiction). Holds when one reason is known; may hold when the industry, a
     * personal-data flag, a regime or a subjects' code is unknown. A {@code subjectsIn} that is not a
     * declared jurisdiction has an unknown regime.
     *
     * @param datasets      every declared dataset
     * @param jurisdictions every declared jurisdiction
     */
    public static boolean regulatedContext(Verdict verdict, AssessmentScope tempo, Model model, ProjectInfo info,
            Collection<?> datasets, Collection<?> jurisdictions) {
        if (isRegulatedIndustry(info.industry())) {
            verdict.because("industry " + info.industry() + " is regulated (FINANCE, HEALTHCARE and INSURANCE are)");
            return true;
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
            holding.forEach(verdict::because);
            return true;
        }
        unknownFlags.forEach(field -> verdict.flag(null, field, null));
        unknownValues.forEach(field -> verdict.value(null, field, null));
        return !unknownFlags.isEmpty() || !unknownValues.isEmpty();
    }

    /**
     * TEMPO-REGULATION-09's reason to check compliance continuously: a regulated industry, or a
     * jurisdiction that requires documentation or a third-party audit. Holds when a reason is known;
     * may hold when the industry or a jurisdiction's flag is unknown.
     *
     * @param jurisdictions every declared jurisdiction
     */
    public static boolean continuousComplianceRequired(Verdict verdict, AssessmentScope tempo, ProjectInfo info, Collection<?> jurisdictions) {
        return regulatedBy(verdict, tempo, info, jurisdictions, true);
    }

    /**
     * The reasons a project is regulated: its industry, a jurisdiction's third-party audit and, when
     * {@code documentation} counts, a jurisdiction's required documentation; each known one is evidence,
     * and when none is known each unknown one is a flag the rule cannot decide without.
     */
    private static boolean regulatedBy(Verdict verdict, AssessmentScope tempo, ProjectInfo info, Collection<?> jurisdictions,
            boolean documentation) {
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
        if (!reasons.isEmpty()) {
            reasons.forEach(verdict::because);
            return true;
        }
        boolean mayHold = false;
        if (info.industry() == null) {
            verdict.flag(null, tempo.path(info) + ".industry", null);
            mayHold = true;
        }
        for (Jurisdiction j : sorted) {
            if (documentation && j.documentationRequired() == null) {
                verdict.flag(null, tempo.path(j) + ".documentationRequired", null);
                mayHold = true;
            }
            if (j.thirdPartyAuditRequired() == null) {
                verdict.flag(null, tempo.path(j) + ".thirdPartyAuditRequired", null);
                mayHold = true;
            }
        }
        return mayHold;
    }
}
