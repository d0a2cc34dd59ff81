package dev.tempo.testing;

import java.util.List;

/**
 * A platform's own record, handed to its own rules beside a project (an extra fact).
 *
 * @param model     the model the rota covers
 * @param engineers who is on call
 */
public record OnCallRota(String model, List<String> engineers) {
    public OnCallRota {
        engineers = List.copyOf(engineers);
    }
}
