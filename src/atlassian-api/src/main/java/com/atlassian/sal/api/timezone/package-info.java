/** Stand-in for SAL's time-zone API ({@code com.atlassian.sal:sal-api:5.1.4}); see the module README for sources. */
package com.atlassian.sal.api.timezone;
