package dev.tempo.examples.bench;

/** A JVM that does nothing: the floor every cold start is compared with. */
public final class Bare {
    private Bare() {}

    public static void main(String[] args) {
        // nothing: the JVM's own start-up and exit
    }
}
