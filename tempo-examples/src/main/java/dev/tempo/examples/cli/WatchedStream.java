package dev.tempo.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output as the command line writes it, remembering the first write that failed: a
 * {@link java.io.PrintWriter} swallows such failures, and a report lost on a full disk must not
 * exit 0.
 */
final class WatchedStream extends FilterOutputStream {
    private IOException failure;

    WatchedStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /** The first write or flush that failed, or null. */
    IOException failure() {
        return failure;
    }

    /** Whether the reader of a pipe went away (EPIPE): the Unix way is to stop quietly. */
    static boolean isBrokenPipe(IOException e) {
        return e.getMessage() != null && e.getMessage().contains("Broken pipe");
    }
}
