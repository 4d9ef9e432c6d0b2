package io.plainframe.sandbox;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.core.FormatSettingsManager;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.license.LicenseHandler;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.upm.api.license.PluginLicenseManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.plainframe.licensing.atlassian.PluginBuild;
import io.plainframe.sandbox.access.HostAccess;
import io.plainframe.sandbox.access.ModuleGuard;
import io.plainframe.sandbox.host.HostFaults;
import io.plainframe.sandbox.host.PluginUi;
import io.plainframe.sandbox.host.ProductServices;
import io.plainframe.sandbox.host.RestTransactions;
import io.plainframe.sandbox.host.SalServices;
import io.plainframe.sandbox.host.SandboxAccessMode;
import io.plainframe.sandbox.host.SandboxApplicationProperties;
import io.plainframe.sandbox.host.SandboxAttachments;
import io.plainframe.sandbox.host.SandboxDateFormats;
import io.plainframe.sandbox.host.SandboxDirectory;
import io.plainframe.sandbox.host.SandboxEvents;
import io.plainframe.sandbox.host.SandboxScheduler;
import io.plainframe.sandbox.host.SandboxJiraAttachments;
import io.plainframe.sandbox.host.SandboxUpm;
import io.plainframe.sandbox.host.SandboxUsers;
import io.plainframe.sandbox.plugin.HostRuntime;
import io.plainframe.sandbox.plugin.LoadedPlugin;
import io.plainframe.sandbox.runtime.AccessCheck;
import io.plainframe.sandbox.runtime.Container;
import io.plainframe.sandbox.runtime.RestRuntime;
import io.plainframe.sandbox.runtime.Site;
import io.plainframe.sandbox.web.AccessModes;
import io.plainframe.sandbox.web.AccountPages;
import io.plainframe.sandbox.web.AttachmentUploads;
import io.plainframe.sandbox.web.AuthFilter;
import io.plainframe.sandbox.web.ContentPage;
import io.plainframe.sandbox.web.Decorator;
import io.plainframe.sandbox.web.DemoKeysPage;
import io.plainframe.sandbox.web.GroupMembers;
import io.plainframe.sandbox.web.HomePage;
import io.plainframe.sandbox.web.HostUserSearch;
import io.plainframe.sandbox.web.JiraAttachmentUploads;
import io.plainframe.sandbox.web.Layout;
import io.plainframe.sandbox.web.SecurityHeadersFault;
import io.plainframe.sandbox.web.StaticFiles;
import io.plainframe.sandbox.web.UpmPage;
import io.plainframe.sandbox.web.WebResources;
import io.plainframe.sandbox.web.XsrfFilter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One product of the sandbox, Confluence or Jira, at {@code /confluence} or {@code /jira}: its users, SAL, UPM
 * and product services over the database, the product's plugin jar loaded and wired as its descriptor and
 * component index say, and the host's own pages around it (login, WebSudo, the demo content, UPM, demo keys).
 */
public final class ProductHost {

    /** The largest form the host's own pages read (the plugin's REST bounds its bodies itself). */
    private static final int MAX_FORM_BYTES = 64 * 1024;

    private final String product;
    private final LoadedPlugin plugin;
    private final List<LoadedPlugin> otherPlugins = new ArrayList<>();
    private final ProductServices products;
    private final HostFaults faults = new HostFaults();
    private final SandboxAttachments attachments;
    private final SandboxEvents events = new SandboxEvents();
    private final SandboxScheduler scheduler;
    private final SandboxJiraAttachments jiraAttachments;

