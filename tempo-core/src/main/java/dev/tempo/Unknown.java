package dev.tempo;

import java.util.List;

/**
 * An absent fact that kept rules from deciding.
 *
 * @param field the field path in the descriptor ({@code datasets[0].qualityChecks})
 * @param rules the ids of the rules that could not decide, sorted
 */
public record Unknown(String field, List<String> rules) {
    public Unknown {
        rules = List.copyOf(rules);
    }
}
