package dev.tempo.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One ML project as described for assessment: the root of a descriptor, field for field.
 *
 * <p>Build one with {@link #builder(String)} or read it with {@code dev.tempo.descriptor.DescriptorReader}.
 * Absent sections are all-unknown ({@link Goals#UNKNOWN}, ...), absent lists are empty, and a
 * null scalar anywhere means "unknown", never {@code false} or {@code 0}. The constructor rejects
 * duplicate names and references to undeclared datasets, tools, models and jurisdictions.
 *
 * <pre>{@code
 * Project project = Project.builder("credit-scoring")
 *         .name("Credit scoring refresh").industry(Industry.FINANCE).startedOn(LocalDate.of(2026, 1, 10))
 *         .team(Team.builder()
 *                 .addMember(Member.builder("ana").role(Role.DATA_SCIENTIST).experienceYears(6))
 *                 .concurrentProjects(1))
 *         .addDataset(Dataset.builder("loan-applications").records(800_000).versioned(false))
 *         .addModel(Model.builder("pd-model").complexity(Complexity.HIGH).trainedOn("loan-applications"))
 *         .build();   // a value not allowed: InvalidFieldException naming its full path (team.members[0].experienceYears)
 * }</pre>
 *
 * @param project        required: who the project is
 * @param goals          why it exists
 * @param dataOps        its DataOps
 * @param datasets       the datasets it needs, names unique
 * @param team           its team
 * @param infrastructure its infrastructure
 * @param tools          its tools, one entry per tool and team
 * @param lastToolAuditOn when the tool stack was last audited, or null when never
 * @param models         its models, names unique
 * @param jurisdictions  the jurisdictions whose rules apply, codes unique
 * @param regulation     how it handles regulation
 * @param history        its delivery events
 * @param waivers        accepted findings
 */
public record Project(
        ProjectInfo project,
        Goals goals,
        DataOps dataOps,
        List<Dataset> datasets,
        Team team,
        Infrastructure infrastructure,
        List<Tool> tools,
        LocalDate lastToolAuditOn,
        List<Model> models,
        List<Jurisdiction> jurisdictions,
        Regulation regulation,
        List<HistoryEvent> history,
        List<Waiver> waivers) {

    public Project {
        Checks.required(project, "project");
        goals = Objects.requireNonNullElse(goals, Goals.UNKNOWN);
        dataOps = Objects.requireNonNullElse(dataOps, DataOps.UNKNOWN);
        datasets = Checks.list(datasets, "datasets");
        team = Objects.requireNonNullElse(team, Team.UNKNOWN);
        infrastructure = Objects.requireNonNullElse(infrastructure, Infrastructure.UNKNOWN);
        tools = Checks.list(tools, "tools");
        models = Checks.list(models, "models");
        jurisdictions = Checks.list(jurisdictions, "jurisdictions");
        regulation = Objects.requireNonNullElse(regulation, Regulation.UNKNOWN);
        history = Checks.list(history, "history");
        waivers = Checks.list(waivers, "waivers");
        Checks.date(lastToolAuditOn, "lastToolAuditOn");

        Checks.unique(datasets, Dataset::name, "datasets", "name");
        Checks.unique(models, Model::name, "models", "name");
        Checks.unique(jurisdictions, Jurisdiction::code, "jurisdictions", "code");
        Checks.unique(tools, tool -> List.of(tool.name(), Objects.toString(tool.teamName(), "")), "tools", "name");
        checkReferences(datasets, tools, models, jurisdictions, infrastructure, history);
    }

    private static void checkReferences(List<Dataset> datasets, List<Tool> tools, List<Model> models,
            List<Jurisdiction> jurisdictions, Infrastructure infrastructure, List<HistoryEvent> history) {
        Set<String> datasetNames = datasets.stream().map(Dataset::name).collect(Collectors.toSet());
        for (int m = 0; m < models.size(); m++) {
            List<String> trainedOn = models.get(m).trainedOn();
            for (int d = 0; d < trainedOn.size(); d++) {
                mustBeDeclared(datasetNames, trainedOn.get(d), "models[" + m + "].trainedOn[" + d + "]", "dataset", "datasets");
            }
        }
        Set<String> toolNames = tools.stream().map(Tool::name).collect(Collectors.toSet());
        for (int t = 0; t < tools.size(); t++) {
            List<String> incompatible = tools.get(t).incompatibleWith();
            for (int i = 0; i < incompatible.size(); i++) {
                mustBeDeclared(toolNames, incompatible.get(i), "tools[" + t + "].incompatibleWith[" + i + "]", "tool", "tools");
            }
        }
        Set<String> modelNames = models.stream().map(Model::name).collect(Collectors.toSet());
        for (int h = 0; h < history.size(); h++) {
            String model = history.get(h).model();
            if (model != null) {
                mustBeDeclared(modelNames, model, "history[" + h + "].model", "model", "models");
            }
        }
        Set<String> codes = jurisdictions.stream().map(Jurisdiction::code).collect(Collectors.toSet());
        List<String> separate = infrastructure.separateEnvironments();
        for (int e = 0; e < separate.size(); e++) {
            mustBeDeclared(codes, separate.get(e), "infrastructure.separateEnvironments[" + e + "]", "jurisdiction", "jurisdictions");
        }
    }

    private static void mustBeDeclared(Set<String> declared, String name, String field, String kind, String section) {
        if (!declared.contains(name)) {
            throw new InvalidFieldException(field, "is \"" + name + "\", which is not a declared " + kind
                    + "; declared " + section + ": " + (declared.isEmpty() ? "none" : declared.stream().sorted().toList()));
        }
    }

    /** The project's id. */
    public String id() {
        return project.id();
    }

    /** A builder for a project with the given id, everything else unknown. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this project's values. */
    public Builder toBuilder() {
        Builder builder = new Builder(project.id());
        builder.name = project.name();
        builder.industry = project.industry();
        builder.startedOn = project.startedOn();
        builder.labels.putAll(project.labels());
        builder.goals(goals);
        builder.dataOps = dataOps;
        builder.datasets.replace(datasets);
        builder.team(team);
        builder.infrastructure(infrastructure);
        builder.tools.replace(tools);
        builder.lastToolAuditOn = lastToolAuditOn;
        builder.models.replace(models);
        builder.jurisdictions.replace(jurisdictions);
        builder.regulation(regulation);
        builder.history.replace(history);
        builder.waivers.replace(waivers);
        return builder;
    }

    /**
     * Builds a {@link Project}. The project's own fields ({@code name}, {@code industry}, {@code startedOn},
     * {@code labels}) are set here; sections and list entries are given built or as builders, which are built
     * with the project so that a field they reject is named by its full path ({@code team.members[1].experienceYears}).
     * Not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String name;
        private Industry industry;
        private LocalDate startedOn;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private Supplier<Goals> goals = () -> null;
        private DataOps dataOps;
        private final Entries<Dataset> datasets = new Entries<>();
        private Supplier<Team> team = () -> null;
        private Supplier<Infrastructure> infrastructure = () -> null;
        private final Entries<Tool> tools = new Entries<>();
        private LocalDate lastToolAuditOn;
        private final Entries<Model> models = new Entries<>();
        private final Entries<Jurisdiction> jurisdictions = new Entries<>();
        private Supplier<Regulation> regulation = () -> null;
        private final Entries<HistoryEvent> history = new Entries<>();
        private final Entries<Waiver> waivers = new Entries<>();

        private Builder(String id) {
            this.id = id;
        }

        /** Sets the project's readable name; null means none. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the industry the project serves; null means unknown. */
        public Builder industry(Industry industry) {
            this.industry = industry;
            return this;
        }

        /** Sets when work on the project started; null means unknown. */
        public Builder startedOn(LocalDate startedOn) {
            this.startedOn = startedOn;
            return this;
        }

        /** Replaces the project's labels; null means none. */
        public Builder labels(Map<String, String> labels) {
            this.labels.clear();
            if (labels != null) {
                this.labels.putAll(labels);
            }
            return this;
        }

        /** Sets one of the project's labels, replacing its earlier value. */
        public Builder label(String key, String value) {
            labels.put(key, value);
            return this;
        }

        /** Sets why the project exists; null means nothing is known of it. */
        public Builder goals(Goals goals) {
            this.goals = () -> goals;
            return this;
        }

        /** Sets why the project exists, built with the project so that a field it rejects is named {@code goals.…}. */
        public Builder goals(Goals.Builder goals) {
            Objects.requireNonNull(goals, "goals");
            this.goals = goals::build;
            return this;
        }

        /** Sets the project's DataOps; null means nothing is known of it. */
        public Builder dataOps(DataOps dataOps) {
            this.dataOps = dataOps;
            return this;
        }

        /** Replaces the datasets; null means none. */
        public Builder datasets(List<Dataset> datasets) {
            this.datasets.replace(datasets);
            return this;
        }

        /** Replaces the datasets. */
        public Builder datasets(Dataset... datasets) {
            this.datasets.replace(datasets);
            return this;
        }

        /** Adds a dataset. */
        public Builder addDataset(Dataset dataset) {
            datasets.add(dataset);
            return this;
        }

        /** Adds a dataset, built with the project so that a field it rejects is named {@code datasets[i].…}. */
        public Builder addDataset(Dataset.Builder dataset) {
            Objects.requireNonNull(dataset, "dataset");
            datasets.addLater(dataset::build);
            return this;
        }

        /** Sets the team; null means nothing is known of it. */
        public Builder team(Team team) {
            this.team = () -> team;
            return this;
        }

        /** Sets the team, built with the project so that a field it rejects is named {@code team.…}. */
        public Builder team(Team.Builder team) {
            Objects.requireNonNull(team, "team");
            this.team = team::build;
            return this;
        }

        /** Sets the infrastructure; null means nothing is known of it. */
        public Builder infrastructure(Infrastructure infrastructure) {
            this.infrastructure = () -> infrastructure;
            return this;
        }

        /** Sets the infrastructure, built with the project so that a field it rejects is named {@code infrastructure.…}. */
        public Builder infrastructure(Infrastructure.Builder infrastructure) {
            Objects.requireNonNull(infrastructure, "infrastructure");
            this.infrastructure = infrastructure::build;
            return this;
        }

        /** Replaces the tools; null means none. */
        public Builder tools(List<Tool> tools) {
            this.tools.replace(tools);
            return this;
        }

        /** Replaces the tools. */
        public Builder tools(Tool... tools) {
            this.tools.replace(tools);
            return this;
        }

        /** Adds a tool (one entry per tool and team). */
        public Builder addTool(Tool tool) {
            tools.add(tool);
            return this;
        }

        /** Adds a tool (one entry per tool and team), built with the project so that a field it rejects is named {@code tools[i].…}. */
        public Builder addTool(Tool.Builder tool) {
            Objects.requireNonNull(tool, "tool");
            tools.addLater(tool::build);
            return this;
        }

        /** Sets when the tool stack was last audited; null means never. */
        public Builder lastToolAuditOn(LocalDate lastToolAuditOn) {
            this.lastToolAuditOn = lastToolAuditOn;
            return this;
        }

        /** Replaces the models; null means none. */
        public Builder models(List<Model> models) {
            this.models.replace(models);
            return this;
        }

        /** Replaces the models. */
        public Builder models(Model... models) {
            this.models.replace(models);
            return this;
        }

        /** Adds a model. */
        public Builder addModel(Model model) {
            models.add(model);
            return this;
        }

        /** Adds a model, built with the project so that a field it rejects is named {@code models[i].…}. */
        public Builder addModel(Model.Builder model) {
            Objects.requireNonNull(model, "model");
            models.addLater(model::build);
            return this;
        }

        /** Replaces the jurisdictions; null means none. */
        public Builder jurisdictions(List<Jurisdiction> jurisdictions) {
            this.jurisdictions.replace(jurisdictions);
            return this;
        }

        /** Replaces the jurisdictions. */
        public Builder jurisdictions(Jurisdiction... jurisdictions) {
            this.jurisdictions.replace(jurisdictions);
            return this;
        }

        /** Adds a jurisdiction. */
        public Builder addJurisdiction(Jurisdiction jurisdiction) {
            jurisdictions.add(jurisdiction);
            return this;
        }

        /** Adds a jurisdiction, built with the project so that a field it rejects is named {@code jurisdictions[i].…}. */
        public Builder addJurisdiction(Jurisdiction.Builder jurisdiction) {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            jurisdictions.addLater(jurisdiction::build);
            return this;
        }

        /** Sets how the project handles regulation; null means nothing is known of it. */
        public Builder regulation(Regulation regulation) {
            this.regulation = () -> regulation;
            return this;
        }

        /** Sets how the project handles regulation, built with the project. */
        public Builder regulation(Regulation.Builder regulation) {
            Objects.requireNonNull(regulation, "regulation");
            this.regulation = regulation::build;
            return this;
        }

        /** Replaces the delivery events; null means none. */
        public Builder history(List<HistoryEvent> history) {
            this.history.replace(history);
            return this;
        }

        /** Replaces the delivery events. */
        public Builder history(HistoryEvent... history) {
            this.history.replace(history);
            return this;
        }

        /** Adds a delivery event. */
        public Builder addHistoryEvent(HistoryEvent event) {
            history.add(event);
            return this;
        }

        /** Replaces the waivers; null means none. */
        public Builder waivers(List<Waiver> waivers) {
            this.waivers.replace(waivers);
            return this;
        }

        /** Replaces the waivers. */
        public Builder waivers(Waiver... waivers) {
            this.waivers.replace(waivers);
            return this;
        }

        /** Adds a waiver. */
        public Builder addWaiver(Waiver waiver) {
            waivers.add(waiver);
            return this;
        }

        /**
         * The project, with every section and list entry given as a builder built now.
         *
         * @throws InvalidFieldException when a field is not allowed, naming its full path
         *                               ({@code project.id}, {@code team.members[1].experienceYears}, {@code models[0].trainedOn[0]})
         */
        public Project build() {
            ProjectInfo info = Checks.built("project", () -> new ProjectInfo(id, name, industry, startedOn, labels));
            return new Project(info, Checks.built("goals", goals), dataOps, datasets.build("datasets"), Checks.built("team", team),
                    Checks.built("infrastructure", infrastructure), tools.build("tools"), lastToolAuditOn, models.build("models"),
                    jurisdictions.build("jurisdictions"), Checks.built("regulation", regulation), history.build("history"),
                    waivers.build("waivers"));
        }
    }
}
