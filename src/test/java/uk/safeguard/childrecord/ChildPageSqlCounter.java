package uk.safeguard.childrecord;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends while {@link #record} runs (any thread, so a page request on a
 * Tomcat thread counts too), to find a part of the child's page that asks the database once per row (N+1). The
 * benchmark's DataSource is wrapped in a JDK proxy that notes each statement's text; nothing else changes.
 */
final class ChildPageSqlCounter {
    private static volatile List<String> recording;

    private ChildPageSqlCounter() {}

    /** The statements sent while {@code action} ran. */
    static List<String> record(Runnable action) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        recording = seen;
        try {
            action.run();
        } finally {
            recording = null;
        }
        return List.copyOf(seen);
    }

    /** The statements sent more than once, most repeated first, with their counts (the SQL on one line, shortened). */
    static Map<String, Long> repeated(List<String> statements) {
        Map<String, Long> counts = statements.stream().map(s -> s.replaceAll("\\s+", " ").trim())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() > 1).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey().length() > 160 ? e.getKey().substring(0, 160) + " ..." : e.getKey(), e.getValue()));
        return out;
    }

    private static void note(Object sql) {
        List<String> r = recording;
        if (r != null && sql instanceof String s) {
            r.add(s);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource ds && !Proxy.isProxyClass(bean.getClass())
                            ? proxy(ds, new Class<?>[]{DataSource.class, AutoCloseable.class}, ChildPageSqlCounter::connection) : bean;
                }
            };
        }
    }

    private static Object connection(Method m, Object result) {
        return result instanceof Connection c ? proxy(c, new Class<?>[]{Connection.class}, ChildPageSqlCounter::statement) : result;
    }

    private static Object statement(Method m, Object result) {
        return result instanceof Statement s && m.getName().equals("createStatement")
                ? proxy(s, new Class<?>[]{Statement.class}, (x, r) -> r) : result;
    }

    private interface After {
        Object apply(Method m, Object result);
    }

    private static Object proxy(Object target, Class<?>[] interfaces, After after) {
        InvocationHandler handler = (p, m, args) -> {
            String name = m.getName();
            if (args != null && args.length > 0 && (name.startsWith("prepare") || name.startsWith("execute") || name.equals("addBatch"))) {
                note(args[0]);
            }
            try {
                return after.apply(m, m.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(ChildPageSqlCounter.class.getClassLoader(), interfaces, handler);
    }
}
