package dev.tempo.examples.acme;

import dev.tempo.engine.DrlSource;
import dev.tempo.engine.TempoEngine;
import java.util.List;

/**
 * An example organisation's rule pack: ACME's own rules, loaded beside tempo's default pack.
 *
 * <pre>{@code
 * Tempo tempo = AcmePack.addTo(TempoEngine.builder()).build();
 * }</pre>
 *
 * <p>The rules are the DRL files under {@code packs/acme/} on the class path (package
 * {@code com.acme.tempo}): ACME-01, a production model needs an on-call owner (TEAM); ACME-02, no
 * proprietary tool without an exit plan (TOOLING); ACME-03, personal data needs an accountable
 * owner, in a factor of ACME's own, SECURITY.
 */
public final class AcmePack {
    /** The pack's rule files, relative to the class path. */
    public static final List<String> FILES = List.of(
            "packs/acme/ownership.drl",
            "packs/acme/tooling.drl",
            "packs/acme/security.drl");

    /** The ids of the pack's rules. */
    public static final List<String> RULE_IDS = List.of("ACME-01", "ACME-02", "ACME-03");

    private AcmePack() {}

    /**
     * Adds the pack's rules to an engine builder; the one place the pack is loaded.
     *
     * @throws IllegalArgumentException when a rule file is missing from the class path
     */
    public static TempoEngine.Builder addTo(TempoEngine.Builder builder) {
        for (String file : FILES) {
            builder.addRules(DrlSource.classpath(file, AcmePack.class.getClassLoader()));
        }
        return builder;
    }
}
