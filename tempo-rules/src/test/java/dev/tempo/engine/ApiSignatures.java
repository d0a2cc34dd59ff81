package dev.tempo.engine;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a caller outside a package can see of it, for the architecture tests: a public class (nested
 * ones in public classes too), its supertypes, and the types in the signatures of its public and
 * protected fields, constructors and methods, type arguments included ({@code List<DrlFile>}). The same
 * as tempo-core's {@code dev.tempo.ApiSignatures}: test classes are not shared between the modules.
 */
final class ApiSignatures {
    private ApiSignatures() {}

    /** Public classes whose enclosing classes, if any, are public too. */
    static final DescribedPredicate<JavaClass> PUBLIC = DescribedPredicate.describe("are visible outside their package",
            ApiSignatures::isVisible);

    private static boolean isVisible(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC) && type.getEnclosingClass().map(ApiSignatures::isVisible).orElse(true);
    }

    /** The class's visible signatures mention no type the predicate accepts. */
    static ArchCondition<JavaClass> notMention(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("not mention " + forbidden.getDescription() + " in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> shown = new TreeSet<>();
                type.getRawSuperclass().filter(forbidden).ifPresent(s -> shown.add(type.getName() + " extends " + s.getName()));
                type.getRawInterfaces().stream().filter(forbidden).forEach(i -> shown.add(type.getName() + " implements " + i.getName()));
                for (JavaMember member : type.getMembers()) {
                    Set<JavaModifier> modifiers = member.getModifiers();
                    if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)
                            || !(modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))) {
                        continue;
                    }
                    signatureTypes(member).stream().filter(forbidden)
                            .forEach(t -> shown.add(member.getFullName() + " shows " + t.getName()));
                }
                shown.forEach(message -> events.add(SimpleConditionEvent.violated(type, message)));
            }
        };
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new HashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            code.getParameterTypes().forEach(parameter -> types.addAll(parameter.getAllInvolvedRawTypes()));
            types.addAll(code.getThrowsClause().getTypes());
        }
        return types;
    }

    /** The class is used by a class of another package (so it cannot be package-private). */
    static ArchCondition<JavaClass> beUsedOutsideTheirPackage() {
        return new ArchCondition<>("be used outside their package") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean used = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
                events.add(new SimpleConditionEvent(type, used, type.getName() + " is public but used only in its package"));
            }
        };
    }
}
