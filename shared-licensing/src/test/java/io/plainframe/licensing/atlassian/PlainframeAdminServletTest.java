package io.plainframe.licensing.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.plainframe.licensing.host.FakeUserDirectory;
import io.plainframe.licensing.web.Caller;
import io.plainframe.licensing.web.Html;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Map;
import java.util.function.BiFunction;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The admin page's security comes first: login, then 403, then WebSudo, and only then the page. */
class PlainframeAdminServletTest {

    private static final String BASE = "https://wiki.example.com/confluence";

    private final PlainframeHost host = mock(PlainframeHost.class);
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final TemplateRenderer templates = mock(TemplateRenderer.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();
    private final PlainframeAdminServlet servlet = new PlainframeAdminServlet(host);

    @BeforeEach
    void host() throws Exception {
        when(host.loginUris()).thenReturn(login);
        when(host.webSudo()).thenReturn(webSudo);
        when(host.templates()).thenReturn(templates);
        when(host.i18n()).thenReturn(i18n);
        when(host.pageBuilder()).thenReturn(pageBuilder);
        when(host.runtime()).thenReturn(RuntimeForTests.runtime(new FakeUserDirectory()));
        when(i18n.getText(anyString())).thenAnswer(call -> call.getArgument(0));
        when(i18n.getText(anyString(), any(Serializable[].class))).thenAnswer(call -> call.getArgument(0));
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        // The request came in under a Host header the client chose; the host's configured address is another.
        when(request.getRequestURL()).thenReturn(
                new StringBuffer("http://evil.example.net/confluence/plugins/servlet/plainframe/admin"));
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/plainframe/admin");
        when(request.getContextPath()).thenReturn("/confluence");
        when(host.canonicalBaseUrl()).thenReturn(BASE);
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndBackBeforeAnythingElse() throws Exception {
        when(host.caller(request)).thenReturn(Caller.ANONYMOUS);
        when(login.getLoginUri(any(URI.class))).thenReturn(URI.create("/login.action?os_destination=x"));
        servlet.doGet(request, response);
        verify(response).sendRedirect("/login.action?os_destination=x");
        verify(login).getLoginUri(URI.create(BASE + "/plugins/servlet/plainframe/admin"));
        verifyNoInteractions(webSudo, templates);
        verify(host, never()).runtime();
    }

    @Test
    void usersWhoAreNotAdminsGet403AndNoWebSudoPrompt() throws Exception {
        when(host.caller(request)).thenReturn(Caller.user("k", "user01"));
        servlet.doGet(request, response);
        verify(response).setStatus(403);
        assertThat(page.toString()).contains("plainframe.admin.forbidden", "content=\"atl.general\"");
        verifyNoInteractions(webSudo, templates);
    }

    @Test
    void adminsWithoutARecentPasswordAreAskedForItFirst() throws Exception {
        when(host.caller(request)).thenReturn(Caller.admin("k", "admin"));
        doThrow(new WebSudoSessionException()).when(webSudo).willExecuteWebSudoRequest(request);
        servlet.doGet(request, response);
        verify(webSudo).enforceWebSudoProtection(request, response);
        verifyNoInteractions(templates);
    }

    @Test
    void adminsSeeThePageAfterTheSecurityChecksInOrder() throws Exception {
        when(host.caller(request)).thenReturn(Caller.admin("k", "admin"));
        when(request.getContextPath()).thenReturn("/wiki");
        servlet.doGet(request, response);
        InOrder order = inOrder(host, webSudo, templates);
        order.verify(host).caller(request);
        order.verify(webSudo).willExecuteWebSudoRequest(request);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.forClass(Map.class);
        order.verify(templates).render(eq(PlainframeAdminServlet.TEMPLATE), context.capture(), any(Writer.class));
        assertThat(context.getValue()).containsKeys("licenseStatusHtml", "seatsHtml", "versionHtml",
                "buildDateHtml");
        assertThat(context.getValue()).containsEntry("versionHtml", "1.0.0").containsEntry("buildDateHtml",
                "2026-03-01").containsEntry("restHtml", "/wiki/rest/plainframe/1.0")
                .containsEntry("upmHtml", "/wiki/plugins/servlet/upm").containsEntry("productHtml", "confluence")
                .containsEntry("contextPathHtml", "/wiki");
        verify(response).setHeader("Cache-Control", "no-store");
        verify(pageBuilder.assembler().resources()).requireWebResource(
                "io.plainframe.confluence:plainframe-admin-resources");
    }

    @Test
    void aQueryThatIsNotAValidUriIsDroppedFromTheWayBackNotTurnedIntoAnError() {
        when(request.getQueryString()).thenReturn("q=a b|c");
        assertThat(PlainframeAdminServlet.returnUri(request, BASE))
                .isEqualTo(URI.create(BASE + "/plugins/servlet/plainframe/admin"));
        when(request.getQueryString()).thenReturn("section=editors");
        assertThat(PlainframeAdminServlet.returnUri(request, BASE).getQuery()).isEqualTo("section=editors");
    }

    @Test
    void theWayBackIsUnderTheCanonicalBaseUrlNeverTheRequestsHostHeader() {
        checkTheWayBack(PlainframeAdminServlet::returnUri);
    }

    @Test
    void theWayBackCheckFailsOnTheWayBackBuiltFromTheRequestsUrl() {
        // The servlet before the fix, planted: the way back built from getRequestURL(), which the Host header names.
        BiFunction<HttpServletRequest, String, URI> fromTheRequest = (forged, base) -> URI.create(
                forged.getRequestURL() + (forged.getQueryString() == null ? "" : "?" + forged.getQueryString()));
        assertThatThrownBy(() -> checkTheWayBack(fromTheRequest)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("evil");
    }

    private void checkTheWayBack(BiFunction<HttpServletRequest, String, URI> wayBack) {
        assertThat(wayBack.apply(request, BASE + "/").toString())
                .isEqualTo(BASE + "/plugins/servlet/plainframe/admin").doesNotContain("evil");
    }

    @Test
    void textOnThePageIsEscaped() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }
}
