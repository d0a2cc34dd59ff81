package dev.tempo.engine.internal;

import dev.tempo.Factor;
import dev.tempo.RuleInfo;
import dev.tempo.Severity;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
import java.util.function.Consumer;
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
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.TypeDeclaration;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, immutable rule base and the catalogue of its rules' metadata; shared by every
 * assessment and every thread.
 *
 * <p>This is the one place rule bases are built: {@link #of} loads the packs pre-built at Maven
 * build time (Drools' executable model, see {@link Prebuilt}) and compiles the others' DRL at run
 * time (Drools' known start-up cost: seconds); {@link #compile} always compiles.
 */
public final class RuleBase {
    private static final Pattern SEVERITY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);
    private static final AtomicLong BUILDS = new AtomicLong();

    /** Catalogue order: by factor (the article's first, in its order), then by id. */
    private static final Comparator<RuleInfo> CATALOGUE_ORDER = Comparator.comparing(RuleInfo::factor).thenComparing(RuleInfo::id);

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final Set<Factor> factors;
    private final int compiledRules;

    private RuleBase(KieBase kieBase, Map<String, RuleInfo> rules, int compiledRules) {
        this.kieBase = kieBase;
        this.compiledRules = compiledRules;
        this.rules = Collections.unmodifiableMap(rules);
        Set<Factor> f = new TreeSet<>();
        rules.values().forEach(r -> f.add(r.factor()));
        this.factors = Collections.unmodifiableSet(f);
    }

    /**
     * The rule base of several packs, each given by its DRL files: a pack pre-built at build time
     * (see {@link Prebuilt}) is loaded from its executable model, and the others are compiled from
     * their DRL together, all or nothing. Either way the rules are the same.
     *
     * @throws InvalidInputException listing every compile error and every rule whose metadata is
     *                               missing or wrong, each with the source and, where Drools gives them, line and column
     */
    public static RuleBase of(List<List<DrlFile>> packs) {
        long start = System.nanoTime();
        List<Model> models = new ArrayList<>();
        List<DrlFile> drl = new ArrayList<>();
        List<DrlFile> all = new ArrayList<>();
        for (List<DrlFile> pack : packs) {
            all.addAll(pack);
            Prebuilt.find(pack).ifPresentOrElse(models::addAll, () -> drl.addAll(pack));
        }
        RuleLocations locations = RuleLocations.of(all);
        KieBase compiled = drl.isEmpty() ? null : compiledKieBase(drl);
        KieBase kieBase = compiled;
        if (!models.isEmpty()) {
            InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(models, configuration());
            if (compiled != null) {
                checkNoRuleDeclaredTwice(base, compiled, RuleLocations.of(drl));
                addCompiled(base, compiled, drl);
            }
            kieBase = base;
        }
        int compiledRules = compiled == null ? 0 : compiled.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
        List<Problem> fields = compiled == null ? List.of() : VerdictFields.check(kieBase, drl);
        RuleBase ruleBase = new RuleBase(kieBase, catalogue(kieBase, locations, fields), compiledRules);
        LOG.debug("built {} rules ({} pre-built, {} compiled from {} DRL files) in {} ms", ruleBase.rules.size(),
                ruleBase.rules.size() - compiledRules, compiledRules, drl.size(), (System.nanoTime() - start) / 1_000_000);
        return ruleBase;
    }

    /**
     * Compiles DRL sources into one rule base at run time, all or nothing, ignoring any pre-built
     * form (the reference a pre-built rule base is checked against).
     *
     * @throws InvalidInputException as {@link #of(List)}
     */
    public static RuleBase compile(List<DrlFile> sources) {
        KieBase kieBase = compiledKieBase(sources);
        return new RuleBase(kieBase, catalogue(kieBase, RuleLocations.of(sources), VerdictFields.check(kieBase, sources)),
                kieBase.getKiePackages().stream()
                .mapToInt(p -> p.getRules().size()).sum());
    }

    /**
     * Builds DRL sources with Drools' {@link KieBuilder} of the given project type and returns the
     * built module's builder, after checking that it has no errors. The module stays in Drools'
     * repository until {@link #release(KieBuilder)}.
     *
     * @throws InvalidInputException listing every compile error, as {@link #of(List)}
     */
    public static KieBuilder built(List<DrlFile> sources, Class<? extends KieBuilder.ProjectType> projectType) {
        KieServices services = KieServices.Factory.get();
        // the executable model names its classes after the release: one derived from the DRL keeps a pre-built
        // pack's class names the same from build to build, and different for different DRL
        String artifact = projectType == null ? "build-" + BUILDS.incrementAndGet() : "prebuilt-" + Prebuilt.key(sources).substring(0, 16);
        ReleaseId releaseId = services.newReleaseId("dev.tempo.rulebase", artifact, "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, DrlFile> byPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            DrlFile source = sources.get(i);
            String folder = source.packageName().replace('.', '/');
            String path = folder + "/source" + i + ".drl";
            byPath.put(path, source);
            files.write("src/main/resources/" + path, source.text());
        }
        KieBuilder builder = projectType == null ? services.newKieBuilder(files).buildAll() : services.newKieBuilder(files).buildAll(projectType);
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
        return builder;
    }

    /** Removes a module {@link #built} from Drools' repository, where it would stay for the JVM's life. */
    public static void release(KieBuilder builder) {
        KieServices.Factory.get().getRepository().removeKieModule(builder.getKieModule().getReleaseId());
    }

    /**
     * The rule base of DRL sources compiled at run time: their packages, as the builder compiled them,
     * in a new knowledge base (not through a {@code KieContainer}, which logs two INFO lines per rule base).
     */
    private static KieBase compiledKieBase(List<DrlFile> sources) {
        KieBuilder builder = built(sources, null);
        try {
            Collection<KiePackage> packages = ((InternalKieModule) builder.getKieModule()).getKnowledgePackagesForKieBase("defaultKieBase");
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(configuration());
            base.addPackages(packages);
            return base;
        } finally {
            release(builder);
        }
    }

    private static KieBaseConfiguration configuration() {
        // Drools compiles a DRL constraint to bytecode after 20 evaluations ("jitting"); that step failed
        // (with a WARN per constraint) on many of our null-safe constraints and has crashed on others
        // (str[...] in 10.2.0), so DRL compiled at run time stays interpreted. Pre-built packs need no jitting.
        KieBaseConfiguration configuration = KieServices.Factory.get().newKieBaseConfiguration();
        configuration.setProperty("drools.jittingThreshold", "-1");
        return configuration;
    }

    /**
     * Adds packages compiled from DRL to a rule base loaded from executable models. Both describe the
     * Java classes they match (a {@code List} from {@code collect}) with a type declaration, and the
     * two compilers disagree on one flag, "typesafe", which Drools refuses to merge; the loaded
     * base's flag is kept.
     */
    private static void addCompiled(InternalKnowledgeBase base, KieBase compiled, List<DrlFile> drl) {
        for (KiePackage pkg : compiled.getKiePackages()) {
            for (TypeDeclaration declaration : ((InternalKnowledgePackage) pkg).getTypeDeclarations().values()) {
                TypeDeclaration loaded = declaration.getTypeClass() == null ? null : base.getExactTypeDeclaration(declaration.getTypeClass());
                if (loaded != null && declaration.getNature() != TypeDeclaration.Nature.DEFINITION) {
                    declaration.setTypesafe(loaded.isTypesafe());
                }
            }
        }
        try {
            base.addPackages(compiled.getKiePackages());
        } catch (RuntimeException e) {
            throw new InvalidInputException(new Problem(drl.get(0).name(), "", 0, 0,
                    "cannot be loaded beside the pre-built rules: " + e.getMessage()));
        }
    }

    private static void checkNoRuleDeclaredTwice(KieBase prebuilt, KieBase compiled, RuleLocations locations) {
        List<Problem> problems = new ArrayList<>();
        for (KiePackage pkg : compiled.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (prebuilt.getRule(rule.getPackageName(), rule.getName()) != null) {
                    problems.add(locations.problem(rule, "rule \"" + rule.getName() + "\"", "is declared in package "
                            + rule.getPackageName() + " by another loaded pack too; rule names must be unique within a package"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The rules' metadata by id; every metadata problem, after {@code earlier} ones, in one exception. */
    private static Map<String, RuleInfo> catalogue(KieBase kieBase, RuleLocations locations, List<Problem> earlier) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        Map<String, Rule> declaredBy = new HashMap<>();
        List<Problem> problems = new ArrayList<>(earlier);
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
            Map<String, Severity> severities = severities(text(meta, "severities"), message ->
                    problems.add(locations.problem(rule, where, "has @severities(\"" + text(meta, "severities") + "\"): " + message)));
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
                    explanation.equals("true"), severities));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, RuleInfo> ordered = new LinkedHashMap<>();
        byId.values().stream().sorted(CATALOGUE_ORDER).forEach(rule -> ordered.put(rule.id(), rule));
        return ordered;
    }

    /**
     * A rule's other severities, {@code @severities("restricted=MEDIUM, twiceThePolicy=HIGH")}: each case a
     * name (a letter, then letters, digits or underscores) and a severity; every mistake goes to {@code problems}.
     */
    static Map<String, Severity> severities(String text, Consumer<String> problems) {
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return severities;
        }
        for (String entry : text.split(",", -1)) {
            String[] parts = entry.split("=", -1);
            String name = parts[0].strip();
            if (parts.length != 2 || !SEVERITY_NAME.matcher(name).matches()) {
                problems.accept("\"" + entry.strip() + "\" is not name=SEVERITY (a name is a letter, then letters, digits or underscores)");
                continue;
            }
            try {
                Severity severity = Severity.parse(parts[1].strip());
                if (severities.putIfAbsent(name, severity) != null) {
                    problems.accept("the name \"" + name + "\" is declared twice");
                }
            } catch (IllegalArgumentException e) {
                problems.accept("\"" + name + "\": " + e.getMessage());
            }
        }
        return severities;
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

    /** How many of its rules were compiled from DRL at run time rather than loaded pre-built. */
    public int compiledRules() {
        return compiledRules;
    }

    /** The factors of the loaded rules, the article's first. */
    public Set<Factor> factors() {
        return factors;
    }
}
