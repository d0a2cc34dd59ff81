package dev.tempo.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent updates of one baseline file add up, from threads and from processes. */
class BaselineConcurrencyTest {
    @TempDir
    Path dir;

    private static long projects(Baseline baseline) {
        return baseline.fingerprints().stream().map(Fingerprint::projectId).distinct().count();
    }

    @Test
    void updatesFromSeveralThreads_allAddUp() throws Exception {
        Path file = dir.resolve("baseline.json");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String prefix = "thread" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        Baseline.update(file, List.of(BaselineUpdates.assessment(prefix + "-" + i)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(projects(Baseline.read(file))).isEqualTo(80);
    }

    @Test
    void updatesFromTwoProcesses_allAddUp() throws Exception {
        Path file = dir.resolve("baseline.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (String prefix : List.of("first", "second")) {
            processes.add(new ProcessBuilder(java, "-cp", classPath(), BaselineUpdates.class.getName(),
                    file.toString(), prefix, "20").inheritIO().start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }
        assertThat(projects(Baseline.read(file))).isEqualTo(40);
    }

    /** tempo's classes, the tests' and the libraries, whether the tests run on the class path or in the module dev.tempo.core. */
    private static String classPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(BaselineUpdates.class, Baseline.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            if (!value.isEmpty()) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
