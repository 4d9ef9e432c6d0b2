package io.plainframe.wireframes.store;

import io.plainframe.licensing.host.ClusterLocks;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Cluster locks with a bounded set of names for wireframes. Every wireframe has settings of its own (its owner,
 * signature and, in older Jira builds, its document; each page or issue its list and places), and a lock named
 * after each would leave one lock row per wireframe for ever: Jira never removes a cluster lock's row
 * (JRASERVER-69114). Such names share one of {@link #STRIPES} locks, chosen by a hash of the name (the same on
 * every node, as {@link String#hashCode()} is specified); any other name, such as the licensing state's few, is
 * passed on as it is. Wireframe locks never nest, so two of them sharing a stripe only wait for each other.
 */
public final class WireframeLockStripes implements ClusterLocks {

    /** How many lock names wireframes use at most, whatever their number. */
    public static final int STRIPES = 64;
    static final String STRIPE_PREFIX = "io.plainframe.wireframe.stripe.";

    /**
     * The settings keys of one wireframe, page or issue ({@code wf.doc.}, {@code wf.sig.}, {@code wf.owner.},
     * {@code wf.place.}, {@code wf.list.}), after any namespace, and the attachment lock of a wireframe.
     */
    private static final Pattern PER_WIREFRAME = Pattern.compile(
            "(.*\\.)?wf\\.(doc|sig|owner|place|list)\\..*|.*\\.wireframe\\..*");

    private final ClusterLocks locks;

    public WireframeLockStripes(ClusterLocks locks) {
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    @Override
    public <T> T locked(String name, Supplier<T> action) {
        return locks.locked(nameFor(name), action);
    }

    /** The lock name actually taken for a lock asked for by this name. */
    static String nameFor(String name) {
        return PER_WIREFRAME.matcher(name).matches() ? STRIPE_PREFIX + Math.floorMod(name.hashCode(), STRIPES)
                : name;
    }
}
