package dev.tempo.baseline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tempo.Assessment;
import dev.tempo.Finding;
import dev.tempo.internal.AtomicFile;
import dev.tempo.internal.DocumentReader;
import dev.tempo.model.InvalidFieldException;
import dev.tempo.model.InvalidInputException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The findings a team accepts for now, as ArchUnit's freezing rules accept known violations: a gate
 * then fails only on findings that are new against the baseline, and baselined findings that
 * disappeared show that the baseline can be tightened. Immutable.
 *
 * <p>Record one with {@link #of(Assessment...)}, store it with {@link #write(Path)}, read it back
 * with {@link #read(Path)}, and gate with
 * {@code baseline.compare(assessment).assertNoNewFindingAtOrAbove(Severity.HIGH)}. A baseline holds
 * {@link Fingerprint}s (project id, rule id, target), never messages, evidence, severities or line
 * numbers, so one file can hold the accepted findings of many projects.
 *
 * <p><b>Only active findings are recorded.</b> A waived finding is already accepted by its waiver,
 * with a reason and an expiry; were it recorded here as well, it would stay accepted after the
 * waiver expires. So when a waiver expires its finding is new, and a baselined finding that is
 * waived later counts as fixed (the waiver now accepts it, and the baseline entry can go).
 *
 * <p><b>The file</b> is JSON in UTF-8:
 * <pre>{@code
 * {
 *   "version": 1,
 *   "findings": [
 *     {"projectId": "credit-scoring", "ruleId": "TEMPO-DATA-01", "target": null},
 *     {"projectId": "credit-scoring", "ruleId": "TEMPO-DATA-02", "target": "loan-applications"}
 *   ]
 * }
 * }</pre>
 * {@code version} (required) is the format version, {@value #VERSION}. {@code findings} (required,
 * empty when nothing is accepted) lists fingerprints: {@code projectId} and {@code ruleId} are
 * required, {@code target} is a name or null (absent means null, a project-wide finding). Nothing
 * else is allowed, and no fingerprint may appear twice. Written files list the fingerprints sorted by
 * project id, rule id and target, one per line, with two-space indents, {@code \n} line ends and a
 * final newline, so the same fingerprints always give the same bytes and a change reads well in a
 * diff; read files may list them in any order. Reading is as strict as reading a descriptor (and
 * limited, like one, to 1 MiB): a mistake is an {@link InvalidInputException} naming the file, field
 * path, line and column.
 */
public final class Baseline {
    /** The version of the file format this tempo reads and writes. */
    public static final int VERSION = 1;

    /** The baseline that accepts nothing: every finding is new against it. */
    public static final Baseline EMPTY = new Baseline(new TreeSet<>());

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads baseline files as strictly as {@code DescriptorReader} reads descriptors (which reads them the same way). */
    private static final DocumentReader<Baseline> FILES = new DocumentReader<>(Baseline.class,
            "a mapping with version and findings (a tempo baseline)", true);

    private final SortedSet<Fingerprint> fingerprints;

    private Baseline(TreeSet<Fingerprint> fingerprints) {
        this.fingerprints = Collections.unmodifiableSortedSet(fingerprints);
    }

    /**
     * The baseline of the active findings of these assessments.
     *
     * @throws NullPointerException when an assessment is null
     */
    public static Baseline of(Assessment... assessments) {
        return of(Arrays.asList(assessments));
    }

    /**
     * The baseline of the active findings of these assessments; waived findings are left out.
     *
     * @throws NullPointerException when the collection or an assessment is null
     */
    public static Baseline of(Collection<Assessment> assessments) {
        TreeSet<Fingerprint> all = new TreeSet<>();
        assessments.forEach(a -> all.addAll(active(a)));
        return new Baseline(all);
    }

    /**
     * The baseline of exactly these fingerprints; a fingerprint given twice is kept once.
     *
     * @throws NullPointerException when the collection or a fingerprint is null
     */
    public static Baseline ofFingerprints(Collection<Fingerprint> fingerprints) {
        TreeSet<Fingerprint> all = new TreeSet<>();
        fingerprints.forEach(f -> all.add(Objects.requireNonNull(f, "fingerprint")));
        return new Baseline(all);
    }

    /**
     * Reads a baseline file.
     *
     * @throws InvalidInputException when the file is missing or unreadable, is not JSON, or is not a
     *                               baseline of format version {@value #VERSION}
     */
    public static Baseline read(Path file) {
        return FILES.read(file).value();
    }

    /** The file's content as written, bound before it is checked, so that an unknown field is reported as such. */
    private record Content(Integer version, List<Fingerprint> findings) {}

    /** Checks the file's content; every mistake is an {@link InvalidFieldException} the reader locates. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private static Baseline fromFile(Content content) {
        if (content.version() == null) {
            throw new InvalidFieldException("version", "is required; must be " + VERSION);
        }
        if (content.version() != VERSION) {
            throw new InvalidFieldException("version", "is " + content.version() + "; this tempo reads baseline format version "
                    + VERSION + " only");
        }
        List<Fingerprint> findings = content.findings();
        if (findings == null) {
            throw new InvalidFieldException("findings", "is required; must be a list of fingerprints (empty when nothing is accepted)");
        }
        Map<Fingerprint, Integer> first = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Integer earlier = first.putIfAbsent(findings.get(i), i);
            if (earlier != null) {
                throw new InvalidFieldException("findings[" + i + "]", "repeats findings[" + earlier + "] ("
                        + findings.get(i) + "); each fingerprint may appear once");
            }
        }
        return new Baseline(new TreeSet<>(findings));
    }

    /** The accepted findings, sorted by project id, rule id and target. */
    public SortedSet<Fingerprint> fingerprints() {
        return fingerprints;
    }

    /**
     * Compares an assessment with this baseline: its active findings that are new, those that are
     * known, and the baselined fingerprints of its project that are no longer active.
     *
     * @throws NullPointerException when the assessment is null
     */
    public BaselineComparison compare(Assessment assessment) {
        Set<Fingerprint> current = active(assessment);
        List<Finding> fresh = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        assessment.findings().forEach(f -> (fingerprints.contains(Fingerprint.of(assessment.projectId(), f)) ? known : fresh).add(f));
        List<Fingerprint> fixed = fingerprints.stream()
                .filter(f -> f.projectId().equals(assessment.projectId()) && !current.contains(f))
                .toList();
        return new BaselineComparison(assessment, fresh, known, fixed);
    }

    /**
     * Compares each assessment with this baseline, in the given order. Fingerprints of projects that
     * were not assessed are neither new nor fixed.
     *
     * @throws NullPointerException when the collection or an assessment is null
     */
    public List<BaselineComparison> compare(Collection<Assessment> assessments) {
        return assessments.stream().map(this::compare).toList();
    }

    /**
     * This baseline with the fingerprints of the assessed projects replaced by their current active
     * findings, and those of every other project kept: how a baseline is tightened (fixed findings
     * leave it) or accepts new findings.
     *
     * @throws NullPointerException when the collection or an assessment is null
     */
    public Baseline updatedWith(Collection<Assessment> assessments) {
        Set<String> assessed = assessments.stream().map(Assessment::projectId).collect(Collectors.toSet());
        TreeSet<Fingerprint> updated = new TreeSet<>();
        fingerprints.stream().filter(f -> !assessed.contains(f.projectId())).forEach(updated::add);
        assessments.forEach(a -> updated.addAll(active(a)));
        return new Baseline(updated);
    }

    /** The file's content, as described above; the same fingerprints always give the same text. */
    public String toJson() {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"version\": ").append(VERSION).append(",\n  \"findings\": [");
        String separator = "\n";
        for (Fingerprint f : fingerprints) {
            out.append(separator).append("    {\"projectId\": ").append(quote(f.projectId()))
                    .append(", \"ruleId\": ").append(quote(f.ruleId()))
                    .append(", \"target\": ").append(f.target() == null ? "null" : quote(f.target())).append('}');
            separator = ",\n";
        }
        out.append(fingerprints.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    /**
     * Writes the file whole or not at all: to a temporary file in the same folder, then moved into place.
     *
     * @throws UncheckedIOException when the folder does not exist, the path is a directory, or the file cannot be written
     */
    public void write(Path file) {
        try {
            AtomicFile.write(file, toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file + ": " + e, e);
        }
    }

    /** One lock per baseline file in this JVM: file locks exclude other processes, not other threads. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    /**
     * Records the assessments' active findings in the baseline file (created when absent), keeping
     * every other project's entries, under a lock, so that updates from several threads or processes
     * at once all add up: the file is read, merged with {@link #updatedWith} and written while the
     * lock file {@code FILE.lock} beside it is locked (it is left in place for the next update).
     *
     * @return the baseline written
     * @throws dev.tempo.model.InvalidInputException when the existing file is not a baseline this tempo reads
     * @throws UncheckedIOException            when the lock or the file cannot be written
     */
    public static Baseline update(Path file, Collection<Assessment> assessments) {
        Objects.requireNonNull(assessments, "assessments");
        Path target = file.toAbsolutePath().normalize();
        Path lockFile = target.resolveSibling(target.getFileName() + ".lock");
        ReentrantLock local = LOCKS.computeIfAbsent(target, path -> new ReentrantLock());
        local.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = channel.lock();
            try {
                Baseline current = Files.exists(target) ? read(target) : EMPTY;
                Baseline updated = current.updatedWith(assessments);
                updated.write(file);
                return updated;
            } finally {
                held.release();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the baseline " + file + " (" + lockFile + "): " + e, e);
        } finally {
            local.unlock();
        }
    }

    private static Set<Fingerprint> active(Assessment assessment) {
        return assessment.findings().stream().map(f -> Fingerprint.of(assessment.projectId(), f)).collect(Collectors.toSet());
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a String always serialises
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Baseline that && fingerprints.equals(that.fingerprints);
    }

    @Override
    public int hashCode() {
        return fingerprints.hashCode();
    }

    /** The fingerprints, one per line. */
    @Override
    public String toString() {
        return fingerprints.stream().map(Fingerprint::toString).collect(Collectors.joining("\n"));
    }
}
