package io.plainframe.atlassianapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards the stand-ins against drift from the real Atlassian signatures. Every public or protected member of every
 * stand-in type is rendered into one canonical line (generic signatures, throws clauses, static/final/abstract/
 * default/deprecated flags, annotation retention and targets, enum constants in order, constant values) and the
 * sorted result must equal {@code expected-signatures.txt}, which is written by hand from the real artifacts.
 *
 * <p>Line formats:
 * <pre>
 * type X : kind modifiers [deprecated]      kind is class, interface, enum or annotation
 * type X typeparams &lt;A&gt;
 * type X extends S / type X implements I      superclass (classes, enums), super-interfaces
 * type X retention R / target [..] / inherited / annotated @A(k=v) / constants [..]
 * constructor X(params) modifiers [throws ..]
 * method X#&lt;T&gt;name(params) : return modifiers [throws ..] [defaultValue v]
 * field X#NAME : type modifiers [= value]  values of static final primitives, strings, Object and com.atlassian
 * </pre>
 * The implicit {@code values()}/{@code valueOf(String)} of enums and enum constant fields are covered by the
 * {@code constants} line; private members, synthetic members and private or anonymous nested classes are
 * implementation details and not rendered.
 */
class SignatureTest {
    private static final String EXPECTED = "/expected-signatures.txt";

    @Test
    void everyStandInMatchesTheExpectedSignatures() {
        List<String> drift = diff(expectedLines(), render(standInTypes()));

        assertThat(drift)
                .withFailMessage("stand-ins drifted from %s (- expected only, + stand-in only):%n%s", EXPECTED,
                        String.join(System.lineSeparator(), drift))
                .isEmpty();
    }

    @Test
    void theModuleHoldsExactlyTheTypesListedInTheExpectedFile() {
        Set<String> expectedTypes = expectedLines().stream()
                .filter(line -> line.startsWith("type ") && line.contains(" : "))
                .map(line -> line.substring("type ".length(), line.indexOf(" : ")))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actualTypes = standInTypes().stream()
                .map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(actualTypes)
                .as("types compiled into the module vs. types in %s", EXPECTED)
                .containsExactlyElementsOf(expectedTypes);
    }

    @Test
    void theExpectedFileIsSortedAndFreeOfDuplicates() {
        List<String> lines = expectedLines();

        assertThat(lines).as("%s must stay sorted (LC_ALL=C sort) without duplicates", EXPECTED)
                .isSortedAccordingTo(Comparator.naturalOrder())
                .doesNotHaveDuplicates();
    }

    @Test
    void theRendererShowsGenericsThrowsFlagsAndAnnotationDetails() {
        List<String> lines = render(List.of(Fixture.class, FixtureMarker.class));

        String fixture = Fixture.class.getName();
        String marker = FixtureMarker.class.getName();
        assertThat(lines).containsExactly(
                "field " + fixture + "#LIMIT : int public static final = 3",
                "field " + fixture + "#NAME : java.lang.String public static final deprecated = \"fixture\"",
                "method " + fixture + "#<T extends java.lang.Number & java.lang.Comparable<T>>pick("
                        + "java.util.List<? extends T>, java.lang.String...) : T public abstract"
                        + " throws java.io.IOException, java.lang.InterruptedException",
                "method " + fixture + "#call() : java.lang.Object public default deprecated throws java.lang.Exception",
                "method " + fixture + "#of(int[][]) : java.util.function.Function<? super java.lang.String, ?>"
                        + " public static",
                "method " + marker + "#kinds() : java.lang.annotation.ElementType[] public abstract"
                        + " defaultValue {TYPE, FIELD}",
                "method " + marker + "#type() : java.lang.Class<?> public abstract defaultValue java.lang.Object.class",
                "type " + fixture + " : interface static",
                "type " + fixture + " annotated @" + marker + "(kinds={METHOD}, type=java.lang.String.class)",
                "type " + fixture + " extends java.util.concurrent.Callable<java.lang.Object>",
                "type " + fixture + " typeparams <V>",
                "type " + marker + " : annotation static",
                "type " + marker + " retention RUNTIME",
                "type " + marker + " target [TYPE]");
    }

    @Test
    void aDriftIsReportedAsMissingAndUnexpectedLines() {
        List<String> expected = List.of("method A#a() : int public abstract", "type A : interface public");
        List<String> actual = List.of("method A#a() : long public abstract", "type A : interface public");

        assertThat(diff(expected, actual)).containsExactly(
                "- method A#a() : int public abstract",
                "+ method A#a() : long public abstract");
    }

    // ---------------------------------------------------------------------------------------------- the types

