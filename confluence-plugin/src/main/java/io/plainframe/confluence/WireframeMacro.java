package io.plainframe.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import io.plainframe.licensing.i18n.Message;
import io.plainframe.wireframes.SvgRenderer;
import io.plainframe.wireframes.store.WireframeId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code plainframe-wireframe} macro: shows a wireframe in a page, rendered on the server as SVG. Its
 * {@code id} parameter names the wireframe; without one, the page's own ({@code page-<page id>}). In a browser
 * the page also gets the reader's status and, for licensed editors, the editor; exports (PDF, Word, e-mail,
 * feeds) get the picture alone.
 */
public class WireframeMacro implements Macro {

    /** The output types read in a browser, where the page's scripts run. */
    static final Set<String> INTERACTIVE = Set.of("display", "preview");

    private final ConfluencePlainframe plainframe;

    public WireframeMacro(ConfluencePlainframe plainframe) {
        this.plainframe = Objects.requireNonNull(plainframe, "plainframe");
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject page = context.getEntity();
        if (page == null) {
            // A template or a draft that has no page yet: nothing to show or keep a wireframe with.
            return "<p class=\"plainframe-empty\">" + SvgRenderer.escape(plainframe.runtime().text().render(
                    Message.of("plainframe.wireframe.macro.no-page"))) + "</p>";
        }
        String contentId = Long.toString(page.getId());
        String given = parameters == null ? null : parameters.get("id");
        Optional<WireframeId> id = given == null || given.isBlank() ? Optional.of(WireframeId.ofPage(contentId))
                : WireframeId.parse(given.strip());
        if (id.isEmpty()) {
            // Confluence shows the message in an error box; the parameter is the page author's text.
            throw new MacroExecutionException(SvgRenderer.escape(plainframe.runtime().text().render(Message.of(
                    "plainframe.wireframe.view.bad-id", given))));
        }
        boolean interactive = INTERACTIVE.contains(context.getOutputType());
        if (interactive) {
            plainframe.wireframeResources().forEach(resource -> plainframe.pageBuilder().assembler().resources()
                    .requireWebResource(resource));
        }
        return plainframe.wireframeView().wireframe(contentId, id.get(), interactive);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
