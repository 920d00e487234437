package uk.safeguard.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContext;

/**
 * Calls the synthetic authority generator ({@code uk.safeguard.synthetic.SyntheticAuthority.generate(size, seed, asOf,
 * outDir, progress)}) by reflection, so this benchmark compiles on a branch where the generator has not landed yet.
 * Each parameter is matched by its type: the size (an enum constant or a string), the seed (long), the as-of date, the
 * output directory (Path or File) and the progress listener (any interface: every call on it is passed on as text).
 * A static method is called directly; otherwise the generator is taken from the Spring context or made with its
 * no-argument constructor.
 */
final class SyntheticAuthorityAdapter {
    static final String CLASS = "uk.safeguard.synthetic.SyntheticAuthority";

    private final Class<?> type;
    private final Method generate;
    private final ApplicationContext context;

    private SyntheticAuthorityAdapter(Class<?> type, Method generate, ApplicationContext context) {
        this.type = type;
        this.generate = generate;
        this.context = context;
    }

    /** The generator, if it is on the class path. */
    static Optional<SyntheticAuthorityAdapter> find(ApplicationContext context) {
        Class<?> type;
        try {
            type = Class.forName(CLASS);
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals("generate") && m.getParameterCount() >= 4)
                .filter(m -> Arrays.stream(m.getParameterTypes()).anyMatch(p -> p == Path.class || p == File.class))
                .max(Comparator.comparingInt(Method::getParameterCount))
                .map(m -> new SyntheticAuthorityAdapter(type, m, context));
    }

    String describe() {
        return generate.toGenericString();
    }

    /** Writes the authority's SSD files into {@code outDir}; returns what the generator returned (may be null). */
    Object generate(String size, long seed, LocalDate asOf, Path outDir, Consumer<String> progress) throws Exception {
        Class<?>[] params = generate.getParameterTypes();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Class<?> p = params[i];
            if (p.isEnum()) {
                args[i] = enumConstant(p, size);
            } else if (p == String.class) {
                args[i] = size;
            } else if (p == long.class || p == Long.class) {
                args[i] = seed;
            } else if (p == int.class || p == Integer.class) {
                args[i] = (int) seed;
            } else if (p == LocalDate.class) {
                args[i] = asOf;
            } else if (p == Path.class) {
                args[i] = outDir;
            } else if (p == File.class) {
                args[i] = outDir.toFile();
            } else if (p.isInterface()) {
                args[i] = Proxy.newProxyInstance(p.getClassLoader(), new Class<?>[] {p}, (proxy, method, a) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return switch (method.getName()) {
                            case "hashCode" -> System.identityHashCode(proxy);
                            case "equals" -> proxy == a[0];
                            default -> "bench progress";
                        };
                    }
                    progress.accept(method.getName() + (a == null ? "" : " " + Arrays.toString(a)));
                    return defaultValue(method.getReturnType());
                });
            } else {
                throw new IllegalStateException("Cannot supply parameter " + i + " (" + p.getName() + ") of " + describe());
            }
        }
        Object target = Modifier.isStatic(generate.getModifiers()) ? null : instance();
        try {
            return generate.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Object instance() throws ReflectiveOperationException {
        Object bean = context.getBeanProvider(type).getIfAvailable();
        return bean != null ? bean : type.getDeclaredConstructor().newInstance();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String size) {
        return Enum.valueOf((Class<Enum>) type, size.toUpperCase(Locale.ROOT));
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type.isPrimitive() && type != void.class) {
            return type == long.class ? 0L : type == double.class ? 0.0 : type == float.class ? 0f : 0;
        }
        return null;
    }
}
