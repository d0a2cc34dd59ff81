package dev.tempo.examples.cli;

import dev.tempo.RuleFailedException;
import dev.tempo.model.InvalidInputException;
import dev.tempo.model.Problem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The tempo command line: {@code java -jar tempo.jar [assess|rules|validate|schema] ...}. Without a
 * command it assesses the article's example projects shipped in the jar.
 *
 * <p>Exit codes: 0 assessed (nothing at or above {@code --fail-on}), or the command did its job
 * ({@code rules}, {@code validate}, {@code schema}); 1 findings at or above {@code --fail-on} (with
 * {@code --baseline}, findings not in the baseline); 2 bad usage or bad input, with the message on
 * standard error and nothing on standard output or in {@code --output}; 3 a failed assessment, a
 * report that could not be written, or an unexpected internal error.
 */
@Command(name = "tempo",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Tells an ML team what slows its operational tempo, and what to do about it.",
                "Without a command, assesses the article's example projects shipped in the jar."},
        subcommands = {AssessCommand.class, RulesCommand.class, ValidateCommand.class, SchemaCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:assessed, nothing at or above --fail-on; rules, validate and schema: done",
                "1:findings at or above --fail-on (with --baseline: new findings only)",
                "2:bad usage or bad input (message on standard error, nothing written)",
                "3:an assessment failed (a rule threw, ran past the time limit or cut it short; memory ran out),"
                        + " the output could not be written, or an internal error"})
public final class TempoCommand implements Callable<Integer> {
    /** Exit code of a failed assessment (a rule failed, memory ran out) or an unexpected internal error. */
    static final int FAILED = 3;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Assessment date of the examples (default: " + Examples.CASE_STUDY_DATE_TEXT
                    + ", the date they describe, so that their findings do not drift with the calendar).")
    LocalDate asOf;

    @CommandLine.Mixin
    DebugOption debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LocalDate date = asOf == null ? Examples.CASE_STUDY_DATE : asOf;
        spec.commandLine().getOut().print(Examples.assessAll(date));
        spec.commandLine().getOut().flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args, new FileOutputStream(FileDescriptor.out),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /**
     * Runs the command line writing to a standard output stream and returns the exit code: a write
     * to it that fails exits 3 with a message, except a broken pipe (the reader went away, as with
     * {@code | head}), which stops quietly with the code the run had.
     */
    static int run(String[] args, OutputStream stdout, PrintWriter err) {
        WatchedStream watched = new WatchedStream(stdout);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8));
        int code = execute(args, out, err);
        out.flush();
        IOException failure = watched.failure();
        if (failure == null || WatchedStream.isBrokenPipe(failure)) {
            return code;
        }
        err.println("tempo: cannot write to standard output: " + failure.getMessage());
        err.flush();
        return FAILED;
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TempoCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(TempoCommand::handle);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("tempo: out of memory: the input is too large for the heap (descriptors are at most 1 MiB;"
                    + " give the JVM more memory with -Xmx, or assess fewer files at once)");
            code = FAILED;
        } catch (StackOverflowError e) {
            err.println("tempo: internal error: " + e + " (run with --debug for the stack trace)");
            code = FAILED;
        }
        out.flush();
        err.flush();
        return code;
    }

    private static int handle(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println("tempo: " + problem);
            }
        } else if (e instanceof RuleFailedException || e instanceof UserError) {
            err.println("tempo: " + e.getMessage());
        } else {
            err.println("tempo: internal error: " + e + (debug(parsed) ? "" : " (run with --debug for the stack trace)"));
        }
        if (debug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof InvalidInputException || e instanceof UserError ? CommandLine.ExitCode.USAGE : FAILED;
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
