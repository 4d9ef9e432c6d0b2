package io.plainframe.sandbox.host;

import java.util.function.Consumer;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Velocity introspection as strict as the method allowlist of Confluence 9 and Jira 10 for a plugin that
 * allowlists nothing: a template calls no method and reads or sets no property of any object ({@code $a.b()},
 * {@code $a.b}, {@code $a[0]}, {@code #set($a.b = 1)}). Each attempt is refused as those hosts refuse it: the
 * call does not happen, the reference stays unresolved (Velocity prints it as written, or nothing after
 * {@code $!}) and the refusal is logged. Stricter than the hosts in one respect: they allow some JDK and
 * Atlassian methods, the sandbox none, so a template that works here has nothing a host could block.
 * Iterating with {@code #foreach} calls no template method and stays allowed.
 */
public final class NoCallsUberspect extends UberspectImpl {

    /** The engine's application attribute that hears of every refusal: a {@code Consumer<String>}. */
    static final String LISTENER = NoCallsUberspect.class.getName() + ".listener";
    private static final Logger LOG = LoggerFactory.getLogger(NoCallsUberspect.class);

    @Override
    public VelMethod getMethod(Object target, String name, Object[] arguments, Info info) {
        refuse(target, name + "()", info);
        return null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String name, Info info) {
        refuse(target, name, info);
        return null;
    }

    @Override
    public VelPropertySet getPropertySet(Object target, String name, Object value, Info info) {
        refuse(target, name + " =", info);
        return null;
    }

    private void refuse(Object target, String member, Info info) {
        String where = info == null ? "?" : info.getTemplateName() + ":" + info.getLine();
        String refused = where + ": " + (target == null ? "null" : target.getClass().getName()) + "." + member;
        LOG.warn("Velocity method allowlist: blocked {} (plugins' templates may call no method)", refused);
        if (rsvc != null && rsvc.getApplicationAttribute(LISTENER) instanceof Consumer<?> listener) {
            @SuppressWarnings("unchecked")
            Consumer<String> told = (Consumer<String>) listener;
            told.accept(refused);
        }
    }
}
