package io.plainframe.wireframes.atlassian;

import io.plainframe.licensing.atlassian.PlainframeHost;
import io.plainframe.wireframes.store.WireframeStore;
import io.plainframe.wireframes.web.WireframeEditingApi;
import io.plainframe.wireframes.web.WireframeHistoryApi;
import io.plainframe.wireframes.web.WireframeView;
import io.plainframe.wireframes.web.WireframesApi;
import java.util.List;

/**
 * What the wireframe REST resource, the Confluence macro and the Jira issue panel need from the product: each
 * plugin's one component implements it next to {@link PlainframeHost}, over its own store.
 */
public interface WireframeHost extends PlainframeHost {

    WireframesApi wireframes();

    WireframeView wireframeView();

    /** A wireframe's versions and its removal (issue 16). */
    WireframeHistoryApi wireframeHistory();

    /** Who has a wireframe open in the editor (issue 16). */
    WireframeEditingApi wireframeEditing();

    /** The product's wireframes, as kept (the sandbox seeds its demo wireframes through it). */
    WireframeStore wireframeStore();

    /** The signed-in user of the current request, or {@code null} when anonymous (SAL's remote user). */
    String currentUserKey();

    /** The complete keys of the web resources a page showing wireframes requires (status, editor). */
    List<String> wireframeResources();
}
