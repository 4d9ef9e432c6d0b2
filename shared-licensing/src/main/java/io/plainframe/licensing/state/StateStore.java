package io.plainframe.licensing.state;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.host.SettingsStore;
import io.plainframe.licensing.json.JsonException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads and changes the one stored {@link PlainframeState} by compare-and-set: a change is computed from the
 * state it will replace, and computed again if someone else wrote first.
 */
public final class StateStore {

    /** The key of the state within Plainframe's namespace. */
    public static final String KEY = "state";

    private static final int MAX_ATTEMPTS = 50;

    private final SettingsStore store;

    public StateStore(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The state and its revision; a fresh install reads as {@link PlainframeState#INITIAL} at revision 0.
     *
     * @throws CorruptValueException when the stored state is damaged or from a newer schema
     */
    public Loaded load() {
        Optional<SettingsStore.Versioned> stored = store.read(KEY);
        if (stored.isEmpty()) {
            return new Loaded(PlainframeState.INITIAL, 0);
        }
        try {
            return new Loaded(StateCodec.decode(stored.get().value()), stored.get().revision());
        } catch (JsonException e) {
            throw new CorruptValueException(KEY, e.getMessage());
        }
    }

    /**
     * The state as it was one write before the current one, kept for an admin to go back to when the current
     * one is damaged; empty when none is kept.
     *
     * @throws CorruptValueException when that one is damaged too
     */
    public Optional<Loaded> loadPrevious() {
        Optional<SettingsStore.Versioned> stored = store.readPrevious(KEY);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Loaded(StateCodec.decode(stored.get().value()), stored.get().revision()));
        } catch (JsonException e) {
            throw new CorruptValueException(KEY, e.getMessage());
        }
    }

    /**
     * Writes a state over a damaged one, at an admin's request (the damaged text stays where it is).
     *
     * @return the state as written; empty, changing nothing, when the stored state is readable after all
     */
    public Optional<Loaded> replaceDamaged(PlainframeState state) {
        OptionalLong written = store.replaceDamaged(KEY, StateCodec.encode(state));
        return written.isPresent() ? Optional.of(new Loaded(state, written.getAsLong())) : Optional.empty();
    }

    /** The stored revision, cheap enough to poll. */
    public long revision() {
        return store.revision(KEY);
    }

    /**
     * Applies a change by compare-and-set, recomputing it from the newer state whenever another writer won.
     *
     * @param change computes, from the current state, either a refusal or the new state
     * @throws CorruptValueException    when the stored state is damaged (it is then never overwritten)
     * @throws HostUnavailableException when the store cannot answer or stays contended
     */
    public <R> Result<R> update(Function<Loaded, Change<R>> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Loaded current = load();
            Change<R> decided = change.apply(current);
            if (decided.newState() == null || decided.newState().equals(current.state())) {
                return new Result<>(current, current, decided.result(), false);
            }
            OptionalLong written = store.compareAndSet(KEY, current.revision(), StateCodec.encode(decided.newState()));
            if (written.isPresent()) {
                return new Result<>(current, new Loaded(decided.newState(), written.getAsLong()), decided.result(),
                        true);
            }
        }
        throw new HostUnavailableException("the stored state kept changing during " + MAX_ATTEMPTS + " attempts",
                null);
    }

    /**
     * A state as read, with the revision it was read at.
     *
     * @param state    the state
     * @param revision the store's revision of it; 0 for a fresh install
     */
    public record Loaded(PlainframeState state, long revision) {
    }

    /**
     * What a change decided.
     *
     * @param newState the state to write, or {@code null} to write nothing
     * @param result   what to tell the caller
     */
    public record Change<R>(PlainframeState newState, R result) {

        public static <R> Change<R> write(PlainframeState state, R result) {
            return new Change<>(Objects.requireNonNull(state, "state"), result);
        }

        public static <R> Change<R> refuse(R result) {
            return new Change<>(null, result);
        }
    }

    /**
     * The outcome of {@link #update}.
     *
     * @param before  the state the change was computed from
     * @param after   the state now stored (the same as before when nothing was written)
     * @param result  what the change decided
     * @param written whether anything was written
     */
    public record Result<R>(Loaded before, Loaded after, R result, boolean written) {
    }
}
