/**
 * The wireframe REST resource, mounted by each plugin's {@code rest} module next to the licensing API; its methods
 * carry Atlassian's REST access annotations, which the licensing API's access filter enforces.
 */
package io.plainframe.wireframes.atlassian.rest;
