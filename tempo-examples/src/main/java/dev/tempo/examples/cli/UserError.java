package dev.tempo.examples.cli;

/** A mistake in how the command line was used that picocli cannot see (an unwritable --output, say): exit 2. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
