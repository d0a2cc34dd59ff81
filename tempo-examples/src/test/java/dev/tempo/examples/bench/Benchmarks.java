package dev.tempo.examples.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * tempo's benchmark: cold starts in fresh JVMs, then the warm path with JMH, printed as one table
 * (or JSON with {@code --json}). Run it with {@code mvn -B -Pbenchmark -DskipTests verify}; add
 * {@code -Dbenchmark.args=--json} or {@code -Dbenchmark.args=--quick} (shorter runs, rougher
 * figures). Timings are measured here and never asserted in tests.
 */
public final class Benchmarks {
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final boolean quick;
    private final String java;
    private final Path jar;
    private final String classPath;
    private final Path example;

    private Benchmarks(boolean quick, Path jar, Path testClasses) throws IOException {
        this.quick = quick;
        this.java = ProcessHandle.current().info().command().orElse("java");
        this.jar = jar;
        this.classPath = jar + File.pathSeparator + testClasses;
        this.example = Files.createTempFile("tempo-bench-", ".yaml");
        try (InputStream in = Benchmarks.class.getClassLoader().getResourceAsStream("examples/credit-scoring.yaml")) {
            Files.write(example, in.readAllBytes());
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Path jar = Path.of(value(options, "--jar", "target/tempo.jar"));
        if (!Files.isRegularFile(jar)) {
            System.err.println("no " + jar + ": build it first (mvn -B -Pbenchmark -DskipTests verify does)");
            System.exit(2);
        }
        Benchmarks benchmarks = new Benchmarks(options.contains("--quick"), jar, Path.of(value(options, "--test-classes", "target/test-classes")));
        try {
            benchmarks.machine();
            benchmarks.coldStarts();
            benchmarks.warm();
        } finally {
            Files.deleteIfExists(benchmarks.example);
        }
        System.out.print(options.contains("--json") ? benchmarks.json() : benchmarks.table());
    }

    private static String value(List<String> options, String name, String otherwise) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : otherwise;
    }

    private void machine() {
        results.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        results.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        results.put("cores", Runtime.getRuntime().availableProcessors());
    }

    private void coldStarts() {
        int runs = quick ? 3 : 5;
        run(List.of(java, "-cp", classPath, Bare.class.getName())); // warms the file cache
        double bare = median(runs, () -> wall(List.of(java, "-cp", classPath, Bare.class.getName())));
        results.put("cold.bareJvm.ms", bare);

        List<Map<String, Double>> firsts = new ArrayList<>();
        List<Double> walls = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            firsts.add(pairs(run(List.of(java, "-cp", classPath, ColdStart.class.getName(), "first", example.toString()))));
            walls.add((System.nanoTime() - start) / 1e6);
        }
        results.put("cold.library.firstAssessment.ms", median(walls));
        for (String phase : List.of("toMain", "engine", "read", "assess", "report")) {
            results.put("cold.library." + phase + ".ms", median(firsts.stream().map(m -> m.get(phase)).toList()));
        }
        results.put("cold.library.ratioToBareJvm", median(walls) / bare);

        List<String> cli = List.of(java, "-jar", jar.toString(), "assess", example.toString(), "--format", "json");
        double cliWall = median(runs, () -> wall(cli));
        results.put("cold.cli.ms", cliWall);
        results.put("cold.cli.ratioToBareJvm", cliWall / bare);

        Path launcher = jar.resolveSibling("tempo");
        if (Files.isRegularFile(launcher)) {
            Path cache = tempFolder();
            Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
            List<String> viaLauncher = List.of("sh", launcher.toString(), "assess", example.toString(), "--format", "json");
            results.put("cold.launcher.firstRun.ms", wall(viaLauncher, env)); // creates the class-data archive
            double launched = median(runs, () -> wall(viaLauncher, env));
            results.put("cold.launcher.ms", launched);
            results.put("cold.launcher.ratioToBareJvm", launched / bare);
        }

