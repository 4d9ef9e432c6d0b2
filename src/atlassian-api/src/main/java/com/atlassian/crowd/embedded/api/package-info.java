/** Stand-in for embedded Crowd's API ({@code embedded-crowd-api:5.1.6}); see the module README for sources. */
package com.atlassian.crowd.embedded.api;
