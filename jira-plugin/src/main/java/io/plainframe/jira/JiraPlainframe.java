package io.plainframe.jira;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.datetime.DateTimeFormatterFactory;
import com.atlassian.jira.datetime.DateTimeStyle;
import com.atlassian.jira.issue.AttachmentManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.license.LicenseHandler;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
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
import io.plainframe.licensing.host.DateTexts;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.wireframes.atlassian.HostWireframes;
import io.plainframe.wireframes.atlassian.WireframePlainframe;
import io.plainframe.wireframes.store.WireframeLockStripes;
import io.plainframe.wireframes.store.SignedWireframeDocuments;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Plainframe's one component in Jira: builds the shared runtime over Jira's services (all
 * constructor-injected, none looked up); {@link WireframePlainframe} makes it the host of the shared REST resources,
 * admin servlet and issue panel, and runs the background job while the plugin is enabled. Wireframes are kept as
 * attachments of their issue (one per saved version), owned and listed by their issue's id, which survives a move
 * to another project; those an older build kept in the plugin's settings move there when first read.
 */
@Named("plainframeHost")
@ExportAsService(LifecycleAware.class)
public class JiraPlainframe extends WireframePlainframe {

    static final String PLUGIN_KEY = "io.plainframe.jira";
    static final List<String> WIREFRAME_RESOURCES = List.of(PLUGIN_KEY + ":plainframe-content-resources");

    @Inject
    public JiraPlainframe(@ComponentImport UserManager salUsers,
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
                          @ComponentImport com.atlassian.jira.user.util.UserManager jiraUsers,
                          @ComponentImport GroupManager groups,
                          @ComponentImport PermissionManager permissions,
                          @ComponentImport IssueManager issues,
                          @ComponentImport EventPublisher events,
                          @ComponentImport SchedulerService scheduler,
                          @ComponentImport AttachmentManager attachments,
                          @ComponentImport DateTimeFormatterFactory dateFormats) {
        super(new PlainframeRuntime(Product.JIRA,
                PluginBuild.of(JiraPlainframe.class.getClassLoader(), PLUGIN_KEY, Clock.systemUTC()),
                licenseHandler.getServerId(), new SalKeyValueStore(settings), stripes(locks),
                new JiraUserDirectory(jiraUsers, groups, new SalGroups(salUsers)),
                new JiraIssuePermissions(issues, permissions, jiraUsers),
                new UpmMarketplaceLicenseSource(licenses), new SalTextRenderer(i18n), dates(dateFormats),
                TrustedKeys.builtIn(), transactions, Clock.systemUTC()), salUsers, loginUris, application, webSudo,
                templates, i18n, pageBuilder, events, scheduler,
                runtime -> wireframes(runtime, new JiraIssues(issues), attachments, committed(locks, transactions),
                        permissions, jiraUsers, salUsers), WIREFRAME_RESOURCES);
    }

    /**
     * Dates as the rest of Jira shows them: Jira's own formatter, its "complete" style for moments in the signed-in
     * user's time zone and locale (Jira's defaults when they set none), its date style for a license's days, which
     * are formatted at their UTC midnight in UTC so no reader's zone moves them to the day before.
     */
    static DateTexts dates(DateTimeFormatterFactory factory) {
        return new DateTexts() {
            @Override
            public String dateTime(Instant at) {
                return factory.formatter().forLoggedInUser().withStyle(DateTimeStyle.COMPLETE).format(Date.from(at));
            }

            @Override
            public String date(LocalDate day) {
                return factory.formatter().forLoggedInUser().withStyle(DateTimeStyle.DATE)
                        .withZone(TimeZone.getTimeZone("UTC")).format(Date.from(day.atStartOfDay(ZoneOffset.UTC)
                                .toInstant()));
            }
        };
    }

    /**
     * Wireframes as attachments of their issue, signed, as anyone who may attach files to the issue could add one
     * of the same name; those still in the plugin's settings move on first read by a signed-in user.
     */
    private static HostWireframes wireframes(PlainframeRuntime runtime, JiraIssues issues,
                                             AttachmentManager attachments, WireframeLockStripes stripes,
                                             PermissionManager permissions,
                                             com.atlassian.jira.user.util.UserManager users, UserManager salUsers) {
        AttachmentWireframeDocuments documents = new AttachmentWireframeDocuments(attachments, issues, stripes,
                permissions, users);
        SettingsWireframeMove moved = new SettingsWireframeMove(runtime.settings(), documents, stripes, () -> {
            com.atlassian.sal.api.user.UserKey user = salUsers.getRemoteUserKey();
            return user == null ? null : user.getStringValue();
        });
        return new HostWireframes(runtime, new SignedWireframeDocuments(runtime.settings(), moved,
                Product.JIRA.id(), new SecureRandom()), issues::stableId);
    }

    /** The cluster locks, with a bounded set of names for wireframes (Jira keeps every lock name's row for ever). */
    private static WireframeLockStripes stripes(ClusterLockService locks) {
        return new WireframeLockStripes(new BeehiveClusterLocks(locks));
    }

    /**
     * The locks for wireframe saves and moves: an attachment made in the caller's transaction (Atlassian REST runs
     * every resource method in one) would be committed after its lock is gone, so each commits in its own first.
     */
    static WireframeLockStripes committed(ClusterLockService locks, TransactionTemplate transactions) {
        return new WireframeLockStripes(new CommittedLocks(new BeehiveClusterLocks(locks), transactions,
                "plainframe-jira-wireframe-writes"));
    }
}