    /**
     * @param product  {@code confluence} or {@code jira}
     * @param database the sandbox's database
     * @param jar       the product's Plainframe plugin jar
     * @param platform  the platform line it plays
     * @param container the servlet container to serve it in
     * @param apps      more plugin jars to install beside Plainframe, as UPM's Upload app does
     * @param allowBasicAuth whether REST takes basic auth where the line's product blocks it by default
     */
    public ProductHost(String product, Database database, Path jar, Platform platform, Container container,
                       List<Path> apps, boolean allowBasicAuth) throws Exception {
        this.product = product;
        String contextPath = "/" + product;
        SandboxUsers users = new SandboxUsers(database, product);
        SalServices sal = new SalServices(database, users, contextPath);
        this.products = new ProductServices(users, faults);
        String pluginKey = "io.plainframe." + product;
        SandboxUpm upm = new SandboxUpm(database, product, pluginKey);
        SandboxAttachments attachments = new SandboxAttachments(database, sal, key -> products.userAccessor()
                .getUserByKey(new com.atlassian.sal.api.user.UserKey(key)));
        this.attachments = attachments;
        SandboxJiraAttachments jiraAttachments = new SandboxJiraAttachments(database);
        this.jiraAttachments = jiraAttachments;
        SandboxAccessMode accessMode = new SandboxAccessMode();
        // Test seams of the host's scheduler (see SandboxScheduler): time sped up, cluster jobs run on every node.
        this.scheduler = new SandboxScheduler(database, product, product + "-" + UUID.randomUUID(),
                Long.getLong("plainframe.sandbox.scheduler.speedup", 1),
                Boolean.getBoolean("plainframe.sandbox.scheduler.perNode"));
        SandboxApplicationProperties application = new SandboxApplicationProperties(product, contextPath,
                container::port);
        Function<PluginUi, Map<Class<?>, Object>> services = ui -> {
            Map<Class<?>, Object> provided = new HashMap<>();
            provided.put(UserManager.class, sal.userManager());
            provided.put(PluginSettingsFactory.class, sal.pluginSettings());
            provided.put(ClusterLockService.class, sal.clusterLocks());
            provided.put(LoginUriProvider.class, sal.loginUris());
            provided.put(ApplicationProperties.class, application);
            provided.put(WebSudoManager.class, sal.webSudo());
            provided.put(TransactionTemplate.class, sal.transactions());
            provided.put(LicenseHandler.class, sal.licenseHandler());
            provided.put(PluginLicenseManager.class, upm.licenseManager());
            provided.put(I18nResolver.class, ui.i18n());
            provided.put(TemplateRenderer.class, ui.templates());
            provided.put(PageBuilderService.class, ui.pageBuilder());
            provided.put(EventPublisher.class, events);
            provided.put(SchedulerService.class, scheduler);
            if ("confluence".equals(product)) {
                provided.put(UserAccessor.class, products.userAccessor());
                provided.put(com.atlassian.confluence.security.PermissionManager.class,
                        products.confluencePermissions());
                provided.put(PageManager.class, products.pageManager());
                provided.put(AttachmentManager.class, attachments);
                provided.put(AccessModeService.class, accessMode);
                provided.put(FormatSettingsManager.class, SandboxDateFormats.confluence());
                provided.put(TimeZoneManager.class, SandboxDateFormats.timeZones());
            } else {
                provided.put(com.atlassian.jira.user.util.UserManager.class, products.jiraUsers());
                provided.put(GroupManager.class, products.groups());
                provided.put(com.atlassian.jira.security.PermissionManager.class, products.jiraPermissions());
                provided.put(IssueManager.class, products.issues());
                provided.put(com.atlassian.jira.issue.AttachmentManager.class, jiraAttachments);
                provided.put(com.atlassian.jira.datetime.DateTimeFormatterFactory.class, SandboxDateFormats.jira());
            }
            return provided;
        };
        this.plugin = new LoadedPlugin(jar, ProductHost.class.getClassLoader(), services);
        if (!pluginKey.equals(plugin.key())) {
            throw new IllegalStateException(jar + " is plugin " + plugin.key() + ", not " + pluginKey);
        }
        Layout layout = new Layout(product, contextPath, plugin.webItems("confluence".equals(product)
                ? "system.admin/" : "admin_plugins_menu"));
        PluginBuild build = PluginBuild.of(plugin.classLoader(), pluginKey, Clock.systemUTC());

        Site site = container.site(contextPath, MAX_FORM_BYTES);
        site.filter(new SecurityHeadersFault(faults), "/*");
        site.filter(new AuthFilter(users, allowBasicAuth || !platform.blocksBasicAuthOnRest(product)), "/*");
        site.filter(new XsrfFilter(faults), "/rest/*");
        site.filter(new Decorator(layout, plugin), "/plugins/servlet/*");
        site.servlet(new HomePage(layout, product), "/");
        site.servlet(AccountPages.login(layout, users, faults), "/login");
        site.servlet(AccountPages.logout(layout, faults), "/logout");
        site.servlet(AccountPages.webSudo(layout, users), "/authenticate");
        site.servlet(new ContentPage(layout, plugin, products, product),
                "confluence".equals(product) ? "/display/*" : "/browse/*");
        site.servlet(new UpmPage(layout, plugin, upm, sal.webSudo()), "/plugins/servlet/upm");
        site.servlet(new DemoKeysPage(layout, product, build.buildDate().date()), "/demo-keys");
        if ("jira".equals(product)) {
            // Confluence Data Center has no supported REST user search: its picker here is Plainframe's /users.
            site.servlet(new HostUserSearch(users, faults), HostUserSearch.PATH);
        }
        site.servlet(new GroupMembers(new SandboxDirectory(users, events, sal.transactions())), GroupMembers.PATH);
        site.servlet(new StaticFiles("aui"), "/aui/*");
        site.servlet(new WebResources(plugin), "/download/resources/*");
        if ("confluence".equals(product)) {
            site.servlet(new AttachmentUploads(attachments, products, accessMode), "/rest/api/content/*");
            site.servlet(new AccessModes(accessMode), "/rest/api/accessmode");
        } else {
            site.servlet(new JiraAttachmentUploads(jiraAttachments, products), "/rest/api/2/issue/*");
        }
        HostRuntime runtime = runtime(platform, sal);
        plugin.mount(site, runtime);
        for (Path app : apps) {
            LoadedPlugin other = new LoadedPlugin(app, ProductHost.class.getClassLoader(), services);
            other.mount(site, runtime);
            otherPlugins.add(other);
        }
        DemoWireframes.seed(plugin, "confluence".equals(product) ? Long.toString(ProductServices.DEMO_PAGE_ID)
                : ProductServices.DEMO_ISSUE, "key-admin");
    }

