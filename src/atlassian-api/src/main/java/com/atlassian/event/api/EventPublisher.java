package com.atlassian.event.api;

/**
 * Stand-in for atlassian-event's {@code EventPublisher}. Flattened: {@code register}, {@code unregister} and
 * {@code unregisterAll} are declared on {@code EventListenerRegistrar} there, which it extends. A listener's public
 * methods annotated with {@link EventListener} get every published event assignable to their one parameter.
 */
public interface EventPublisher {

    void publish(Object event);

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
