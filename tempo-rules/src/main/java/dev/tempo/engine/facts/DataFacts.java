package dev.tempo.engine.facts;

import dev.tempo.engine.Evidence;
import dev.tempo.model.Dataset;
import dev.tempo.model.Model;
import java.time.LocalDate;
import java.util.List;

/**
 * What the DATA rules (data.drl) ask of the datasets, the models and the other findings, in one
 * place so that every rule answers "is this dataset used for training?" the same way.
 *
 * <p>A dataset is used for training when its {@code usedForTraining} is true or some model names it
 * in {@code trainedOn}; it is not when {@code usedForTraining} is false and no model names it; it is
 * unknown when {@code usedForTraining} is absent and no model names it.
 */
public final class DataFacts {
    private DataFacts() {}

    /** The names of the models trained on the dataset, in declared order. */
    public static List<String> modelsTrainedOn(Dataset dataset, List<Model> models) {
        return models.stream().filter(m -> m.trainedOn().contains(dataset.name())).map(Model::name).toList();
    }

    /**
     * Whether the dataset is used for training: true, false, or null when unknown (its
     * {@code usedForTraining} is absent and no model is trained on it).
     */
    public static Boolean usedForTraining(Dataset dataset, List<Model> models) {
        if (Boolean.TRUE.equals(dataset.usedForTraining()) || !modelsTrainedOn(dataset, models).isEmpty()) {
            return Boolean.TRUE;
        }
        return dataset.usedForTraining();
    }

    /** Whether the dataset is, or may be (unknown), used for training. */
    public static boolean mayBeUsedForTraining(Dataset dataset, List<Model> models) {
        return !Boolean.FALSE.equals(usedForTraining(dataset, models));
    }

    /**
     * An evidence line saying why the dataset counts as used for training:
     * {@code orders is used for training (usedForTraining = true; trained on by recommender)}.
     */
    public static String trainingUse(Dataset dataset, List<Model> models) {
        List<String> trainers = modelsTrainedOn(dataset, models);
        String flag = "usedForTraining = " + (dataset.usedForTraining() == null ? "unknown" : dataset.usedForTraining());
        String by = trainers.isEmpty() ? "no model's trainedOn names it" : "trained on by " + Evidence.list(trainers);
        String verdict = usedForTraining(dataset, models) == null ? "may be used for training" : "is used for training";
        return dataset.name() + " " + verdict + " (" + flag + "; " + by + ")";
    }

    /**
     * Whether data refreshed on {@code lastRefreshed} is staler than {@code maxAgeDays} on {@code today}:
     * {@code lastRefreshed + maxAgeDays < today}.
     */
    public static boolean isStale(LocalDate lastRefreshed, Integer maxAgeDays, LocalDate today) {
        return lastRefreshed.plusDays(maxAgeDays).isBefore(today);
    }
}
