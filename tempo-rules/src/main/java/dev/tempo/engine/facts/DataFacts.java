package dev.tempo.engine.facts;

import dev.tempo.engine.Evidence;
import dev.tempo.model.Dataset;
import dev.tempo.model.Model;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The models trained on each dataset, by dataset name, of the last list of models asked about:
     * every dataset rule asks once per dataset, and a project's models are one list, so it is built
     * once per assessment instead of once per dataset (datasets x models). Immutable, so threads
     * assessing other projects at once only rebuild it.
     */
    private record Trainers(List<Model> models, Map<String, List<String>> byDataset) {}

    private static volatile Trainers last = new Trainers(List.of(), Map.of());

    private static Map<String, List<String>> trainers(List<Model> models) {
        Trainers cached = last;
        if (cached.models() != models) {
            Map<String, List<String>> byDataset = new HashMap<>();
            for (Model model : models) {
                for (String dataset : model.trainedOn()) {
                    byDataset.computeIfAbsent(dataset, d -> new ArrayList<>()).add(model.name());
                }
            }
            cached = new Trainers(models, byDataset);
            last = cached;
        }
        return cached.byDataset();
    }

    /** The names of the models trained on the dataset, in declared order. */
    public static List<String> modelsTrainedOn(Dataset dataset, List<Model> models) {
        return List.copyOf(trainers(models).getOrDefault(dataset.name(), List.of()));
    }

    /**
     * Whether the dataset is used for training: true, false, or null when unknown (its
     * {@code usedForTraining} is absent and no model is trained on it).
     */
    public static Boolean usedForTraining(Dataset dataset, List<Model> models) {
        if (Boolean.TRUE.equals(dataset.usedForTraining()) || trainers(models).containsKey(dataset.name())) {
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
