/** Stand-in for atlassian-scheduler's run outcomes ({@code atlassian-scheduler-api:4.1.0}). */
package com.atlassian.scheduler.status;
