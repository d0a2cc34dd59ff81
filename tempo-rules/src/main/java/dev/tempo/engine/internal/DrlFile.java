package dev.tempo.engine.internal;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one DRL file and the name problems point at: what the engine's public
 * {@code dev.tempo.engine.DrlSource} holds, as the rule base takes it.
 *
 * @param name the file's name as a user knows it (a path, or {@code classpath:dev/tempo/rules/data.drl})
 * @param text the DRL
 */
public record DrlFile(String name, String text) {
    /** A rule's declaration, {@code rule "NAME"}; group 1 is the name. */
    static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    public DrlFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** The package the file declares, or {@code defaultpkg} (Drools' name) when it declares none. */
    String packageName() {
        Matcher pkg = PACKAGE.matcher(text);
        return pkg.find() ? pkg.group(1) : "defaultpkg";
    }

    /** The line (from 1) of an offset in a text. */
    static int lineOf(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
