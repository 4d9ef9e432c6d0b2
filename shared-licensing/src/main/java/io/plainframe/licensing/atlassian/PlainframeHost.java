package io.plainframe.licensing.atlassian;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.plainframe.licensing.web.Caller;
import javax.servlet.http.HttpServletRequest;

/**
 * What the shared REST resources and admin servlet need from the product they run in. Each plugin's one
 * component implements it; Spring injects it into the resources and the servlet by type.
 */
public interface PlainframeHost {

    PlainframeRuntime runtime();

    /** Who sent the request. */
    Caller caller(HttpServletRequest request);

    /** Whether the request signed its caller in with their own, correct basic-auth credentials (a script). */
    boolean signedInByBasicAuth(HttpServletRequest request, Caller caller);

    LoginUriProvider loginUris();

    WebSudoManager webSudo();

    TemplateRenderer templates();

    I18nResolver i18n();

    /** Where pages ask for their web resources (the admin page's stylesheet). */
    PageBuilderService pageBuilder();
}
