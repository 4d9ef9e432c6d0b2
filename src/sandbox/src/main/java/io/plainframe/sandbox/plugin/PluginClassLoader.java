package io.plainframe.sandbox.plugin;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * A plugin's class loader: the plugin's own classes (including the licensing core it embeds) come from its
 * jar first, as in an OSGi bundle; everything else (the host's API, the JDK) from the host.
 */
final class PluginClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    PluginClassLoader(URL jar, ClassLoader host) {
        super(new URL[] {jar}, host);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith("io.plainframe.")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException e) {
                    loaded = super.loadClass(name, false);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }
}
