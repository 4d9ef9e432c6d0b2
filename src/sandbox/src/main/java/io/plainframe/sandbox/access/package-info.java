/**
 * The hosts' access annotations, read by the sandbox as the hosts read them: one rule table per API generation
 * (REST v1 on Platform 6, REST v2 on Platforms 7 and 8, atlassian-annotations on servlets and filters on 7 and 8),
 * each naming its source, and the checks that apply them to the signed-in user of a request.
 */
package io.plainframe.sandbox.access;
