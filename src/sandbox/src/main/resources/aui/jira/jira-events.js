/*
 * The sandbox's stand-in for Jira's web resource jira.webresources:jira-events: the AMD modules
 * jira/util/events (bind, trigger: jQuery events on the document), jira/util/events/types (NEW_CONTENT_ADDED)
 * and jira/util/events/reasons (pageLoad, panelRefreshed), with a minimal synchronous define/require where the
 * page has no AMD loader, and NEW_CONTENT_ADDED for the whole page once the DOM is ready, as Jira triggers it.
 * Names as Jira's own scripts use them (for example its inline-attach and create-project-field initialisers).
 */
(function () {
    'use strict';
    if (typeof window.define !== 'function' || typeof window.require !== 'function') {
        var modules = {};
        window.define = function (name, dependencies, factory) {
            modules[name] = {dependencies: dependencies, factory: factory};
        };
        window.require = function (name) {
            var module = modules[name];
            if (!module) {
                throw new Error('no AMD module ' + name);
            }
            if (!module.hasOwnProperty('value')) {
                module.value = module.factory.apply(null, module.dependencies.map(window.require));
            }
            return module.value;
        };
    }
    window.define('jira/util/events/types', [], function () {
        return {NEW_CONTENT_ADDED: 'newContentAdded', NEW_PAGE_ADDED: 'newPageAdded'};
    });
    window.define('jira/util/events/reasons', [], function () {
        return {pageLoad: 'pageLoad', panelRefreshed: 'panelRefreshed'};
    });
    window.define('jira/util/events', [], function () {
        var $document = window.jQuery(document);
        return {
            bind: function (type, handler) {
                $document.bind(type, handler);
            },
            trigger: function (type, args) {
                $document.trigger(type, args);
            }
        };
    });
    window.jQuery(function () {
        window.require('jira/util/events').trigger('newContentAdded', [window.jQuery(document), 'pageLoad']);
    });
}());
