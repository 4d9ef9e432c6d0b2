/**
 * The sandbox's own pages, standing in for the hosts' (login, WebSudo, the demo page and issue, UPM, demo keys),
 * its login filter, static files, and the decorator that frames plugin pages with AUI as a host's does.
 */
package io.plainframe.sandbox.web;
