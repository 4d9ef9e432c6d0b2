package io.plainframe.wireframes.web;

import static io.plainframe.wireframes.SvgRenderer.escape;

import io.plainframe.licensing.host.CorruptValueException;
import io.plainframe.licensing.host.HostUnavailableException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.licensing.json.Json;
import io.plainframe.licensing.web.TextRenderer;
import io.plainframe.wireframes.InvalidWireframeException;
import io.plainframe.wireframes.SvgRenderer;
import io.plainframe.wireframes.Wireframe;
import io.plainframe.wireframes.WireframeFormat;
import io.plainframe.wireframes.store.StoredWireframe;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.store.WireframeStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HTML a page or issue shows for its wireframes, rendered on the server so readers need no JavaScript: the
 * SVG in a container {@code <div class="plainframe-wireframe" data-content-id data-wireframe-id data-version>}
 * that the page's scripts add the reader's status and the editor to. Everything inserted is escaped.
 */
public final class WireframeView {

    private static final System.Logger LOG = System.getLogger(WireframeView.class.getName());
    /** The document's limits for the editor's script, from WireframeFormat (the script keeps no copy). */
    static final String LIMITS = " data-plainframe-limits=\""
            + escape(Json.write(WireframeFormat.limits())) + "\"";

    private final WireframeStore store;
    private final TextRenderer text;

    public WireframeView(WireframeStore store, TextRenderer text) {
        this.store = Objects.requireNonNull(store, "store");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * One wireframe where a page shows it (the Confluence macro): only ever the page's own. The macro's name is
     * resolved on that page ({@link WireframeStore#placed}); a name another page took (it claimed it first, or
     * the macro was copied with its page) shows as not drawn yet here, and the first save gives this page its
     * own. The container carries the resolved id.
     *
     * @param contentId   the page showing it
     * @param name        the macro's id parameter
     * @param interactive whether the page is read in a browser (with the scripts) rather than exported
     */
    public String wireframe(String contentId, WireframeId name, boolean interactive) {
        return shown(() -> drawn(contentId, name, interactive));
    }

    /**
     * An issue's wireframes (the Jira issue panel): first a container for a new one, where editors find the
     * "New wireframe" action, then each wireframe, oldest first.
     */
    public String issue(String issueKey, boolean interactive) {
        return shown(() -> listed(issueKey, interactive));
    }

    /** The page or issue stays readable when the store cannot answer: the wireframe says so in its place. */
    private String shown(Supplier<String> html) {
        try {
            return html.get();
        } catch (HostUnavailableException e) {
            return "<div class=\"aui-message aui-message-warning plainframe-unavailable\" role=\"status\"><p>"
                    + escape(text.render(Message.of("plainframe.wireframe.view.unavailable"))) + "</p></div>";
        } catch (CorruptValueException e) {
            // Reported where it is seen, never replaced (SPEC 7); the log has it too.
            LOG.log(System.Logger.Level.ERROR, "A stored wireframe value is damaged: " + e.getMessage());
            return "<div class=\"aui-message aui-message-error plainframe-unreadable\" role=\"alert\"><p>"
                    + escape(text.render(Message.of("plainframe.wireframe.api.corrupt", e.key()))) + "</p></div>";
        }
    }

    private String drawn(String contentId, WireframeId name, boolean interactive) {
        Optional<WireframeId> placed = store.placed(contentId, name);
        Optional<StoredWireframe> stored = placed.flatMap(store::load);
        if (stored.isEmpty()) {
            String empty = empty("plainframe.wireframe.view.empty");
            return interactive ? container(contentId, placed.orElse(name).value(), 0, empty) : empty;
        }
        String picture = figure(stored.get());
        return interactive ? container(contentId, stored.get().id().value(), stored.get().version(), picture)
                : picture;
    }

    /**
     * The issue's wireframes, each in its own slot: a damaged or unreadable one says so in its place, and the
     * others and the "New wireframe" container are shown all the same.
     */
    private String listed(String issueKey, boolean interactive) {
        StringBuilder slots = new StringBuilder();
        boolean none;
        try {
            List<WireframeId> ids = store.listedIds(issueKey);
            none = ids.isEmpty();
            for (WireframeId id : ids) {
                slots.append(shown(() -> store.load(id).map(wireframe -> interactive ? container(issueKey,
                        wireframe.id().value(), wireframe.version(), figure(wireframe)) : figure(wireframe))
                        .orElse("")));
            }
        } catch (HostUnavailableException | CorruptValueException e) {
            none = false;
            slots.append(shown(() -> {
                throw e;
            }));
        }
        StringBuilder html = new StringBuilder("<div class=\"plainframe-issue-wireframes\">");
        if (interactive) {
            html.append("<div class=\"plainframe-wireframe plainframe-new\" data-content-id=\"")
                    .append(escape(issueKey)).append("\" data-wireframe-new=\"true\" data-version=\"0\"")
                    .append(LIMITS).append('>')
                    .append(none ? empty("plainframe.wireframe.view.none") : "").append("</div>");
        } else if (none) {
            html.append(empty("plainframe.wireframe.view.none"));
        }
        return html.append(slots).append("</div>").toString();
    }

    /**
     * The picture; for a latest version written outside Plainframe, a notice instead, above the last version
     * Plainframe wrote when the product still has it.
     */
    private String figure(StoredWireframe stored) {
        if (!stored.changedOutside()) {
            return picture(stored);
        }
        Message notice = stored.document() != null ? Message.of("plainframe.wireframe.api.changed-outside",
                stored.version(), stored.signedVersion()) : Message.of(
                "plainframe.wireframe.api.changed-outside-no-history", stored.version());
        return "<div class=\"aui-message aui-message-warning plainframe-changed-outside\" role=\"status\"><p>"
                + escape(text.render(notice)) + "</p></div>" + (stored.document() == null ? "" : picture(stored));
    }

    /** The picture, named by its title when it has one (shown above it, and what assistive technology reads). */
    private String picture(StoredWireframe stored) {
        try {
            Wireframe wireframe = WireframeFormat.read(stored.document());
            String label = wireframe.title().isEmpty() ? text.render(Message.of("plainframe.wireframe.image-label",
                    stored.id().value())) : wireframe.title();
            String caption = wireframe.title().isEmpty() ? "" : "<p class=\"plainframe-title\">"
                    + escape(wireframe.title()) + "</p>";
            return caption + "<div class=\"plainframe-figure\">" + SvgRenderer.render(wireframe, label) + "</div>";
        } catch (InvalidWireframeException e) {
            // Stored documents were checked when saved; one that fails now was changed behind Plainframe's back.
            return "<div class=\"aui-message aui-message-error plainframe-unreadable\" role=\"alert\"><p>"
                    + escape(text.render(Message.of("plainframe.wireframe.view.unreadable", e.path())))
                    + "</p></div>";
        }
    }

    private String empty(String key) {
        return "<p class=\"plainframe-empty\">" + escape(text.render(Message.of(key))) + "</p>";
    }

    private static String container(String contentId, String id, long version, String inside) {
        return "<div class=\"plainframe-wireframe\" data-content-id=\"" + escape(contentId) + "\" data-wireframe-id=\""
                + escape(id) + "\" data-version=\"" + version + "\"" + LIMITS + ">" + inside + "</div>";
    }
}
