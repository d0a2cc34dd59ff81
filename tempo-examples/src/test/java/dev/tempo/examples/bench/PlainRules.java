package dev.tempo.examples.bench;

import dev.tempo.model.Dataset;
import dev.tempo.model.Model;
import dev.tempo.model.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * Five checks in the spirit of the default pack, in plain Java: the cheapest an assessment of these
 * records could be, with no rule engine. Not tempo's rules (those are the DRL); a yardstick.
 */
final class PlainRules {
    private PlainRules() {}

    static List<String> evaluate(Project project) {
        List<String> findings = new ArrayList<>();
        if (project.goals().successMetrics().isEmpty()) {
            findings.add("GOALS: no success metric");
        }
        for (Dataset dataset : project.datasets()) {
            if (Boolean.FALSE.equals(dataset.versioned())) {
                findings.add("DATA: " + dataset.name() + " is not versioned");
            }
        }
        for (Model model : project.models()) {
            if (Boolean.FALSE.equals(model.monitored())) {
                findings.add("MODEL: " + model.name() + " is not monitored");
            }
            if (model.trainedOn().isEmpty()) {
                findings.add("MODEL: " + model.name() + " names no training data");
            }
        }
        if (project.team().members().size() < 2) {
            findings.add("TEAM: fewer than two members");
        }
        return findings;
    }
}
