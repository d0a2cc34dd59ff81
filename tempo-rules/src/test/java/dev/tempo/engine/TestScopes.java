package dev.tempo.engine;

import dev.tempo.Policy;
import dev.tempo.testing.Fixtures;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessment scopes for unit tests of the helpers that take the DRL global {@code tempo} to name the
 * descriptor paths of unknown fields.
 */
public final class TestScopes {
    private TestScopes() {}

    /** A scope with the default policy on {@link Fixtures#AS_OF} that knows the given facts' descriptor paths. */
    public static AssessmentScope withPaths(Map<Object, String> paths) {
        return new AssessmentScope(Policy.DEFAULTS, Fixtures.AS_OF, Map.of(), new IdentityHashMap<>(paths), List.of());
    }
}
