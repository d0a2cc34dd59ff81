package dev.tempo.testing;

import dev.tempo.model.Availability;
import dev.tempo.model.Capability;
import dev.tempo.model.Complexity;
import dev.tempo.model.DataOps;
import dev.tempo.model.DataOpsMaturity;
import dev.tempo.model.Dataset;
import dev.tempo.model.DecisionType;
import dev.tempo.model.EventKind;
import dev.tempo.model.Explainability;
import dev.tempo.model.Framing;
import dev.tempo.model.Goals;
import dev.tempo.model.HistoryEvent;
import dev.tempo.model.Industry;
import dev.tempo.model.Infrastructure;
import dev.tempo.model.Jurisdiction;
import dev.tempo.model.Member;
import dev.tempo.model.Model;
import dev.tempo.model.ModelFamily;
import dev.tempo.model.Pipeline;
import dev.tempo.model.Project;
import dev.tempo.model.Regime;
import dev.tempo.model.Regulation;
import dev.tempo.model.Role;
import dev.tempo.model.Stage;
import dev.tempo.model.SuccessMetric;
import dev.tempo.model.Team;
import dev.tempo.model.Tool;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared test projects, built with the builders users use. {@link #wellRun()} is a project on
 * which no rule of the default pack fires and nothing is unknown; a rule test changes one fact of
 * it to make one rule fire.
 */
public final class Fixtures {
    /** The assessment date of the fixtures. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private Fixtures() {}

    /** A well-run project: every fact known and good. */
    public static Project wellRun() {
        return Project.builder("well-run")
                .name("A well-run recommender")
                .industry(Industry.ECOMMERCE)
                .startedOn(LocalDate.of(2026, 1, 5))
                .goals(goals())
                .dataOps(new DataOps(DataOpsMaturity.MANAGED))
                .addDataset(dataset())
                .team(team())
                .infrastructure(infrastructure())
                .tools(
                        tool("mlflow", Capability.EXPERIMENT_TRACKING, "2.14"),
                        tool("airflow", Capability.ORCHESTRATION, "2.9"))
                .lastToolAuditOn(LocalDate.of(2026, 6, 1))
                .addModel(model())
                .addJurisdiction(Jurisdiction.builder("US").regime(Regime.CCPA).dataResidency(false)
                        .documentationRequired(false).thirdPartyAuditRequired(false))
                .regulation(new Regulation(true, true, true, true))
                .history(history())
                .build();
    }

    /**
     * A healthy delivery history of the fixture's model: eight changes in the 180 days before
     * {@link #AS_OF} (one every 22.5 days), lead times of 2 to 6 days, none failed.
     */
    public static List<HistoryEvent> history() {
        return List.of(
                change("2026-06-15", EventKind.DEPLOYMENT, 5),
                change("2026-07-10", EventKind.RETRAINING, 2),
                change("2026-08-05", EventKind.DEPLOYMENT, 6),
                change("2026-09-01", EventKind.RETRAINING, 2),
                change("2026-09-28", EventKind.DEPLOYMENT, 4),
                change("2026-10-20", EventKind.RETRAINING, 3),
                change("2026-11-10", EventKind.DEPLOYMENT, 5),
                change("2026-11-24", EventKind.RETRAINING, 2));
    }

    /** A change of the fixture's model that did not fail. */
    public static HistoryEvent change(String date, EventKind kind, double leadTimeDays) {
        return new HistoryEvent(LocalDate.parse(date), kind, "recommender", leadTimeDays, false, null);
    }

    public static Goals goals() {
        return Goals.builder()
                .why("Increase basket size with relevant recommendations")
                .outcome("Shoppers see products they are likely to buy")
                .framing(Framing.PRODUCT)
                .replaces("hand-curated best-seller lists")
                .endUsers("shoppers", "merchandising team")
                .addSuccessMetric(new SuccessMetric("average basket size", "+5%", null))
                .risks("cold start for new products")
                .deadline(LocalDate.of(2027, 3, 31))
                .stakeholderReviewDays(14)
                .scopeDefined(true)
                .build();
    }

    public static Dataset dataset() {
        return Dataset.builder("orders")
                .owner("data-platform")
                .usedForTraining(true)
                .availability(Availability.AVAILABLE)
                .pipeline(Pipeline.AUTOMATED)
                .qualityChecks(true)
                .versioned(true)
                .records(5_000_000)
                .recordsNeeded(1_000_000)
                .lastRefreshed(LocalDate.of(2026, 11, 26))
                .maxAgeDays(7)
                .personalData(false)
                .specialCategoryData(false)
                .subjectsIn("US")
                .storedIn("US")
                .build();
    }

    public static Team team() {
        return Team.builder()
                .members(
                        member("ana", Role.DATA_SCIENTIST, 6, "recommendations", "model training"),
                        member("ben", Role.ML_ENGINEER, 5, "recommendations", "serving"),
                        member("chloe", Role.DOMAIN_EXPERT, 10, "recommendations", "merchandising rules"),
                        member("dev", Role.PROJECT_MANAGER, 8, "recommendations", "delivery plan"))
                .concurrentProjects(1)
                .responsibilitiesDefined(true)
                .timeboxed(true)
                .communicationCadenceDays(7)
                .parallelWorkstreams(true)
                .build();
    }

    public static Member member(String name, Role role, double years, String team, String responsibility) {
        return Member.builder(name).role(role).experienceYears(years).teamName(team)
                .responsibilities(responsibility).build();
    }

    public static Infrastructure infrastructure() {
        return Infrastructure.builder()
                .computeAvailableGpuHoursPerMonth(1000)
                .computeGrowthGpuHoursPerMonth(10)
                .storageCapacityTb(100)
                .storageUsedTb(40)
                .storageGrowthTbPerMonth(1)
                .networkReliable(true)
                .automatedDataPipelines(true)
                .experimentTracking(true)
                .modelRegistry(true)
                .build();
    }

    public static Tool tool(String name, Capability capability, String version) {
        return Tool.builder(name).capability(capability).version(version).teamName("recommendations")
                .proprietary(false).exportable(true).build();
    }

    public static Model model() {
        return Model.builder("recommender")
                .complexity(Complexity.MEDIUM)
                .family(ModelFamily.GRADIENT_BOOSTING)
                .trainingGpuHoursPerMonth(200)
                .trainedOn("orders")
                .baselineEvaluated(true)
                .experimentTimeboxDays(21)
                .explainability(Explainability.IN_PLACE)
                .decisionType(DecisionType.RECOMMENDATION)
                .stage(Stage.PRODUCTION)
                .monitored(true)
                .retrainingPlan(true)
                .userAcceptanceTestPlanned(true)
                .servesUsers(true)
                .validationPlanned(true)
                .lastValidatedOn(LocalDate.of(2026, 9, 1))
                .latencyBudgetMs(200)
                .p95LatencyMs(120)
                .monthlyCost(3000)
                .monthlyBudget(5000)
                .build();
    }
}
