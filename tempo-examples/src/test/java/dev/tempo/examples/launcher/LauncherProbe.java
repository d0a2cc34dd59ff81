package dev.tempo.examples.launcher;

/** Stands in for tempo.jar in {@link LauncherTest}: prints its arguments, one per line, and exits with the first. */
public final class LauncherProbe {
    private LauncherProbe() {}

    public static void main(String[] args) {
        for (String arg : args) {
            System.out.println(arg);
        }
        System.exit(args.length == 0 ? 0 : Integer.parseInt(args[0]));
    }
}
