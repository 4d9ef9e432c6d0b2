package io.plainframe.wireframes.atlassian;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.plainframe.licensing.atlassian.HostPlainframe;
import io.plainframe.licensing.atlassian.PlainframeRuntime;
import io.plainframe.licensing.atlassian.rest.PlainframeResource;
import io.plainframe.wireframes.atlassian.rest.WireframeResource;
import io.plainframe.wireframes.store.WireframeStore;
import io.plainframe.wireframes.web.WireframeEditingApi;
import io.plainframe.wireframes.web.WireframeHistoryApi;
import io.plainframe.wireframes.web.WireframeView;
import io.plainframe.wireframes.web.WireframesApi;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What each product's one component has in common beyond {@link HostPlainframe}: it is also the
 * {@link WireframeHost} of the macro or issue panel and the wireframe REST resource. A product's subclass only says
 * how its wireframes are kept.
 */
public abstract class WireframePlainframe extends HostPlainframe implements WireframeHost {

    /** The licensing API's and the wireframes' resources: what both descriptors' {@code rest} module serves. */
    public static final List<Class<?>> REST_RESOURCES = List.of(PlainframeResource.class, WireframeResource.class);

    private final HostWireframes wireframes;
    private final List<String> resources;

    /**
     * @param wireframes how the product keeps its wireframes, over the runtime just built
     * @param resources  the web resources a page showing wireframes requires
     */
    protected WireframePlainframe(PlainframeRuntime runtime, UserManager users, LoginUriProvider loginUris,
                                  ApplicationProperties application, WebSudoManager webSudo, TemplateRenderer templates,
                                  I18nResolver i18n, PageBuilderService pageBuilder, EventPublisher events,
                                  SchedulerService scheduler, Function<PlainframeRuntime, HostWireframes> wireframes,
                                  List<String> resources) {
        super(runtime, users, loginUris, application, webSudo, templates, i18n, pageBuilder, events, scheduler);
        this.wireframes = Objects.requireNonNull(wireframes.apply(runtime), "wireframes");
        this.resources = List.copyOf(resources);
    }

    @Override
    public WireframesApi wireframes() {
        return wireframes.api();
    }

    @Override
    public WireframeView wireframeView() {
        return wireframes.view();
    }

    @Override
    public WireframeHistoryApi wireframeHistory() {
        return wireframes.history();
    }

    @Override
    public WireframeEditingApi wireframeEditing() {
        return wireframes.editing();
    }

    @Override
    public WireframeStore wireframeStore() {
        return wireframes.store();
    }

    @Override
    public List<Class<?>> restResources() {
        return REST_RESOURCES;
    }

    @Override
    public List<String> wireframeResources() {
        return resources;
    }
}
