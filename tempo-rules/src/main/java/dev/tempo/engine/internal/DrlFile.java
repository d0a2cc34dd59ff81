package dev.tempo.engine.internal;

import java.util.Objects;

/**
 * The text of one DRL file and the name problems point at: what the engine's public
 * {@code dev.tempo.engine.DrlSource} holds, as the rule base takes it.
 *
 * @param name the file's name as a user knows it (a path, or {@code classpath:dev/tempo/rules/data.drl})
 * @param text the DRL
 */
public record DrlFile(String name, String text) {
    public DrlFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
