package dev.tempo.engine.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.model.Dataset;
import dev.tempo.model.Model;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataFactsTest {
    private static final Dataset ORDERS = Dataset.builder("orders").build();
    private static final List<Model> TRAINING_ON_ORDERS = List.of(
            Model.builder("a").trainedOn(List.of("orders")).build(), Model.builder("b").build(),
            Model.builder("c").trainedOn(List.of("clicks", "orders")).build());

    private static Dataset flagged(Boolean usedForTraining) {
        return Dataset.builder("orders").usedForTraining(usedForTraining).build();
    }

    @Test
    void aDatasetIsUsedForTraining_whenFlaggedOrNamedInTrainedOn() {
        assertThat(DataFacts.usedForTraining(flagged(true), List.of())).isTrue();
        assertThat(DataFacts.usedForTraining(flagged(false), TRAINING_ON_ORDERS)).isTrue();
        assertThat(DataFacts.usedForTraining(flagged(null), TRAINING_ON_ORDERS)).isTrue();
        assertThat(DataFacts.usedForTraining(flagged(false), List.of())).isFalse();
        assertThat(DataFacts.usedForTraining(flagged(null), List.of())).isNull();
        assertThat(DataFacts.mayBeUsedForTraining(flagged(null), List.of())).isTrue();
        assertThat(DataFacts.mayBeUsedForTraining(flagged(false), List.of())).isFalse();
    }

    @Test
    void trainingUse_namesTheFlagAndTheModels() {
        assertThat(DataFacts.modelsTrainedOn(ORDERS, TRAINING_ON_ORDERS)).containsExactly("a", "c");
        assertThat(DataFacts.trainingUse(flagged(false), TRAINING_ON_ORDERS))
                .isEqualTo("orders is used for training (usedForTraining = false; trained on by a, c)");
        assertThat(DataFacts.trainingUse(flagged(null), List.of()))
                .isEqualTo("orders may be used for training (usedForTraining = unknown; no model's trainedOn names it)");
    }

    @Test
    void staleness_countsTheMaxAgeDayItselfAsFresh() {
        LocalDate refreshed = LocalDate.of(2026, 1, 1);
        assertThat(DataFacts.isStale(refreshed, 10, LocalDate.of(2026, 1, 11))).isFalse();
        assertThat(DataFacts.isStale(refreshed, 10, LocalDate.of(2026, 1, 12))).isTrue();
        assertThat(DataFacts.isStale(refreshed, 0, refreshed)).isFalse();
    }
}
