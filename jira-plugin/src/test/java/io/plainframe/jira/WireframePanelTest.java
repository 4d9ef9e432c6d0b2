package io.plainframe.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.plainframe.wireframes.web.WireframeView;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The issue panel's context provider as Jira calls it. */
class WireframePanelTest {

    private final JiraPlainframe plainframe = mock(JiraPlainframe.class);
    private final WireframeView view = mock(WireframeView.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final WireframePanel panel = new WireframePanel(plainframe);

    @BeforeEach
    void jiraShowsAnIssue() {
        when(plainframe.wireframeView()).thenReturn(view);
        when(plainframe.wireframeResources()).thenReturn(JiraPlainframe.WIREFRAME_RESOURCES);
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(plainframe.pageBuilder()).thenReturn(pageBuilder);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(view.issue("DEMO-1", true)).thenReturn("<div>wireframes</div>");
    }

    @Test
    void theTemplateGetsTheIssuesWireframesAsHtmlAndNoObjectItCouldCallAMethodOn() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("DEMO-1");
        panel.init(Map.of());

        Map<String, Object> context = panel.getContextMap(Map.of("issue", issue, "project", "the project"));

        assertThat(context).containsExactly(Map.entry("wireframesHtml", "<div>wireframes</div>"));
        verify(resources).requireWebResource("io.plainframe.jira:plainframe-content-resources");
    }

    @Test
    void withoutAnIssueThePanelIsEmpty() {
        assertThat(panel.getContextMap(Map.of("project", "the project")))
                .containsExactly(Map.entry("wireframesHtml", ""));
        verify(view, never()).issue(any(), anyBoolean());
        verify(resources, never()).requireWebResource(any());
    }
}
