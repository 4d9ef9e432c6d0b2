/*
 * Templates for a new wireframe (issue 16, item 4): a strip above the canvas of a new wireframe offers a blank
 * canvas (what it starts with) and a few templates, each with a small preview; choosing one puts its document on
 * the canvas as one undo step. The documents below are the only copy: TemplatesTest reads them from this file
 * (between the markers) and checks each against the server's rules, so a template always saves.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var el = PlainframeCommon.el;

    var DOCUMENTS = /* templates-json-start */ {
        "sign-in": {"formatVersion": 1, "width": 960, "height": 600, "controls": [
            {"id": "c1", "type": "browser-window", "x": 80, "y": 24, "width": 800, "height": 552,
                "text": "example.com/sign-in"},
            {"id": "c2", "type": "heading", "x": 320, "y": 96, "width": 320, "height": 40, "text": "Sign in",
                "level": 1},
            {"id": "c3", "type": "label", "x": 320, "y": 160, "width": 320, "height": 24, "text": "Email"},
            {"id": "c4", "type": "text-input", "x": 320, "y": 184, "width": 320, "height": 32,
                "text": "you@example.com"},
            {"id": "c5", "type": "label", "x": 320, "y": 232, "width": 320, "height": 24, "text": "Password"},
            {"id": "c6", "type": "text-input", "x": 320, "y": 256, "width": 320, "height": 32, "text": "Password"},
            {"id": "c7", "type": "checkbox", "x": 320, "y": 304, "width": 200, "height": 24, "text": "Remember me",
                "checked": false},
            {"id": "c8", "type": "button", "x": 320, "y": 344, "width": 320, "height": 40, "text": "Sign in"},
            {"id": "c9", "type": "link", "x": 320, "y": 400, "width": 320, "height": 24,
                "text": "Forgot your password?"},
            {"id": "c10", "type": "button", "x": 320, "y": 456, "width": 320, "height": 40,
                "text": "Continue with Google"},
            {"id": "c11", "type": "label", "x": 320, "y": 520, "width": 320, "height": 24,
                "text": "New here? Create an account"}
        ]},
        "dashboard": {"formatVersion": 1, "width": 960, "height": 600, "controls": [
            {"id": "c1", "type": "browser-window", "x": 0, "y": 0, "width": 960, "height": 600,
                "text": "example.com/dashboard"},
            {"id": "c2", "type": "menu-bar", "x": 16, "y": 48, "width": 928, "height": 40,
                "text": "*Dashboard\nProjects\nReports\nSettings"},
            {"id": "c3", "type": "vertical-menu", "x": 16, "y": 104, "width": 176, "height": 240,
                "text": "*Overview\nActivity\nTeam\nBilling"},
            {"id": "c4", "type": "heading", "x": 216, "y": 104, "width": 400, "height": 40, "text": "Overview",
                "level": 2},
            {"id": "c5", "type": "search-box", "x": 744, "y": 104, "width": 200, "height": 32, "text": "Search"},
            {"id": "c6", "type": "bar-chart", "x": 216, "y": 160, "width": 352, "height": 200,
                "text": "Sales by month"},
            {"id": "c7", "type": "pie-chart", "x": 592, "y": 160, "width": 352, "height": 200, "text": "Traffic"},
            {"id": "c8", "type": "table", "x": 216, "y": 384, "width": 728, "height": 160, "text": "",
                "cells": [["Project", "Owner", "Status"], ["Apollo", "Ana", "On track"],
                    ["Borealis", "Ben", "At risk"], ["Cirrus", "Chen", "Done"]]}
        ]},
        "mobile": {"formatVersion": 1, "width": 376, "height": 672, "controls": [
            {"id": "c1", "type": "phone", "x": 0, "y": 0, "width": 376, "height": 672, "text": ""},
            {"id": "c2", "type": "heading", "x": 24, "y": 72, "width": 328, "height": 40, "text": "Good morning",
                "level": 2},
            {"id": "c3", "type": "search-box", "x": 24, "y": 128, "width": 328, "height": 40, "text": "Search"},
            {"id": "c4", "type": "list", "x": 24, "y": 184, "width": 328, "height": 200,
                "text": "*Inbox\nToday\nUpcoming\nDone"},
            {"id": "c5", "type": "progress-bar", "x": 24, "y": 408, "width": 328, "height": 24,
                "text": "3 of 5 done", "value": 60},
            {"id": "c6", "type": "button", "x": 24, "y": 568, "width": 328, "height": 48, "text": "New task"}
        ]},
        "settings": {"formatVersion": 1, "width": 960, "height": 600, "controls": [
            {"id": "c1", "type": "browser-window", "x": 0, "y": 0, "width": 960, "height": 600,
                "text": "example.com/settings"},
            {"id": "c2", "type": "heading", "x": 32, "y": 56, "width": 400, "height": 40, "text": "Settings",
                "level": 1},
            {"id": "c3", "type": "tabs", "x": 32, "y": 112, "width": 896, "height": 456,
                "text": "*Profile\nNotifications\nSecurity"},
            {"id": "c4", "type": "label", "x": 64, "y": 176, "width": 320, "height": 24, "text": "Display name"},
            {"id": "c5", "type": "text-input", "x": 64, "y": 200, "width": 320, "height": 32, "text": "Ana Silva"},
            {"id": "c6", "type": "label", "x": 64, "y": 248, "width": 320, "height": 24, "text": "Language"},
            {"id": "c7", "type": "dropdown", "x": 64, "y": 272, "width": 320, "height": 32, "text": "",
                "options": ["English", "Deutsch", "Français"]},
            {"id": "c8", "type": "toggle", "x": 64, "y": 328, "width": 320, "height": 24,
                "text": "Email me about new comments", "checked": true},
            {"id": "c9", "type": "toggle", "x": 64, "y": 368, "width": 320, "height": 24,
                "text": "Weekly summary", "checked": false},
            {"id": "c10", "type": "button", "x": 64, "y": 504, "width": 120, "height": 40, "text": "Save"},
            {"id": "c11", "type": "button", "x": 200, "y": 504, "width": 120, "height": 40, "text": "Cancel"}
        ]}
    } /* templates-json-end */;

    var NAMES = ['sign-in', 'dashboard', 'mobile', 'settings'];

    function name(key) {
        switch (key) {
            case 'sign-in': return AJS.I18n.getText('plainframe.wireframe.editor.template.sign-in');
            case 'dashboard': return AJS.I18n.getText('plainframe.wireframe.editor.template.dashboard');
            case 'mobile': return AJS.I18n.getText('plainframe.wireframe.editor.template.mobile');
            case 'settings': return AJS.I18n.getText('plainframe.wireframe.editor.template.settings');
            default: return key;
        }
    }

    /** A template's document, cleaned as any document is, titled with its name. */
    function documentOf(key) {
        var doc = PE.model.cleanDocument(JSON.parse(JSON.stringify(DOCUMENTS[key])));
        doc.title = PE.model.cleanTitle(name(key));
        return doc;
    }

    /** A small picture of a document (decoration: the button says the template's name). */
    function preview(doc) {
        var svg = PE.render.svgEl('svg', {'class': 'plainframe-template-preview', width: 96, height: 64,
            viewBox: '0 0 ' + doc.width + ' ' + doc.height, 'aria-hidden': 'true', focusable: 'false',
            'font-family': PE.render.FONT, 'font-size': 14});
        svg.appendChild(PE.render.svgEl('rect', {x: 0, y: 0, width: doc.width, height: doc.height,
            fill: '#ffffff'}));
        doc.controls.forEach(function (control) {
            svg.appendChild(PE.render.drawControl(control));
        });
        return svg;
    }

    /** For a new wireframe: the strip of templates above the canvas, until one is chosen or the first save. */
    function install(ed, isNew) {
        if (!isNew) {
            return;
        }
        var strip = el('div', {className: 'plainframe-templates', role: 'group',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.templates')},
        [el('span', {className: 'plainframe-templates-title', 'aria-hidden': 'true',
            text: AJS.I18n.getText('plainframe.wireframe.editor.templates')})]);
        var blank = el('button', {type: 'button', className: 'aui-button plainframe-template plainframe-template-blank',
            'aria-pressed': 'true'}, [AJS.I18n.getText('plainframe.wireframe.editor.template.blank')]);
        blank.addEventListener('click', function () {
            ed.svg.focus();
        });
        strip.appendChild(blank);
        NAMES.forEach(function (key) {
            var doc = documentOf(key);
            var choose = el('button', {type: 'button', className: 'aui-button plainframe-template',
                'data-template': key}, [preview(doc), el('span', {text: name(key)})]);
            choose.addEventListener('click', function () {
                if (!ed.ready || ed.saving) {
                    return;
                }
                if (ed.doc.controls.length > 0
                    && !window.confirm(AJS.I18n.getText('plainframe.wireframe.editor.template-replace'))) {
                    return;
                }
                ed.change(function () {
                    ed.doc = documentOf(key);
                    ed.selectedId = null;
                });
                ed.resizeCanvas();
                ed.refresh();
                ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.template-chosen', name(key)));
                remove();
                ed.svg.focus();
            });
            strip.appendChild(choose);
        });
        function remove() {
            if (strip.parentNode) {
                strip.parentNode.removeChild(strip);
            }
        }
        var body = ed.root.querySelector('.plainframe-editor-body');
        ed.root.insertBefore(strip, body);
        var save = ed.save;
        ed.save = function () {
            remove();
            return save.apply(ed, arguments);
        };
    }

    PE.templates = {NAMES: NAMES, documentOf: documentOf, install: install};
}());
