package io.plainframe.wireframes;

import java.util.Optional;
import java.util.Set;

/**
 * The controls a wireframe is drawn with, by their name in the JSON, with the properties each may carry and the
 * category the palette files it under. The names are stable: stored documents use them. Each type names its i18n
 * key as a literal so the bundle test sees it used.
 */
public enum ControlType {
    // Buttons and inputs.
    BUTTON("button", Category.INPUTS, "plainframe.wireframe.editor.type.button"),
    TEXT_INPUT("text-input", Category.INPUTS, "plainframe.wireframe.editor.type.text-input"),
    TEXT_AREA("text-area", Category.INPUTS, "plainframe.wireframe.editor.type.text-area"),
    CHECKBOX("checkbox", Category.INPUTS, "plainframe.wireframe.editor.type.checkbox", "checked"),
    RADIO("radio", Category.INPUTS, "plainframe.wireframe.editor.type.radio", "checked"),
    CHECKBOX_GROUP("checkbox-group", Category.INPUTS, "plainframe.wireframe.editor.type.checkbox-group"),
    RADIO_GROUP("radio-group", Category.INPUTS, "plainframe.wireframe.editor.type.radio-group"),
    DROPDOWN("dropdown", Category.INPUTS, "plainframe.wireframe.editor.type.dropdown", "options"),
    TOGGLE("toggle", Category.INPUTS, "plainframe.wireframe.editor.type.toggle", "checked"),
    SLIDER("slider", Category.INPUTS, "plainframe.wireframe.editor.type.slider", "value"),
    DATE_PICKER("date-picker", Category.INPUTS, "plainframe.wireframe.editor.type.date-picker"),
    SEARCH_BOX("search-box", Category.INPUTS, "plainframe.wireframe.editor.type.search-box"),
    NUMBER_STEPPER("number-stepper", Category.INPUTS, "plainframe.wireframe.editor.type.number-stepper"),
    BUTTON_BAR("button-bar", Category.INPUTS, "plainframe.wireframe.editor.type.button-bar"),
    // Text.
    HEADING("heading", Category.TEXT, "plainframe.wireframe.editor.type.heading", "level"),
    LABEL("label", Category.TEXT, "plainframe.wireframe.editor.type.label"),
    PARAGRAPH("paragraph", Category.TEXT, "plainframe.wireframe.editor.type.paragraph"),
    LINK("link", Category.TEXT, "plainframe.wireframe.editor.type.link"),
    // Containers.
    CONTAINER("container", Category.CONTAINERS, "plainframe.wireframe.editor.type.container"),
    PANEL("panel", Category.CONTAINERS, "plainframe.wireframe.editor.type.panel"),
    BROWSER_WINDOW("browser-window", Category.CONTAINERS, "plainframe.wireframe.editor.type.browser-window"),
    PHONE("phone", Category.CONTAINERS, "plainframe.wireframe.editor.type.phone"),
    DIALOG("dialog", Category.CONTAINERS, "plainframe.wireframe.editor.type.dialog"),
    TABS("tabs", Category.CONTAINERS, "plainframe.wireframe.editor.type.tabs"),
    ACCORDION("accordion", Category.CONTAINERS, "plainframe.wireframe.editor.type.accordion"),
    SEPARATOR("separator", Category.CONTAINERS, "plainframe.wireframe.editor.type.separator"),
    // Navigation.
    MENU_BAR("menu-bar", Category.NAVIGATION, "plainframe.wireframe.editor.type.menu-bar"),
    VERTICAL_MENU("vertical-menu", Category.NAVIGATION, "plainframe.wireframe.editor.type.vertical-menu"),
    BREADCRUMBS("breadcrumbs", Category.NAVIGATION, "plainframe.wireframe.editor.type.breadcrumbs"),
    PAGINATION("pagination", Category.NAVIGATION, "plainframe.wireframe.editor.type.pagination"),
    // Data.
    TABLE("table", Category.DATA, "plainframe.wireframe.editor.type.table", "cells"),
    LIST("list", Category.DATA, "plainframe.wireframe.editor.type.list"),
    TREE("tree", Category.DATA, "plainframe.wireframe.editor.type.tree"),
    BAR_CHART("bar-chart", Category.DATA, "plainframe.wireframe.editor.type.bar-chart"),
    LINE_CHART("line-chart", Category.DATA, "plainframe.wireframe.editor.type.line-chart"),
    PIE_CHART("pie-chart", Category.DATA, "plainframe.wireframe.editor.type.pie-chart"),
    // Media.
    IMAGE("image-placeholder", Category.MEDIA, "plainframe.wireframe.editor.type.image-placeholder"),
    VIDEO("video", Category.MEDIA, "plainframe.wireframe.editor.type.video"),
    MAP("map", Category.MEDIA, "plainframe.wireframe.editor.type.map"),
    AVATAR("avatar", Category.MEDIA, "plainframe.wireframe.editor.type.avatar"),
    // Feedback.
    NOTE("note", Category.FEEDBACK, "plainframe.wireframe.editor.type.note"),
    ALERT("alert", Category.FEEDBACK, "plainframe.wireframe.editor.type.alert"),
    PROGRESS_BAR("progress-bar", Category.FEEDBACK, "plainframe.wireframe.editor.type.progress-bar", "value"),
    TOOLTIP("tooltip", Category.FEEDBACK, "plainframe.wireframe.editor.type.tooltip"),
    CALLOUT("callout", Category.FEEDBACK, "plainframe.wireframe.editor.type.callout"),
    BADGE("badge", Category.FEEDBACK, "plainframe.wireframe.editor.type.badge"),
    SPINNER("spinner", Category.FEEDBACK, "plainframe.wireframe.editor.type.spinner");

