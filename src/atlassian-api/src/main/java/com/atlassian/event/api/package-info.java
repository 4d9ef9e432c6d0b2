/**
 * Stand-in for atlassian-event's API ({@code com.atlassian.event:atlassian-event:5.0.2}, DF folder
 * {@code com.atlassian.event_atlassian-event-5.0.2}); see the module README for sources.
 */
package com.atlassian.event.api;
