package dev.tempo.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code tempo schema descriptor|policy}: prints the schema resource byte for byte, or exits 2 on a bad argument. */
class SchemaCommandTest {

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SchemaCommandTest.class.getResourceAsStream("/dev/tempo/schema/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({"descriptor, descriptor.schema.json", "policy, policy.schema.json", "POLICY, policy.schema.json"})
    void schema_printsTheSchemaResource_byteForByte(String kind, String resource) throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();

        int code = TempoCommand.run(new String[] {"schema", kind}, stdout, new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(stdout.toByteArray()).isEqualTo(resource(resource));
    }

    @Test
    void badArguments_exitTwo_withAMessage_andNothingOnStandardOutput() {
        Cli unknown = Cli.run("schema", "project");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("'project'").contains("DESCRIPTOR, POLICY");

        Cli missing = Cli.run("schema");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("Missing required parameter");

        Cli extra = Cli.run("schema", "descriptor", "policy");
        assertThat(extra.exitCode()).isEqualTo(2);
        assertThat(extra.out()).isEmpty();
        assertThat(extra.err()).contains("'policy'");
    }

    @Test
    void aSchemaLostOnStandardOutput_exitsThree_butABrokenPipeStopsQuietly() {
        StringWriter full = new StringWriter();
        assertThat(TempoCommand.run(new String[] {"schema", "descriptor"}, failing("No space left on device"), new PrintWriter(full)))
                .isEqualTo(3);
        assertThat(full.toString()).isEqualTo("tempo: cannot write to standard output: No space left on device\n");

        StringWriter quiet = new StringWriter();
        assertThat(TempoCommand.run(new String[] {"schema", "policy"}, failing("Broken pipe"), new PrintWriter(quiet))).isZero();
        assertThat(quiet.toString()).isEmpty();
    }

    @Test
    void help_listsTheSchemaCommand() {
        Cli help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("schema").contains("Prints the JSON Schema");
        Cli own = Cli.run("schema", "--help");
        assertThat(own.exitCode()).isZero();
        assertThat(own.out()).contains("descriptor|policy").contains("tempo schema descriptor > tempo-descriptor.schema.json");
    }

    /** A standard output whose writes fail as a full disk or a closed pipe does. */
    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }
        };
    }
}
