package com.atlassian.user.search.page;

import java.util.Iterator;
import java.util.List;

/**
 * Stand-in for atlassian-user's {@code Pager}. Partial: the real interface also has {@code nextPage()},
 * {@code onLastPage()}, {@code skipTo(int)}, index getters and the {@code EMPTY_PAGER}, {@code PRELOAD_LIMIT} and
 * {@code NO_POSITION} constants.
 *
 * @param <T> the element type
 */
public interface Pager<T> extends Iterable<T> {
    boolean isEmpty();

    @Override
    Iterator<T> iterator();

    List<T> getCurrentPage();
}
