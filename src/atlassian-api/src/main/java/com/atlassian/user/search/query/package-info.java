/**
 * Compile-only stand-in for atlassian-user 3.0's search queries (as bundled in Confluence 8.7.2), the argument of
 * Confluence's {@code UserAccessor.findUsersAsList}. Partial: only the user term queries, their substring rule and
 * the any-of/all-of combination. Verified against ngannk-fptu/Decompiled-Files, folder
 * {@code com.atlassian.user_atlassian-user-3.0/com/atlassian/user/search/query}. Provided scope only.
 */
package com.atlassian.user.search.query;
