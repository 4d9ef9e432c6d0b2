package io.plainframe.licensing.atlassian.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * The resource methods of the REST module, read from their JAX-RS annotations, and the one a request reaches,
 * chosen as JAX-RS chooses (JAX-RS 1.1, 3.7.2): first the resource class whose {@code @Path} matches the start of
 * the path, preferring more literal characters, then more templates; within it, the method template matching the
 * rest, by the same order and then literal segments before templates; then the HTTP method ({@code HEAD} falls
 * back to {@code GET}). Only whole-segment {@code {name}} templates are supported; anything else is refused when
 * the table is built, so the table never guesses.
 */
public final class RestRoutes {

    /** The methods that change nothing. */
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class,
            PUT.class, DELETE.class, HEAD.class, OPTIONS.class);

    /**
     * One resource method.
     *
     * @param httpMethod {@code GET}, {@code POST} and so on
     * @param template   its path below the REST base, class and method {@code @Path} joined
     * @param endpoint   the Java method
     */
    public record Route(String httpMethod, Template template, Method endpoint) {

        public EndpointAccess access() {
            return EndpointAccess.of(endpoint);
        }

        /** Whether a call changes nothing, whatever its HTTP method says: a read, or a {@link ChangesNothing}. */
        public boolean changesNothing() {
            return READS.contains(httpMethod) || endpoint.isAnnotationPresent(ChangesNothing.class);
        }

        @Override
        public String toString() {
            return httpMethod + " " + template;
        }
    }

    /** A {@code @Path} as segments; a segment {@code {name}} matches any one non-empty segment. */
    public record Template(List<String> segments) {

        static Template of(String path) {
            List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
            for (String segment : segments) {
                if ((segment.contains("{") || segment.contains("}")) && !isVariable(segment)) {
                    throw new IllegalArgumentException("only whole-segment {name} templates are supported: " + path);
                }
            }
            return new Template(segments);
        }

        Template then(Template more) {
            List<String> joined = new ArrayList<>(segments);
            joined.addAll(more.segments);
            return new Template(List.copyOf(joined));
        }

        /** Whether the first segments of the path match this template. */
        boolean matchesStartOf(List<String> path) {
            if (path.size() < segments.size()) {
                return false;
            }
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (isVariable(segment) ? path.get(i).isEmpty() : !segment.equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }

        boolean matches(List<String> path) {
            return path.size() == segments.size() && matchesStartOf(path);
        }

        /** JAX-RS's order: more literal characters first, then more templates, then literals earlier. */
        static final Comparator<Template> JAX_RS_ORDER = Comparator.comparingInt(Template::literalCharacters)
                .thenComparingInt(Template::variables).reversed().thenComparing(Template::literalsFirst);

        private int literalCharacters() {
            return segments.stream().mapToInt(s -> isVariable(s) ? 1 : s.length() + 1).sum();
        }

        private int variables() {
            return (int) segments.stream().filter(Template::isVariable).count();
        }

        private static int literalsFirst(Template a, Template b) {
            for (int i = 0; i < Math.min(a.segments.size(), b.segments.size()); i++) {
                int order = Boolean.compare(isVariable(a.segments.get(i)), isVariable(b.segments.get(i)));
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }

        private static boolean isVariable(String segment) {
            return segment.matches("\\{[A-Za-z_][A-Za-z0-9_.-]*}");
        }

        @Override
        public String toString() {
            return "/" + String.join("/", segments);
        }
    }

    private record Resource(Template path, List<Route> routes) {
    }

    private final List<Resource> resources;

    private RestRoutes(List<Resource> resources) {
        this.resources = resources;
    }

    /** The routes of these resource classes (each annotated {@code @Path}). */
    public static RestRoutes of(List<Class<?>> resourceClasses) {
        List<Resource> resources = new ArrayList<>();
        for (Class<?> type : resourceClasses) {
            Path path = type.getAnnotation(Path.class);
            if (path == null) {
                throw new IllegalArgumentException(type.getName() + " is not a root resource: no @Path");
            }
            Template base = Template.of(path.value());
            List<Route> routes = new ArrayList<>();
            for (Method method : type.getMethods()) {
                List<String> verbs = HTTP_METHODS.stream().filter(method::isAnnotationPresent)
                        .map(verb -> verb.getSimpleName()).toList();
                Path sub = method.getAnnotation(Path.class);
                if (verbs.isEmpty() && sub != null) {
                    throw new IllegalArgumentException("sub-resource locators are not supported: " + method);
                }
                for (String verb : verbs) {
                    routes.add(new Route(verb, sub == null ? base : base.then(Template.of(sub.value())), method));
                }
            }
            resources.add(new Resource(base, List.copyOf(routes)));
        }
        resources.sort(Comparator.comparing(Resource::path, Template.JAX_RS_ORDER));
        return new RestRoutes(List.copyOf(resources));
    }

    /** Every route, resource by resource. */
    public List<Route> all() {
        return resources.stream().flatMap(resource -> resource.routes().stream()).toList();
    }

    /**
     * The route a request reaches, or none (JAX-RS then answers 404 or 405, or OPTIONS itself).
     *
     * @param path the decoded or encoded segments below the REST base, without a trailing empty one
     */
    public Optional<Route> route(String httpMethod, List<String> path) {
        Optional<Resource> resource = resources.stream().filter(r -> r.path().matchesStartOf(path)).findFirst();
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        List<Route> matching = resource.get().routes().stream().filter(route -> route.template().matches(path))
                .sorted(Comparator.comparing(Route::template, Template.JAX_RS_ORDER)).toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        Template best = matching.get(0).template();
        List<Route> here = matching.stream().filter(route -> route.template().equals(best)).toList();
        Optional<Route> exact = here.stream().filter(route -> route.httpMethod().equals(httpMethod)).findFirst();
        if (exact.isEmpty() && "HEAD".equals(httpMethod)) {
            return here.stream().filter(route -> route.httpMethod().equals("GET")).findFirst();
        }
        return exact;
    }
}
