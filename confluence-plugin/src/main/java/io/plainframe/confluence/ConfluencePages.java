package io.plainframe.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import io.plainframe.licensing.host.HostUnavailableException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pages and blog posts by the content id Plainframe is given (text, as it comes from URLs and macros). Only the
 * canonical spelling ({@code 1001}, not {@code 01001}, {@code +1001} or {@code " 1001"}) names a page, so every
 * id Plainframe checks or keeps is in one form.
 */
final class ConfluencePages {

    private static final Pattern CANONICAL = Pattern.compile("[1-9][0-9]{0,17}");

    private final PageManager pages;

    ConfluencePages(PageManager pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** The page; empty when the id is not a page id in canonical form or no page has it. */
    Optional<AbstractPage> page(String contentId) {
        return contentId != null && CANONICAL.matcher(contentId).matches() ? byId(Long.parseLong(contentId))
                : Optional.empty();
    }

    /**
     * The canonical id of the page, which wireframes are kept under; also for a page id an older build kept in
     * another spelling ({@code 01001}), so its wireframes are rewritten to the canonical one when read.
     */
    Optional<String> stableId(String contentId) {
        if (contentId == null || !contentId.strip().matches("\\+?[0-9]{1,19}")) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(contentId.strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return byId(id).map(page -> Long.toString(page.getId()));
    }

    /**
     * The one by-id lookup the API offers (atlassian-api README, note 3), deprecated: a Confluence that dropped it
     * cannot answer for pages, which is said as such (an unavailable host, shown as "try again"), never as "no
     * such page", and does not reach the directory sync, which never looks up pages.
     */
    @SuppressWarnings("deprecation")
    private Optional<AbstractPage> byId(long id) {
        if (id <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(pages.getAbstractPage(id));
        } catch (NoSuchMethodError | NoClassDefFoundError e) {
            throw new HostUnavailableException("this Confluence has no PageManager.getAbstractPage", e);
        }
    }
}