    public String product() {
        return product;
    }

    /** The host defects a test may plant in this product (see {@link HostFaults}). */
    public HostFaults faults() {
        return faults;
    }

    /** The product's APIs as the plugin sees them (tests inject directory faults there). */
    public ProductServices products() {
        return products;
    }

    /** The host's event publisher (tests check the plugin's listeners and can stop delivery). */
    public SandboxEvents events() {
        return events;
    }

    /** Confluence's page attachments (tests count the notifications saves sent). */
    public SandboxAttachments attachments() {
        return attachments;
    }

    /** The product's Plainframe plugin as loaded (tests reach its classes, as an older build would use them). */
    LoadedPlugin plugin() {
        return plugin;
    }

    /** Jira's issue attachments (tests look at what the plugin attached). */
    public SandboxJiraAttachments jiraAttachments() {
        return jiraAttachments;
    }

    /** The calls the plugin's templates made and the sandbox refused (see NoCallsUberspect). */
    public List<String> refusedTemplateCalls() {
        return plugin.ui().refusedCalls();
    }

    /** The host's REST runtime and checks of the platform line, for the plugin's web modules. */
    private static HostRuntime runtime(Platform platform, SalServices sal) {
        UserManager users = sal.userManager();
        RestRuntime rest = platform.rest();
        HostAccess restAccess = new HostAccess(platform.restRules(), users);
        return new HostRuntime() {
            @Override
            public RestRuntime rest() {
                return rest;
            }

            @Override
            public AccessCheck restAccess() {
                return restAccess;
            }

            @Override
            public Object guard(Class<?> module, boolean servlet) {
                return platform.moduleRules().map(rules -> new ModuleGuard(rules, users, module, servlet))
                        .orElse(null);
            }

            @Override
            public Object restTransaction() {
                return new RestTransactions(sal.transactions());
            }
        };
    }

    /** Stops the plugin's components (its background job) before the server goes. */
    public void stop() {
        otherPlugins.forEach(LoadedPlugin::stop);
        plugin.stop();
        scheduler.stop();
    }
}
