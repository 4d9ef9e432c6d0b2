/** The wireframe REST resource, mounted by each plugin's {@code rest} module next to the licensing API. */
package io.plainframe.wireframes.atlassian.rest;
