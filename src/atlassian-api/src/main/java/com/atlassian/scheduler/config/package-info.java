/** Stand-in for atlassian-scheduler's job configuration ({@code atlassian-scheduler-api:4.1.0}). */
package com.atlassian.scheduler.config;
