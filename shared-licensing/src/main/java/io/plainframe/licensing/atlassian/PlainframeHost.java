package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.plainframe.licensing.web.Caller;
import java.util.List;
import javax.servlet.http.HttpServletRequest;

/**
 * What the shared REST resources, their access filter and the admin servlet need from the product they run in.
 * Each plugin's one component implements it; Spring injects it into the resources, the filter and the servlet by
 * type.
 */
public interface PlainframeHost {

    PlainframeRuntime runtime();

    /** Who sent the request. */
    Caller caller(HttpServletRequest request);

    /** Who sent a REST request, with what the host's access annotations ask about them. */
    Requester requester(HttpServletRequest request);

    /**
     * The JAX-RS resource classes the plugin's {@code rest} module serves: the REST access filter reads their
     * routes and access annotations.
     */
    List<Class<?>> restResources();

    LoginUriProvider loginUris();

    /**
     * Whether the host takes no writes for now (Confluence Data Center's read-only mode, for maintenance): the REST
     * API then refuses every change, and reads go on. Jira has no such mode.
     */
    default boolean readOnly() {
        return false;
    }

    /**
     * The host's configured address with its context path (SAL's {@code getBaseUrl(UrlMode.CANONICAL)}), for the
     * way back from the login page.
     */
    String canonicalBaseUrl();

    WebSudoManager webSudo();

    TemplateRenderer templates();

    I18nResolver i18n();

    /** Where pages ask for their web resources (the admin page's stylesheet). */
    PageBuilderService pageBuilder();
}