        Map<String, Double> heap = pairs(run(List.of(java, "-cp", classPath, ColdStart.class.getName(), "heap", example.toString())));
        results.put("engine.heap.MB", heap.get("engineHeap") / (1024.0 * 1024.0));
        results.put("engine.rules", heap.get("rules"));
        List<Map<String, Double>> packs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            packs.add(pairs(run(List.of(java, "-cp", classPath, ColdStart.class.getName(), "pack", example.toString()))));
        }
        results.put("pack.defaultEngine.ms", median(packs.stream().map(m -> m.get("defaultEngine")).toList()));
        results.put("pack.acmeCompiled.ms", median(packs.stream().map(m -> m.get("packEngine")).toList()));
        results.put("pack.acmeRules", packs.get(0).get("rules"));
    }

    private void warm() throws RunnerException {
        RunResult sampled = jmh("assess", Mode.SampleTime, 1, false);
        results.put("warm.assess.median.us", sampled.getPrimaryResult().getStatistics().getPercentile(50));
        results.put("warm.assess.p99.us", sampled.getPrimaryResult().getStatistics().getPercentile(99));
        RunResult one = jmh("assess", Mode.Throughput, 1, true);
        results.put("warm.throughput.1thread.perSecond", one.getPrimaryResult().getScore());
        Result<?> alloc = one.getSecondaryResults().get("gc.alloc.rate.norm");
        results.put("warm.allocation.bytesPerAssessment", alloc == null ? Double.NaN : alloc.getScore());
        RunResult two = jmh("assess", Mode.Throughput, 2, false);
        results.put("warm.throughput.2threads.perSecond", two.getPrimaryResult().getScore());
        results.put("warm.throughput.scaling", two.getPrimaryResult().getScore() / one.getPrimaryResult().getScore());
        results.put("warm.textReport.median.us", jmh("textReport", Mode.SampleTime, 1, false).getPrimaryResult().getStatistics().getPercentile(50));
        results.put("warm.plainJavaFloor.median.us", jmh("plainJava", Mode.SampleTime, 1, false).getPrimaryResult().getStatistics().getPercentile(50));
        for (String line : run(List.of(java, "-XX:FlightRecorderOptions:stackdepth=512", "-cp", System.getProperty("java.class.path"),
                WhereTimeGoes.class.getName(), quick ? "3000" : "10000")).split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                results.put("warm.share." + parts[0].strip() + ".percent", Double.parseDouble(parts[1]));
            }
        }
    }

    private RunResult jmh(String benchmark, Mode mode, int threads, boolean gc) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(WarmBenchmarks.class.getName() + "\\." + benchmark + "$")
                .mode(mode).timeUnit(mode == Mode.Throughput ? TimeUnit.SECONDS : TimeUnit.MICROSECONDS)
                .threads(threads).forks(1)
                .warmupIterations(quick ? 2 : 5).warmupTime(TimeValue.seconds(quick ? 1 : 4))
                .measurementIterations(quick ? 3 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 3))
                .jvmArgs("-Xms512m", "-Xmx512m")
                .verbosity(VerboseMode.SILENT);
        if (gc) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.size() != 1) {
            throw new IllegalStateException("JMH ran " + results.size() + " benchmarks for " + benchmark);
        }
        return results.iterator().next();
    }

    private interface Measure {
        double get();
    }

    private static double median(int runs, Measure measure) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            values.add(measure.get());
        }
        return median(values);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private double wall(List<String> command) {
        return wall(command, Map.of());
    }

    private double wall(List<String> command, Map<String, String> env) {
        long start = System.nanoTime();
        run(command, env);
        return (System.nanoTime() - start) / 1e6;
    }

    private static String run(List<String> command) {
        return run(command, Map.of());
    }

    private static String run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(env);
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + code);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Double> pairs(String line) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : line.strip().split("\\s+")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Double.parseDouble(kv[1]));
        }
        return values;
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("tempo-bench-cache");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String table() {
        StringBuilder out = new StringBuilder("tempo benchmark\n");
        results.forEach((key, value) -> out.append(String.format(Locale.ROOT, "  %-58s %s%n", key, format(value))));
        return out.toString();
    }

    private String json() {
        StringBuilder out = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> entry : results.entrySet()) {
            Object value = entry.getValue();
            String text = value instanceof Number number && Double.isFinite(number.doubleValue())
                    ? format(value) : "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            out.append("  \"").append(entry.getKey()).append("\": ").append(text).append(++i < results.size() ? ",\n" : "\n");
        }
        return out.append("}\n").toString();
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e12 ? String.valueOf(d.longValue()) : String.format(Locale.ROOT, "%.2f", d);
        }
        return String.valueOf(value);
    }
}
