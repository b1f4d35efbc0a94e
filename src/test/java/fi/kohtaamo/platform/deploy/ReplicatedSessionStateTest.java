package fi.kohtaamo.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Kohtaamo's web application is {@code <distributable/>}: Payara replicates each session, and with it every view- and
 * session-scoped bean, to another node of the cluster, so a user keeps working when a node goes away. That works only
 * if everything such a bean keeps can be serialized. This test walks the fields of every such bean, and of the
 * application's own classes they hold, and names each field whose type cannot be serialized.
 *
 * <p>Injected fields are left out: normal-scoped beans arrive as serializable proxies, and Weld refuses to deploy a
 * passivating bean with a dependent one that is not serializable.
 */
class ReplicatedSessionStateTest {

    private static final List<Class<? extends Annotation>> PASSIVATING_SCOPES =
            List.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class, FlowScoped.class);

    @Test
    void everythingAViewOrSessionScopedBeanKeepsCanBeSerialized() throws IOException {
        List<Class<?>> beans = applicationClasses().stream()
                .filter(type -> PASSIVATING_SCOPES.stream().anyMatch(type::isAnnotationPresent))
                .toList();
        assertThat(beans).as("view- and session-scoped beans found").isNotEmpty();

        List<String> problems = new ArrayList<>();
        Set<Class<?>> visited = new HashSet<>();
        for (Class<?> bean : beans) {
            checkClass(bean, bean.getSimpleName(), visited, problems);
        }
        assertThat(problems).as("fields that cannot be replicated").isEmpty();
    }

    private static void checkClass(Class<?> type, String path, Set<Class<?>> visited, List<String> problems) {
        if (!visited.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> c = type; c != null && isApplicationClass(c); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isSynthetic()) {
                    continue;
                }
                checkType(field.getGenericType(), path + "." + field.getName(), visited, problems);
            }
        }
    }

    private static void checkType(Type type, String path, Set<Class<?>> visited, List<String> problems) {
        if (type instanceof Class<?> raw) {
            if (raw.isPrimitive() || raw.isEnum()) {
                return;
            }
            if (raw.isArray()) {
                checkType(raw.getComponentType(), path + "[]", visited, problems);
            } else if (isApplicationClass(raw)) {
                checkClass(raw, path, visited, problems);
            } else if (!Serializable.class.isAssignableFrom(raw) && !isCollectionInterface(raw)) {
                problems.add(path + ": " + raw.getName() + " is not Serializable");
            }
        } else if (type instanceof ParameterizedType parameterized) {
            checkType(parameterized.getRawType(), path, visited, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                checkType(argument, path + "<>", visited, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            checkType(array.getGenericComponentType(), path + "[]", visited, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, visited, problems);
            }
        } else if (!(type instanceof TypeVariable<?>)) {
            problems.add(path + ": cannot tell whether " + type + " is Serializable");
        }
    }

    /** Collections are declared by interface; the JDK's implementations of them are all serializable. */
    private static boolean isCollectionInterface(Class<?> type) {
        return type == List.class || type == Set.class || type == Map.class || type == Collection.class;
    }

    private static boolean isApplicationClass(Class<?> type) {
        return type.getName().startsWith("fi.kohtaamo.");
    }

    private static List<Class<?>> applicationClasses() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(java.io.File.separatorChar, '.'))
                    .filter(name -> name.startsWith("fi.kohtaamo."))
                    .map(ReplicatedSessionStateTest::load)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ReplicatedSessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
