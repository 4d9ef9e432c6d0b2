package io.plainframe.confluence;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import java.util.Objects;
import java.util.Optional;

/** Pages and blog posts by the content id Plainframe is given (text, as it comes from URLs and macros). */
final class ConfluencePages {

    private final PageManager pages;

    ConfluencePages(PageManager pages) {
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** The page; empty when the id is not a number or no page has it. */
    @SuppressWarnings("deprecation") // The one by-id lookup the API offers (atlassian-api README, note 3).
    Optional<AbstractPage> page(String contentId) {
        long id;
        try {
            id = Long.parseLong(contentId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return id <= 0 ? Optional.empty() : Optional.ofNullable(pages.getAbstractPage(id));
    }
}