    /** Every type compiled into the module, found next to a known stand-in (directory or jar). */
    private static List<Class<?>> standInTypes() {
        Path location;
        try {
            location = Path.of(UserManager.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> classNames = Files.isDirectory(location) ? classesIn(location) : classesInJar(location);
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames) {
            Class<?> type = load(name);
            if (!type.isAnonymousClass() && !type.isLocalClass() && !Modifier.isPrivate(type.getModifiers())
                    && !type.isSynthetic()) {
                types.add(type);
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    private static List<String> classesIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .map(SignatureTest::className)
                    .filter(name -> !name.endsWith("package-info") && !name.equals("module-info"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> classesInJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
                    .map(SignatureTest::className)
                    .filter(name -> !name.endsWith("package-info") && !name.equals("module-info"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SignatureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> expectedLines() {
        try (InputStream in = SignatureTest.class.getResourceAsStream(EXPECTED)) {
            assertThat(in).as("test resource %s", EXPECTED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code - line} for lines only expected, {@code + line} for lines only rendered; ordered by line. */
    private static List<String> diff(List<String> expected, List<String> actual) {
        Set<String> expectedSet = new TreeSet<>(expected);
        Set<String> actualSet = new TreeSet<>(actual);
        List<String> lines = new ArrayList<>();
        expectedSet.stream().filter(line -> !actualSet.contains(line)).forEach(line -> lines.add("- " + line));
        actualSet.stream().filter(line -> !expectedSet.contains(line)).forEach(line -> lines.add("+ " + line));
        lines.sort(Comparator.comparing((String line) -> line.substring(2))
                .thenComparing(line -> line.startsWith("-") ? 0 : 1));
        return lines;
    }

    // ------------------------------------------------------------------------------------------- the renderer

    private static List<String> render(List<Class<?>> types) {
        List<String> lines = new ArrayList<>();
        for (Class<?> type : types) {
            renderType(type, lines);
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers()) && !field.isSynthetic() && !field.isEnumConstant()) {
                    lines.add(renderField(field));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
                    lines.add("constructor " + type.getName() + "(" + parameters(constructor) + ")"
                            + flags(constructor.getModifiers(), false, constructor) + throwsClause(constructor));
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                        && !isImplicitEnumMethod(type, method)) {
                    lines.add(renderMethod(type, method));
                }
            }
        }
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    private static void renderType(Class<?> type, List<String> lines) {
        String name = "type " + type.getName();
        String kind = type.isAnnotation() ? "annotation"
                : type.isInterface() ? "interface"
                : type.isEnum() ? "enum"
                : "class";
        int modifiers = type.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE
                | Modifier.ABSTRACT | Modifier.STATIC | Modifier.FINAL);
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        }
        lines.add(name + " : " + kind + flags(modifiers, false, type));
        if (type.getTypeParameters().length > 0) {
            lines.add(name + " typeparams " + typeParameters(type.getTypeParameters()));
        }
        if (!type.isInterface()) {
            lines.add(name + " extends " + typeName(type.getGenericSuperclass()));
        }
        if (!type.isAnnotation()) {
            for (Type superInterface : type.getGenericInterfaces()) {
                lines.add(name + (type.isInterface() ? " extends " : " implements ") + typeName(superInterface));
            }
        }
        if (type.isAnnotation()) {
            Retention retention = type.getAnnotation(Retention.class);
            lines.add(name + " retention " + (retention == null ? RetentionPolicy.CLASS + " (default)"
                    : retention.value().name()));
            Target target = type.getAnnotation(Target.class);
            lines.add(name + " target " + (target == null ? "(default)" : Arrays.toString(target.value())));
            if (type.isAnnotationPresent(Inherited.class)) {
                lines.add(name + " inherited");
            }
        }
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            Class<? extends Annotation> annotationType = annotation.annotationType();
            if (annotationType != Retention.class && annotationType != Target.class
                    && annotationType != Inherited.class && annotationType != Documented.class
                    && annotationType != Deprecated.class) {
                lines.add(name + " annotated " + value(annotation));
            }
        }
        if (type.isEnum()) {
            lines.add(name + " constants " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", ", "[", "]")));
        }
    }

    private static String renderField(Field field) {
        StringBuilder line = new StringBuilder("field ")
                .append(field.getDeclaringClass().getName()).append('#').append(field.getName())
                .append(" : ").append(typeName(field.getGenericType()))
                .append(flags(field.getModifiers(), false, field));
        int modifiers = field.getModifiers();
        Class<?> fieldType = field.getType();
        boolean rendersValue = fieldType.isPrimitive() || fieldType == String.class || fieldType == Object.class
                || fieldType.getName().startsWith("com.atlassian.");
        if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && rendersValue) {
            try {
                line.append(" = ").append(value(field.get(null)));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return line.toString();
    }

    private static String renderMethod(Class<?> type, Method method) {
        StringBuilder line = new StringBuilder("method ").append(type.getName()).append('#');
        if (method.getTypeParameters().length > 0) {
            line.append(typeParameters(method.getTypeParameters()));
        }
        line.append(method.getName()).append('(').append(parameters(method)).append(") : ")
                .append(typeName(method.getGenericReturnType()))
                .append(flags(method.getModifiers(), method.isDefault(), method))
                .append(throwsClause(method));
        if (method.getDefaultValue() != null) {
            line.append(" defaultValue ").append(value(method.getDefaultValue()));
        }
        return line.toString();
    }

    private static boolean isImplicitEnumMethod(Class<?> type, Method method) {
        if (!type.isEnum() || !Modifier.isStatic(method.getModifiers())) {
            return false;
        }
        return method.getName().equals("values") && method.getParameterCount() == 0
                || method.getName().equals("valueOf")
                && Arrays.equals(method.getParameterTypes(), new Class<?>[] {String.class});
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String flags(int modifiers, boolean isDefault, AnnotatedElement element) {
        StringBuilder flags = new StringBuilder();
        if (Modifier.isPublic(modifiers)) {
            flags.append(" public");
        }
        if (Modifier.isProtected(modifiers)) {
            flags.append(" protected");
        }
        if (Modifier.isPrivate(modifiers)) {
            flags.append(" private");
        }
        if (Modifier.isStatic(modifiers)) {
            flags.append(" static");
        }
        if (Modifier.isFinal(modifiers)) {
            flags.append(" final");
        }
        if (Modifier.isAbstract(modifiers)) {
            flags.append(" abstract");
        }
        if (isDefault) {
            flags.append(" default");
        }
        if (element.isAnnotationPresent(Deprecated.class)) {
            flags.append(" deprecated");
        }
        return flags.toString();
    }

    private static String parameters(Executable executable) {
        Type[] types = executable.getGenericParameterTypes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            String name = typeName(types[i]);
            if (executable.isVarArgs() && i == types.length - 1) {
                name = name.substring(0, name.length() - "[]".length()) + "...";
            }
            names.add(name);
        }
        return String.join(", ", names);
    }

    private static String throwsClause(Executable executable) {
        Type[] exceptions = executable.getGenericExceptionTypes();
        if (exceptions.length == 0) {
            return "";
        }
        return Arrays.stream(exceptions).map(SignatureTest::typeName).collect(Collectors.joining(", ", " throws ", ""));
    }

    private static String typeParameters(TypeVariable<?>[] variables) {
        return Arrays.stream(variables).map(variable -> {
            Type[] bounds = variable.getBounds();
            if (bounds.length == 1 && bounds[0] == Object.class) {
                return variable.getName();
            }
            return variable.getName() + " extends "
                    + Arrays.stream(bounds).map(SignatureTest::typeName).collect(Collectors.joining(" & "));
        }).collect(Collectors.joining(", ", "<", ">"));
    }

    /** A JDK-independent rendering of a (generic) type. */
    private static String typeName(Type type) {
        if (type instanceof Class) {
            Class<?> type1 = (Class<?>) type;
            return type1.isArray() ? typeName(type1.getComponentType()) + "[]" : type1.getName();
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            return typeName(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(SignatureTest::typeName).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof TypeVariable) {
            return ((TypeVariable<?>) type).getName();
        }
        if (type instanceof WildcardType) {
            WildcardType wildcard = (WildcardType) type;
            if (wildcard.getLowerBounds().length > 0) {
                return "? super " + typeName(wildcard.getLowerBounds()[0]);
            }
            Type upper = wildcard.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + typeName(upper);
        }
        if (type instanceof GenericArrayType) {
            return typeName(((GenericArrayType) type).getGenericComponentType()) + "[]";
        }
        throw new IllegalArgumentException("unexpected type " + type);
    }

    /** Constant values, annotation element values and default values. */
    private static String value(Object value) {
        if (value instanceof String) {
            return "\"" + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Character) {
            return "'" + value + "'";
        }
        if (value instanceof Class) {
            return typeName((Class<?>) value) + ".class";
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Annotation) {
            Annotation annotation = (Annotation) value;
            Method[] elements = annotation.annotationType().getDeclaredMethods();
            Arrays.sort(elements, Comparator.comparing(Method::getName));
            List<String> pairs = new ArrayList<>();
            for (Method element : elements) {
                try {
                    pairs.add(element.getName() + "=" + value(element.invoke(annotation)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return "@" + annotation.annotationType().getName() + "(" + String.join(", ", pairs) + ")";
        }
        if (value != null && value.getClass().isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                elements.add(value(Array.get(value, i)));
            }
            return "{" + String.join(", ", elements) + "}";
        }
        return String.valueOf(value);
    }

    // ------------------------------------------------------------------------- fixtures for the renderer test

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface FixtureMarker {
        ElementType[] kinds() default {ElementType.TYPE, ElementType.FIELD};

        Class<?> type() default Object.class;
    }

    @FixtureMarker(kinds = ElementType.METHOD, type = String.class)
    interface Fixture<V> extends Callable<Object> {
        @Deprecated
        String NAME = "fixture";
        int LIMIT = 3;

        <T extends Number & Comparable<T>> T pick(List<? extends T> values, String... labels)
                throws IOException, InterruptedException;

        @Deprecated
        @Override
        default Object call() throws Exception {
            return null;
        }

        static Function<? super String, ?> of(int[][] grid) {
            return null;
        }
    }
}
