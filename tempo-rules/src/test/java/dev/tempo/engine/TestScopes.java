package dev.tempo.engine;

import dev.tempo.Policy;
import dev.tempo.model.Project;
import dev.tempo.testing.Fixtures;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessment scopes for tests of the helpers the rules call ({@code dev.tempo.engine.facts}), which
 * name the facts of a project by their descriptor paths ({@code tempo.path(fact)}).
 */
public final class TestScopes {
    private TestScopes() {}

    /** A scope over the project's facts, with the default policy, on {@link Fixtures#AS_OF}. */
    public static AssessmentScope of(Project project) {
        ProjectFacts facts = ProjectFacts.of(project, Policy.DEFAULTS, Fixtures.AS_OF, null);
        return new AssessmentScope(Policy.DEFAULTS, Fixtures.AS_OF, Map.of(), facts.paths(), project.waivers());
    }

    /** A scope with the default policy on {@link Fixtures#AS_OF} that knows the given facts' descriptor paths. */
    public static AssessmentScope withPaths(Map<Object, String> paths) {
        return new AssessmentScope(Policy.DEFAULTS, Fixtures.AS_OF, Map.of(), new IdentityHashMap<>(paths), List.of());
    }
}
