package io.plainframe.sandbox;

import io.plainframe.sandbox.access.AccessRules;
import io.plainframe.sandbox.access.RestV1Rules;
import io.plainframe.sandbox.access.RestV2Rules;
import io.plainframe.sandbox.access.ServletRules;
import io.plainframe.sandbox.runtime.Container;
import io.plainframe.sandbox.runtime.RestRuntime;
import java.util.Arrays;
import java.util.Optional;

/**
 * The host platform lines the sandbox plays (SPEC 10, PLATFORMS.md): each loads its own plugin jars under its own
 * servlet container, REST runtime and access rules. The runtimes are named, not linked: each line's classes exist
 * only in its own class path (see {@link World}).
 */
public enum Platform {

    SIX(6, "Confluence 8.5, Jira 9.12: Jetty 10 (javax.servlet), Jersey 1.19 (REST v1)",
            "io.plainframe.sandbox.jetty10.Jetty10Container", "io.plainframe.sandbox.jersey1.Jersey1Runtime",
            RestV1Rules.RULES, null),
    SEVEN(7, "Confluence 9.2, Jira 10.3: Jetty 10 (javax.servlet), Jersey 2 (REST v2)",
            "io.plainframe.sandbox.jetty10.Jetty10Container", "io.plainframe.sandbox.runtime.jersey2.Jersey2Runtime",
            RestV2Rules.RULES, ServletRules.RULES),
    EIGHT(8, "Confluence 10, Jira 11: Jetty 12 ee10 (jakarta.servlet 6), Jersey 3.1 (REST v2)",
            "io.plainframe.sandbox.jetty12.Jetty12Container", "io.plainframe.sandbox.runtime.jersey2.Jersey2Runtime",
            RestV2Rules.RULES, ServletRules.RULES);

    /** What {@code --platform} defaults to: the newest line. */
    public static final Platform NEWEST = EIGHT;

    private final int number;
    private final String description;
    private final String container;
    private final String rest;
    private final AccessRules restRules;
    private final AccessRules moduleRules;

    Platform(int number, String description, String container, String rest, AccessRules restRules,
             AccessRules moduleRules) {
        this.number = number;
        this.description = description;
        this.container = container;
        this.rest = rest;
        this.restRules = restRules;
        this.moduleRules = moduleRules;
    }

    /** The line by its number; empty for any other. */
    public static Optional<Platform> of(String number) {
        return Arrays.stream(values()).filter(platform -> Integer.toString(platform.number).equals(number))
                .findFirst();
    }

    public int number() {
        return number;
    }

    public String description() {
        return description;
    }

    /** A new servlet container of this line. */
    public Container container() {
        return (Container) make(container);
    }

    /** The REST runtime of this line. */
    public RestRuntime rest() {
        return (RestRuntime) make(rest);
    }

    /** The rules the REST layer applies to resource methods. */
    public AccessRules restRules() {
        return restRules;
    }

    /** The rules applied to servlet and servlet-filter modules; none on Platform 6. */
    public Optional<AccessRules> moduleRules() {
        return Optional.ofNullable(moduleRules);
    }

    /**
     * Whether the product refuses basic auth on REST unless an admin allows it: Jira 11 (Platform 8) does, by
     * Atlassian's own Jira 11 test setup, which has to pass {@code
     * -Dcom.atlassian.plugins.authentication.basicauth.block.requests=false} (PLATFORMS.md section 8); Confluence
     * 10's default is unverified, so the sandbox lets it take basic auth.
     */
    public boolean blocksBasicAuthOnRest(String product) {
        return this == EIGHT && "jira".equals(product);
    }

    private static Object make(String className) {
        try {
            return Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(className + " is not on this class path: start the sandbox through "
                    + "its launcher (java -jar plainframe-sandbox.jar --platform N)", e);
        }
    }
}
