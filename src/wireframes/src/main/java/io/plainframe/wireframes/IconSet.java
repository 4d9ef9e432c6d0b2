package io.plainframe.wireframes;

import io.plainframe.licensing.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The icons an {@code icon} control can show: a pinned subset of Lucide (ISC licence), read from the very web
 * resource the editor loads (plainframe-editor-icons.js, written by src/wireframes/icons/fetch-icons.sh), so the
 * server and the editor draw from one copy. Each icon is a list of shapes on a 24 by 24 grid, drawn stroked.
 */
public final class IconSet {

    static final String RESOURCE = "/io/plainframe/wireframes/web/plainframe-editor-icons.js";

    /**
     * One shape of an icon.
     *
     * @param tag        path, circle, rect, line, ellipse, polyline or polygon (checked when the file was written)
     * @param attributes its geometry, in the package's order
     */
    public record Shape(String tag, Map<String, String> attributes) {
    }

    private static final Map<String, List<Shape>> ICONS = load();

    private IconSet() {
    }

    /** The icon's shapes, or an empty list for a name the set does not have. */
    public static List<Shape> shapes(String name) {
        return ICONS.getOrDefault(name, List.of());
    }

    public static boolean has(String name) {
        return ICONS.containsKey(name);
    }

    /** The names, in order. */
    public static Set<String> names() {
        return ICONS.keySet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Shape>> load() {
        try (InputStream in = IconSet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("{")) {
                    Map<String, Object> json = (Map<String, Object>) Json.parse(line);
                    Map<String, List<Shape>> icons = new LinkedHashMap<>();
                    for (Map.Entry<String, Object> icon : json.entrySet()) {
                        List<Shape> shapes = new ArrayList<>();
                        for (Object node : (List<Object>) icon.getValue()) {
                            List<Object> pair = (List<Object>) node;
                            Map<String, String> attributes = new LinkedHashMap<>();
                            ((Map<String, Object>) pair.get(1)).forEach((k, v) -> attributes.put(k, (String) v));
                            shapes.add(new Shape((String) pair.get(0), Collections.unmodifiableMap(attributes)));
                        }
                        icons.put(icon.getKey(), List.copyOf(shapes));
                    }
                    return Collections.unmodifiableMap(icons);
                }
            }
            throw new IllegalStateException("no icons in " + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
