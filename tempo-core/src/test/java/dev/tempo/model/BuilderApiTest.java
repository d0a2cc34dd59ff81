package dev.tempo.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.Policy;
import dev.tempo.Thresholds;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The builders' public API: hand-written, without a generator's extras ({@code XBuilder} classes,
 * {@code stream}, {@code With}, static constructors on the builder), and with Javadoc on every method.
 */
class BuilderApiTest {
    /** Every record with a builder. */
    private static final List<Class<?>> BUILT = List.of(Project.class, Goals.class, Team.class, Member.class, Dataset.class,
            Model.class, Tool.class, Infrastructure.class, Jurisdiction.class, Regulation.class, Policy.class, Thresholds.class);

    @Test
    void theModelPackageHasNoGeneratedBuilders() throws IOException, URISyntaxException {
        Path classes = Path.of(Project.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> types = new ArrayList<>();
        for (String pkg : List.of("dev/tempo/model", "dev/tempo")) {
            try (Stream<Path> files = Files.list(classes.resolve(pkg))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class")).forEach(types::add);
            }
        }
        assertThat(types).as("class files").contains("Project$Builder.class")
                .noneMatch(n -> n.matches(".*[A-Za-z]Builder(\\$.*)?\\.class"))
                .noneMatch(n -> n.contains("$With"));
    }

    @Test
    void everyRecordWithABuilder_offersBuilderAndToBuilder_andNoOtherStaticExtras() {
        for (Class<?> record : BUILT) {
            Class<?> builder = builderOf(record);
            assertThat(Modifier.isPublic(builder.getModifiers()) && Modifier.isFinal(builder.getModifiers())).as(builder.getName()).isTrue();
            assertThat(builder.getConstructors()).as(builder.getName() + " constructors").isEmpty();
            assertThat(builder.getClasses()).as(builder.getName() + " nested types").isEmpty();
            assertThat(publicMethods(builder)).as(builder.getName() + " static methods")
                    .noneMatch(m -> Modifier.isStatic(m.getModifiers()));
            assertThat(publicMethods(builder)).as(builder.getName() + " methods").allSatisfy(m -> assertThat(m.getReturnType())
                    .as(m.toString()).isIn(builder, record));
            assertThat(publicMethods(record)).as(record.getName()).extracting(Method::getName).doesNotContain("stream", "with");
            assertThat(publicMethods(record)).as(record.getName() + " toBuilder")
                    .anyMatch(m -> m.getName().equals("toBuilder") && m.getReturnType() == builder && !Modifier.isStatic(m.getModifiers()));
            assertThat(publicMethods(record)).as(record.getName() + " builder")
                    .anyMatch(m -> m.getName().equals("builder") && m.getReturnType() == builder && Modifier.isStatic(m.getModifiers()));
            assertThat(record.getClasses()).as(record.getName() + " nested types").containsExactly(builder);
        }
    }

    @Test
    void everyFractionalOrLongNumber_hasAPrimitiveSetter_besideTheOneThatTakesNull() {
        for (Class<?> record : BUILT) {
            List<Method> setters = publicMethods(builderOf(record));
            for (Method setter : setters) {
                Class<?>[] parameters = setter.getParameterTypes();
                if (parameters.length == 1 && (parameters[0] == Double.class || parameters[0] == Long.class)) {
                    Class<?> primitive = parameters[0] == Double.class ? double.class : long.class;
                    assertThat(setters).as(setter + " has a " + primitive + " overload")
                            .anyMatch(m -> m.getName().equals(setter.getName()) && Arrays.equals(m.getParameterTypes(), new Class<?>[] {primitive}));
                }
            }
        }
    }

    @Test
    void everyListSetter_hasAVarargsTwin() {
        for (Class<?> record : BUILT) {
            List<Method> setters = publicMethods(builderOf(record));
            for (Method setter : setters) {
                if (setter.getParameterCount() == 1 && setter.getParameterTypes()[0] == List.class) {
                    assertThat(setters).as(setter + " has a varargs twin")
                            .anyMatch(m -> m.getName().equals(setter.getName()) && m.isVarArgs());
                }
            }
        }
    }

    @Test
    void everyPublicBuilderMethod_hasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (Class<?> record : BUILT) {
            Path source = Path.of("src/main/java", record.getName().replace('.', '/') + ".java");
            List<String> lines = Files.readAllLines(source);
            int builderStart = indexOf(lines, "public static final class Builder");
            assertThat(builderStart).as(source + " declares its Builder").isPositive();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                boolean method = line.startsWith("public ") && line.contains("(") && !line.startsWith("public record");
                boolean builderApi = i > builderStart || line.contains(" builder(") || line.contains(" toBuilder(");
                if (method && builderApi && !documented(lines, i)) {
                    undocumented.add(source.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(undocumented).as("public builder methods without Javadoc").isEmpty();
    }

    private static boolean documented(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && lines.get(i).strip().startsWith("@")) {
            i--;
        }
        return i >= 0 && lines.get(i).strip().endsWith("*/") && !lines.get(i).strip().equals("/** */");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static Class<?> builderOf(Class<?> record) {
        return Arrays.stream(record.getClasses()).filter(c -> c.getSimpleName().equals("Builder")).findFirst()
                .orElseThrow(() -> new AssertionError(record.getName() + " has no nested Builder"));
    }

    private static List<Method> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()).toList();
    }
}
