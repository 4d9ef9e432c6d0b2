package io.plainframe.wireframes.store;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wireframe's id, unique within a product (the REST API's {@code /wireframes/{id}}, the Confluence macro's
 * {@code id} parameter): lower-case letters, digits and hyphens, 1 to 40, starting with a letter or digit. The
 * sandbox's demo wireframes are {@code demo}; new ones get a random id from the editor.
 *
 * @param value the id as written
 */
public record WireframeId(String value) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern PAGE = Pattern.compile("page-([0-9]{1,18})");

    public WireframeId {
        Objects.requireNonNull(value, "value");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a wireframe id: " + value);
        }
    }

    /** Reads an id; empty when the text is not one. */
    public static Optional<WireframeId> parse(String text) {
        return text != null && ID.matcher(text).matches() ? Optional.of(new WireframeId(text)) : Optional.empty();
    }

    /** The id of a page's own wireframe (the Confluence macro without an id): {@code page-<page id>}. */
    public static WireframeId ofPage(String pageId) {
        return new WireframeId("page-" + pageId);
    }

    /** The page this id is reserved for when it is a page's own ({@code page-1001}: page 1001). */
    public Optional<String> reservedFor() {
        Matcher page = PAGE.matcher(value);
        return page.matches() ? Optional.of(page.group(1)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
