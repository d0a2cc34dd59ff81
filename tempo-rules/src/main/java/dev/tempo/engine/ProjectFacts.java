package dev.tempo.engine;

import dev.tempo.DeliveryMetrics;
import dev.tempo.Policy;
import dev.tempo.model.Dataset;
import dev.tempo.model.Jurisdiction;
import dev.tempo.model.Member;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import dev.tempo.model.Tool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** The facts one assessment inserts, each with its descriptor path. */
final class ProjectFacts {
    private final List<Object> all = new ArrayList<>();
    private final IdentityHashMap<Object, String> paths = new IdentityHashMap<>();

    private ProjectFacts() {}

    /** The facts of a project; {@code delivery} is inserted when the project's delivery is measured (not null). */
    static ProjectFacts of(Project project, Policy policy, LocalDate asOf, DeliveryMetrics delivery) {
        ProjectFacts facts = new ProjectFacts();
        facts.add(project, "");
        facts.add(project.project(), "project");
        facts.add(project.goals(), "goals");
        facts.add(project.dataOps(), "dataOps");
        facts.add(project.team(), "team");
        facts.addAll(project.team().members(), "team.members");
        facts.add(project.infrastructure(), "infrastructure");
        facts.addAll(project.datasets(), "datasets");
        facts.addAll(project.tools(), "tools");
        facts.addAll(project.models(), "models");
        facts.addAll(project.jurisdictions(), "jurisdictions");
        facts.add(project.regulation(), "regulation");
        facts.addAll(project.history(), "history");
        facts.all.add(policy);
        facts.all.add(policy.thresholds());
        facts.all.add(new AssessmentDate(asOf));
        if (delivery != null) {
            facts.all.add(delivery);
        }
        return facts;
    }

    private void add(Object fact, String path) {
        all.add(fact);
        paths.put(fact, path);
    }

    private void addAll(List<?> facts, String path) {
        for (int i = 0; i < facts.size(); i++) {
            add(facts.get(i), path + "[" + i + "]");
        }
    }

    List<Object> all() {
        return all;
    }

    IdentityHashMap<Object, String> paths() {
        return paths;
    }

    /** Names the matched facts for an error message: {@code datasets[0] (loans)}. */
    String describe(Collection<?> objects) {
        String described = objects.stream().filter(paths::containsKey).map(fact -> {
            String path = paths.get(fact);
            String name = fact instanceof Dataset d ? d.name() : fact instanceof Model m ? m.name()
                    : fact instanceof Tool t ? t.name() : fact instanceof Member m ? m.name()
                    : fact instanceof Jurisdiction j ? j.code() : null;
            return (path.isEmpty() ? "the project" : path) + (name == null ? "" : " (" + name + ")");
        }).collect(Collectors.joining(", "));
        return described.isEmpty() ? "the project" : described;
    }
}