    /** Where the palette files a control, in the order it shows them. */
    public enum Category {
        INPUTS("inputs", "plainframe.wireframe.editor.category.inputs"),
        TEXT("text", "plainframe.wireframe.editor.category.text"),
        CONTAINERS("containers", "plainframe.wireframe.editor.category.containers"),
        NAVIGATION("navigation", "plainframe.wireframe.editor.category.navigation"),
        DATA("data", "plainframe.wireframe.editor.category.data"),
        MEDIA("media", "plainframe.wireframe.editor.category.media"),
        FEEDBACK("feedback", "plainframe.wireframe.editor.category.feedback");

        private final String id;
        private final String nameKey;

        Category(String id, String nameKey) {
            this.id = id;
            this.nameKey = nameKey;
        }

        public String id() {
            return id;
        }

        /** The i18n key of its name. */
        public String nameKey() {
            return nameKey;
        }
    }

    private final String id;
    private final Category category;
    private final String nameKey;
    private final Set<String> properties;

    ControlType(String id, Category category, String nameKey, String... properties) {
        this.id = id;
        this.category = category;
        this.nameKey = nameKey;
        this.properties = Set.of(properties);
    }

    /** The name in the JSON (stable: stored documents use it). */
    public String id() {
        return id;
    }

    public Category category() {
        return category;
    }

    /** The i18n key of its name, as the palette and the properties panel show it. */
    public String nameKey() {
        return nameKey;
    }

    /** The properties beyond id, type, position, size and text that this type may have. */
    public Set<String> properties() {
        return properties;
    }

    /**
     * Whether its text is a list of items in the quick text syntax ({@link QuickText}): one line per item,
     * {@code *} selected, {@code -} disabled, {@code >} nested.
     */
    public boolean hasItems() {
        return switch (this) {
            case CHECKBOX_GROUP, RADIO_GROUP, BUTTON_BAR, TABS, ACCORDION, MENU_BAR, VERTICAL_MENU, BREADCRUMBS,
                 PAGINATION, LIST, TREE -> true;
            default -> false;
        };
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
