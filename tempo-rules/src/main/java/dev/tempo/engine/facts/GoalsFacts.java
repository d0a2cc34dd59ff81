package dev.tempo.engine.facts;

import dev.tempo.model.MetricKind;
import dev.tempo.model.SuccessMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the GOALS rules (goals.drl) ask of the success metrics: which measure the model rather than the business. */
public final class GoalsFacts {
    /**
     * The well-known model metrics of TEMPO-GOALS-06, each a whole word: no letter or digit beside it
     * ({@code NDCG@10}, {@code ROC-AUC} and {@code F1-score} match; {@code F10} and {@code maestro} do not).
     */
    private static final Pattern MODEL_METRIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(accuracy|auc|f1|precision|recall|rmse|mae|mape|ndcg|log[ _-]?loss|perplexity|bleu|rouge)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private GoalsFacts() {}

    /**
     * Why a metric counts as a model metric, or null when it measures the business: {@code kind: MODEL},
     * or no kind and a name that names a well-known model metric. {@code kind: BUSINESS} opts a metric out.
     */
    public static String modelMetricReason(SuccessMetric metric) {
        if (metric.kind() == MetricKind.MODEL) {
            return "kind MODEL";
        }
        if (metric.kind() == null) {
            Matcher named = MODEL_METRIC.matcher(metric.name());
            if (named.find()) {
                return "its name names " + named.group(1).toUpperCase(Locale.ROOT) + ", a well-known model metric (kind not set)";
            }
        }
        return null;
    }

    /** Whether at least one metric is declared and every one measures the model, not the business. */
    public static boolean onlyModelMetrics(List<SuccessMetric> metrics) {
        return !metrics.isEmpty() && metrics.stream().allMatch(m -> modelMetricReason(m) != null);
    }

    /** One evidence line per metric: {@code goals.successMetrics[0] "forecast error (MAPE)": its name names MAPE, ...}. */
    public static List<String> modelMetricLines(List<SuccessMetric> metrics) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            lines.add("goals.successMetrics[" + i + "] \"" + metrics.get(i).name() + "\" measures the model: "
                    + modelMetricReason(metrics.get(i)));
        }
        return lines;
    }
}
