/** Stand-in for Crowd's membership model ({@code crowd-api:5.1.6}); see the module README for sources. */
package com.atlassian.crowd.model.membership;
