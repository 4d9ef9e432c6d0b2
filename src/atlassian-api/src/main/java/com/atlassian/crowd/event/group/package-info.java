/** Stand-in for Crowd's group events ({@code crowd-events:5.1.6}); see the module README for sources. */
package com.atlassian.crowd.event.group;
