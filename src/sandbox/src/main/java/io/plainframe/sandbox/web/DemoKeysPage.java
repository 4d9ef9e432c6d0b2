package io.plainframe.sandbox.web;

import io.plainframe.licensing.issue.IssuedKey;
import io.plainframe.licensing.issue.LicenseIssuer;
import io.plainframe.licensing.key.KeyPayload;
import io.plainframe.licensing.key.KeyText;
import io.plainframe.licensing.key.License;
import io.plainframe.licensing.key.LicenseType;
import io.plainframe.licensing.key.Product;
import io.plainframe.licensing.key.SeatLimit;
import io.plainframe.licensing.key.TrustedKeys;
import io.plainframe.licensing.tool.DemoKey;
import io.plainframe.licensing.web.Html;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /demo-keys}: ready-made keys signed with the public demo key, which development builds and the sandbox
 * trust (release builds do not), one for each case an admin meets: a first license, an upgrade, a renewal,
 * maintenance that ended before this build, an evaluation, a key for the other product and a tampered key.
 */
public final class DemoKeysPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Length of an Ed25519 signature, at the end of a key's bytes. */
    private static final int SIGNATURE_LENGTH = 64;

    /**
     * One demo key.
     *
     * @param id          the element id of its text
     * @param title       what it is
     * @param description what applying it shows
     * @param key         the key text
     */
    public record Demo(String id, String title, String description, String key) {
    }

    private final transient Layout layout;
    private final transient List<Demo> demos;

    /**
     * @param product   {@code confluence} or {@code jira}
     * @param buildDate the plugin's build date, which maintenance must reach
     */
    public DemoKeysPage(Layout layout, String product, LocalDate buildDate) {
        this.layout = layout;
        this.demos = demos(Product.fromId(product).orElseThrow(), buildDate, Clock.systemUTC());
    }

    /** The demo keys for a product and build, issued as the vendor's tool would with the demo key. */
    public static List<Demo> demos(Product product, LocalDate buildDate, Clock clock) {
        LicenseIssuer issuer = new LicenseIssuer(DemoKey.load().orElseThrow(() -> new IllegalStateException(
                "this build has no demo signing key; build without -Prelease")), TrustedKeys.builtIn(), clock,
                new Random());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String name = "Example Corp";
        String email = "admin@example.com";
        IssuedKey ten = issuer.issueNew(product, name, email, LicenseType.COMMERCIAL, SeatLimit.of(10), today);
        IssuedKey upgrade = issuer.upgrade(ten.key(), SeatLimit.of(25), today);
        IssuedKey renewal = issuer.renew(ten.key(), today);
        // Bought 13 months before this build: maintenance ended a month before the build date.
        IssuedKey lapsed = issuer.issueNew(product, name, email, LicenseType.COMMERCIAL, SeatLimit.of(10),
                buildDate.minusMonths(13));
        IssuedKey evaluation = issuer.issueEvaluation(product, name, email, today, SeatLimit.unlimited());
        Product other = product == Product.CONFLUENCE ? Product.JIRA : Product.CONFLUENCE;
        IssuedKey otherProduct = issuer.issueNew(other, name, email, LicenseType.COMMERCIAL, SeatLimit.of(10),
                today);
        List<Demo> demos = new ArrayList<>();
        demos.add(new Demo("demo-key-10-editors", "10 editors", "A new commercial license for 10 editors with "
                + "12 months of maintenance from today.", ten.key()));
        demos.add(new Demo("demo-key-upgrade-25", "Upgrade to 25 editors", "The upgrade of the 10-editor license: "
                + "25 editors, 12 months of maintenance from today; it supersedes the 10-editor key.", upgrade.key()));
        demos.add(new Demo("demo-key-renewal", "Renewal", "The 10-editor license renewed: maintenance runs 12 more "
                + "months from the day the first year ends.", renewal.key()));
        demos.add(new Demo("demo-key-not-covering", "Maintenance that does not cover this build", "10 editors, "
                + "bought 13 months before this build: its maintenance ended on "
                + lapsed.license().maintenanceEnd() + ", before this build (" + buildDate + ").", lapsed.key()));
        demos.add(new Demo("demo-key-evaluation", "Evaluation", "30 days, unlimited editors.", evaluation.key()));
        demos.add(new Demo("demo-key-other-product", "For the other product", "A valid key, but for "
                + other.displayName() + ".", otherProduct.key()));
        demos.add(new Demo("demo-key-tampered", "Tampered", "The 10-editor key edited to say 1,000 editors: its "
                + "signature no longer matches.", tampered(ten)));
        return List.copyOf(demos);
    }

    /** The key's license changed to 1,000 editors, with the original signature kept. */
    private static String tampered(IssuedKey original) {
        byte[] bytes = Base64.getUrlDecoder().decode(original.key().substring(KeyText.PREFIX.length()));
        byte[] signature = Arrays.copyOfRange(bytes, bytes.length - SIGNATURE_LENGTH, bytes.length);
        License l = original.license();
        License forged = new License(l.keyId(), l.licenseId(), l.product(), l.licensee(), l.email(), l.type(),
                SeatLimit.of(1000), l.purchaseDate(), l.maintenanceStart(), l.maintenanceEnd(), l.supersedes(),
                l.issuedAt());
        return KeyText.encode(KeyPayload.encode(forged), signature);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder("<h1>Demo license keys</h1><p>These keys are signed with Plainframe's "
                + "public demo key. Development builds and this sandbox trust it; release builds do not. Paste one "
                + "on the <a href=\"" + layout.contextPath() + "/plugins/servlet/plainframe/admin\">Plainframe "
                + "admin page</a>, preview it, then apply it.</p>");
        for (Demo demo : demos) {
            body.append("<section class=\"demo-key\"><h2 id=\"").append(demo.id()).append("-title\">")
                    .append(Html.escape(demo.title())).append("</h2><p>").append(Html.escape(demo.description()))
                    .append("</p><form class=\"aui\" onsubmit=\"return false\"><label class=\"assistive\" for=\"")
                    .append(demo.id()).append("\">").append(Html.escape(demo.title())).append("</label><textarea ")
                    .append("class=\"textarea full-width-field\" rows=\"3\" readonly id=\"").append(demo.id())
                    .append("\">").append(Html.escape(demo.key())).append("</textarea> <button type=\"button\" ")
                    .append("class=\"aui-button\" onclick=\"var t=document.getElementById('").append(demo.id())
                    .append("');t.select();navigator.clipboard&&navigator.clipboard.writeText(t.value);\">Copy")
                    .append("</button></form></section>");
        }
        AccountPages.html(response, layout.page(request, "Demo license keys", body.toString()));
    }
}
