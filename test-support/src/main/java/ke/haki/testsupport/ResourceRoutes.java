package ke.haki.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The routes ("METHOD /path") of the JAX-RS resource classes of one package, read from their
 * annotations ({@code @Path} on the class and the method, and the method's HTTP-method annotation,
 * any annotation itself marked {@code @HttpMethod}): for pages that the OpenAPI document does not
 * describe (the NGEC dashboard), so that a security suite covers a new page or form action the day
 * it is added. Read by reflection from the package's class files, without a dependency on JAX-RS.
 */
public final class ResourceRoutes {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final String HTTP_METHOD = "jakarta.ws.rs.HttpMethod";

    private ResourceRoutes() {}

    /** The routes of every resource class in the package of {@code anchor} (not its sub-packages). */
    public static Set<String> ofPackageOf(Class<?> anchor) {
        Set<String> routes = new TreeSet<>();
        for (Class<?> c : classesOfPackage(anchor)) {
            String base = value(c.getAnnotations(), PATH);
            for (Method m : c.getDeclaredMethods()) {
                String httpMethod = httpMethod(m);
                if (httpMethod != null && (base != null || value(m.getAnnotations(), PATH) != null)) {
                    routes.add(httpMethod + " " + join(base, value(m.getAnnotations(), PATH)));
                }
            }
        }
        return routes;
    }

    /** "/a" + "b/{id: [0-9]+}" is "/a/b/{id}": one slash between parts, no trailing one, no regex. */
    static String join(String base, String sub) {
        String path = "/" + strip(base) + "/" + strip(sub);
        path = path.replaceAll("/+", "/").replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String strip(String part) {
        return part == null ? "" : part.trim();
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            String verb = value(a.annotationType().getAnnotations(), HTTP_METHOD);
            if (verb != null) {
                return verb;
            }
        }
        return null;
    }

    private static String value(Annotation[] annotations, String type) {
        for (Annotation a : annotations) {
            if (a.annotationType().getName().equals(type)) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read @" + type, e);
                }
            }
        }
        return null;
    }

    /** The top-level classes of the anchor's package, loaded (not initialised) by the anchor's loader. */
    private static List<Class<?>> classesOfPackage(Class<?> anchor) {
        String pkg = anchor.getPackageName();
        List<Class<?>> classes = new ArrayList<>();
        for (String simpleName : classNames(anchor)) {
            try {
                classes.add(Class.forName(pkg + "." + simpleName, false, anchor.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("listed but not loadable: " + pkg + "." + simpleName, e);
            }
        }
        return classes;
    }

    private static List<String> classNames(Class<?> anchor) {
        URL own = anchor.getResource(anchor.getSimpleName() + ".class");
        if (own == null) {
            throw new IllegalStateException("no class file of " + anchor.getName());
        }
        try {
            Stream<String> files;
            if ("jar".equals(own.getProtocol())) {
                JarURLConnection jar = (JarURLConnection) own.openConnection();
                String dir = anchor.getPackageName().replace('.', '/') + "/";
                files = jar.getJarFile().stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(dir) && n.indexOf('/', dir.length()) < 0)
                        .map(n -> n.substring(dir.length())).toList().stream();
            } else if ("file".equals(own.getProtocol())) {
                try (Stream<Path> list = Files.list(Path.of(own.toURI()).getParent())) {
                    files = list.map(p -> p.getFileName().toString()).toList().stream();
                }
            } else {
                Path dir = Path.of("target/classes").resolve(anchor.getPackageName().replace('.', '/'));
                try (Stream<Path> list = Files.list(dir)) {
                    files = list.map(p -> p.getFileName().toString()).toList().stream();
                }
            }
            return files.filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
