package dev.tempo.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.drools.model.Model;

/**
 * Rule packs pre-built at build time into Drools' executable model, found by the content of their
 * DRL: a pack is pre-built when an index {@code META-INF/tempo/prebuilt/<key>.properties} for the
 * SHA-256 of its DRL texts is on the class path. A changed DRL file changes the key, so a stale
 * pre-built form is never used: the pack is then compiled from its DRL as before.
 */
public final class Prebuilt {
    /** The folder of the indexes, on the class path. */
    public static final String INDEX_FOLDER = "META-INF/tempo/prebuilt/";

    private Prebuilt() {}

    /** The key of a pack's DRL: the SHA-256, in hex, of its texts in load order. */
    public static String key(List<DrlFile> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (DrlFile source : sources) {
                byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
                digest.update((text.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(text);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The index resource of a pack with these sources. */
    public static String indexOf(List<DrlFile> sources) {
        return INDEX_FOLDER + key(sources) + ".properties";
    }

    /**
     * The executable models of a pack pre-built with these exact sources, from tempo's class loader or
     * the thread's context class loader; empty when the pack was not pre-built.
     *
     * @throws IllegalStateException when an index names a class that is missing or is not a model
     *                               (a broken build, never a user's mistake)
     */
    static Optional<List<Model>> find(List<DrlFile> sources) {
        String index = indexOf(sources);
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(Prebuilt.class.getClassLoader());
        if (Thread.currentThread().getContextClassLoader() != null) {
            loaders.add(Thread.currentThread().getContextClassLoader());
        }
        for (ClassLoader loader : loaders) {
            try (InputStream in = loader.getResourceAsStream(index)) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return Optional.of(models(properties.getProperty("models", ""), loader, index));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + index, e);
            }
        }
        return Optional.empty();
    }

    private static List<Model> models(String names, ClassLoader loader, String index) {
        List<Model> models = new ArrayList<>();
        for (String name : Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList()) {
            try {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new IllegalStateException(index + " names " + name + ", which is not a loadable executable model;"
                        + " rebuild the pack with PackCompiler", e);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException(index + " names no model; rebuild the pack with PackCompiler");
        }
        return models;
    }
}
