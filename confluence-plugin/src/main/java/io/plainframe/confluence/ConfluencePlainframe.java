package io.plainframe.confluence;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import com.atlassian.confluence.core.FormatSettingsManager;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.license.LicenseHandler;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.upm.api.license.PluginLicenseManager;
import io.plainframe.licensing.atlassian.BeehiveClusterLocks;
import io.plainframe.licensing.atlassian.CommittedLocks;
import io.plainframe.licensing.atlassian.PlainframeRuntime;
import io.plainframe.licensing.atlassian.PluginBuild;
import io.plainframe.licensing.atlassian.SalGroups;
import io.plainframe.licensing.atlassian.SalKeyValueStore;
import io.plainframe.licensing.atlassian.SalTextRenderer;
import io.plainframe.licensing.atlassian.UpmMarketplaceLicenseSource;
import io.plainframe.licensing.host.ClusterLocks;
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.host.PatternDateTexts;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.wireframes.atlassian.HostWireframes;
import io.plainframe.wireframes.atlassian.WireframePlainframe;
import io.plainframe.wireframes.store.WireframeLockStripes;
import io.plainframe.wireframes.store.SignedWireframeDocuments;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Plainframe's one component in Confluence: builds the shared runtime over Confluence's services (all
 * constructor-injected, none looked up); {@link WireframePlainframe} makes it the host of the shared REST resources,
 * admin servlet and macro, and runs the background job while the plugin is enabled. Wireframes are kept as
 * attachments of their page.
 */
@Named("plainframeHost")
@ExportAsService(LifecycleAware.class)
public class ConfluencePlainframe extends WireframePlainframe {

    static final String PLUGIN_KEY = "io.plainframe.confluence";
    static final List<String> WIREFRAME_RESOURCES = List.of(PLUGIN_KEY + ":plainframe-content-resources");

    private final AccessModeService accessModes;

    @Inject
    public ConfluencePlainframe(@ComponentImport UserManager salUsers,
                                @ComponentImport PluginSettingsFactory settings,
                                @ComponentImport ClusterLockService locks,
                                @ComponentImport PluginLicenseManager licenses,
                                @ComponentImport I18nResolver i18n,
                                @ComponentImport LicenseHandler licenseHandler,
                                @ComponentImport LoginUriProvider loginUris,
                                @ComponentImport ApplicationProperties application,
                                @ComponentImport WebSudoManager webSudo,
                                @ComponentImport TemplateRenderer templates,
                                @ComponentImport PageBuilderService pageBuilder,
                                @ComponentImport TransactionTemplate transactions,
                                @ComponentImport UserAccessor userAccessor,
                                @ComponentImport PermissionManager permissions,
                                @ComponentImport PageManager pages,
                                @ComponentImport AttachmentManager attachments,
                                @ComponentImport AccessModeService accessModes,
                                @ComponentImport EventPublisher events,
                                @ComponentImport SchedulerService scheduler,
                                @ComponentImport FormatSettingsManager formats,
                                @ComponentImport TimeZoneManager timeZones) {
        super(new PlainframeRuntime(Product.CONFLUENCE,
                PluginBuild.of(ConfluencePlainframe.class.getClassLoader(), PLUGIN_KEY, Clock.systemUTC()),
                licenseHandler.getServerId(), new SalKeyValueStore(settings), stripes(locks),
                new ConfluenceUserDirectory(userAccessor, new SalGroups(salUsers)),
                new ConfluencePagePermissions(pages, permissions, userAccessor),
                new UpmMarketplaceLicenseSource(licenses), new SalTextRenderer(i18n), dates(formats, timeZones),
                TrustedKeys.builtIn(), transactions, Clock.systemUTC()), salUsers, loginUris, application, webSudo,
                templates, i18n, pageBuilder, events, scheduler,
                runtime -> wireframes(runtime, pages, attachments, committed(locks, transactions), permissions,
                        userAccessor),
                WIREFRAME_RESOURCES);
        this.accessModes = accessModes;
    }

    /**
     * Dates as the rest of Confluence shows them: General Configuration's "date and time format" (a
     * {@code SimpleDateFormat} pattern) in the signed-in user's time zone, and its "date format" for a license's
     * days; month names in the JVM's format locale.
     */
    static DateTexts dates(FormatSettingsManager formats, TimeZoneManager timeZones) {
        return new PatternDateTexts(formats::getDateTimeFormat, formats::getDateFormat, timeZones::getUserTimeZone,
                Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Confluence Data Center's read-only mode (maintenance): the REST API refuses changes while it is on. */
    @Override
    public boolean readOnly() {
        return accessModes.isReadOnlyAccessModeEnabled();
    }

    /**
     * Wireframes as attachments of their page, signed, as anyone who may attach files could replace them; kept under
     * the page's canonical id, which is stable.
     */
    private static HostWireframes wireframes(PlainframeRuntime runtime, PageManager pages,
                                             AttachmentManager attachments, ClusterLocks locks,
                                             PermissionManager permissions, UserAccessor users) {
        ConfluencePages byId = new ConfluencePages(pages);
        return new HostWireframes(runtime, new SignedWireframeDocuments(runtime.settings(),
                new AttachmentWireframeDocuments(attachments, byId, locks, permissions, users),
                Product.CONFLUENCE.id(), new SecureRandom()), byId::stableId);
    }

    /** The cluster locks, with a bounded set of names for wireframes (Jira keeps every lock name's row for ever). */
    private static WireframeLockStripes stripes(ClusterLockService locks) {
        return new WireframeLockStripes(new BeehiveClusterLocks(locks));
    }

    /**
     * The locks for wireframe saves: an attachment saved in the caller's transaction (Atlassian REST runs every
     * resource method in one) would commit after its lock is gone, so each save commits in its own first.
     */
    static ClusterLocks committed(ClusterLockService locks, TransactionTemplate transactions) {
        return new WireframeLockStripes(new CommittedLocks(new BeehiveClusterLocks(locks), transactions,
                "plainframe-confluence-wireframe-writes"));
    }
}
