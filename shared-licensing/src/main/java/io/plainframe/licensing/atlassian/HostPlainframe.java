package io.plainframe.licensing.atlassian;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.plainframe.licensing.web.Caller;
import java.util.Objects;
import javax.servlet.http.HttpServletRequest;

/**
 * What each product's one component has in common: it is the {@link PlainframeHost} of the shared REST
 * resources and admin servlet, and while the plugin is enabled ({@link LifecycleAware}) runs the runtime's
 * background job, listens to the host's directory events and has the host's scheduler run the cluster's sync.
 * A product's subclass only builds the runtime over its own services.
 */
public abstract class HostPlainframe implements PlainframeHost, LifecycleAware {

    private final PlainframeRuntime runtime;
    private final SalCallers callers;
    private final LoginUriProvider loginUris;
    private final ApplicationProperties application;
    private final WebSudoManager webSudo;
    private final TemplateRenderer templates;
    private final I18nResolver i18n;
    private final PageBuilderService pageBuilder;
    private final EventPublisher events;
    private final DirectoryEvents directoryEvents;
    private final ClusterSyncJob syncJob;

    /**
     * @param events    the host's event publisher, whose directory events ask the runtime for a sync
     * @param scheduler the host's atlassian-scheduler, which runs the cluster's periodic sync on one node
     */
    protected HostPlainframe(PlainframeRuntime runtime, UserManager users, LoginUriProvider loginUris,
                             ApplicationProperties application, WebSudoManager webSudo, TemplateRenderer templates,
                             I18nResolver i18n, PageBuilderService pageBuilder, EventPublisher events,
                             SchedulerService scheduler) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.events = Objects.requireNonNull(events, "events");
        this.directoryEvents = new DirectoryEvents(runtime::directoryChanged);
        this.syncJob = new ClusterSyncJob(scheduler, runtime.info().product().id(), runtime::syncNow,
                runtime.clock());
        this.callers = new SalCallers(users);
        this.loginUris = Objects.requireNonNull(loginUris, "loginUris");
        this.application = Objects.requireNonNull(application, "application");
        this.webSudo = Objects.requireNonNull(webSudo, "webSudo");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.pageBuilder = Objects.requireNonNull(pageBuilder, "pageBuilder");
    }

    /** Listens to the host's directory first, so no change after the start's sync goes unnoticed. */
    @Override
    public void onStart() {
        events.register(directoryEvents);
        runtime.start(this::readOnly);
        syncJob.schedule();
    }

    /**
     * Stops the scheduler's runs here and listening (a disabled plugin's code must not stay registered in the host),
     * then this node's job.
     */
    @Override
    public void onStop() {
        syncJob.unregister();
        events.unregister(directoryEvents);
        runtime.stop();
    }

    @Override
    public PlainframeRuntime runtime() {
        return runtime;
    }

    @Override
    public Caller caller(HttpServletRequest request) {
        return callers.caller(request);
    }

    @Override
    public Requester requester(HttpServletRequest request) {
        return callers.requester(request);
    }

    /** The signed-in user of the request being served (macros and panels get no request), or {@code null}. */
    public String currentUserKey() {
        return callers.currentUserKey();
    }

    @Override
    public LoginUriProvider loginUris() {
        return loginUris;
    }

    @Override
    public String canonicalBaseUrl() {
        return application.getBaseUrl(UrlMode.CANONICAL);
    }

    @Override
    public WebSudoManager webSudo() {
        return webSudo;
    }

    @Override
    public TemplateRenderer templates() {
        return templates;
    }

    @Override
    public I18nResolver i18n() {
        return i18n;
    }

    @Override
    public PageBuilderService pageBuilder() {
        return pageBuilder;
    }
}
