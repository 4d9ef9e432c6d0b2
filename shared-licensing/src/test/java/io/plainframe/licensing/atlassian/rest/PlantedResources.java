package io.plainframe.licensing.atlassian.rest;

import com.atlassian.plugins.rest.common.security.AdminOnly;
import com.atlassian.plugins.rest.common.security.AnonymousAllowed;
import com.atlassian.plugins.rest.common.security.AnonymousSiteAccess;
import com.atlassian.plugins.rest.common.security.LicensedOnly;
import com.atlassian.plugins.rest.common.security.SystemAdminOnly;
import com.atlassian.plugins.rest.common.security.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.common.security.UnrestrictedAccess;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;

/** Resource classes planted in tests: every annotation once, declarations the checks must catch, tricky routes. */
final class PlantedResources {

    private PlantedResources() {
    }

    /** One endpoint per access annotation, one without any. */
    @Path("/planted")
    public static class EveryAnnotation {
        @GET
        @Path("system-admin")
        @SystemAdminOnly
        public String systemAdmin() {
            return "systemAdmin";
        }

        @GET
        @Path("admin")
        @AdminOnly
        public String admin() {
            return "admin";
        }

        @POST
        @Path("licensed")
        @LicensedOnly
        public String licensed() {
            return "licensed";
        }

        @GET
        @Path("unlicensed-site")
        @UnlicensedSiteAccess
        public String unlicensedSite() {
            return "unlicensedSite";
        }

        @DELETE
        @Path("anonymous-site/{id}")
        @AnonymousSiteAccess
        public String anonymousSite(@PathParam("id") String id) {
            return "anonymousSite";
        }

        @GET
        @Path("unrestricted")
        @UnrestrictedAccess
        public String unrestricted() {
            return "unrestricted";
        }

        /** Declares nothing: REST v2 serves it to licensed users only, and the declaration test refuses it. */
        @GET
        @Path("undeclared")
        public String undeclared() {
            return "undeclared";
        }
    }

    /** Declared on the class only: the host applies it to the method; the declaration test wants it on each. */
    @Path("/class-level")
    @AdminOnly
    public static class ClassLevel {
        @GET
        public String get() {
            return "classLevel";
        }
    }

    /** Two annotations on one endpoint. */
    @Path("/doubly")
    public static class Doubly {
        @GET
        @AdminOnly
        @LicensedOnly
        public String get() {
            return "doubly";
        }
    }

    /** REST v1's AnonymousAllowed, which REST v2 does not read: alone, and beside a v2-readable annotation. */
    @Path("/anonymous-allowed")
    public static class AnonymousAllowedOnes {
        @GET
        @Path("alone")
        @AnonymousAllowed
        public String alone() {
            return "alone";
        }

        @GET
        @Path("beside")
        @AnonymousAllowed
        @AnonymousSiteAccess
        public String beside() {
            return "beside";
        }
    }

    /** Literal segments against templates at the same place, as JAX-RS orders them. */
    @Path("/things")
    @Produces("text/plain")
    public static class Things {
        @GET
        @Path("{id}")
        @AdminOnly
        public String byId(@PathParam("id") String id) {
            return "byId";
        }

        @GET
        @Path("mine")
        @UnlicensedSiteAccess
        public String mine() {
            return "mine";
        }

        @GET
        @Path("a/{x}/c")
        @AdminOnly
        public String axc(@PathParam("x") String x) {
            return "axc";
        }

        @GET
        @Path("a/b/{y}")
        @UnlicensedSiteAccess
        public String aby(@PathParam("y") String y) {
            return "aby";
        }

        @POST
        @Path("mine")
        @AdminOnly
        public String postMine() {
            return "postMine";
        }
    }

    /** A template with a regular expression, which the route table does not read. */
    @Path("/regex")
    public static class Regex {
        @GET
        @Path("{id: [0-9]+}")
        @AdminOnly
        public String get(@PathParam("id") String id) {
            return "regex";
        }
    }

    /** A sub-resource locator: a path without an HTTP method. */
    @Path("/locator")
    public static class Locator {
        @Path("sub")
        @AdminOnly
        public Things sub() {
            return new Things();
        }
    }
}
