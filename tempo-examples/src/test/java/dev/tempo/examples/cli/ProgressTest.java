package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static final long MS = 1_000_000L;
    private final StringWriter written = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    private Progress progress(boolean enabled, int total) {
        return new Progress(new PrintWriter(written), enabled, total, clock::get);
    }

    @Test
    void aRunShorterThanASecond_showsNothing() {
        Progress progress = progress(true, 3);
        clock.set(999 * MS);
        progress.advance();
        progress.advance();
        progress.advance();
        progress.finish();
        assertThat(written.toString()).isEmpty();
    }

    @Test
    void aLongerRun_rewritesOneLine_atMostTenTimesASecond_andClearsIt() {
        Progress progress = progress(true, 4);
        clock.set(1000 * MS);
        progress.advance();                    // shown: past one second
        clock.set(1050 * MS);
        progress.advance();                    // not shown: 50 ms after the last line
        clock.set(1100 * MS);
        progress.advance();                    // shown
        clock.set(1110 * MS);
        progress.advance();                    // shown: the last one always is
        progress.finish();
        String line = "tempo: assessed 4 of 4";
        assertThat(written.toString()).isEqualTo("\rtempo: assessed 1 of 4\rtempo: assessed 3 of 4\r" + line
                + "\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void offWhenNotATerminalOrQuiet_orForOneInput() {
        Progress quiet = progress(false, 5);
        Progress one = progress(true, 1);
        clock.set(5000 * MS);
        quiet.advance();
        one.advance();
        quiet.finish();
        one.finish();
        assertThat(written.toString()).isEmpty();
    }
}
