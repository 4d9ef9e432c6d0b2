package io.plainframe.sandbox;

import io.plainframe.sandbox.plugin.LoadedPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The wireframe the demo page and issue hold from the start (SPEC 8: id {@code demo}), as if someone had drawn
 * it before: created once, on a fresh or reset sandbox, through the plugin's own store, so it is kept exactly as
 * the plugin keeps every wireframe (Confluence: a page attachment; Jira: an issue attachment). The sandbox
 * reaches the store by reflection because the plugin's classes live in the plugin's class loader.
 */
final class DemoWireframes {

    static final String ID = "demo";

    private DemoWireframes() {
    }

    static void seed(LoadedPlugin plugin, String contentId, String userKey) throws Exception {
        Object host = plugin.component("io.plainframe.wireframes.atlassian.WireframeHost");
        ClassLoader loader = plugin.classLoader();
        Class<?> storeType = loader.loadClass("io.plainframe.wireframes.store.WireframeStore");
        Class<?> idType = loader.loadClass("io.plainframe.wireframes.store.WireframeId");
        Object store = host.getClass().getMethod("wireframeStore").invoke(host);
        Object id = idType.getConstructor(String.class).newInstance(ID);
        if (((Optional<?>) storeType.getMethod("owner", idType).invoke(store, id)).isPresent()) {
            return;
        }
        storeType.getMethod("create", idType, String.class, String.class, String.class).invoke(store, id,
                contentId, document(), userKey);
    }

    private static String document() throws IOException {
        try (InputStream in = DemoWireframes.class.getResourceAsStream("demo-wireframe.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
