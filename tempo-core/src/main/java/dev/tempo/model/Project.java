package dev.tempo.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One ML project as described for assessment: the root of a descriptor, field for field.
 *
 * <p>Build one with {@link #builder(String)} or read it with {@code dev.tempo.descriptor.DescriptorReader}.
 * Absent sections are all-unknown ({@link Goals#UNKNOWN}, ...), absent lists are empty, and a
 * null scalar anywhere means "unknown", never {@code false} or {@code 0}. The constructor rejects
 * duplicate names and references to undeclared datasets, tools, models and jurisdictions.
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
@RecordBuilder
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

    /** A builder for a project with the given id. */
    public static ProjectBuilder builder(String id) {
        return ProjectBuilder.builder().project(ProjectInfo.of(id));
    }
}
