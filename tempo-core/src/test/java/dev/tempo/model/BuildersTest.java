package dev.tempo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tempo.Policy;
import dev.tempo.Scoring;
import dev.tempo.Severity;
import dev.tempo.Thresholds;
import dev.tempo.descriptor.DescriptorReader;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The builders users describe projects with: how they read, what they keep, and how they fail. */
class BuildersTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    // --- primitive overloads, with null still meaning unknown

    @Test
    void numbersTakePrimitives_andNullStillMeansUnknown() {
        assertThat(Member.builder("ana").experienceYears(6).build().experienceYears()).isEqualTo(6.0);
        assertThat(Member.builder("ana").experienceYears(6).experienceYears(null).build().experienceYears()).isNull();
        Dataset dataset = Dataset.builder("orders").records(800_000).recordsNeeded(2_000_000).maxAgeDays(30).build();
        assertThat(dataset.records()).isEqualTo(800_000L);
        assertThat(dataset.recordsNeeded()).isEqualTo(2_000_000L);
        assertThat(dataset.maxAgeDays()).isEqualTo(30);
        Model model = Model.builder("m").trainingGpuHoursPerMonth(300).latencyBudgetMs(200).p95LatencyMs(140)
                .monthlyCost(4200).monthlyBudget(5000).experimentTimeboxDays(30).build();
        assertThat(List.of(model.trainingGpuHoursPerMonth(), model.latencyBudgetMs(), model.p95LatencyMs(),
                model.monthlyCost(), model.monthlyBudget())).containsExactly(300.0, 200.0, 140.0, 4200.0, 5000.0);
        Infrastructure infrastructure = Infrastructure.builder().computeAvailableGpuHoursPerMonth(2000)
                .storageCapacityTb(50).storageUsedTb(30).storageGrowthTbPerMonth(2).build();
        assertThat(infrastructure.storageCapacityTb()).isEqualTo(50.0);
        assertThat(infrastructure.storageGrowthTbPerMonth()).isEqualTo(2.0);
        assertThat(Thresholds.builder().minMedianExperienceYears(3).build().minMedianExperienceYears()).isEqualTo(3.0);
    }

    // --- lists and labels

    @Test
    void listsTakeVarargs_replaceWithAList_andAddOneAtATime() {
        Goals goals = Goals.builder().endUsers("underwriters", "risk committee").addEndUser("auditors")
                .risks("data access delays").addSuccessMetric(SuccessMetric.of("default rate", "< 2.5%")).build();
        assertThat(goals.endUsers()).containsExactly("underwriters", "risk committee", "auditors");
        assertThat(goals.risks()).containsExactly("data access delays");
        assertThat(goals.successMetrics()).extracting(SuccessMetric::name).containsExactly("default rate");
        assertThat(Goals.builder().endUsers("a").endUsers(List.of("b")).build().endUsers()).as("replaces").containsExactly("b");
        assertThat(Goals.builder().endUsers("a").endUsers((List<String>) null).build().endUsers()).as("null is none").isEmpty();

        Team team = Team.builder()
                .addMember(Member.of("ana", Role.DATA_SCIENTIST, 6))
                .addMember(Member.builder("ben").role(Role.ML_ENGINEER).responsibilities("serving").addResponsibility("on-call"))
                .build();
        assertThat(team.members()).extracting(Member::name).containsExactly("ana", "ben");
        assertThat(team.members().get(1).responsibilities()).containsExactly("serving", "on-call");
        assertThat(Team.builder().members(Member.of("a", null, 1), Member.of("b", null, 2)).build().members()).hasSize(2);

        Model model = Model.builder("m").trainedOn("orders", "clicks").addTrainedOn("returns")
                .label("owner", "ana").label("tier", "gold").build();
        assertThat(model.trainedOn()).containsExactly("orders", "clicks", "returns");
        assertThat(model.labels()).containsExactly(Map.entry("owner", "ana"), Map.entry("tier", "gold"));
        assertThat(Tool.builder("t").incompatibleWith("a").addIncompatibleWith("b").build().incompatibleWith()).containsExactly("a", "b");
        assertThat(Infrastructure.builder().separateEnvironments("EU").addSeparateEnvironment("US").build().separateEnvironments())
                .containsExactly("EU", "US");
        assertThat(Dataset.builder("d").label("x", "1").labels(Map.of("y", "2")).build().labels()).as("replaces").containsOnlyKeys("y");

        Policy policy = Policy.builder().severity("TEMPO-DATA-01", Severity.HIGH).disabled("TEMPO-GOALS-07")
                .dpiaRegimes(Regime.GDPR).build();
        assertThat(policy.severities()).containsExactly(Map.entry("TEMPO-DATA-01", Severity.HIGH));
        assertThat(policy.disabled()).containsExactly("TEMPO-GOALS-07");
        assertThat(policy.dpiaRegimes()).containsExactly(Regime.GDPR);
    }

    @Test
    void projectListsTakeRecordsOrBuilders() {
        Project project = Project.builder("p")
                .addDataset(Dataset.builder("orders"))
                .addDataset(Dataset.builder("clicks").build())
                .addModel(Model.builder("ranker").trainedOn("orders", "clicks"))
                .addTool(Tool.builder("mlflow").capability(Capability.EXPERIMENT_TRACKING))
                .addJurisdiction(Jurisdiction.builder("EU").regime(Regime.GDPR))
                .infrastructure(Infrastructure.builder().separateEnvironments("EU"))
                .addHistoryEvent(new HistoryEvent(DAY, EventKind.DEPLOYMENT, "ranker", 3.0, false, null))
                .addWaiver(new Waiver("TEMPO-DATA-01", "tracked", DAY, null))
                .regulation(Regulation.builder().dpiaCompleted(true))
                .build();
        assertThat(project.datasets()).extracting(Dataset::name).containsExactly("orders", "clicks");
        assertThat(project.models()).extracting(Model::name).containsExactly("ranker");
        assertThat(project.tools()).extracting(Tool::name).containsExactly("mlflow");
        assertThat(project.jurisdictions()).extracting(Jurisdiction::code).containsExactly("EU");
        assertThat(project.history()).hasSize(1);
        assertThat(project.waivers()).hasSize(1);
        assertThat(project.regulation().dpiaCompleted()).isTrue();
    }

    // --- the project's own fields

    @Test
    void projectBuilder_setsTheProjectsOwnFields_underTheIdItWasMadeWith() {
        Project project = Project.builder("credit-scoring").name("Credit scoring refresh").industry(Industry.FINANCE)
                .startedOn(LocalDate.of(2026, 1, 10)).label("cost-centre", "risk-analytics").build();
        assertThat(project.project()).isEqualTo(new ProjectInfo("credit-scoring", "Credit scoring refresh", Industry.FINANCE,
                LocalDate.of(2026, 1, 10), Map.of("cost-centre", "risk-analytics")));
        assertThat(project.id()).isEqualTo("credit-scoring");
        assertThat(Project.builder("p").build().project()).isEqualTo(ProjectInfo.of("p"));
        assertThat(project.toBuilder().name(null).build().project())
                .isEqualTo(new ProjectInfo("credit-scoring", null, Industry.FINANCE, LocalDate.of(2026, 1, 10),
                        Map.of("cost-centre", "risk-analytics")));
    }

    @Test
    void projectBuilder_hasNoSecondWayToSetTheId() {
        assertThat(Arrays.stream(Project.Builder.class.getMethods()).map(java.lang.reflect.Method::getName))
                .doesNotContain("project", "id");
    }

    // --- toBuilder

    @Test
    void toBuilder_buildsAnEqualRecord_forEveryRecordWithABuilder() {
        Member member = Member.builder("ana").role(Role.DATA_SCIENTIST).experienceYears(6).teamName("risk-ds")
                .responsibilities("training").label("level", "senior").build();
        Team team = Team.builder().addMember(member).concurrentProjects(2).responsibilitiesDefined(true).timeboxed(false)
                .communicationCadenceDays(7).parallelWorkstreams(true).build();
        Dataset dataset = Dataset.builder("orders").owner("platform").usedForTraining(true).availability(Availability.AVAILABLE)
                .pipeline(Pipeline.MANUAL).qualityChecks(false).versioned(true).records(10).recordsNeeded(20).lastRefreshed(DAY)
                .maxAgeDays(30).personalData(true).specialCategoryData(false).subjectsIn("EU").storedIn("EU")
                .label("pii", "yes").build();
        Model model = Model.builder("ranker").complexity(Complexity.HIGH).family(ModelFamily.TREE).trainingGpuHoursPerMonth(5)
                .trainedOn("orders").baselineEvaluated(true).experimentTimeboxDays(30).experimentStartedOn(DAY)
                .explainability(Explainability.PLANNED).decisionType(DecisionType.CREDIT).stage(Stage.DEVELOPMENT).monitored(false)
                .retrainingPlan(true).userAcceptanceTestPlanned(true).servesUsers(true).validationPlanned(false).lastValidatedOn(DAY)
                .latencyBudgetMs(200).p95LatencyMs(140).monthlyCost(10).monthlyBudget(20).label("owner", "ana").build();
        Tool tool = Tool.builder("mlflow").capability(Capability.MODEL_REGISTRY).version("2.14").teamName("risk-ds")
                .proprietary(false).exportable(true).incompatibleWith("mlflow").label("tier", "core").build();
        Jurisdiction jurisdiction = Jurisdiction.builder("EU").regime(Regime.GDPR).dataResidency(true)
                .documentationRequired(true).thirdPartyAuditRequired(false).build();
        Regulation regulation = Regulation.builder().requirementsClarified(true).dpiaCompleted(false)
                .modelValidationPlanned(true).documentationPlanned(false).build();
        Goals goals = Goals.builder().why("why").outcome("outcome").framing(Framing.PRODUCT).replaces("none").endUsers("u")
                .successMetrics(SuccessMetric.of("m", "t")).risks("r").deadline(DAY).stakeholderReviewDays(14).scopeDefined(true).build();
        Infrastructure infrastructure = Infrastructure.builder().computeAvailableGpuHoursPerMonth(1).computeGrowthGpuHoursPerMonth(2)
                .storageCapacityTb(3).storageUsedTb(4).storageGrowthTbPerMonth(-1).networkReliable(true).automatedDataPipelines(false)
                .experimentTracking(true).modelRegistry(false).separateEnvironments("EU").build();
        Project project = Project.builder("p").name("P").industry(Industry.RETAIL).startedOn(DAY).label("team", "risk")
                .goals(goals).dataOps(new DataOps(DataOpsMaturity.DEFINED)).addDataset(dataset).team(team)
                .infrastructure(infrastructure).addTool(tool).lastToolAuditOn(DAY).addModel(model).addJurisdiction(jurisdiction)
                .regulation(regulation).addHistoryEvent(new HistoryEvent(DAY, EventKind.DEPLOYMENT, "ranker", 3.0, false, null))
                .addWaiver(new Waiver("TEMPO-DATA-01", "tracked", DAY, "orders")).build();
        Thresholds thresholds = Thresholds.builder().smallTeamMaxMembers(4).maxChangeFailureRate(0.2).build();
        Policy policy = Policy.builder().thresholds(thresholds).severities(Map.of("TEMPO-DATA-01", Severity.LOW))
                .disabled("TEMPO-GOALS-07").dpiaRegimes(Regime.CCPA).unknownAsFinding(true)
                .scoring(new Scoring(Map.of(Severity.LOW, 7), null, null)).build();

        List<Object> records = List.of(member, team, dataset, model, tool, jurisdiction, regulation, goals, infrastructure,
                project, project.project(), thresholds, policy);
        records.forEach(BuildersTest::assertEveryComponentKnown);
        assertThat(member.toBuilder().build()).isEqualTo(member);
        assertThat(team.toBuilder().build()).isEqualTo(team);
        assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
        assertThat(model.toBuilder().build()).isEqualTo(model);
        assertThat(tool.toBuilder().build()).isEqualTo(tool);
        assertThat(jurisdiction.toBuilder().build()).isEqualTo(jurisdiction);
        assertThat(regulation.toBuilder().build()).isEqualTo(regulation);
        assertThat(goals.toBuilder().build()).isEqualTo(goals);
        assertThat(infrastructure.toBuilder().build()).isEqualTo(infrastructure);
        assertThat(project.toBuilder().build()).isEqualTo(project);
        assertThat(thresholds.toBuilder().build()).isEqualTo(thresholds);
        assertThat(policy.toBuilder().build()).isEqualTo(policy);
    }

    @Test
    void toBuilder_changesOnlyTheCopy() {
        Member ana = Member.builder("ana").experienceYears(6).responsibilities("training").build();
        Member senior = ana.toBuilder().experienceYears(12).addResponsibility("mentoring").build();
        assertThat(senior.experienceYears()).isEqualTo(12.0);
        assertThat(senior.responsibilities()).containsExactly("training", "mentoring");
        assertThat(ana).isEqualTo(Member.builder("ana").experienceYears(6).responsibilities("training").build());
    }

    /** Every component set and not empty, so that a field toBuilder forgets makes the copy differ. */
    private static void assertEveryComponentKnown(Object record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            String name = record.getClass().getSimpleName() + "." + component.getName();
            assertThat(value).as(name).isNotNull();
            if (value instanceof Collection<?> values) {
                assertThat(values).as(name).isNotEmpty();
            }
            if (value instanceof Map<?, ?> values) {
                assertThat(values).as(name).isNotEmpty();
            }
        }
    }

    // --- one exception family, full paths

    @Test
    void invalidMember_isNamedByItsFullPath() {
        InvalidInputException e = rejected(() -> Project.builder("p")
                .team(Team.builder()
                        .addMember(Member.builder("ana").experienceYears(6))
                        .addMember(Member.builder("bo").experienceYears(-3)))
                .build());
        assertThat(e.problems()).containsExactly(new Problem(null, "team.members[1].experienceYears", 0, 0, "is -3; must be 0 or more"));
        assertThat(e).hasMessage("team.members[1].experienceYears is -3; must be 0 or more");
    }

    @Test
    void invalidDatasetModelAndSection_areNamedByTheirFullPath() {
        assertThat(pathOf(() -> Project.builder("p").addDataset(Dataset.builder("orders"))
                .addDataset(Dataset.builder("clicks").records(-1)).build())).isEqualTo("datasets[1].records");
        assertThat(pathOf(() -> Project.builder("p").addModel(Model.builder("m").latencyBudgetMs(-5)).build()))
                .isEqualTo("models[0].latencyBudgetMs");
        assertThat(pathOf(() -> Project.builder("p").addModel(Model.builder("m").label("Owner", "ana")).build()))
                .isEqualTo("models[0].labels.Owner");
        assertThat(pathOf(() -> Project.builder("p").addTool(Tool.builder(" ")).build())).isEqualTo("tools[0].name");
        assertThat(pathOf(() -> Project.builder("p").addJurisdiction(Jurisdiction.builder(null)).build())).isEqualTo("jurisdictions[0].code");
        assertThat(pathOf(() -> Project.builder("p").goals(Goals.builder().stakeholderReviewDays(-1)).build()))
                .isEqualTo("goals.stakeholderReviewDays");
        assertThat(pathOf(() -> Project.builder("p").infrastructure(Infrastructure.builder().storageUsedTb(-2)).build()))
                .isEqualTo("infrastructure.storageUsedTb");
        assertThat(pathOf(() -> Project.builder("p").team(Team.builder().addMember(Member.of("a", null, 1)).addMember((Member) null))
                .build())).isEqualTo("team.members[1]");
    }

    @Test
    void projectsOwnFieldsAndCrossChecks_areNamedByTheirPath() {
        assertThat(pathOf(() -> Project.builder("Credit Scoring").build())).isEqualTo("project.id");
        assertThat(pathOf(() -> Project.builder("p").startedOn(LocalDate.of(1066, 10, 14)).build())).isEqualTo("project.startedOn");
        assertThat(pathOf(() -> Project.builder("p").addModel(Model.builder("m").trainedOn("nowhere")).build()))
                .isEqualTo("models[0].trainedOn[0]");
        assertThat(pathOf(() -> Project.builder("p").addDataset(Dataset.builder("d")).addDataset(Dataset.builder("d")).build()))
                .isEqualTo("datasets[1].name");
    }

    @Test
    void builderAndReader_nameTheSameMistakeByTheSamePath() {
        String yaml = """
                project: {id: p}
                team:
                  members:
                    - {name: ana, experienceYears: 6}
                    - {name: bo, experienceYears: -3}
                """;
        Problem read = rejected(() -> new DescriptorReader().readProject(new StringReader(yaml), "p.yaml")).problems().get(0);
        Problem built = rejected(() -> Project.builder("p").team(Team.builder()
                .addMember(Member.builder("ana").experienceYears(6)).addMember(Member.builder("bo").experienceYears(-3))).build())
                .problems().get(0);
        assertThat(built.path()).isEqualTo(read.path());
        assertThat(built.message()).isEqualTo(read.message());
    }

    @Test
    void aRecordOrBuilderOnItsOwn_namesTheFieldRelativeToItself() {
        assertThat(pathOf(() -> new Member("bo", null, -3.0, null, null, null))).isEqualTo("experienceYears");
        assertThat(pathOf(() -> Member.builder("bo").experienceYears(-3).build())).isEqualTo("experienceYears");
        assertThat(pathOf(() -> Team.builder().addMember(Member.builder("bo").experienceYears(-3)).build()))
                .isEqualTo("members[0].experienceYears");
        assertThat(pathOf(() -> Thresholds.builder().maxChangeFailureRate(2).build())).isEqualTo("maxChangeFailureRate");
    }

    @Test
    void everyRejection_isAnInvalidInputException_withTheFieldAsItsOnlyProblem() {
        assertThatThrownBy(() -> Member.builder(null).build())
                .isInstanceOf(InvalidInputException.class)
                .isInstanceOf(InvalidFieldException.class)
                .isNotInstanceOf(IllegalArgumentException.class)
                .hasMessage("name is required");
        InvalidFieldException e = (InvalidFieldException) rejected(() -> Project.builder("p")
                .addDataset(Dataset.builder("d").maxAgeDays(-1)).build());
        assertThat(e.field()).isEqualTo("datasets[0].maxAgeDays");
        assertThat(e.problem()).isEqualTo("is -1; must be 0 or more");
        assertThat(e.getCause()).isInstanceOfSatisfying(InvalidFieldException.class,
                cause -> assertThat(cause.field()).isEqualTo("maxAgeDays"));
    }

    private static InvalidInputException rejected(Supplier<?> build) {
        try {
            build.get();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidInputException");
    }

    private static String pathOf(Supplier<?> build) {
        InvalidInputException e = rejected(build);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0).path();
    }
}
