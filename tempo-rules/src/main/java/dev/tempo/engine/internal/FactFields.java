package dev.tempo.engine.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a fact's field by name, as a rule names it: a record component ({@code qualityChecks}), or a
 * JavaBean property of any other class ({@code getOwner()}, {@code isActive()}). A name the fact's
 * type does not have is a mistake in the rule, reported with the fields the type offers.
 */
public final class FactFields {
    private static final ClassValue<Map<String, Method>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return fieldsOf(type);
        }
    };

    private FactFields() {}

    /**
     * The value of a fact's field.
     *
     * @throws IllegalArgumentException when the fact's type has no such field; the message lists its fields
     */
    public static Object read(Object fact, String field) {
        Method accessor = requireField(fact.getClass(), field);
        try {
            return accessor.invoke(fact);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("the field `" + field + "` of " + fact.getClass().getName() + " cannot be read: " + e.getMessage(), e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * The accessor of a type's field.
     *
     * @throws IllegalArgumentException when the type has no such field; the message lists its fields
     */
    public static Method requireField(Class<?> type, String field) {
        Map<String, Method> fields = FIELDS.get(type);
        Method accessor = fields.get(field);
        if (accessor == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field `" + field + "`; its fields are: "
                    + String.join(", ", fields.keySet()));
        }
        return accessor;
    }

    /** The names of a type's fields, as {@link #read} knows them: a record's components in order, else its properties by name. */
    static Set<String> namesOf(Class<?> type) {
        return FIELDS.get(type).keySet();
    }

    private static Map<String, Method> fieldsOf(Class<?> type) {
        Map<String, Method> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), component.getAccessor());
            }
            return fields;
        }
        Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(m -> {
                    String name = m.getName();
                    if (name.startsWith("get") && name.length() > 3) {
                        fields.putIfAbsent(decapitalize(name.substring(3)), m);
                    } else if (name.startsWith("is") && name.length() > 2
                            && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                        fields.putIfAbsent(decapitalize(name.substring(2)), m);
                    }
                });
        return fields;
    }

    private static String decapitalize(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}
