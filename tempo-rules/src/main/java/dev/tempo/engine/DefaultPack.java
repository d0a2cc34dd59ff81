package dev.tempo.engine;

import dev.tempo.engine.internal.DrlFile;
import dev.tempo.engine.internal.RuleBase;
import java.util.List;

/** The default rule pack: the article's heuristics, one DRL file per factor. */
final class DefaultPack {
    /** The pack's DRL files on the class path, in factor order. */
    static final List<String> FILES = List.of("goals", "data", "team", "infrastructure", "tooling", "model", "regulation", "delivery")
            .stream().map(factor -> "dev/tempo/rules/" + factor + ".drl").toList();

    private DefaultPack() {}

    /**
     * The default pack's rule base, loaded once per class loader on first use: from its executable
     * model, pre-built at build time, or (when that is missing, say in an IDE that skipped the build
     * step) compiled from its DRL.
     */
    static RuleBase ruleBase() {
        return Holder.RULE_BASE;
    }

    /** The default pack's DRL files. */
    static List<DrlSource> sources() {
        return FILES.stream().map(file -> DrlSource.classpath(file, DefaultPack.class.getClassLoader())).toList();
    }

    /** The default pack's DRL files as the rule base takes them. */
    static List<DrlFile> files() {
        return sources().stream().map(DrlSource::file).toList();
    }

    private static final class Holder {
        static final RuleBase RULE_BASE = RuleBase.of(List.of(files()));
    }
}
