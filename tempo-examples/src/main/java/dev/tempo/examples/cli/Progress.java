package dev.tempo.examples.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * "assessed N of M" on one line of standard error, rewritten in place, for runs of several inputs
 * that last longer than a second on a terminal. Off when standard error is not a terminal (piped or
 * redirected, as in CI logs) and with {@code --quiet}; the line is cleared when the run ends, so
 * nothing of it stays in the terminal.
 */
final class Progress {
    private static final long DELAY = 1_000_000_000L;  // nothing for runs shorter than a second
    private static final long PERIOD = 100_000_000L;   // at most ten updates a second

    private final PrintWriter err;
    private final boolean enabled;
    private final int total;
    private final LongSupplier nanoTime;
    private final long start;
    private int done;
    private long printedAt = Long.MIN_VALUE;
    private int width;

    Progress(PrintWriter err, boolean enabled, int total, LongSupplier nanoTime) {
        this.err = err;
        this.enabled = enabled && total > 1;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    /** Progress on standard error when it is a terminal and {@code quiet} is off. */
    static Progress onTerminal(PrintWriter err, boolean quiet, int total) {
        return new Progress(err, !quiet && System.console() != null, total, System::nanoTime);
    }

    /** One more input assessed (or found bad); called from the assessing threads. */
    synchronized void advance() {
        done++;
        if (!enabled) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - start < DELAY || (printedAt != Long.MIN_VALUE && now - printedAt < PERIOD && done < total)) {
            return;
        }
        String line = "tempo: assessed " + done + " of " + total;
        err.print("\r" + line);
        err.flush();
        width = line.length();
        printedAt = now;
    }

    /** Clears the line, if one was written, before the report and the messages. */
    synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
