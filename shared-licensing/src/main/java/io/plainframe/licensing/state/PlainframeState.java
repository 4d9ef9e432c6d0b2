package io.plainframe.licensing.state;

import io.plainframe.licensing.seat.Roster;
import io.plainframe.licensing.seat.SeatMemory;
import io.plainframe.licensing.seat.SeatRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Plainframe stores, changed as one value.
 *
 * @param vendorKey the vendor key the admin applied, or {@code null}
 * @param settings  mode and editors group
 * @param roster    the editors, in seat order
 * @param requests  pending seat requests, oldest first
 * @param memory    queue places of group editors a change of the editors group dropped
 */
public record PlainframeState(String vendorKey, Settings settings, Roster roster, List<SeatRequest> requests,
                              SeatMemory memory) {

    /** A fresh install: no license, default settings, no editors, no requests. */
    public static final PlainframeState INITIAL = new PlainframeState(null, Settings.DEFAULTS, Roster.empty(),
            List.of());

    public PlainframeState {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(roster, "roster");
        requests = List.copyOf(requests);
        Objects.requireNonNull(memory, "memory");
    }

    /** A state without remembered queue places. */
    public PlainframeState(String vendorKey, Settings settings, Roster roster, List<SeatRequest> requests) {
        this(vendorKey, settings, roster, requests, SeatMemory.EMPTY);
    }

    public Optional<String> vendorKeyText() {
        return Optional.ofNullable(vendorKey);
    }

    public PlainframeState withVendorKey(String value) {
        return new PlainframeState(value, settings, roster, requests, memory);
    }

    public PlainframeState withSettings(Settings value) {
        return new PlainframeState(vendorKey, value, roster, requests, memory);
    }

    public PlainframeState withRoster(Roster value) {
        return new PlainframeState(vendorKey, settings, value, requests, memory);
    }

    public PlainframeState withRequests(List<SeatRequest> value) {
        return new PlainframeState(vendorKey, settings, roster, value, memory);
    }

    public PlainframeState withMemory(SeatMemory value) {
        return new PlainframeState(vendorKey, settings, roster, requests, value);
    }

    public Optional<SeatRequest> pendingRequestOf(String userKey) {
        return requests.stream().filter(request -> request.userKey().equals(userKey)).findFirst();
    }
}
