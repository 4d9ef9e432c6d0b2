/** Stand-in for Crowd's user model ({@code crowd-integration-api:5.1.6}); see the module README for sources. */
package com.atlassian.crowd.model.user;
