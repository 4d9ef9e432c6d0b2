package io.plainframe.sandbox.access;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One generation's access annotations: which simple names of one package the host reads, whom each admits, and
 * whom an endpoint without any of them admits. The annotation on the method decides, else the one on its class,
 * else the one on the class's package. Annotations are matched by name, as a plugin's copy of an annotation
 * class is the host's own in a real host.
 *
 * @param annotationPackage the package whose annotations the host reads
 * @param rules             whom each annotation admits, by simple name
 * @param unannotated       whom an endpoint without any of them admits
 */
public record AccessRules(String annotationPackage, Map<String, Predicate<Caller>> rules,
                          Predicate<Caller> unannotated) {

    /** Whether the caller may run this method of this class. */
    public boolean admits(Caller caller, Class<?> type, Method method) {
        return rule(type, method).map(name -> rules.get(name)).orElse(unannotated).test(caller);
    }

    /** The simple name of the annotation that decides for the method, if any. */
    public Optional<String> rule(Class<?> type, Method method) {
        Optional<String> found = method == null ? Optional.empty() : on(method);
        if (found.isEmpty()) {
            found = on(type);
        }
        if (found.isEmpty() && type.getPackage() != null) {
            found = on(type.getPackage());
        }
        return found;
    }

    private Optional<String> on(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.getPackageName().equals(annotationPackage) && rules.containsKey(kind.getSimpleName())) {
                return Optional.of(kind.getSimpleName());
            }
        }
        return Optional.empty();
    }
}
