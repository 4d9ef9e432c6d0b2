/*
 * Plainframe's wireframe editor. Opens inside a wireframe container (<div class="plainframe-wireframe"
 * data-content-id data-wireframe-id data-version>) when plainframe-content.js dispatches "plainframe:edit" on
 * it, and saves through the REST API (PUT /wireframes/{id}). The document it edits follows the server's rules
 * (WireframeFormat): edits are clamped to the canvas and sent with only the properties each type has, so a save
 * is refused only for reasons the server knows (a conflict, a lost seat). The drawing mirrors SvgRenderer, so
 * what the editor shows is what readers see after saving.
 *
 * Every text comes from the i18n bundle (keys plainframe.wireframe.editor.*), each through a getText call with the
 * key written out as a literal, which the host replaces; or it is the server's message. All are inserted as text,
 * never as HTML. Elements and REST calls come from plainframe-common.js, which the web resource loads first.
 */
(function () {
    'use strict';

    var SVG_NS = 'http://www.w3.org/2000/svg';
    var GRID = 8;
    var MIN_SIZE = 8;
    var MIN_CANVAS = 100;
    var MAX_CANVAS = 4000;
    var MAX_CONTROLS = 500;
    var MAX_TEXT = 1000;
    var MAX_OPTIONS = 50;
    var MAX_ROWS = 50;
    var MAX_COLUMNS = 20;
    var MAX_CELL_TEXT = 200;
    var MAX_HISTORY = 100;
    var HANDLE = 10;
    var DRAG_THRESHOLD = 3;

    // The look, as SvgRenderer draws it.
    var INK = '#42526e';
    var FAINT = '#6b778c';
    var FILL = '#f4f5f7';
    var LINE = 18;
    var GLYPH_WIDTH = 7.2;
    var FONT = '-apple-system, BlinkMacSystemFont, \'Segoe UI\', Roboto, Helvetica, Arial, sans-serif';

    var TYPES = ['button', 'label', 'heading', 'text-input', 'checkbox', 'radio', 'dropdown', 'image-placeholder',
        'container', 'table', 'link', 'note'];
    var POINTER = typeof window.PointerEvent === 'function';
    var editors = 0;

    // ---------------------------------------------------------------------------------------------- texts

    function typeLabel(type) {
        switch (type) {
            case 'button': return AJS.I18n.getText('plainframe.wireframe.editor.type.button');
            case 'label': return AJS.I18n.getText('plainframe.wireframe.editor.type.label');
            case 'heading': return AJS.I18n.getText('plainframe.wireframe.editor.type.heading');
            case 'text-input': return AJS.I18n.getText('plainframe.wireframe.editor.type.text-input');
            case 'checkbox': return AJS.I18n.getText('plainframe.wireframe.editor.type.checkbox');
            case 'radio': return AJS.I18n.getText('plainframe.wireframe.editor.type.radio');
            case 'dropdown': return AJS.I18n.getText('plainframe.wireframe.editor.type.dropdown');
            case 'image-placeholder': return AJS.I18n.getText('plainframe.wireframe.editor.type.image-placeholder');
            case 'container': return AJS.I18n.getText('plainframe.wireframe.editor.type.container');
            case 'table': return AJS.I18n.getText('plainframe.wireframe.editor.type.table');
            case 'link': return AJS.I18n.getText('plainframe.wireframe.editor.type.link');
            case 'note': return AJS.I18n.getText('plainframe.wireframe.editor.type.note');
            default: return type;
        }
    }

    /** What the Text field is called for a type: the same property means different things. */
    function textLabel(type) {
        switch (type) {
            case 'text-input': return AJS.I18n.getText('plainframe.wireframe.editor.prop.placeholder');
            case 'dropdown': return AJS.I18n.getText('plainframe.wireframe.editor.prop.shown');
            case 'image-placeholder': return AJS.I18n.getText('plainframe.wireframe.editor.prop.caption');
            case 'container': return AJS.I18n.getText('plainframe.wireframe.editor.prop.title');
            default: return AJS.I18n.getText('plainframe.wireframe.editor.prop.text');
        }
    }

    /** A new control of a type: its size, text and type-specific properties. */
    function defaults(type) {
        switch (type) {
            case 'button':
                return {width: 120, height: 32, text: AJS.I18n.getText('plainframe.wireframe.editor.default.button')};
            case 'label':
                return {width: 160, height: 24, text: AJS.I18n.getText('plainframe.wireframe.editor.default.label')};
            case 'heading':
                return {width: 320, height: 40, level: 1,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.heading')};
            case 'text-input':
                return {width: 240, height: 32,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.text-input')};
            case 'checkbox':
                return {width: 200, height: 24, checked: false,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.checkbox')};
            case 'radio':
                return {width: 200, height: 24, checked: false,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.radio')};
            case 'dropdown':
                return {width: 200, height: 32, text: '', options: [
                    AJS.I18n.getText('plainframe.wireframe.editor.default.option', '1'),
                    AJS.I18n.getText('plainframe.wireframe.editor.default.option', '2')]};
            case 'image-placeholder':
                return {width: 160, height: 120,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.image-placeholder')};
            case 'container':
                return {width: 320, height: 200,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.container')};
            case 'table':
                return {width: 320, height: 120, text: '', cells: [['A', 'B'], ['1', '2']]};
            case 'link':
                return {width: 120, height: 24, text: AJS.I18n.getText('plainframe.wireframe.editor.default.link')};
            case 'note':
                return {width: 200, height: 80, text: AJS.I18n.getText('plainframe.wireframe.editor.default.note')};
            default:
                return {width: 120, height: 32, text: ''};
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    var el = PlainframeCommon.el;

    function svgEl(tag, attributes, text) {
        var node = document.createElementNS(SVG_NS, tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value !== null && value !== undefined) {
                node.setAttribute(name, String(value));
            }
        });
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function button(className, text, onClick) {
        var node = el('button', {type: 'button', className: 'aui-button ' + className, text: text});
        node.addEventListener('click', onClick);
        return node;
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

    // ---------------------------------------------------------------------------------------------- document

    /** A control with exactly the properties its type has, in the server's order. */
    function cleanControl(control) {
        var out = {
            id: String(control.id),
            type: String(control.type),
            x: whole(control.x, 0),
            y: whole(control.y, 0),
            width: whole(control.width, MIN_SIZE),
            height: whole(control.height, MIN_SIZE),
            text: typeof control.text === 'string' ? control.text : ''
        };
        switch (out.type) {
            case 'heading':
                out.level = control.level === 2 || control.level === 3 ? control.level : 1;
                break;
            case 'checkbox':
            case 'radio':
                out.checked = control.checked === true;
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
        return out;
    }

    function cleanDocument(source) {
        return {
            formatVersion: 1,
            width: clamp(whole(source.width, 960), MIN_CANVAS, MAX_CANVAS),
            height: clamp(whole(source.height, 600), MIN_CANVAS, MAX_CANVAS),
            controls: (Array.isArray(source.controls) ? source.controls : []).filter(function (control) {
                return control && typeof control === 'object';
            }).map(cleanControl)
        };
    }

    function blankDocument() {
        return {formatVersion: 1, width: 960, height: 600, controls: []};
    }

    // ---------------------------------------------------------------------------------------------- drawing

    function rect(parent, w, h, fill, stroke, radius, dashes) {
        parent.appendChild(svgEl('rect', {x: 0.5, y: 0.5, width: Math.max(0, w - 1), height: Math.max(0, h - 1),
            rx: radius, fill: fill, stroke: stroke, 'stroke-dasharray': dashes}));
    }

    /** One line of text, vertically centred on y. */
    function text(parent, value, x, y, anchor, fill, weight, background) {
        if (!value) {
            return;
        }
        var node = svgEl('text', {x: x, y: y, 'dominant-baseline': 'middle', 'text-anchor': anchor, fill: fill,
            'font-weight': weight}, firstLine(value));
        if (background) {
            node.setAttribute('paint-order', 'stroke');
            node.setAttribute('stroke', background);
            node.setAttribute('stroke-width', '4');
        }
        parent.appendChild(node);
    }

    /** Text on several lines from the top left, wrapped at spaces to the width. */
    function lines(parent, value, inset, width, fill) {
        if (!value) {
            return;
        }
        var node = svgEl('text', {x: inset, y: inset, fill: fill});
        wrap(value, Math.max(1, Math.floor((width - 2 * inset) / GLYPH_WIDTH))).forEach(function (line, i) {
            node.appendChild(svgEl('tspan', {x: inset, dy: i === 0 ? 15 : LINE}, line));
        });
        parent.appendChild(node);
    }

    function paint(parent, c) {
        var w = c.width;
        var h = c.height;
        var middle = h / 2;
        switch (c.type) {
            case 'button':
                rect(parent, w, h, FILL, INK, 4);
                text(parent, c.text, w / 2, middle, 'middle', INK, '600');
                break;
            case 'label':
                lines(parent, c.text, 0, w, INK);
                break;
            case 'heading': {
                var size = c.level === 2 ? 22 : c.level === 3 ? 18 : 28;
                parent.appendChild(svgEl('text', {x: 0, y: size, 'font-size': size, 'font-weight': '600',
                    fill: '#172b4d'}, firstLine(c.text)));
                break;
            }
            case 'text-input':
                rect(parent, w, h, '#ffffff', INK, 3);
                text(parent, c.text, 8, middle, 'start', FAINT);
                break;
            case 'checkbox':
                parent.appendChild(svgEl('rect', {x: 1.5, y: middle - 7, width: 14, height: 14, rx: 2,
                    fill: '#ffffff', stroke: INK}));
                if (c.checked) {
                    parent.appendChild(svgEl('polyline', {points: '4.5,' + middle + ' 7.5,' + (middle + 3) + ' 12.5,'
                        + (middle - 3), fill: 'none', stroke: INK, 'stroke-width': 2}));
                }
                text(parent, c.text, 24, middle, 'start', INK);
                break;
            case 'radio':
                parent.appendChild(svgEl('circle', {cx: 8.5, cy: middle, r: 7, fill: '#ffffff', stroke: INK}));
                if (c.checked) {
                    parent.appendChild(svgEl('circle', {cx: 8.5, cy: middle, r: 3.5, fill: INK}));
                }
                text(parent, c.text, 24, middle, 'start', INK);
                break;
            case 'dropdown':
                rect(parent, w, h, '#ffffff', INK, 3);
                text(parent, !c.text && c.options && c.options.length ? c.options[0] : c.text, 8, middle, 'start',
                    INK);
                parent.appendChild(svgEl('polyline', {points: (w - 20) + ',' + (middle - 3) + ' ' + (w - 15) + ','
                    + (middle + 2) + ' ' + (w - 10) + ',' + (middle - 3), fill: 'none', stroke: INK,
                    'stroke-width': 1.5}));
                break;
            case 'image-placeholder':
                rect(parent, w, h, '#ebecf0', FAINT, 0);
                parent.appendChild(svgEl('path', {d: 'M0.5,0.5 L' + (w - 0.5) + ',' + (h - 0.5) + ' M' + (w - 0.5)
                    + ',0.5 L0.5,' + (h - 0.5), stroke: FAINT}));
                text(parent, c.text, w / 2, middle, 'middle', INK, null, FILL);
                break;
            case 'container':
                rect(parent, w, h, 'none', FAINT, 4, '6 4');
                text(parent, c.text, 8, 16, 'start', FAINT, '600');
                break;
            case 'table':
                paintTable(parent, c);
                break;
            case 'link':
                parent.appendChild(svgEl('text', {x: 0, y: middle, 'dominant-baseline': 'middle', fill: '#0052cc',
                    'text-decoration': 'underline'}, firstLine(c.text)));
                break;
            case 'note':
                rect(parent, w, h, '#fffae6', '#ffc400', 2);
                lines(parent, c.text, 8, w, '#172b4d');
                break;
            default:
                rect(parent, w, h, 'none', FAINT, 0, '2 2');
                break;
        }
    }

    function paintTable(parent, c) {
        var cells = c.cells || [];
        var rows = Math.max(1, cells.length);
        var columns = Math.max(1, cells.reduce(function (max, row) {
            return Math.max(max, row.length);
        }, 1));
        var rowHeight = c.height / rows;
        var columnWidth = c.width / columns;
        parent.appendChild(svgEl('rect', {x: 0.5, y: 0.5, width: c.width - 1, height: rowHeight - 0.5,
            fill: FILL}));
        var r;
        for (r = 1; r < rows; r++) {
            parent.appendChild(svgEl('line', {x1: 0, x2: c.width, y1: r * rowHeight, y2: r * rowHeight,
                stroke: '#c1c7d0'}));
        }
        for (var col = 1; col < columns; col++) {
            parent.appendChild(svgEl('line', {y1: 0, y2: c.height, x1: col * columnWidth, x2: col * columnWidth,
                stroke: '#c1c7d0'}));
        }
        rect(parent, c.width, c.height, 'none', INK, 0);
        cells.forEach(function (row, rowIndex) {
            row.forEach(function (cell, columnIndex) {
                text(parent, cell, columnIndex * columnWidth + 6, rowIndex * rowHeight + rowHeight / 2, 'start', INK,
                    rowIndex === 0 ? '600' : null);
            });
        });
    }

    /** A control as the editor shows it: its drawing, clipped to its box, under a box that takes the pointer. */
    function drawControl(c) {
        var group = svgEl('g', {'class': 'plainframe-control', 'data-control-id': c.id, 'data-type': c.type,
            transform: 'translate(' + c.x + ' ' + c.y + ')'});
        var picture = svgEl('svg', {x: 0, y: 0, width: c.width, height: c.height, overflow: 'hidden'});
        paint(picture, c);
        group.appendChild(picture);
        group.appendChild(svgEl('rect', {'class': 'plainframe-hit', x: 0, y: 0, width: c.width, height: c.height,
            fill: 'transparent'}));
        return group;
    }

    // ---------------------------------------------------------------------------------------------- REST

    /** Resolves with the JSON answer; rejects with {status, code, message, json} (message ready to show). */
    function api(method, path, body) {
        return PlainframeCommon.call(method, PlainframeCommon.rest() + path, body).then(function (answer) {
            var json = answer.json || {};
            if (!answer.ok) {
                throw {status: answer.status, code: json.code || 'HTTP_' + answer.status, json: json,
                    message: typeof json.message === 'string' && json.message ? json.message
                        : AJS.I18n.getText('plainframe.wireframe.editor.failed', String(answer.status))};
            }
            return json;
        }, function () {
            throw {status: 0, code: 'OFFLINE', json: {},
                message: AJS.I18n.getText('plainframe.wireframe.editor.offline')};
        });
    }

    // ---------------------------------------------------------------------------------------------- the editor

    function open(container) {
        var n = ++editors;
        var prefix = 'plainframe-wfe-' + n + '-';
        var contentId = container.getAttribute('data-content-id') || '';
        var startVersion = parseInt(container.getAttribute('data-version') || '0', 10) || 0;
        var wireframeId = container.getAttribute('data-wireframe-id') || '';
        var version = 0;
        // Set when the stored version was uploaded outside Plainframe: the editor shows the last version Plainframe
        // saved, says so, and the next save replaces the outside change.
        var replaceOutside = false;
        var doc = blankDocument();
        var selectedId = null;
        var undoStack = [];
        var redoStack = [];
        var coalesceKey = null;
        var fieldFocus = 0;
        var savedJson = JSON.stringify(doc);
        var savedAny = false;
        var saving = false;
        var ready = false;
        var snapping = true;
        var drag = null;
        var panelKey = null;
        var fields = {};
        var hidden = [];

        if (startVersion <= 0 || !wireframeId) {
            startVersion = 0;
            wireframeId = wireframeId || randomId();
        }

        // ------------------------------------------------------------------ the page around it

        container.setAttribute('data-plainframe-editing', 'true');
        // The compact status box holds nothing but the edit button: hidden whole, it leaves no empty frame.
        Array.prototype.forEach.call(container.querySelectorAll('.plainframe-figure, .plainframe-empty, '
            + '.plainframe-unreadable, .plainframe-edit, .plainframe-status-compact'), function (node) {
            hidden.push({node: node, was: node.hidden});
            node.hidden = true;
        });

        // ------------------------------------------------------------------ structure

        var root = el('div', {className: 'plainframe-editor', role: 'region', 'aria-busy': 'true',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.label')});
        var messages = el('div', {className: 'plainframe-editor-messages'});

        var palette = el('div', {className: 'plainframe-palette', role: 'group',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.palette')},
        [el('span', {className: 'plainframe-palette-title', 'aria-hidden': 'true',
            text: AJS.I18n.getText('plainframe.wireframe.editor.palette')})]);
        TYPES.forEach(function (type) {
            var add = button('aui-button-subtle plainframe-palette-item plainframe-palette-' + type, '', function () {
                addControl(type);
            });
            add.setAttribute('data-type', type);
            add.appendChild(paletteIcon(type));
            add.appendChild(el('span', {text: typeLabel(type)}));
            palette.appendChild(add);
        });

        var undoButton = button('plainframe-undo', AJS.I18n.getText('plainframe.wireframe.editor.undo'), undo);
        var redoButton = button('plainframe-redo', AJS.I18n.getText('plainframe.wireframe.editor.redo'), redo);
        var deleteButton = button('plainframe-delete', AJS.I18n.getText('plainframe.wireframe.editor.delete'),
            function () {
                removeSelected();
            });
        var saveButton = button('aui-button-primary plainframe-save',
            AJS.I18n.getText('plainframe.wireframe.editor.save'), save);
        var closeButton = button('plainframe-close', AJS.I18n.getText('plainframe.wireframe.editor.close'), close);
        var snapBox = el('input', {type: 'checkbox', className: 'plainframe-snap', id: prefix + 'snap',
            checked: true});
        snapBox.checked = true;
        snapBox.addEventListener('change', function () {
            snapping = snapBox.checked;
            grid.setAttribute('visibility', snapping ? 'visible' : 'hidden');
        });
        var dirtyNote = el('span', {className: 'plainframe-editor-dirty', hidden: true,
            text: AJS.I18n.getText('plainframe.wireframe.editor.unsaved')});

        var toolbar = el('div', {className: 'plainframe-editor-toolbar', role: 'group',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.toolbar')}, [
            el('div', {className: 'aui-buttons'}, [undoButton, redoButton]),
            el('div', {className: 'aui-buttons'}, [deleteButton]),
            el('label', {className: 'plainframe-check-label plainframe-snap-label', 'for': prefix + 'snap'}, [snapBox,
                document.createTextNode(AJS.I18n.getText('plainframe.wireframe.editor.snap'))]),
            el('span', {className: 'plainframe-editor-spacer'}),
            dirtyNote,
            saveButton,
            closeButton
        ]);

        var help = el('p', {className: 'plainframe-editor-help', id: prefix + 'help',
            text: AJS.I18n.getText('plainframe.wireframe.editor.help')});
        var status = el('p', {className: 'plainframe-editor-status', role: 'status', 'aria-live': 'polite'});

        var svg = svgEl('svg', {'class': 'plainframe-canvas', tabindex: '0', focusable: 'true', role: 'application',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.canvas'),
            'aria-describedby': prefix + 'help', 'font-family': FONT, 'font-size': 14});
        var defs = svgEl('defs');
        var pattern = svgEl('pattern', {id: prefix + 'grid', width: GRID, height: GRID,
            patternUnits: 'userSpaceOnUse'});
        pattern.appendChild(svgEl('path', {d: 'M ' + GRID + ' 0 L 0 0 0 ' + GRID, fill: 'none', stroke: '#ebecf0',
            'stroke-width': 1}));
        defs.appendChild(pattern);
        svg.appendChild(defs);
        var paper = svgEl('rect', {'class': 'plainframe-paper', x: 0, y: 0, fill: '#ffffff'});
        var grid = svgEl('rect', {'class': 'plainframe-grid', x: 0, y: 0, fill: 'url(#' + prefix + 'grid)',
            'pointer-events': 'none'});
        var border = svgEl('rect', {x: 0.5, y: 0.5, fill: 'none', stroke: '#c1c7d0', 'pointer-events': 'none'});
        var layer = svgEl('g', {'class': 'plainframe-controls'});
        var overlay = svgEl('g', {'class': 'plainframe-overlay'});
        svg.appendChild(paper);
        svg.appendChild(grid);
        svg.appendChild(border);
        svg.appendChild(layer);
        svg.appendChild(overlay);

        var canvasWrap = el('div', {className: 'plainframe-canvas-wrap'}, [svg]);
        var panel = el('form', {className: 'aui top-label plainframe-properties', novalidate: true,
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.properties')});
        panel.addEventListener('submit', function (event) {
            event.preventDefault();
        });
        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' || event.key === 'Esc') {
                event.preventDefault();
                svg.focus();
            }
        });

        root.appendChild(messages);
        root.appendChild(toolbar);
        root.appendChild(palette);
        root.appendChild(el('div', {className: 'plainframe-editor-body'}, [canvasWrap, panel]));
        root.appendChild(help);
        root.appendChild(status);

        var figure = container.querySelector('.plainframe-figure, .plainframe-empty, .plainframe-unreadable');
        if (figure && figure.parentNode) {
            figure.parentNode.insertBefore(root, figure);
        } else {
            container.appendChild(root);
        }

        // ------------------------------------------------------------------ state

        function selected() {
            for (var i = 0; i < doc.controls.length; i++) {
                if (doc.controls[i].id === selectedId) {
                    return doc.controls[i];
                }
            }
            return null;
        }

        function indexOf(id) {
            for (var i = 0; i < doc.controls.length; i++) {
                if (doc.controls[i].id === id) {
                    return i;
                }
            }
            return -1;
        }

        function isDirty() {
            return JSON.stringify(doc) !== savedJson;
        }

        function newId() {
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

        /**
         * Changes the document as one undo step. Changes with the same key in a row (typing in one field while it
         * has focus, a held arrow key) make a single step. Returns whether anything changed.
         */
        function change(mutate, key) {
            var before = JSON.stringify(doc);
            var beforeSelected = selectedId;
            mutate();
            if (JSON.stringify(doc) === before) {
                refresh();
                return false;
            }
            if (!key || key !== coalesceKey) {
                pushUndo({doc: before, selected: beforeSelected});
            }
            coalesceKey = key || null;
            refresh();
            return true;
        }

        function pushUndo(entry) {
            undoStack.push(entry);
            if (undoStack.length > MAX_HISTORY) {
                undoStack.shift();
            }
            redoStack = [];
        }

        function restore(entry) {
            doc = JSON.parse(entry.doc);
            selectedId = entry.selected !== null && indexOf(entry.selected) >= 0 ? entry.selected : null;
            coalesceKey = null;
            resizeCanvas();
            refresh();
            announceSelection();
        }

        function undo() {
            if (!ready || drag || undoStack.length === 0) {
                return;
            }
            redoStack.push({doc: JSON.stringify(doc), selected: selectedId});
            restore(undoStack.pop());
        }

        function redo() {
            if (!ready || drag || redoStack.length === 0) {
                return;
            }
            undoStack.push({doc: JSON.stringify(doc), selected: selectedId});
            restore(redoStack.pop());
        }

        // ------------------------------------------------------------------ drawing

        function resizeCanvas() {
            var w = doc.width;
            var h = doc.height;
            svg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
            svg.setAttribute('width', w);
            svg.setAttribute('height', h);
            svg.setAttribute('aria-label', AJS.I18n.getText('plainframe.wireframe.editor.canvas-size', String(w),
                String(h)));
            [paper, grid].forEach(function (node) {
                node.setAttribute('width', w);
                node.setAttribute('height', h);
            });
            border.setAttribute('width', w - 1);
            border.setAttribute('height', h - 1);
        }

        function render() {
            while (layer.firstChild) {
                layer.removeChild(layer.firstChild);
            }
            doc.controls.forEach(function (control) {
                layer.appendChild(drawControl(control));
            });
            renderOverlay();
        }

        function groupOf(id) {
            var groups = layer.children || layer.childNodes;
            for (var i = 0; i < groups.length; i++) {
                if (groups[i].getAttribute && groups[i].getAttribute('data-control-id') === id) {
                    return groups[i];
                }
            }
            return null;
        }

        function redrawOne(control) {
            var old = groupOf(control.id);
            var fresh = drawControl(control);
            if (old) {
                layer.replaceChild(fresh, old);
            } else {
                layer.appendChild(fresh);
            }
            renderOverlay();
        }

        /** Pixels on screen per unit of the document (below 1 when the canvas is scaled down to fit). */
        function scale() {
            var box = svg.getBoundingClientRect();
            return box.width > 0 ? box.width / doc.width : 1;
        }

        function renderOverlay() {
            while (overlay.firstChild) {
                overlay.removeChild(overlay.firstChild);
            }
            var groups = layer.querySelectorAll('.plainframe-control.plainframe-selected');
            Array.prototype.forEach.call(groups, function (group) {
                group.classList.remove('plainframe-selected');
            });
            var c = selected();
            if (!c) {
                return;
            }
            var group = groupOf(c.id);
            if (group) {
                group.classList.add('plainframe-selected');
            }
            overlay.appendChild(svgEl('rect', {'class': 'plainframe-selection', x: c.x, y: c.y, width: c.width,
                height: c.height, fill: 'none', stroke: '#0052cc', 'stroke-width': 2,
                'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none'}));
            var handleSize = HANDLE / scale();
            var hx = clamp(c.x + c.width - handleSize / 2, 0, doc.width - handleSize);
            var hy = clamp(c.y + c.height - handleSize / 2, 0, doc.height - handleSize);
            overlay.appendChild(svgEl('rect', {'class': 'plainframe-handle', x: hx, y: hy,
                width: handleSize, height: handleSize, fill: '#ffffff', stroke: '#0052cc', 'stroke-width': 2,
                'vector-effect': 'non-scaling-stroke'}));
        }

        function refresh() {
            render();
            renderProperties();
            updateToolbar();
        }

        function updateToolbar() {
            var c = selected();
            setDisabled(undoButton, !ready || undoStack.length === 0);
            setDisabled(redoButton, !ready || redoStack.length === 0);
            setDisabled(deleteButton, !ready || !c);
            setDisabled(saveButton, !ready || saving);
            setDisabled(closeButton, saving);
            setDisabled(snapBox, !ready);
            Array.prototype.forEach.call(palette.querySelectorAll('button'), function (add) {
                setDisabled(add, !ready);
            });
            dirtyNote.hidden = !ready || !isDirty();
        }

        function setDisabled(node, disabled) {
            if (disabled && document.activeElement === node) {
                node.disabled = true;
                svg.focus();
            }
            node.disabled = disabled;
        }

        function describe(c) {
            var name = typeLabel(c.type);
            var words = c.type === 'table' ? '' : firstLine(c.text || (c.type === 'dropdown' && c.options.length
                ? c.options[0] : '')).slice(0, 60);
            return words ? AJS.I18n.getText('plainframe.wireframe.editor.selected', name, words, String(c.x),
                String(c.y), String(c.width), String(c.height))
                : AJS.I18n.getText('plainframe.wireframe.editor.selected-untitled', name, String(c.x), String(c.y),
                    String(c.width), String(c.height));
        }

        function announce(text) {
            status.textContent = text;
        }

        function announceSelection(prefixText) {
            var c = selected();
            var text = c ? describe(c) : AJS.I18n.getText('plainframe.wireframe.editor.none-selected',
                String(doc.controls.length));
            announce(prefixText ? prefixText + ' ' + text : text);
        }

        function select(id) {
            if (selectedId === id) {
                return;
            }
            selectedId = id;
            coalesceKey = null;
            renderOverlay();
            renderProperties();
            updateToolbar();
            announceSelection();
        }

        // ------------------------------------------------------------------ messages

        function clearMessage() {
            while (messages.firstChild) {
                messages.removeChild(messages.firstChild);
            }
        }

        function showMessage(kind, text, code) {
            clearMessage();
            var box = el('div', {className: 'aui-message aui-message-' + kind + ' plainframe-editor-message',
                role: kind === 'error' || kind === 'warning' ? 'alert' : 'status', 'data-code': code},
            [el('p', {text: text})]);
            if (code === 'CONFLICT' || code === 'CHANGED_OUTSIDE' && kind === 'error') {
                var reload = button('plainframe-reload', AJS.I18n.getText('plainframe.wireframe.editor.reload'),
                    function () {
                        window.location.reload();
                    });
                box.appendChild(el('p', {}, [reload]));
            }
            messages.appendChild(box);
            return box;
        }

        // ------------------------------------------------------------------ geometry

        function snapValue(value) {
            return snapping ? Math.round(value / GRID) * GRID : Math.round(value);
        }

        /** One step from value in a direction: a pixel, or to the next grid line when snapping. */
        function step(value, direction) {
            if (!snapping) {
                return value + direction;
            }
            return direction > 0 ? Math.floor(value / GRID) * GRID + GRID : Math.ceil(value / GRID) * GRID - GRID;
        }

        function place(c, x, y) {
            c.x = clamp(x, 0, doc.width - c.width);
            c.y = clamp(y, 0, doc.height - c.height);
        }

        function resize(c, w, h) {
            c.width = clamp(w, MIN_SIZE, doc.width - c.x);
            c.height = clamp(h, MIN_SIZE, doc.height - c.y);
        }

        /** The smallest canvas that still holds every control. */
        function extent() {
            var w = MIN_CANVAS;
            var h = MIN_CANVAS;
            doc.controls.forEach(function (c) {
                w = Math.max(w, c.x + c.width);
                h = Math.max(h, c.y + c.height);
            });
            return {width: w, height: h};
        }

        function overlaps(a, b) {
            return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        }

        /** The part of the canvas the reader sees now, in document units. */
        function visibleArea() {
            var box = svg.getBoundingClientRect();
            var wrapBox = canvasWrap.getBoundingClientRect();
            var k = scale();
            var top = Math.max(box.top, wrapBox.top, 0);
            var left = Math.max(box.left, wrapBox.left, 0);
            var bottom = Math.min(box.bottom, wrapBox.bottom, window.innerHeight || box.bottom);
            var right = Math.min(box.right, wrapBox.right, window.innerWidth || box.right);
            var area = {x: (left - box.left) / k, y: (top - box.top) / k, width: (right - left) / k,
                height: (bottom - top) / k};
            if (!(area.width > 0 && area.height > 0)) {
                area = {x: 0, y: 0, width: doc.width, height: doc.height};
            }
            return area;
        }

        /** A spot near the top left of what is visible where a new control covers nothing (containers aside). */
        function freeSpot(c) {
            var view = visibleArea();
            var startX = clamp(Math.ceil((view.x + 16) / GRID) * GRID, 0, doc.width - c.width);
            var startY = clamp(Math.ceil((view.y + 16) / GRID) * GRID, 0, doc.height - c.height);
            var blockers = doc.controls.filter(function (other) {
                return c.type === 'container' || other.type !== 'container';
            });
            var bottom = Math.min(doc.height, view.y + Math.max(view.height, c.height + 32));
            for (var row = 0; row < 60; row++) {
                var y = startY + row * 16;
                if (y + c.height > bottom) {
                    break;
                }
                for (var col = 0; col < 60; col++) {
                    var x = startX + col * 16;
                    if (x + c.width > doc.width) {
                        break;
                    }
                    var spot = {x: x, y: y, width: c.width, height: c.height};
                    if (!blockers.some(function (other) {
                        return overlaps(spot, other);
                    })) {
                        return spot;
                    }
                }
            }
            // Everything is taken: cascade from the corner so it at least does not hide another control exactly.
            for (var k = 0; k < 100; k++) {
                var cx = clamp(startX + 16 * k, 0, doc.width - c.width);
                var cy = clamp(startY + 16 * k, 0, doc.height - c.height);
                if (!doc.controls.some(function (other) {
                    return other.x === cx && other.y === cy;
                })) {
                    return {x: cx, y: cy};
                }
            }
            return {x: startX, y: startY};
        }

        // ------------------------------------------------------------------ editing actions

        function addControl(type) {
            if (!ready) {
                return;
            }
            if (doc.controls.length >= MAX_CONTROLS) {
                showMessage('error', AJS.I18n.getText('plainframe.wireframe.editor.too-many', String(MAX_CONTROLS)),
                    'TOO_MANY');
                return;
            }
            var d = defaults(type);
            var c = {id: newId(), type: type, x: 0, y: 0, width: Math.min(d.width, doc.width),
                height: Math.min(d.height, doc.height), text: d.text};
            if (d.level !== undefined) {
                c.level = d.level;
            }
            if (d.checked !== undefined) {
                c.checked = d.checked;
            }
            if (d.options) {
                c.options = d.options.slice();
            }
            if (d.cells) {
                c.cells = d.cells.map(function (row) {
                    return row.slice();
                });
            }
            var spot = freeSpot(c);
            c.x = spot.x;
            c.y = spot.y;
            change(function () {
                doc.controls.push(c);
                selectedId = c.id;
            });
            announceSelection(AJS.I18n.getText('plainframe.wireframe.editor.added', typeLabel(type)));
        }

        function removeSelected() {
            var index = indexOf(selectedId);
            if (!ready || index < 0) {
                return;
            }
            var name = typeLabel(doc.controls[index].type);
            change(function () {
                doc.controls.splice(index, 1);
                selectedId = null;
            });
            announce(AJS.I18n.getText('plainframe.wireframe.editor.deleted', name));
        }

        function nudge(dx, dy, resizing, repeat) {
            var c = selected();
            if (!c) {
                return;
            }
            var key = repeat && coalesceKey && coalesceKey.indexOf('nudge:') === 0 ? coalesceKey
                : 'nudge:' + (++fieldFocus);
            change(function () {
                if (resizing) {
                    resize(c, dx ? step(c.x + c.width, dx) - c.x : c.width, dy ? step(c.y + c.height, dy) - c.y
                        : c.height);
                } else {
                    place(c, dx ? step(c.x, dx) : c.x, dy ? step(c.y, dy) : c.y);
                }
            }, key);
            announceSelection();
        }

        function cycle(direction) {
            if (doc.controls.length === 0) {
                return;
            }
            var index = indexOf(selectedId);
            var next = index < 0 ? (direction > 0 ? 0 : doc.controls.length - 1)
                : (index + direction + doc.controls.length) % doc.controls.length;
            select(doc.controls[next].id);
        }

        function focusTextField() {
            var field = fields.text || fields.cells || fields.options;
            if (field && selected()) {
                field.input.focus();
                if (field.input.select) {
                    field.input.select();
                }
            }
        }

        // ------------------------------------------------------------------ pointer

        function toDocument(event) {
            var matrix = svg.getScreenCTM();
            var point = svg.createSVGPoint();
            point.x = event.clientX;
            point.y = event.clientY;
            return matrix ? point.matrixTransform(matrix.inverse()) : point;
        }

        function onPointerDown(event) {
            if (!ready || (event.button !== undefined && event.button !== 0) || drag) {
                return;
            }
            event.preventDefault();
            svg.focus({preventScroll: true});
            var target = event.target;
            var handle = target.closest ? target.closest('.plainframe-handle') : null;
            var group = target.closest ? target.closest('.plainframe-control') : null;
            if (handle && selected()) {
                beginDrag('resize', event);
            } else if (group) {
                select(group.getAttribute('data-control-id'));
                beginDrag('move', event);
            } else {
                select(null);
            }
        }

        function beginDrag(mode, event) {
            var c = selected();
            var point = toDocument(event);
            drag = {mode: mode, id: c.id, pointerId: event.pointerId, startX: point.x, startY: point.y,
                clientX: event.clientX, clientY: event.clientY, moved: false,
                before: {doc: JSON.stringify(doc), selected: selectedId},
                x: c.x, y: c.y, width: c.width, height: c.height};
            if (POINTER && event.pointerId !== undefined && svg.setPointerCapture) {
                try {
                    svg.setPointerCapture(event.pointerId);
                } catch (ignored) {
                    // The pointer is gone already; the document listeners still end the drag.
                }
            }
            document.addEventListener(POINTER ? 'pointermove' : 'mousemove', onPointerMove, true);
            document.addEventListener(POINTER ? 'pointerup' : 'mouseup', onPointerUp, true);
            if (POINTER) {
                document.addEventListener('pointercancel', onPointerCancel, true);
            }
            root.classList.add(mode === 'move' ? 'plainframe-moving' : 'plainframe-resizing');
        }

        function onPointerMove(event) {
            if (!drag || (drag.pointerId !== undefined && event.pointerId !== undefined
                && event.pointerId !== drag.pointerId)) {
                return;
            }
            event.preventDefault();
            if (!drag.moved && Math.abs(event.clientX - drag.clientX) < DRAG_THRESHOLD
                && Math.abs(event.clientY - drag.clientY) < DRAG_THRESHOLD) {
                return;
            }
            drag.moved = true;
            var c = selected();
            if (!c) {
                return;
            }
            var point = toDocument(event);
            var dx = point.x - drag.startX;
            var dy = point.y - drag.startY;
            if (drag.mode === 'move') {
                place(c, snapValue(drag.x + dx), snapValue(drag.y + dy));
                var group = groupOf(c.id);
                if (group) {
                    group.setAttribute('transform', 'translate(' + c.x + ' ' + c.y + ')');
                }
                renderOverlay();
            } else {
                resize(c, snapValue(drag.x + drag.width + dx) - c.x, snapValue(drag.y + drag.height + dy) - c.y);
                redrawOne(c);
            }
        }

        function endDrag() {
            document.removeEventListener(POINTER ? 'pointermove' : 'mousemove', onPointerMove, true);
            document.removeEventListener(POINTER ? 'pointerup' : 'mouseup', onPointerUp, true);
            document.removeEventListener('pointercancel', onPointerCancel, true);
            if (drag && drag.pointerId !== undefined && svg.releasePointerCapture) {
                try {
                    svg.releasePointerCapture(drag.pointerId);
                } catch (ignored) {
                    // Released already.
                }
            }
            root.classList.remove('plainframe-moving', 'plainframe-resizing');
            drag = null;
        }

        function onPointerUp(event) {
            if (!drag || (drag.pointerId !== undefined && event.pointerId !== undefined
                && event.pointerId !== drag.pointerId)) {
                return;
            }
            var before = drag.before;
            endDrag();
            if (JSON.stringify(doc) !== before.doc) {
                pushUndo(before);
                coalesceKey = null;
                refresh();
                announceSelection();
            }
        }

        function cancelDrag() {
            var c = selected();
            if (drag && c) {
                c.x = drag.x;
                c.y = drag.y;
                c.width = drag.width;
                c.height = drag.height;
            }
            endDrag();
            refresh();
        }

        function onPointerCancel(event) {
            if (drag && (event.pointerId === undefined || event.pointerId === drag.pointerId)) {
                cancelDrag();
            }
        }

        svg.addEventListener(POINTER ? 'pointerdown' : 'mousedown', onPointerDown);
        // The pointer is captured by the canvas, so the double click's target is the canvas: its first click has
        // selected the control under the pointer, or nothing.
        svg.addEventListener('dblclick', function () {
            if (ready && selected()) {
                focusTextField();
            }
        });

        // ------------------------------------------------------------------ keyboard

        svg.addEventListener('keydown', function (event) {
            if (!ready) {
                return;
            }
            var key = event.key;
            var command = event.ctrlKey || event.metaKey;
            if (key === 'Escape') {
                if (drag) {
                    cancelDrag();
                } else {
                    select(null);
                }
                event.preventDefault();
                return;
            }
            if (drag || command || event.altKey) {
                return;
            }
            var arrows = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
                Left: [-1, 0], Right: [1, 0], Up: [0, -1], Down: [0, 1]};
            if (arrows.hasOwnProperty(key)) {
                if (selected()) {
                    nudge(arrows[key][0], arrows[key][1], event.shiftKey, event.repeat);
                    event.preventDefault();
                }
            } else if (key === ']') {
                cycle(1);
                event.preventDefault();
            } else if (key === '[') {
                cycle(-1);
                event.preventDefault();
            } else if (key === 'Delete' || key === 'Backspace') {
                if (selected()) {
                    removeSelected();
                    event.preventDefault();
                }
            } else if (key === 'Enter') {
                if (selected()) {
                    focusTextField();
                    event.preventDefault();
                }
            }
        });

        // Undo, redo and save work anywhere in the editor except where a text field has its own undo.
        root.addEventListener('keydown', function (event) {
            if (!(event.ctrlKey || event.metaKey) || event.altKey || !ready) {
                return;
            }
            var key = (event.key || '').toLowerCase();
            var target = event.target;
            var typing = target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT'
                && target.type !== 'checkbox') || target.tagName === 'SELECT');
            if (key === 's') {
                event.preventDefault();
                if (!saving) {
                    save();
                }
            } else if (typing) {
                return;
            } else if (key === 'z' && !event.shiftKey) {
                event.preventDefault();
                undo();
            } else if ((key === 'z' && event.shiftKey) || key === 'y') {
                event.preventDefault();
                redo();
            }
        });

        // ------------------------------------------------------------------ properties

        function fieldId(name) {
            return prefix + name;
        }

        function fieldGroup(label, input, hint) {
            var children = [el('label', {'for': input.id, text: label}), input];
            if (hint) {
                var hintId = input.id + '-hint';
                input.setAttribute('aria-describedby', hintId);
                children.push(el('div', {className: 'description', id: hintId, text: hint}));
            }
            return el('div', {className: 'field-group'}, children);
        }

        /** A field that edits the document as the reader types: one undo step each time it has focus. */
        function liveField(name, input, read, apply, tidy) {
            var token = null;
            input.addEventListener('focus', function () {
                token = 'field:' + name + ':' + (++fieldFocus);
            });
            input.addEventListener(input.type === 'checkbox' || input.tagName === 'SELECT' ? 'change' : 'input',
                function () {
                    if (!token) {
                        token = 'field:' + name + ':' + (++fieldFocus);
                    }
                    var key = input.type === 'checkbox' || input.tagName === 'SELECT' ? null : token;
                    change(function () {
                        apply(input.type === 'checkbox' ? input.checked : input.value, false);
                    }, key);
                });
            if (tidy) {
                input.addEventListener('change', function () {
                    change(function () {
                        apply(input.value, true);
                    }, token);
                    input.value = read();
                });
            }
            fields[name] = {input: input, read: read};
            return input;
        }

        function numberInput(name, min, max) {
            return el('input', {type: 'number', className: 'text plainframe-prop-' + name, id: fieldId(name),
                min: min, max: max, step: 1, inputmode: 'numeric'});
        }

        /** A number field: applies while typing when the number is allowed, clamps it when the field is left. */
        function numberField(name, bounds, read, apply) {
            var range = bounds();
            var input = numberInput(name, range.min, range.max);
            return liveField(name, input, function () {
                return String(read());
            }, function (value, final) {
                var number = typedNumber(value);
                var now = bounds();
                if (number === null) {
                    return;
                }
                if (final) {
                    apply(clamp(number, now.min, now.max));
                } else if (number >= now.min && number <= now.max) {
                    apply(number);
                }
            }, true);
        }

        function renderProperties() {
            var c = selected();
            var key = c ? 'control:' + c.id + ':' + c.type : 'canvas';
            if (key !== panelKey) {
                buildProperties(c);
                panelKey = key;
            }
            Object.keys(fields).forEach(function (name) {
                var field = fields[name];
                if (field.input === document.activeElement) {
                    return;
                }
                if (field.input.type === 'checkbox') {
                    field.input.checked = field.read();
                } else {
                    field.input.value = field.read();
                }
            });
            if (c) {
                fields.x.input.max = doc.width - c.width;
                fields.y.input.max = doc.height - c.height;
                fields.width.input.max = doc.width - c.x;
                fields.height.input.max = doc.height - c.y;
            } else if (fields['canvas-width']) {
                var least = extent();
                fields['canvas-width'].input.min = least.width;
                fields['canvas-height'].input.min = least.height;
            }
        }

        function buildProperties(c) {
            var hadFocus = panel.contains(document.activeElement);
            while (panel.firstChild) {
                panel.removeChild(panel.firstChild);
            }
            fields = {};
            if (!c) {
                panel.appendChild(el('h3', {className: 'plainframe-properties-title',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.canvas-properties')}));
                var pair = el('div', {className: 'plainframe-prop-grid'}, [
                    fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.canvas-width'),
                        numberField('canvas-width', function () {
                            return {min: extent().width, max: MAX_CANVAS};
                        }, function () {
                            return doc.width;
                        }, function (value) {
                            doc.width = value;
                            resizeCanvas();
                        })),
                    fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.canvas-height'),
                        numberField('canvas-height', function () {
                            return {min: extent().height, max: MAX_CANVAS};
                        }, function () {
                            return doc.height;
                        }, function (value) {
                            doc.height = value;
                            resizeCanvas();
                        }))
                ]);
                panel.appendChild(pair);
                panel.appendChild(el('p', {className: 'description plainframe-prop-hint',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.canvas-hint', String(MIN_CANVAS),
                        String(MAX_CANVAS))}));
                panel.appendChild(el('p', {className: 'plainframe-prop-hint',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.nothing-selected')}));
                return;
            }
            var id = c.id;
            function current() {
                var index = indexOf(id);
                return index < 0 ? null : doc.controls[index];
            }
            panel.appendChild(el('h3', {className: 'plainframe-properties-title',
                text: AJS.I18n.getText('plainframe.wireframe.editor.control-properties', typeLabel(c.type))}));

            if (c.type !== 'table') {
                var textArea = el('textarea', {className: 'textarea plainframe-prop-text', id: fieldId('text'),
                    rows: c.type === 'label' || c.type === 'note' ? 4 : 2, maxlength: MAX_TEXT});
                panel.appendChild(fieldGroup(textLabel(c.type), liveField('text', textArea, function () {
                    return current().text;
                }, function (value) {
                    current().text = cleanText(value, MAX_TEXT);
                })));
            }

            if (c.type === 'heading') {
                var level = el('select', {className: 'select plainframe-prop-level', id: fieldId('level')});
                [1, 2, 3].forEach(function (n) {
                    level.appendChild(el('option', {value: String(n),
                        text: AJS.I18n.getText('plainframe.wireframe.editor.level-option', String(n))}));
                });
                panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.level'),
                    liveField('level', level, function () {
                        return String(current().level);
                    }, function (value) {
                        current().level = clamp(parseInt(value, 10) || 1, 1, 3);
                    })));
            }

            if (c.type === 'checkbox' || c.type === 'radio') {
                // A plain checkbox in its label: AUI's styled ones hide the input, which then cannot be clicked.
                var box = el('input', {type: 'checkbox', className: 'plainframe-prop-checked',
                    id: fieldId('checked')});
                liveField('checked', box, function () {
                    return current().checked;
                }, function (value) {
                    current().checked = value === true;
                });
                panel.appendChild(el('div', {className: 'field-group plainframe-prop-check'}, [
                    el('label', {'for': box.id, className: 'plainframe-check-label'}, [box,
                        document.createTextNode(AJS.I18n.getText('plainframe.wireframe.editor.prop.checked'))])
                ]));
            }

            if (c.type === 'dropdown') {
                var options = el('textarea', {className: 'textarea plainframe-prop-options', id: fieldId('options'),
                    rows: 4});
                panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.options'),
                    liveField('options', options, function () {
                        return current().options.join('\n');
                    }, function (value) {
                        current().options = value.split(/\r\n?|\n/).map(function (line) {
                            return cleanText(line, MAX_CELL_TEXT);
                        }).filter(function (line) {
                            return line.trim() !== '';
                        }).slice(0, MAX_OPTIONS);
                    }), AJS.I18n.getText('plainframe.wireframe.editor.prop.options-hint', String(MAX_OPTIONS))));
            }

            if (c.type === 'table') {
                var cells = el('textarea', {className: 'textarea plainframe-prop-cells', id: fieldId('cells'),
                    rows: 5});
                panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.cells'),
                    liveField('cells', cells, function () {
                        return current().cells.map(function (row) {
                            return row.join(' | ');
                        }).join('\n');
                    }, function (value) {
                        current().cells = value.split(/\r\n?|\n/).filter(function (line) {
                            return line.trim() !== '';
                        }).slice(0, MAX_ROWS).map(function (line) {
                            return line.split('|').slice(0, MAX_COLUMNS).map(function (cell) {
                                return cleanText(cell.trim(), MAX_CELL_TEXT);
                            });
                        });
                    }), AJS.I18n.getText('plainframe.wireframe.editor.prop.cells-hint', String(MAX_ROWS),
                        String(MAX_COLUMNS))));
            }

            panel.appendChild(el('div', {className: 'plainframe-prop-grid'}, [
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.x'), numberField('x', function () {
                    return {min: 0, max: doc.width - current().width};
                }, function () {
                    return current().x;
                }, function (value) {
                    current().x = value;
                })),
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.y'), numberField('y', function () {
                    return {min: 0, max: doc.height - current().height};
                }, function () {
                    return current().y;
                }, function (value) {
                    current().y = value;
                })),
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.width'), numberField('width', function () {
                    return {min: MIN_SIZE, max: doc.width - current().x};
                }, function () {
                    return current().width;
                }, function (value) {
                    current().width = value;
                })),
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.height'), numberField('height',
                    function () {
                        return {min: MIN_SIZE, max: doc.height - current().y};
                    }, function () {
                        return current().height;
                    }, function (value) {
                        current().height = value;
                    }))
            ]));
            if (hadFocus && !panel.contains(document.activeElement)) {
                svg.focus();
            }
        }

        // ------------------------------------------------------------------ saving and closing

        function save() {
            if (!ready || saving) {
                return;
            }
            if (drag) {
                cancelDrag();
            }
            saving = true;
            root.setAttribute('aria-busy', 'true');
            updateToolbar();
            clearMessage();
            announce(AJS.I18n.getText('plainframe.wireframe.editor.saving'));
            var sent = cleanDocument(doc);
            var sentJson = JSON.stringify(doc);
            var request = {version: version, document: sent, contentId: contentId};
            if (replaceOutside) {
                request.replaceOutsideChange = true;
            }
            api('PUT', '/wireframes/' + encodeURIComponent(wireframeId), request).then(function (answer) {
                saving = false;
                savedAny = true;
                replaceOutside = false;
                // A new wireframe may get another id than asked for (the one asked for belongs to another page).
                if (typeof answer.id === 'string' && answer.id) {
                    wireframeId = answer.id;
                    container.setAttribute('data-wireframe-id', wireframeId);
                }
                version = typeof answer.version === 'number' ? answer.version : version + 1;
                savedJson = sentJson;
                container.setAttribute('data-version', String(version));
                root.removeAttribute('aria-busy');
                showMessage('success', answer.message || AJS.I18n.getText('plainframe.wireframe.editor.saved',
                    String(version)), 'SAVED');
                announce('');
                updateToolbar();
            }, function (error) {
                saving = false;
                root.removeAttribute('aria-busy');
                showMessage('error', error.message, error.code);
                announce('');
                updateToolbar();
                var match = error.code === 'INVALID_WIREFRAME' && typeof error.json.path === 'string'
                    ? /^\$\.document\.controls\[(\d+)\]/.exec(error.json.path) : null;
                if (match && doc.controls[parseInt(match[1], 10)]) {
                    select(doc.controls[parseInt(match[1], 10)].id);
                }
            });
        }

        function close() {
            if (saving) {
                return;
            }
            if (drag) {
                cancelDrag();
            }
            if (ready && isDirty()
                && !window.confirm(AJS.I18n.getText('plainframe.wireframe.editor.discard-confirm'))) {
                return;
            }
            if (savedAny) {
                window.location.reload();
                return;
            }
            window.removeEventListener('resize', renderOverlay);
            if (root.parentNode) {
                root.parentNode.removeChild(root);
            }
            hidden.forEach(function (entry) {
                entry.node.hidden = entry.was;
            });
            container.removeAttribute('data-plainframe-editing');
            var edit = container.querySelector('.plainframe-edit');
            if (edit && !edit.hidden) {
                edit.focus();
            }
        }

        window.addEventListener('resize', renderOverlay);

        // ------------------------------------------------------------------ start

        function start(source, startAt) {
            doc = cleanDocument(source);
            version = startAt;
            savedJson = JSON.stringify(doc);
            undoStack = [];
            redoStack = [];
            ready = true;
            root.removeAttribute('aria-busy');
            resizeCanvas();
            refresh();
            announceSelection();
        }

        resizeCanvas();
        refresh();
        svg.focus();
        if (startVersion > 0) {
            announce(AJS.I18n.getText('plainframe.wireframe.editor.loading'));
            api('GET', '/wireframes/' + encodeURIComponent(wireframeId)).then(function (answer) {
                var stored = answer.document || {};
                if (typeof stored.formatVersion === 'number' && stored.formatVersion > 1) {
                    root.removeAttribute('aria-busy');
                    showMessage('error', AJS.I18n.getText('plainframe.wireframe.editor.format-newer',
                        String(stored.formatVersion)), 'FORMAT_NEWER');
                    announce('');
                    return;
                }
                start(stored, typeof answer.version === 'number' ? answer.version : startVersion);
                if (answer.canEdit === false && answer.message) {
                    showMessage('warning', answer.message, answer.reason || 'CANNOT_EDIT');
                } else if (answer.changedOutside === true) {
                    replaceOutside = true;
                    showMessage('warning', answer.notice || '', 'CHANGED_OUTSIDE');
                }
            }, function (error) {
                root.removeAttribute('aria-busy');
                showMessage('error', error.message, error.code);
                announce('');
            });
        } else {
            start(blankDocument(), 0);
        }
    }

    /** A small picture of each control type for the palette (decoration only: the button says the name). */
    function paletteIcon(type) {
        var icon = svgEl('svg', {'class': 'plainframe-palette-icon', width: 16, height: 16, viewBox: '0 0 16 16',
            'aria-hidden': 'true', focusable: 'false', fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2});
        function add(tag, attributes) {
            icon.appendChild(svgEl(tag, attributes));
        }
        switch (type) {
            case 'button':
                add('rect', {x: 1.5, y: 4.5, width: 13, height: 7, rx: 2});
                add('line', {x1: 5, y1: 8, x2: 11, y2: 8});
                break;
            case 'label':
                add('line', {x1: 2, y1: 5, x2: 14, y2: 5});
                add('line', {x1: 2, y1: 8, x2: 14, y2: 8});
                add('line', {x1: 2, y1: 11, x2: 9, y2: 11});
                break;
            case 'heading':
                add('path', {d: 'M3.5 3v10 M12.5 3v10 M3.5 8h9', 'stroke-width': 1.8});
                break;
            case 'text-input':
                add('rect', {x: 1.5, y: 4.5, width: 13, height: 7, rx: 1});
                add('line', {x1: 4, y1: 6.5, x2: 4, y2: 9.5});
                break;
            case 'checkbox':
                add('rect', {x: 2.5, y: 2.5, width: 11, height: 11, rx: 1.5});
                add('polyline', {points: '5,8 7,10 11,6'});
                break;
            case 'radio':
                add('circle', {cx: 8, cy: 8, r: 5.5});
                icon.appendChild(svgEl('circle', {cx: 8, cy: 8, r: 2.2, fill: 'currentColor', stroke: 'none'}));
                break;
            case 'dropdown':
                add('rect', {x: 1.5, y: 4.5, width: 13, height: 7, rx: 1});
                add('polyline', {points: '9.5,7 11,8.5 12.5,7'});
                break;
            case 'image-placeholder':
                add('rect', {x: 1.5, y: 2.5, width: 13, height: 11});
                add('path', {d: 'M1.5 2.5 L14.5 13.5 M14.5 2.5 L1.5 13.5'});
                break;
            case 'container':
                add('rect', {x: 1.5, y: 1.5, width: 13, height: 13, rx: 1.5, 'stroke-dasharray': '2.5 1.5'});
                break;
            case 'table':
                add('rect', {x: 1.5, y: 2.5, width: 13, height: 11});
                add('path', {d: 'M1.5 6.5 H14.5 M1.5 10 H14.5 M8 2.5 V13.5'});
                break;
            case 'link':
                add('path', {d: 'M6.5 9.5 L9.5 6.5 M7 4.5 l1.5-1.5 a2.5 2.5 0 0 1 3.5 3.5 L10.5 8 '
                    + 'M5.5 8 L4 9.5 a2.5 2.5 0 0 0 3.5 3.5 L9 11.5'});
                break;
            case 'note':
                add('path', {d: 'M2.5 2.5 h11 v7 l-4 4 h-7 z M13.5 9.5 h-4 v4'});
                break;
            default:
                add('rect', {x: 2.5, y: 2.5, width: 11, height: 11});
                break;
        }
        return icon;
    }

    document.addEventListener('plainframe:edit', function (event) {
        var target = event.target;
        var container = target && target.closest ? target.closest('.plainframe-wireframe') : null;
        if (!container || container.getAttribute('data-plainframe-editing') === 'true') {
            return;
        }
        open(container);
    });
}());
