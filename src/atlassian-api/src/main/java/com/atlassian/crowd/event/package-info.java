/**
 * Stand-in for Crowd's directory events ({@code com.atlassian.crowd:crowd-events:5.1.6}, DF folder
 * {@code com.atlassian.crowd_crowd-events-5.1.6}); see the module README for sources.
 */
package com.atlassian.crowd.event;
