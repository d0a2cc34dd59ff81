package dev.tempo.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldPathOrderTest {
    @Test
    void listIndexes_sortByNumber_restByCharacter() {
        List<String> paths = new ArrayList<>(List.of("datasets[10].owner", "datasets[2].versioned", "datasets[2].owner",
                "team.members", "datasets[1]", "goals.framing", "team.members[0].role"));
        paths.sort(FieldPathOrder.INSTANCE);
        assertThat(paths).containsExactly("datasets[1]", "datasets[2].owner", "datasets[2].versioned", "datasets[10].owner",
                "goals.framing", "team.members", "team.members[0].role");
    }

    @Test
    void equalPaths_compareEqual() {
        assertThat(FieldPathOrder.INSTANCE.compare("models[3].stage", "models[3].stage")).isZero();
        assertThat(FieldPathOrder.INSTANCE.compare("a[01]", "a[1]")).isZero();
    }
}
