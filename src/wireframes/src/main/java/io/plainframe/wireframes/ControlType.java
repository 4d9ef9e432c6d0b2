package io.plainframe.wireframes;

import java.util.Optional;
import java.util.Set;

/** The controls a wireframe is drawn with, by their name in the JSON, with the properties each may carry. */
public enum ControlType {
    BUTTON("button"),
    LABEL("label"),
    HEADING("heading", "level"),
    TEXT_INPUT("text-input"),
    CHECKBOX("checkbox", "checked"),
    RADIO("radio", "checked"),
    DROPDOWN("dropdown", "options"),
    IMAGE("image-placeholder"),
    CONTAINER("container"),
    TABLE("table", "cells"),
    LINK("link"),
    NOTE("note");

    private final String id;
    private final Set<String> properties;

    ControlType(String id, String... properties) {
        this.id = id;
        this.properties = Set.of(properties);
    }

    /** The name in the JSON (stable: stored documents use it). */
    public String id() {
        return id;
    }

    /** The properties beyond id, type, position, size and text that this type may have. */
    public Set<String> properties() {
        return properties;
    }

    public static Optional<ControlType> fromId(String id) {
        for (ControlType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
