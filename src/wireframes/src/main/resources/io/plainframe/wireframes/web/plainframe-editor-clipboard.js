/*
 * Copy and paste of controls, also between wireframes: the copied controls travel as a small JSON payload kept in
 * the browser's localStorage (and, where the browser allows, on the system clipboard). What is pasted is treated
 * as hostile: it is cleaned as the server would take it, gets fresh ids and groups, and is kept on the canvas.
 * Plain functions, so unit tests call them directly (src/wireframes/src/test/js/clipboard.test.js).
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var clamp = model.clamp;
    var STORAGE_KEY = 'plainframe-editor-clipboard';
    var KIND = 'plainframe-controls';
    var OFFSET = 16;

    /** The payload for copied controls: JSON text naming what it is. */
    function payload(list) {
        return JSON.stringify({kind: KIND, version: 1, controls: list.map(model.cleanControl)});
    }

    /**
     * The controls of a payload, cleaned as the server takes them, or null when the text is not one of ours.
     * Controls of unknown types, or more than the document may hold, are left out.
     */
    function read(text) {
        var data;
        try {
            data = JSON.parse(String(text));
        } catch (e) {
            return null;
        }
        if (!data || data.kind !== KIND || !Array.isArray(data.controls)) {
            return null;
        }
        var known = PE.controls.types().map(function (type) {
            return type.id || type;
        });
        return data.controls.filter(function (c) {
            return c && typeof c === 'object' && known.indexOf(c.type) >= 0;
        }).slice(0, model.LIMITS.maxControls).map(function (c) {
            var clean = model.cleanControl(c);
            clean.text = model.cleanText(clean.text, model.LIMITS.maxText);
            if (clean.options) {
                clean.options = clean.options.slice(0, model.LIMITS.maxOptions).map(function (option) {
                    return model.cleanText(option, model.LIMITS.maxCellText);
                });
            }
            if (clean.cells) {
                clean.cells = clean.cells.slice(0, model.LIMITS.maxRows).map(function (row) {
                    return row.slice(0, model.LIMITS.maxColumns).map(function (cell) {
                        return model.cleanText(cell, model.LIMITS.maxCellText);
                    });
                });
            }
            return clean;
        });
    }

    /**
     * Copies of the controls ready to add to the document: fresh ids, fresh group ids (pasted groups stay
     * groups of their own), moved by the offset where they would hide the original, on the canvas, unlocked.
     * Answers null when the document cannot hold them all.
     */
    function prepare(doc, list, offset) {
        if (doc.controls.length + list.length > model.LIMITS.maxControls) {
            return null;
        }
        var shift = offset === undefined ? OFFSET : offset;
        var taken = {controls: doc.controls.slice()};
        var groups = {};
        var nextGroup = PE.arrange.newGroupId(doc);
        var groupNumber = parseInt(nextGroup.slice(1), 10);
        var covers = list.some(function (c) {
            return doc.controls.some(function (other) {
                return other.x === c.x && other.y === c.y && other.type === c.type;
            });
        });
        return list.map(function (source) {
            var c = JSON.parse(JSON.stringify(source));
            c.id = model.newId(taken);
            taken.controls.push(c);
            c.width = clamp(c.width, model.LIMITS.minSize, doc.width);
            c.height = clamp(c.height, model.LIMITS.minSize, doc.height);
            c.x = clamp(c.x + (covers ? shift : 0), 0, doc.width - c.width);
            c.y = clamp(c.y + (covers ? shift : 0), 0, doc.height - c.height);
            if (c.group) {
                if (!groups[c.group]) {
                    groups[c.group] = 'g' + groupNumber++;
                }
                c.group = groups[c.group];
            }
            delete c.locked;
            return c;
        });
    }

    function store(text) {
        try {
            window.localStorage.setItem(STORAGE_KEY, text);
        } catch (e) {
            // Storage may be off or full; the system clipboard and this page's memory still hold it.
        }
    }

    function load() {
        try {
            return window.localStorage.getItem(STORAGE_KEY);
        } catch (e) {
            return null;
        }
    }

    PE.clipboard = {
        STORAGE_KEY: STORAGE_KEY,
        OFFSET: OFFSET,
        payload: payload,
        read: read,
        prepare: prepare,
        store: store,
        load: load
    };
}());
