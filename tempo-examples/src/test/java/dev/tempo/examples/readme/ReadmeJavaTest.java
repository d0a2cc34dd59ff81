package dev.tempo.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java examples compile as pasted: each {@code ```java} block becomes the body of a
 * method (its {@code import} lines the file's imports, its type declarations members of the class),
 * with the variables the README's prose introduces ({@code tempo}, {@code project}, {@code asOf},
 * ...) declared around it, and is compiled against tempo's class path.
 */
class ReadmeJavaTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE_DECLARATION = Pattern.compile("^(public )?(record|class|interface|enum) .*");

    /** What the README's prose says the snippets start from (fields, which a snippet's own locals may shadow). */
    private static final String GIVEN = """
                Tempo tempo = TempoEngine.create();
                Project project = Project.builder("p").build();
                Project ownedProject = project;
                Project unknownStage = project;
                Project goodProject = project;
                LocalDate asOf = LocalDate.of(2026, 11, 27);
                Assessment assessment = tempo.assess(project, asOf);
                Assessment other = assessment;
            """;

    private static final String IMPORTS = """
            import dev.tempo.*;
            import dev.tempo.baseline.*;
            import dev.tempo.descriptor.*;
            import dev.tempo.engine.*;
            import dev.tempo.examples.acme.AcmePack;
            import dev.tempo.examples.cli.Examples;
            import dev.tempo.examples.governance.*;
            import dev.tempo.model.*;
            import dev.tempo.report.*;
            import dev.tempo.testkit.*;
            import java.nio.file.*;
            import java.time.*;
            import java.util.*;
            import static org.assertj.core.api.Assertions.assertThat;
            import static org.mockito.Mockito.*;
            """;

    @TempDir
    Path dir;

    @Test
    void everyJavaExampleOfTheReadmeCompiles() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<JavaFileObject> units = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            units.add(unit(units.size(), block.group(1)));
        }
        assertThat(units).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(5);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean compiled = compiler.getTask(null, files, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", dir.toString(), "-proc:none"), null, units).call();
            List<String> errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)).toList();
            assertThat(errors).as("compile errors of the README's Java examples").isEmpty();
            assertThat(compiled).isTrue();
        }
    }

    /** One README block as a compilation unit. */
    private static JavaFileObject unit(int index, String snippet) {
        StringBuilder imports = new StringBuilder(IMPORTS);
        StringBuilder members = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else if (TYPE_DECLARATION.matcher(line).matches()) {
                members.append("    ").append(line.replaceFirst("^public ", "")).append('\n');
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        String name = "ReadmeSnippet" + index;
        String source = "package readme;\n" + imports + "\nclass " + name + " {\n" + GIVEN + members
                + "    void run() throws Exception {\n" + body + "    }\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///readme/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }
}
