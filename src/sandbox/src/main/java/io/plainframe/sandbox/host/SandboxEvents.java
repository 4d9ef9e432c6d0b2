package io.plainframe.sandbox.host;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The host's event publisher as atlassian-event's behaves for plain listeners: {@code register} takes an object
 * whose public methods annotated with {@link EventListener} take one parameter (and refuses one without such a
 * method), and {@code publish} calls every such method whose parameter type the event is an instance of, at once,
 * on the publishing thread (so inside the publisher's transaction, before it commits). A listener that throws is
 * logged and the others still get the event.
 */
public final class SandboxEvents implements EventPublisher {

    private static final System.Logger LOG = System.getLogger(SandboxEvents.class.getName());

    private final List<Object> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean delivering = true;

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        if (!delivering) {
            return;
        }
        for (Object listener : listeners) {
            for (Method method : handlers(listener)) {
                if (method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        if (handlers(listener).isEmpty()) {
            throw new IllegalArgumentException("No listener invoker could be found for listener " + listener);
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }

    /** How many listeners are registered (a stopped plugin must have taken its own away). */
    public int listenerCount() {
        return listeners.size();
    }

    /**
     * Whether published events reach the listeners: a test turns delivery off to show what a plugin that did not
     * listen would do (the negative control of the directory-event test).
     */
    public void delivering(boolean on) {
        this.delivering = on;
    }

    private static List<Method> handlers(Object listener) {
        return List.of(listener.getClass().getMethods()).stream()
                .filter(method -> method.isAnnotationPresent(EventListener.class)
                        && method.getParameterCount() == 1)
                .toList();
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (InvocationTargetException e) {
            LOG.log(System.Logger.Level.ERROR, "Listener " + listener.getClass().getName() + "." + method.getName()
                    + " failed on " + event.getClass().getName() + ": " + e.getCause());
        } catch (IllegalAccessException e) {
            LOG.log(System.Logger.Level.ERROR, "Listener " + listener.getClass().getName() + " cannot be called: " + e);
        }
    }
}
