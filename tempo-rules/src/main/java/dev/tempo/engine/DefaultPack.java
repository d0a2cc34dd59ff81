package dev.tempo.engine;

import dev.tempo.engine.internal.RuleBase;
import java.util.List;

/** The default rule pack: the article's heuristics, one DRL file per factor. */
final class DefaultPack {
    /** The pack's DRL files on the class path, in factor order. */
    static final List<String> FILES = List.of("goals", "data", "team", "infrastructure", "tooling", "model", "regulation", "delivery")
            .stream().map(factor -> "dev/tempo/rules/" + factor + ".drl").toList();

    private DefaultPack() {}

    /** The default pack's rule base, compiled once per class loader on first use. */
    static RuleBase ruleBase() {
        return Holder.RULE_BASE;
    }

    /** The default pack's DRL files. */
    static List<DrlSource> sources() {
        return FILES.stream().map(file -> DrlSource.classpath(file, DefaultPack.class.getClassLoader())).toList();
    }

    private static final class Holder {
        static final RuleBase RULE_BASE = RuleBase.compile(sources());
    }
}
