package dev.tempo.engine;

import dev.tempo.engine.internal.DrlFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The text of one DRL file and the name errors point at.
 *
 * @param name the file's name as a user knows it (a path, or {@code classpath:dev/tempo/rules/data.drl})
 * @param text the DRL
 */
public record DrlSource(String name, String text) {
    public DrlSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * Reads a DRL file from the class path.
     *
     * @throws IllegalArgumentException when there is no such resource
     */
    public static DrlSource classpath(String resource, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no rule file " + resource + " on the class path");
            }
            return new DrlSource("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + resource, e);
        }
    }

    /** This file as the rule base takes it. */
    DrlFile file() {
        return new DrlFile(name, text);
    }
}
