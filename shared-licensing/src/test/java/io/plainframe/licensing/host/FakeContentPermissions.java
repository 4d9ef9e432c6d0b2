package io.plainframe.licensing.host;

import java.util.HashSet;
import java.util.Set;

/** Page and issue permissions set by the test: "view" and "edit" grants per user and content. */
public final class FakeContentPermissions implements ContentPermissions {

    private final Set<String> viewers = new HashSet<>();
    private final Set<String> editors = new HashSet<>();

    public FakeContentPermissions allowView(String userKey, String contentId) {
        viewers.add(userKey + "@" + contentId);
        return this;
    }

    public FakeContentPermissions allowEdit(String userKey, String contentId) {
        allowView(userKey, contentId);
        editors.add(userKey + "@" + contentId);
        return this;
    }

    @Override
    public boolean mayView(String userKey, String contentId) {
        return viewers.contains(userKey + "@" + contentId);
    }

    @Override
    public boolean mayEdit(String userKey, String contentId) {
        return editors.contains(userKey + "@" + contentId);
    }
}
