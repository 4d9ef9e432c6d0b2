/**
 * The sandbox playing Confluence and Jira: implementations of the SAL, UPM, beehive, template, web-resource and
 * product interfaces the plugins import, backed by the sandbox's H2 database.
 */
package io.plainframe.sandbox.host;
