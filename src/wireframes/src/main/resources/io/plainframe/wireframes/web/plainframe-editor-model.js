/*
 * The wireframe editor's model: the limits a document keeps, cleaning a document to exactly what the server
 * accepts (WireframeFormat), and the undo history. Plain functions without the page, so unit tests call them
 * directly (src/wireframes/src/test/js). The other editor modules load after this one and share its namespace,
 * window.PlainframeEditor.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};

    /**
     * The limits of a document, as WireframeFormat checks them. Filled by configure() from the server (the view
     * writes them into each wireframe container as data-plainframe-limits): this script keeps no copy.
     */
    var LIMITS = {};

    /** Takes the server's limits (and the text width table they carry); the editor opens only after this. */
    function configure(limits) {
        if (!limits || typeof limits.maxCanvas !== 'number' || !limits.glyphs) {
            throw new Error('The wireframe limits are missing from the page.');
        }
        Object.keys(limits).forEach(function (key) {
            LIMITS[key] = limits[key];
        });
        PE.textFit.configure(limits.glyphs);
    }

    /** Reads data-plainframe-limits from a wireframe container. */
    function configureFrom(container) {
        configure(JSON.parse(container.getAttribute('data-plainframe-limits') || 'null'));
    }

    function clamp(value, min, max) {
        return Math.max(min, Math.min(max, value));
    }

    function whole(value, fallback) {
        var number = Number(value);
        return isFinite(number) ? Math.round(number) : fallback;
    }

    /** A number typed into a field, or null when it is not a whole number. */
    function typedNumber(text) {
        var trimmed = String(text).trim();
        return /^-?\d+$/.test(trimmed) ? parseInt(trimmed, 10) : null;
    }

    /** Text the server accepts: no control characters but line breaks and tabs, at most max characters. */
    function cleanText(text, max) {
        return String(text).replace(/\r\n?/g, '\n')
            .replace(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g, '') // eslint-disable-line no-control-regex
            .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '$1')
            .slice(0, max);
    }

    function firstLine(text) {
        var end = text.indexOf('\n');
        return (end < 0 ? text : text.slice(0, end)).replace(/\t/g, ' ');
    }

    /** Lines of at most columns characters, broken at spaces where possible, at line breaks always. */
    function wrap(text, columns) {
        var lines = [];
        text.replace(/\t/g, ' ').split('\n').forEach(function (paragraph) {
            var rest = paragraph;
            while (rest.length > columns) {
                var cut = rest.lastIndexOf(' ', columns);
                if (cut <= 0) {
                    cut = columns;
                }
                lines.push(rest.slice(0, cut));
                rest = rest.slice(cut).replace(/^\s+/, '');
            }
            lines.push(rest);
        });
        return lines;
    }

    function randomId() {
        var alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
        var bytes = new Uint8Array(8);
        window.crypto.getRandomValues(bytes);
        var id = 'wf-';
        for (var i = 0; i < bytes.length; i++) {
            id += alphabet.charAt(bytes[i] % alphabet.length);
        }
        return id;
    }

    /** A control with exactly the properties its type has, in the server's order. */
    function cleanControl(control) {
        var out = {
            id: String(control.id),
            type: String(control.type),
            x: whole(control.x, 0),
            y: whole(control.y, 0),
            width: whole(control.width, LIMITS.minSize),
            height: whole(control.height, LIMITS.minSize),
            text: typeof control.text === 'string' ? control.text : ''
        };
        switch (out.type) {
            case 'heading':
                out.level = control.level === 2 || control.level === 3 ? control.level : 1;
                break;
            case 'checkbox':
            case 'radio':
            case 'toggle':
                out.checked = control.checked === true;
                break;
            case 'slider':
            case 'progress-bar':
                out.value = clamp(whole(control.value, LIMITS.defaultValue), 0, LIMITS.maxValue);
                break;
            case 'dropdown':
                out.options = Array.isArray(control.options) ? control.options.map(String) : [];
                break;
            case 'table':
                out.cells = Array.isArray(control.cells) ? control.cells.map(function (row) {
                    return Array.isArray(row) ? row.map(String) : [];
                }) : [];
                break;
            default:
                break;
        }
        // Editing aids any type may carry (WireframeFormat): a group id and a lock, written only when set.
        if (typeof control.group === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(control.group)) {
            out.group = control.group;
        }
        if (control.locked === true) {
            out.locked = true;
        }
        return out;
    }

    /** A title as the server keeps it: one line, bounded, whole characters (cleaned again after the cut). */
    function cleanTitle(title) {
        return typeof title === 'string' ? cleanText(firstLine(cleanText(title, LIMITS.maxTitle)), LIMITS.maxTitle)
            : '';
    }

    function cleanDocument(source) {
        var title = cleanTitle(source.title);
        var doc = {
            formatVersion: 1,
            width: clamp(whole(source.width, LIMITS.defaultWidth), LIMITS.minCanvas, LIMITS.maxCanvas),
            height: clamp(whole(source.height, LIMITS.defaultHeight), LIMITS.minCanvas, LIMITS.maxCanvas),
            controls: (Array.isArray(source.controls) ? source.controls : []).filter(function (control) {
                return control && typeof control === 'object';
            }).map(cleanControl)
        };
        if (title) {
            doc.title = title; // issue 16: kept across the editor's saves, left out when empty as the server does
        }
        return doc;
    }

    function blankDocument() {
        return {formatVersion: 1, width: LIMITS.defaultWidth, height: LIMITS.defaultHeight, controls: []};
    }

    /** The first id c1, c2, ... that no control of the document has. */
    function newId(doc) {
        var used = {};
        doc.controls.forEach(function (control) {
            used[control.id] = true;
        });
        for (var k = doc.controls.length + 1; ; k++) {
            if (!used['c' + k]) {
                return 'c' + k;
            }
        }
    }

    function indexOf(doc, id) {
        for (var i = 0; i < doc.controls.length; i++) {
            if (doc.controls[i].id === id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Undo and redo of whole snapshots ({doc: JSON text, selected: ...}). Changes recorded with the same key in
     * a row (typing in one field while it has focus, a held arrow key) make a single step.
     */
    function History(max) {
        this.max = max;
        this.undoStack = [];
        this.redoStack = [];
        this.key = null;
    }

    /** Records the state before a change; a change with the key of the one before it joins that step. */
    History.prototype.record = function (before, key) {
        if (!key || key !== this.key) {
            this.push(before);
        }
        this.key = key || null;
    };

    /** Records a step that joins nothing, and ends any chain of keyed changes. */
    History.prototype.push = function (before) {
        this.undoStack.push(before);
        if (this.undoStack.length > this.max) {
            this.undoStack.shift();
        }
        this.redoStack = [];
        this.key = null;
    };

    /** Ends a chain of keyed changes: the next change is a step of its own. */
    History.prototype.breakChain = function () {
        this.key = null;
    };

    History.prototype.canUndo = function () {
        return this.undoStack.length > 0;
    };

    History.prototype.canRedo = function () {
        return this.redoStack.length > 0;
    };

    /** The state to go back to, keeping the current one for redo; null when there is none. */
    History.prototype.undo = function (current) {
        if (this.undoStack.length === 0) {
            return null;
        }
        this.redoStack.push(current);
        this.key = null;
        return this.undoStack.pop();
    };

    History.prototype.redo = function (current) {
        if (this.redoStack.length === 0) {
            return null;
        }
        this.undoStack.push(current);
        this.key = null;
        return this.redoStack.pop();
    };

    History.prototype.clear = function () {
        this.undoStack = [];
        this.redoStack = [];
        this.key = null;
    };

    PE.model = {
        LIMITS: LIMITS,
        configure: configure,
        configureFrom: configureFrom,
        MAX_HISTORY: 100,
        clamp: clamp,
        whole: whole,
        typedNumber: typedNumber,
        cleanText: cleanText,
        firstLine: firstLine,
        wrap: wrap,
        randomId: randomId,
        cleanControl: cleanControl,
        cleanDocument: cleanDocument,
        cleanTitle: cleanTitle,
        blankDocument: blankDocument,
        newId: newId,
        indexOf: indexOf,
        History: History
    };
}());
