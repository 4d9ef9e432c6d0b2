package io.plainframe.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;
import java.util.Map;
import java.util.Objects;

/**
 * The issue panel's context: the issue's wireframes as HTML, rendered on the server (the template prints
 * {@code $wireframesHtml}, a name Jira's Velocity does not escape), and nothing else. Jira 10 blocks template
 * calls not on its allowlist, so the template gets no object it could call a method on, not even Jira's own
 * context. It also requires the web resources that add the reader's status, the "New wireframe" action and the
 * editor.
 */
public class WireframePanel implements ContextProvider {

    private final JiraPlainframe plainframe;

    public WireframePanel(JiraPlainframe plainframe) {
        this.plainframe = Objects.requireNonNull(plainframe, "plainframe");
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Object issue = context.get("issue");
        if (issue instanceof Issue shown && shown.getKey() != null) {
            plainframe.wireframeResources().forEach(resource -> plainframe.pageBuilder().assembler().resources()
                    .requireWebResource(resource));
            return Map.of("wireframesHtml", plainframe.wireframeView().issue(shown.getKey(), true));
        }
        return Map.of("wireframesHtml", "");
    }
}
