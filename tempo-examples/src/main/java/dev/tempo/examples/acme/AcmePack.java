package dev.tempo.examples.acme;

import dev.tempo.engine.RulePack;
import dev.tempo.engine.TempoEngine;
import java.util.List;

/**
 * An example organisation's rule pack: ACME's own rules, loaded beside tempo's default pack.
 *
 * <pre>{@code
 * Tempo tempo = AcmePack.addTo(TempoEngine.builder()).build();
 * }</pre>
 *
 * <p>The rules are the DRL files under {@code packs/acme/} on the class path, listed by the pack manifest
 * {@value #MANIFEST} (package
 * {@code com.acme.tempo}): ACME-01, a production model needs an on-call owner (TEAM); ACME-02, no
 * proprietary tool without an exit plan (TOOLING); ACME-03, personal data needs an accountable
 * owner, in a factor of ACME's own, SECURITY; ACME-04, a production model carries an {@code owner}
 * label (TEAM), a rule on the organisation's own labels.
 */
public final class AcmePack {
    /** The pack's manifest on the class path; it lists the rule files under {@code packs/acme/}. */
    public static final String MANIFEST = "packs/acme/tempo-pack.properties";

    /** The ids of the pack's rules. */
    public static final List<String> RULE_IDS = List.of("ACME-01", "ACME-02", "ACME-03", "ACME-04");

    private AcmePack() {}

    /**
     * The pack, read from the class path.
     *
     * @throws dev.tempo.model.InvalidInputException when the manifest or a rule file is missing
     */
    public static RulePack pack() {
        return RulePack.classpath(MANIFEST, AcmePack.class.getClassLoader());
    }

    /** Adds the pack to an engine builder: {@code AcmePack.addTo(TempoEngine.builder()).build()}. */
    public static TempoEngine.Builder addTo(TempoEngine.Builder builder) {
        return builder.rulePack(pack());
    }
}
