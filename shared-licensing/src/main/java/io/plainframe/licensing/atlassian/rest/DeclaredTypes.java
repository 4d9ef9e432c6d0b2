package io.plainframe.licensing.atlassian.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.Consumes;

/**
 * The body types a resource method declares with {@code @Consumes} (on the method, else on its class), and whether
 * a request's {@code Content-Type} is one of them, compared as JAX-RS compares media types: type and subtype without
 * case and without parameters, a wildcard matching anything. A request without a type passes, as JAX-RS lets it.
 */
final class DeclaredTypes {

    private DeclaredTypes() {
    }

    /** The declared types when the request's type is not among them; empty when it may go on. */
    static Optional<List<String>> refused(Method endpoint, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.empty();
        }
        Consumes consumes = endpoint.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = endpoint.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes == null) {
            return Optional.empty();
        }
        List<String> declared = new ArrayList<>();
        for (String value : consumes.value()) {
            for (String type : value.split(",")) {
                declared.add(mediaType(type));
            }
        }
        String sent = mediaType(contentType);
        for (String type : declared) {
            if (compatible(type, sent)) {
                return Optional.empty();
            }
        }
        return Optional.of(List.copyOf(declared));
    }

    private static boolean compatible(String declared, String sent) {
        String[] a = declared.split("/", 2);
        String[] b = sent.split("/", 2);
        if (a.length != 2 || b.length != 2) {
            return false;
        }
        return (a[0].equals("*") || b[0].equals("*") || a[0].equals(b[0]))
                && (a[1].equals("*") || b[1].equals("*") || a[1].equals(b[1]));
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }
}
