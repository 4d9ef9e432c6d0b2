package io.plainframe.licensing.atlassian;

import java.util.List;

/**
 * The texts of the admin page's template, each put into its context as {@code $text_…Html}
 * ({@link io.plainframe.licensing.web.TemplateTexts}). None takes arguments; the page's texts that do (the
 * seats) have variables of their own.
 */
final class AdminPageTexts {

    /** In the order the page shows them. */
    static final List<String> KEYS = List.of(
            "plainframe.admin.title", "plainframe.admin.license", "plainframe.admin.editors",
            "plainframe.admin.requests", "plainframe.admin.audit", "plainframe.admin.about",
            "plainframe.admin.marketplace-note", "plainframe.admin.key.heading", "plainframe.admin.key.label",
            "plainframe.admin.key.help", "plainframe.admin.key.preview", "plainframe.admin.key.apply",
            "plainframe.admin.key.remove", "plainframe.admin.add.heading", "plainframe.admin.add.search",
            "plainframe.admin.add.search-button", "plainframe.admin.add.search-help", "plainframe.admin.add.bulk",
            "plainframe.admin.add.bulk-help", "plainframe.admin.add.bulk-button", "plainframe.admin.csv.file",
            "plainframe.admin.csv.help", "plainframe.admin.csv.import", "plainframe.admin.csv.export",
            "plainframe.admin.list.heading", "plainframe.admin.list.search", "plainframe.admin.list.state",
            "plainframe.admin.list.state.all", "plainframe.admin.state.licensed", "plainframe.admin.state.waiting",
            "plainframe.admin.state.inactive", "plainframe.admin.state.missing", "plainframe.admin.list.select-all",
            "plainframe.admin.list.name", "plainframe.admin.list.username", "plainframe.admin.list.email",
            "plainframe.admin.list.source", "plainframe.admin.list.seated", "plainframe.admin.list.actions",
            "plainframe.admin.list.empty", "plainframe.admin.list.remove-selected", "plainframe.admin.list.previous",
            "plainframe.admin.list.next", "plainframe.admin.settings.heading", "plainframe.admin.settings.group",
            "plainframe.admin.settings.group-help", "plainframe.admin.settings.mode",
            "plainframe.admin.settings.mode.selected", "plainframe.admin.settings.mode.everyone",
            "plainframe.admin.settings.mode-help", "plainframe.admin.settings.save",
            "plainframe.admin.requests.user", "plainframe.admin.requests.note", "plainframe.admin.requests.when",
            "plainframe.admin.requests.empty", "plainframe.admin.audit.when", "plainframe.admin.audit.who",
            "plainframe.admin.audit.what", "plainframe.admin.audit.empty", "plainframe.admin.audit.more",
            "plainframe.admin.version", "plainframe.admin.build-date", "plainframe.admin.covered",
            "plainframe.admin.server-id");

    private AdminPageTexts() {
    }
}
