package dev.tempo.engine.internal;

import dev.tempo.Factor;
import dev.tempo.InvalidInputException;
import dev.tempo.Problem;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.engine.DrlSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, immutable rule base and the catalogue of its rules' metadata; shared by every
 * assessment and every thread.
 *
 * <p>This is the one place rule bases are built. Today {@link #compile} compiles DRL at run
 * time (Drools' known start-up cost); a rule base pre-built at Maven build time would be a second
 * factory method here, and nothing else would change.
 */
public final class RuleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** Catalogue order: by factor (the article's first, in its order), then by id. */
    private static final Comparator<RuleInfo> CATALOGUE_ORDER = Comparator.comparing(RuleInfo::factor).thenComparing(RuleInfo::id);

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Set<Factor> factors;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules) {
        this.kieBase = kieBase;
        this.rules = Collections.unmodifiableMap(rules);
        Set<Factor> f = new TreeSet<>();
        rules.values().forEach(r -> f.add(r.factor()));
        this.factors = Collections.unmodifiableSet(f);
    }

    /**
     * Compiles DRL sources into one rule base, all or nothing.
     *
     * @throws InvalidInputException listing every compile error and every rule whose metadata is
     *                               missing or wrong, each with the source and, where Drools gives them, line and column
     */
    public static RuleBase compile(List<DrlSource> sources) {
        long start = System.nanoTime();
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("dev.tempo.rulebase", "build-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, DrlSource> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            DrlSource source = sources.get(i);
            Matcher pkg = PACKAGE.matcher(source.text());
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') : "defaultpkg";
            String path = folder + "/source" + i + ".drl";
            byPath.put(path, source);
            files.write("src/main/resources/" + path, source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Problem> problems = new ArrayList<>(DrlProblems.missingGlobals(sources));
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message message : errors) {
            // Drools follows a syntax error with this, at no line; the syntax error says it all
            boolean followOn = message.getText() != null && message.getText().contains("Parser returned a null Package")
                    && errors.stream().anyMatch(other -> other != message && Objects.equals(other.getPath(), message.getPath()));
            // a file that calls tempo without declaring it is reported once, by missingGlobals
            boolean undeclaredTempo = message.getText() != null && message.getText().contains("tempo cannot be resolved")
                    && problems.stream().anyMatch(p -> byPath.get(message.getPath()) != null
                            && p.source().equals(byPath.get(message.getPath()).name()) && p.message().startsWith("calls tempo without"));
            if (!followOn && !undeclaredTempo) {
                problems.add(DrlProblems.of(message, byPath.get(message.getPath())));
            }
        }
        if (!problems.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new InvalidInputException(problems);
        }
        // Drools compiles a constraint to bytecode after 20 evaluations ("jitting"); that step fails
        // (with a WARN per constraint) on many of our null-safe constraints and has crashed on others
        // (str[...] in 10.2.0). Interpreted constraints cost ~25% more per assessment, still ~150 µs.
        KieBaseConfiguration configuration = services.newKieBaseConfiguration();
        configuration.setProperty("drools.jittingThreshold", "-1");
        KieBase kieBase = services.newKieContainer(releaseId).newKieBase(configuration);
        services.getRepository().removeKieModule(releaseId);
        RuleBase ruleBase = new RuleBase(kieBase, catalogue(kieBase, RuleLocations.of(sources)));
        LOG.debug("compiled {} rules from {} DRL files in {} ms", ruleBase.rules.size(), sources.size(),
                (System.nanoTime() - start) / 1_000_000);
        return ruleBase;
    }

    private static Map<String, RuleInfo> catalogue(KieBase kieBase, RuleLocations locations) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        Map<String, Rule> declaredBy = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<Rule> all = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            all.addAll(pkg.getRules());
        }
        all.sort((a, b) -> (a.getPackageName() + "." + a.getName()).compareTo(b.getPackageName() + "." + b.getName()));
        for (Rule rule : all) {
            String where = "rule \"" + rule.getName() + "\"";
            Map<String, Object> meta = rule.getMetaData();
            int before = problems.size();
            List<String> missing = new ArrayList<>();
            for (String key : List.of("id", "factor", "severity", "title")) {
                if (text(meta, key).isEmpty()) {
                    missing.add("@" + key);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(locations.problem(rule, where, "lacks " + String.join(", ", missing)
                        + "; every rule declares @id, @factor, @severity and @title"));
            }
            Severity severity = null;
            Factor factor = null;
            try {
                severity = text(meta, "severity").isEmpty() ? null : Severity.parse(text(meta, "severity"));
            } catch (IllegalArgumentException e) {
                problems.add(locations.problem(rule, where, "has @severity(\"" + text(meta, "severity") + "\"): " + e.getMessage()));
            }
            try {
                factor = text(meta, "factor").isEmpty() ? null : Factor.of(text(meta, "factor"));
            } catch (IllegalArgumentException e) {
                problems.add(locations.problem(rule, where, "has @factor(\"" + text(meta, "factor") + "\"): " + e.getMessage()));
            }
            String explanation = text(meta, "explanation");
            if (!explanation.isEmpty() && !explanation.equals("true") && !explanation.equals("false")) {
                problems.add(locations.problem(rule, where, "has @explanation(\"" + explanation + "\"); must be true or false"));
            }
            String id = text(meta, "id");
            Rule first = id.isEmpty() ? null : declaredBy.putIfAbsent(id, rule);
            if (first != null) {
                problems.add(locations.problem(rule, where, "declares @id \"" + id + "\", which rule \"" + first.getName()
                        + "\" at " + locations.describe(first) + " already declares; rule ids must be unique"));
            }
            if (problems.size() > before) {
                continue;
            }
            String thresholds = text(meta, "uses");
            byId.put(id, new RuleInfo(id, factor, severity, text(meta, "title"), text(meta, "source"),
                    text(meta, "recommendation"), text(meta, "description"),
                    thresholds.isEmpty() ? List.of() : Arrays.stream(thresholds.split(",")).map(String::strip).toList(),
                    explanation.equals("true")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, RuleInfo> ordered = new LinkedHashMap<>();
        byId.values().stream().sorted(CATALOGUE_ORDER).forEach(rule -> ordered.put(rule.id(), rule));
        return ordered;
    }

    private static String text(Map<String, Object> meta, String key) {
        // Drools files @description under the name of kie-api's own @Description annotation
        Object value = meta.containsKey(key) || !key.equals("description") ? meta.get(key)
                : meta.get("org.kie.api.definition.type.Description");
        if (value == null) {
            return "";
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }

    /** The compiled rules; sessions made from it are independent. */
    public KieBase kieBase() {
        return kieBase;
    }

    /** The rules' metadata by id, by factor (the article's first) and then by id. */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    /** The factors of the loaded rules, the article's first. */
    public Set<Factor> factors() {
        return factors;
    }
}
