package io.plainframe.sandbox.host;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Attachment;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.EntityException;
import com.atlassian.user.Group;
import com.atlassian.user.User;
import com.atlassian.user.search.page.Pager;
import com.atlassian.user.search.query.Query;
import java.time.Duration;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The product APIs the plugins call, as the sandbox's Confluence and Jira answer them: users, groups, and who
 * may view or edit the demo page ({@link #DEMO_PAGE_ID}) and issue ({@link #DEMO_ISSUE}). Everyone signed in may
 * view them; members of {@code readers} may not edit them. Confluence also has a scratch page
 * ({@link #SCRATCH_PAGE_ID}), as if in each user's own space: every active user may view and edit it.
 */
public final class ProductServices {

    public static final long DEMO_PAGE_ID = 1001;
    /** A page in each user's own space, which every active user may view and edit (no page to show it on). */
    public static final long SCRATCH_PAGE_ID = 1002;
    public static final String DEMO_ISSUE = "DEMO-1";
    static final Long DEMO_ISSUE_ID = 10001L;
    static final String READERS = "readers";
    /**
     * Members may edit the demo page but not attach files to it (no Add Attachments permission in its space), and
     * edit DEMO-1 but not attach files to it (no Create Attachments permission in its project).
     */
    public static final String NO_ATTACHMENTS = "no-attachments";

    private final SandboxUsers users;
    private final ConfluenceUserQueries confluenceUserQueries;
    private volatile Duration directoryFault;
    private final HostFaults faults;
    private final AtomicInteger directoryRefusals = new AtomicInteger();

    public ProductServices(SandboxUsers users, HostFaults faults) {
        this.faults = faults;
        this.users = users;
        this.confluenceUserQueries = new ConfluenceUserQueries(users);
    }

    /** Makes Confluence's {@code UserAccessor.findUsersAsList} fail with an {@code EntityException}, or answer. */
    public void confluenceUserSearchFails(boolean fail) {
        confluenceUserQueries.failing(fail);
    }

    /**
     * Makes the user directory's group queries and lookups by name fail, as an unreachable LDAP server does:
     * after {@code wait} (a timeout), or at once with {@link Duration#ZERO}; {@code null} ends the outage. Lookups
     * by key keep answering, as the products' user caches do, so pages and permission checks go on.
     */
    public void directoryFault(Duration wait) {
        this.directoryFault = wait;
    }

    /** How many directory calls failed because of {@link #directoryFault}. */
    public int directoryRefusals() {
        return directoryRefusals.get();
    }

    private void directoryAnswers() {
        Duration fault = directoryFault;
        if (fault == null) {
            return;
        }
        directoryRefusals.incrementAndGet();
        try {
            Thread.sleep(fault.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the sandbox's LDAP directory does not answer"
                + (fault.isZero() ? "" : " (timed out after " + fault.toMillis() + " ms)"));
    }

    /** Whether the user may change the demo page or issue. */
    public boolean mayEditDemoContent(String userKey) {
        return allows(userKey, true);
    }

    /**
     * Whether the user may attach files to the demo page: Confluence asks for view, edit and the space's Add
     * Attachments permission ({@code AttachmentPermissionsDelegate.canCreate}).
     */
    public boolean mayAttachToDemoPage(String userKey) {
        return allows(userKey, true) && !users.isMember(userKey, NO_ATTACHMENTS);
    }

    /** Takes the space's Add Attachments permission from the user, as a space admin can. */
    public void denyAttachments(String username) {
        users.join(NO_ATTACHMENTS, username);
    }

    /** Whether the user may see (and, when {@code edit}, change) the demo page or issue. */
    boolean allows(String userKey, boolean edit) {
        if (userKey == null) {
            return false;
        }
        return users.byKey(userKey).filter(SandboxUsers.User::active)
                .map(user -> !edit || !users.isMember(user.key(), READERS)).orElse(false);
    }

    // Confluence -----------------------------------------------------------------------------------------------

    public UserAccessor userAccessor() {
        return new UserAccessor() {
            @Override
            public ConfluenceUser getUserByName(String name) {
                directoryAnswers();
                return users.byName(name).map(ProductServices::confluenceUser).orElse(null);
            }

            @Override
            public ConfluenceUser getUserByKey(UserKey key) {
                return users.byKey(key.getStringValue()).map(ProductServices::confluenceUser).orElse(null);
            }

            @Override
            @Deprecated
            public boolean isDeactivated(User user) {
                return isDeactivated(user.getName());
            }

            @Override
            @Deprecated
            public boolean isDeactivated(String username) {
                return users.byName(username).map(user -> !user.active()).orElse(false);
            }

            @Override
            public Group getGroup(String name) {
                directoryAnswers();
                return users.groupName(name).map(stored -> (Group) () -> stored).orElse(null);
            }

            @Override
            public Pager<String> getMemberNames(Group group) {
                directoryAnswers();
                List<String> names = users.memberNames(group.getName());
                return new Pager<>() {
                    @Override
                    public boolean isEmpty() {
                        return names.isEmpty();
                    }

                    @Override
                    public Iterator<String> iterator() {
                        return names.iterator();
                    }

                    @Override
                    public List<String> getCurrentPage() {
                        return names;
                    }
                };
            }

            @Override
            public List<User> findUsersAsList(Query<User> query) throws EntityException {
                directoryAnswers();
                return confluenceUserQueries.find(query);
            }
        };
    }

    public com.atlassian.confluence.security.PermissionManager confluencePermissions() {
        return new com.atlassian.confluence.security.PermissionManager() {
            @Override
            public boolean hasPermission(User user, Permission permission, Object target) {
                if (target instanceof Attachment attachment && user != null) {
                    // Remove: as 8.7.2's AttachmentPermissionsDelegate asks, the page's edit permission and the
                    // space's Delete Attachments (which the no-attachments group lacks, as it lacks Add Attachments).
                    return permission == Permission.REMOVE && hasPermission(user, Permission.EDIT,
                            attachment.getContainer()) && !users.isMember(((ConfluenceUser) user).getKey()
                            .getStringValue(), NO_ATTACHMENTS);
                }
                if (!(target instanceof DemoPage || target instanceof ScratchPage) || user == null) {
                    return false;
                }
                String key = ((ConfluenceUser) user).getKey().getStringValue();
                return allows(key, permission == Permission.EDIT && target instanceof DemoPage);
            }

            @Override
            @SuppressWarnings("rawtypes")
            public boolean hasPermission(User user, Permission permission, Class targetType) {
                return false;
            }

            /** Attachments only: view, edit and the space's Add Attachments permission, as Confluence asks. */
            @Override
            public boolean hasCreatePermission(User user, Object container, Class<?> typeToCreate) {
                return typeToCreate == Attachment.class && hasPermission(user, Permission.EDIT, container)
                        && !users.isMember(((ConfluenceUser) user).getKey().getStringValue(), NO_ATTACHMENTS);
            }
        };
    }

    public PageManager pageManager() {
        return new PageManager() {
            @Override
            @Deprecated
            public AbstractPage getAbstractPage(long id) {
                return id == DEMO_PAGE_ID ? new DemoPage() : id == SCRATCH_PAGE_ID ? new ScratchPage() : null;
            }
        };
    }

    private static ConfluenceUser confluenceUser(SandboxUsers.User user) {
        return new ConfluenceUser() {
            @Override
            public UserKey getKey() {
                return new UserKey(user.key());
            }

            @Override
            public String getFullName() {
                return user.displayName();
            }

            @Override
            public String getEmail() {
                return user.email();
            }

            @Override
            public String getName() {
                return user.username();
            }
        };
    }

    /** Confluence's demo page. */
    static final class DemoPage extends AbstractPage {
        private static final long serialVersionUID = 1L;

        @Override
        public long getId() {
            return DEMO_PAGE_ID;
        }
    }

    /** A page anyone may edit. */
    static final class ScratchPage extends AbstractPage {
        private static final long serialVersionUID = 1L;

        @Override
        public long getId() {
            return SCRATCH_PAGE_ID;
        }
    }

    // Jira -----------------------------------------------------------------------------------------------------

    public com.atlassian.jira.user.util.UserManager jiraUsers() {
        return new com.atlassian.jira.user.util.UserManager() {
            @Override
            public ApplicationUser getUserByKey(String userKey) {
                return users.byKey(userKey).map(ProductServices::applicationUser).orElse(null);
            }

            @Override
            public ApplicationUser getUserByName(String userName) {
                if (faults.planted(HostFaults.Fault.DIRECTORY_SWALLOWS_OUTAGE)) {
                    return null;
                }
                directoryAnswers();
                return users.byName(userName).map(ProductServices::applicationUser).orElse(null);
            }
        };
    }

    public GroupManager groups() {
        return new GroupManager() {
            @Override
            public Collection<String> getUserNamesInGroup(String groupName) {
                if (faults.planted(HostFaults.Fault.DIRECTORY_SWALLOWS_OUTAGE)) {
                    return List.of();
                }
                directoryAnswers();
                return users.memberNames(groupName);
            }

            @Override
            public Collection<ApplicationUser> getUsersInGroup(String groupName) {
                if (faults.planted(HostFaults.Fault.DIRECTORY_SWALLOWS_OUTAGE)) {
                    return List.of();
                }
                directoryAnswers();
                return users.memberNames(groupName).stream().map(name -> users.byName(name).orElseThrow())
                        .map(ProductServices::applicationUser).toList();
            }
        };
    }

    /**
     * DEMO-1's project: everyone signed in browses it, all but {@code readers} edit its issues, and those who edit
     * also attach files unless in {@code no-attachments} (in Jira, Create Attachments is a permission of its own).
     */
    public com.atlassian.jira.security.PermissionManager jiraPermissions() {
        return (permission, issue, user) -> issue != null && DEMO_ISSUE.equals(issue.getKey()) && user != null
                && (permission.equals(ProjectPermissions.CREATE_ATTACHMENTS) ? mayAttachToDemoIssue(user.getKey())
                : allows(user.getKey(), permission.equals(ProjectPermissions.EDIT_ISSUES)));
    }

    /** Whether the user holds Create Attachments in DEMO-1's project. */
    public boolean mayAttachToDemoIssue(String userKey) {
        return allows(userKey, true) && !users.isMember(userKey, NO_ATTACHMENTS);
    }

    /** DEMO-1's id, which Jira keeps its attachments under. */
    public static long demoIssueId() {
        return DEMO_ISSUE_ID;
    }

    public IssueManager issues() {
        return new IssueManager() {
            @Override
            public MutableIssue getIssueObject(Long id) {
                return DEMO_ISSUE_ID.equals(id) ? demoIssue() : null;
            }

            @Override
            public MutableIssue getIssueObject(String key) {
                return DEMO_ISSUE.equals(key) ? demoIssue() : null;
            }
        };
    }

    private static MutableIssue demoIssue() {
        return new MutableIssue() {
            @Override
            public Long getId() {
                return DEMO_ISSUE_ID;
            }

            @Override
            public String getKey() {
                return DEMO_ISSUE;
            }
        };
    }

    private static ApplicationUser applicationUser(SandboxUsers.User user) {
        return new ApplicationUser() {
            @Override
            public String getKey() {
                return user.key();
            }

            @Override
            public String getUsername() {
                return user.username();
            }

            @Override
            public String getName() {
                return user.username();
            }

            @Override
            public long getDirectoryId() {
                return 1;
            }

            @Override
            public boolean isActive() {
                return user.active();
            }

            @Override
            public String getEmailAddress() {
                return user.email();
            }

            @Override
            public String getDisplayName() {
                return user.displayName();
            }

            @Override
            public Long getId() {
                return (long) user.key().hashCode();
            }
        };
    }
}
