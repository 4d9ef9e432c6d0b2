package io.plainframe.confluence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.plainframe.licensing.atlassian.PlainframeRuntime;
import io.plainframe.licensing.i18n.MessageBundle;
import io.plainframe.wireframes.store.WireframeId;
import io.plainframe.wireframes.web.WireframeView;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The macro as Confluence calls it, over a mocked component and view. */
class WireframeMacroTest {

    private final ConfluencePlainframe plainframe = mock(ConfluencePlainframe.class);
    private final WireframeView view = mock(WireframeView.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final WireframeMacro macro = new WireframeMacro(plainframe);
    private final AbstractPage page = mock(AbstractPage.class);

    @BeforeEach
    void confluenceRendersPage1001ForAnn() {
        PlainframeRuntime runtime = mock(PlainframeRuntime.class);
        when(runtime.text()).thenReturn(MessageBundle.english("io.plainframe.wireframes.i18n.wireframes")::render);
        when(plainframe.runtime()).thenReturn(runtime);
        when(plainframe.wireframeView()).thenReturn(view);
        when(plainframe.wireframeResources()).thenReturn(ConfluencePlainframe.WIREFRAME_RESOURCES);
        PageBuilderService pageBuilder = mock(PageBuilderService.class);
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(plainframe.pageBuilder()).thenReturn(pageBuilder);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        when(page.getId()).thenReturn(1001L);
        when(view.wireframe(any(), any(), anyBoolean())).thenReturn("<div>wireframe</div>");
    }

    @Test
    void aPageReadInABrowserGetsTheWireframeWithItsScripts() throws Exception {
        String html = macro.execute(Map.of("id", "demo"), null, context("display"));

        assertThat(html).isEqualTo("<div>wireframe</div>");
        verify(view).wireframe("1001", new WireframeId("demo"), true);
        verify(resources).requireWebResource("io.plainframe.confluence:plainframe-content-resources");
    }

    @Test
    void exportsGetThePictureAloneAndNoScripts() throws Exception {
        for (String output : new String[] {"pdf", "word", "email", "feed", "html_export", "diff"}) {
            macro.execute(Map.of("id", "demo"), null, context(output));
        }

        verify(view, org.mockito.Mockito.times(6)).wireframe("1001", new WireframeId("demo"), false);
        verify(resources, never()).requireWebResource(any());
    }

    @Test
    void withoutAnIdTheMacroShowsThePagesOwnWireframe() throws Exception {
        Map<String, String> none = new HashMap<>();
        macro.execute(none, null, context("preview"));
        macro.execute(Map.of("id", "  "), null, context("preview"));

        verify(view, org.mockito.Mockito.times(2)).wireframe(eq("1001"),
                eq(new WireframeId("page-1001")), eq(true));
    }

    @Test
    void anIdThatIsNotOneIsTheMacrosErrorEscapedAndShowsNothing() {
        assertThatThrownBy(() -> macro.execute(Map.of("id", "<b>Main</b>"), null, context("display")))
                .isInstanceOf(MacroExecutionException.class)
                .hasMessageContaining("&lt;b&gt;Main&lt;/b&gt;").hasMessageNotContaining("<b>")
                .hasMessageContaining("lower-case letters");
        verify(view, never()).wireframe(any(), any(), anyBoolean());
    }

    @Test
    void aPageNotSavedYetHasNowhereToKeepAWireframe() throws Exception {
        ConversionContext draft = mock(ConversionContext.class);
        when(draft.getOutputType()).thenReturn("preview");

        assertThat(macro.execute(Map.of("id", "demo"), null, draft)).startsWith("<p class=\"plainframe-empty\">");
        verify(view, never()).wireframe(any(), any(), anyBoolean());
    }

    @Test
    void theMacroHasNoBodyAndIsABlock() {
        assertThat(macro.getBodyType()).isEqualTo(Macro.BodyType.NONE);
        assertThat(macro.getOutputType()).isEqualTo(Macro.OutputType.BLOCK);
    }

    private ConversionContext context(String outputType) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(outputType);
        when(context.getEntity()).thenReturn(page);
        return context;
    }
}
