/*
 * Plainframe's wireframe editor. Opens inside a wireframe container (<div class="plainframe-wireframe"
 * data-content-id data-wireframe-id data-version>) when plainframe-content.js dispatches "plainframe:edit" on
 * it, and saves through the REST API (PUT /wireframes/{id}). The document it edits follows the server's rules
 * (WireframeFormat): edits are clamped to the canvas and sent with only the properties each type has, so a save
 * is refused only for reasons the server knows (a conflict, a lost seat).
 *
 * This file builds the editor object and its page; the modules loaded before it (plainframe-editor-*.js, one
 * namespace window.PlainframeEditor) hold the model and history, geometry, control types, drawing, input and the
 * properties panel. Every text comes from the i18n bundle (keys plainframe.wireframe.editor.*), each through a
 * getText call with the key written out as a literal, which the host replaces; or it is the server's message. All
 * are inserted as text, never as HTML. Elements and REST calls come from plainframe-common.js.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var geometry = PE.geometry;
    var controls = PE.controls;
    var render = PE.render;
    var GRID = geometry.GRID;
    var HANDLE = 10;
    var el = PlainframeCommon.el;
    var svgEl = render.svgEl;
    var editors = 0;

    function button(className, text, onClick) {
        var node = el('button', {type: 'button', className: 'aui-button ' + className, text: text});
        node.addEventListener('click', onClick);
        return node;
    }

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

    /** The editor object the modules share: the document, the selection, the history and the page's parts. */
    function open(container) {
        model.configureFrom(container);
        var n = ++editors;
        var ed = {
            prefix: 'plainframe-wfe-' + n + '-',
            container: container,
            contentId: container.getAttribute('data-content-id') || '',
            wireframeId: container.getAttribute('data-wireframe-id') || '',
            version: 0,
            // Set when the stored version was uploaded outside Plainframe: the editor shows the last version
            // Plainframe saved, says so, and the next save replaces the outside change.
            replaceOutside: false,
            doc: model.blankDocument(),
            selectedId: null,
            history: new model.History(model.MAX_HISTORY),
            savedJson: null,
            savedAny: false,
            saving: false,
            ready: false,
            snapping: true,
            drag: null,
            panelKey: null,
            fields: {},
            keys: 0,
            api: api
        };
        var isNew = !container.getAttribute('data-wireframe-id');
        var startVersion = parseInt(container.getAttribute('data-version') || '0', 10) || 0;
        var hidden = [];
        ed.savedJson = JSON.stringify(ed.doc);
        if (startVersion <= 0 || !ed.wireframeId) {
            startVersion = 0;
            ed.wireframeId = ed.wireframeId || model.randomId();
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

        var root = ed.root = el('div', {className: 'plainframe-editor', role: 'region', 'aria-busy': 'true',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.label')});
        var messages = el('div', {className: 'plainframe-editor-messages'});
        var palette = PE.panels.palette(ed);

        var undoButton = button('plainframe-undo', AJS.I18n.getText('plainframe.wireframe.editor.undo'), function () {
            ed.undo();
        });
        var redoButton = button('plainframe-redo', AJS.I18n.getText('plainframe.wireframe.editor.redo'), function () {
            ed.redo();
        });
        var deleteButton = button('plainframe-delete', AJS.I18n.getText('plainframe.wireframe.editor.delete'),
            function () {
                ed.removeSelected();
            });
        var saveButton = button('aui-button-primary plainframe-save',
            AJS.I18n.getText('plainframe.wireframe.editor.save'), function () {
                ed.save();
            });
        var closeButton = button('plainframe-close', AJS.I18n.getText('plainframe.wireframe.editor.close'),
            function () {
                ed.close();
            });
        var snapBox = el('input', {type: 'checkbox', className: 'plainframe-snap', id: ed.prefix + 'snap',
            checked: true});
        snapBox.checked = true;
        snapBox.addEventListener('change', function () {
            ed.snapping = snapBox.checked;
            grid.setAttribute('visibility', ed.snapping ? 'visible' : 'hidden');
        });
        var dirtyNote = el('span', {className: 'plainframe-editor-dirty', hidden: true,
            text: AJS.I18n.getText('plainframe.wireframe.editor.unsaved')});

        var toolbar = el('div', {className: 'plainframe-editor-toolbar', role: 'group',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.toolbar')}, [
            el('div', {className: 'aui-buttons'}, [undoButton, redoButton]),
            el('div', {className: 'aui-buttons'}, [deleteButton]),
            el('label', {className: 'plainframe-check-label plainframe-snap-label', 'for': ed.prefix + 'snap'},
                [snapBox, document.createTextNode(AJS.I18n.getText('plainframe.wireframe.editor.snap'))]),
            el('span', {className: 'plainframe-editor-spacer'}),
            dirtyNote,
            saveButton,
            closeButton
        ]);

        var help = el('p', {className: 'plainframe-editor-help', id: ed.prefix + 'help',
            text: AJS.I18n.getText('plainframe.wireframe.editor.help')});
        var status = el('p', {className: 'plainframe-editor-status', role: 'status', 'aria-live': 'polite'});

        var svg = ed.svg = svgEl('svg', {'class': 'plainframe-canvas', tabindex: '0', focusable: 'true',
            role: 'application', 'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.canvas'),
            'aria-describedby': ed.prefix + 'help', 'font-family': render.FONT, 'font-size': 14});
        var defs = svgEl('defs');
        var pattern = svgEl('pattern', {id: ed.prefix + 'grid', width: GRID, height: GRID,
            patternUnits: 'userSpaceOnUse'});
        pattern.appendChild(svgEl('path', {d: 'M ' + GRID + ' 0 L 0 0 0 ' + GRID, fill: 'none', stroke: '#ebecf0',
            'stroke-width': 1}));
        defs.appendChild(pattern);
        svg.appendChild(defs);
        var paper = svgEl('rect', {'class': 'plainframe-paper', x: 0, y: 0, fill: '#ffffff'});
        var grid = svgEl('rect', {'class': 'plainframe-grid', x: 0, y: 0, fill: 'url(#' + ed.prefix + 'grid)',
            'pointer-events': 'none'});
        var border = svgEl('rect', {x: 0.5, y: 0.5, fill: 'none', stroke: '#c1c7d0', 'pointer-events': 'none'});
        var layer = ed.layer = svgEl('g', {'class': 'plainframe-controls'});
        var overlay = ed.overlay = svgEl('g', {'class': 'plainframe-overlay'});
        svg.appendChild(paper);
        svg.appendChild(grid);
        svg.appendChild(border);
        svg.appendChild(layer);
        svg.appendChild(overlay);

        var canvasWrap = ed.canvasWrap = el('div', {className: 'plainframe-canvas-wrap'}, [svg]);
        var panel = ed.panel = el('form', {className: 'aui top-label plainframe-properties', novalidate: true,
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

        ed.selected = function () {
            var index = model.indexOf(ed.doc, ed.selectedId);
            return index < 0 ? null : ed.doc.controls[index];
        };

        ed.isDirty = function () {
            return JSON.stringify(ed.doc) !== ed.savedJson;
        };

        /** A key no other change has: changes made with it in a row are one undo step. */
        ed.newKey = function (kind) {
            return kind + ':' + (++ed.keys);
        };

        ed.snapshot = function () {
            return {doc: JSON.stringify(ed.doc), selected: ed.selectedIds.slice()};
        };

        /** Changes the document as one undo step (see History.record); answers whether anything changed. */
        ed.change = function (mutate, key) {
            var before = ed.snapshot();
            mutate();
            if (JSON.stringify(ed.doc) === before.doc) {
                ed.refresh();
                return false;
            }
            ed.history.record(before, key);
            ed.refresh();
            return true;
        };

        function restore(entry) {
            ed.doc = JSON.parse(entry.doc);
            ed.selectedIds = [].concat(entry.selected === null ? [] : entry.selected).filter(function (id) {
                return model.indexOf(ed.doc, id) >= 0;
            });
            ed.resizeCanvas();
            ed.refresh();
            ed.announceSelection();
        }

        ed.undo = function () {
            if (!ed.ready || ed.drag || !ed.history.canUndo()) {
                return;
            }
            restore(ed.history.undo(ed.snapshot()));
        };

        ed.redo = function () {
            if (!ed.ready || ed.drag || !ed.history.canRedo()) {
                return;
            }
            restore(ed.history.redo(ed.snapshot()));
        };

        // ------------------------------------------------------------------ drawing

        ed.resizeCanvas = function () {
            var w = ed.doc.width;
            var h = ed.doc.height;
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
        };

        // What each control was last drawn from: a control that has not changed keeps its drawing, so a refresh
        // with 500 controls redraws only the changed ones (issue 16, item 9).
        var drawn = Object.create(null);

        function renderAll() {
            var next = Object.create(null);
            ed.doc.controls.forEach(function (control, i) {
                var json = JSON.stringify(control);
                var old = drawn[control.id];
                // A drag moves a drawing by its transform before the document knows: such a drawing is not reused.
                var kept = old && old.json === json && !next[control.id] && old.group.getAttribute('transform')
                    === 'translate(' + control.x + ' ' + control.y + ')';
                var group = kept ? old.group : render.drawControl(control);
                next[control.id] = {json: json, group: group};
                if (layer.childNodes[i] !== group) {
                    layer.insertBefore(group, layer.childNodes[i] || null);
                }
            });
            while (layer.childNodes.length > ed.doc.controls.length) {
                layer.removeChild(layer.lastChild);
            }
            drawn = next;
            ed.renderOverlay();
        }

        ed.groupOf = function (id) {
            var groups = layer.children || layer.childNodes;
            for (var i = 0; i < groups.length; i++) {
                if (groups[i].getAttribute && groups[i].getAttribute('data-control-id') === id) {
                    return groups[i];
                }
            }
            return null;
        };

        ed.redrawOne = function (control) {
            var old = ed.groupOf(control.id);
            var fresh = render.drawControl(control);
            if (old) {
                layer.replaceChild(fresh, old);
            } else {
                layer.appendChild(fresh);
            }
            ed.renderOverlay();
        };

        /** Pixels on screen per unit of the document (below 1 when the canvas is scaled down to fit). */
        ed.scale = function () {
            var box = svg.getBoundingClientRect();
            return box.width > 0 ? box.width / ed.doc.width : 1;
        };

        ed.renderOverlay = function () {
            while (overlay.firstChild) {
                overlay.removeChild(overlay.firstChild);
            }
            var groups = layer.querySelectorAll('.plainframe-control.plainframe-selected');
            Array.prototype.forEach.call(groups, function (group) {
                group.classList.remove('plainframe-selected');
            });
            var c = ed.selected();
            if (!c) {
                return;
            }
            var group = ed.groupOf(c.id);
            if (group) {
                group.classList.add('plainframe-selected');
            }
            overlay.appendChild(svgEl('rect', {'class': 'plainframe-selection', x: c.x, y: c.y, width: c.width,
                height: c.height, fill: 'none', stroke: '#0052cc', 'stroke-width': 2,
                'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none'}));
            var handleSize = HANDLE / ed.scale();
            var hx = model.clamp(c.x + c.width - handleSize / 2, 0, ed.doc.width - handleSize);
            var hy = model.clamp(c.y + c.height - handleSize / 2, 0, ed.doc.height - handleSize);
            overlay.appendChild(svgEl('rect', {'class': 'plainframe-handle', x: hx, y: hy,
                width: handleSize, height: handleSize, fill: '#ffffff', stroke: '#0052cc', 'stroke-width': 2,
                'vector-effect': 'non-scaling-stroke'}));
        };

        ed.refresh = function () {
            renderAll();
            ed.renderProperties();
            ed.updateToolbar();
        };

        ed.updateToolbar = function () {
            var c = ed.selected();
            setDisabled(undoButton, !ed.ready || !ed.history.canUndo());
            setDisabled(redoButton, !ed.ready || !ed.history.canRedo());
            setDisabled(deleteButton, !ed.ready || !c);
            setDisabled(saveButton, !ed.ready || ed.saving);
            setDisabled(closeButton, ed.saving);
            setDisabled(snapBox, !ed.ready);
            Array.prototype.forEach.call(palette.querySelectorAll('button'), function (add) {
                setDisabled(add, !ed.ready);
            });
            dirtyNote.hidden = !ed.ready || !ed.isDirty();
        };

        function setDisabled(node, disabled) {
            if (disabled && document.activeElement === node) {
                node.disabled = true;
                svg.focus();
            }
            node.disabled = disabled;
        }

        function describe(c) {
            var name = controls.typeLabel(c.type);
            var words = c.type === 'table' ? '' : model.firstLine(c.text || (c.type === 'dropdown'
                && c.options.length ? c.options[0] : '')).slice(0, 60);
            return words ? AJS.I18n.getText('plainframe.wireframe.editor.selected', name, words, String(c.x),
                String(c.y), String(c.width), String(c.height))
                : AJS.I18n.getText('plainframe.wireframe.editor.selected-untitled', name, String(c.x), String(c.y),
                    String(c.width), String(c.height));
        }

        ed.announce = function (text) {
            status.textContent = text;
        };

        ed.announceSelection = function (prefixText) {
            var c = ed.selected();
            var text = c ? describe(c) : AJS.I18n.getText('plainframe.wireframe.editor.none-selected',
                String(ed.doc.controls.length));
            ed.announce(prefixText ? prefixText + ' ' + text : text);
        };

        ed.select = function (id) {
            if (ed.selectedId === id) {
                return;
            }
            ed.selectedId = id;
            ed.history.breakChain();
            ed.renderOverlay();
            ed.renderProperties();
            ed.updateToolbar();
            ed.announceSelection();
        };

        // ------------------------------------------------------------------ messages

        ed.clearMessage = function () {
            while (messages.firstChild) {
                messages.removeChild(messages.firstChild);
            }
        };

        ed.showMessage = function (kind, text, code) {
            ed.clearMessage();
            return ed.addMessage(kind, text, code);
        };

        /** A message beside those shown already. */
        ed.addMessage = function (kind, text, code) {
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
        };

        ed.api = api;
        ed.toolbar = toolbar;
        PE.selection.install(ed);
        PE.actions.install(ed);
        PE.input.install(ed);
        PE.commands.install(ed);
        PE.panels.install(ed);
        PE.menu.install(ed);
        PE.inline.install(ed);
        PE.zoom.install(ed);
        PE.exporter.install(ed);

        // ------------------------------------------------------------------ saving and closing

        ed.save = function () {
            if (!ed.ready || ed.saving) {
                return;
            }
            if (ed.drag) {
                ed.cancelDrag();
            }
            ed.saving = true;
            root.setAttribute('aria-busy', 'true');
            ed.updateToolbar();
            ed.clearMessage();
            ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.saving'));
            var sent = model.cleanDocument(ed.doc);
            var sentJson = JSON.stringify(ed.doc);
            var request = {version: ed.version, document: sent, contentId: ed.contentId};
            if (ed.replaceOutside) {
                request.replaceOutsideChange = true;
            }
            api('PUT', '/wireframes/' + encodeURIComponent(ed.wireframeId), request).then(function (answer) {
                ed.saving = false;
                ed.savedAny = true;
                ed.replaceOutside = false;
                // A new wireframe may get another id than asked for (the one asked for belongs to another page).
                if (typeof answer.id === 'string' && answer.id) {
                    ed.wireframeId = answer.id;
                    container.setAttribute('data-wireframe-id', ed.wireframeId);
                }
                ed.version = typeof answer.version === 'number' ? answer.version : ed.version + 1;
                ed.savedJson = sentJson;
                container.setAttribute('data-version', String(ed.version));
                root.removeAttribute('aria-busy');
                ed.showMessage('success', answer.message || AJS.I18n.getText('plainframe.wireframe.editor.saved',
                    String(ed.version)), 'SAVED');
                ed.announce('');
                ed.updateToolbar();
            }, function (error) {
                ed.saving = false;
                root.removeAttribute('aria-busy');
                ed.showMessage('error', error.message, error.code);
                if (error.code === 'CONFLICT') {
                    ed.offerConflict();
                }
                ed.announce('');
                ed.updateToolbar();
                var match = error.code === 'INVALID_WIREFRAME' && typeof error.json.path === 'string'
                    ? /^\$\.document\.controls\[(\d+)\]/.exec(error.json.path) : null;
                if (match && ed.doc.controls[parseInt(match[1], 10)]) {
                    ed.select(ed.doc.controls[parseInt(match[1], 10)].id);
                }
            });
        };

        ed.close = function () {
            if (ed.saving) {
                return;
            }
            if (ed.drag) {
                ed.cancelDrag();
            }
            if (ed.ready && ed.isDirty()
                && !window.confirm(AJS.I18n.getText('plainframe.wireframe.editor.discard-confirm'))) {
                return;
            }
            ed.closed = true;
            if (ed.savedAny) {
                window.location.reload();
                return;
            }
            window.removeEventListener('resize', ed.renderOverlay);
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
        };

        window.addEventListener('resize', ed.renderOverlay);
        PE.history.install(ed); // issue 16: versions, delete, who else has it open (wraps ed.close)
        PE.drafts.install(ed, isNew);
        PE.conflict.install(ed);
        PE.templates.install(ed, startVersion === 0);

        // ------------------------------------------------------------------ start

        function start(source, startAt) {
            ed.doc = model.cleanDocument(source);
            ed.version = startAt;
            ed.savedJson = JSON.stringify(ed.doc);
            ed.history.clear();
            ed.ready = true;
            root.removeAttribute('aria-busy');
            ed.resizeCanvas();
            ed.refresh();
            ed.announceSelection();
        }

        ed.resizeCanvas();
        ed.refresh();
        svg.focus();
        if (startVersion > 0) {
            ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.loading'));
            api('GET', '/wireframes/' + encodeURIComponent(ed.wireframeId)).then(function (answer) {
                var stored = answer.document || {};
                if (typeof stored.formatVersion === 'number' && stored.formatVersion > 1) {
                    root.removeAttribute('aria-busy');
                    ed.showMessage('error', AJS.I18n.getText('plainframe.wireframe.editor.format-newer',
                        String(stored.formatVersion)), 'FORMAT_NEWER');
                    ed.announce('');
                    return;
                }
                start(stored, typeof answer.version === 'number' ? answer.version : startVersion);
                if (answer.canEdit === false && answer.message) {
                    ed.showMessage('warning', answer.message, answer.reason || 'CANNOT_EDIT');
                } else if (answer.changedOutside === true) {
                    ed.replaceOutside = true;
                    ed.showMessage('warning', answer.notice || '', 'CHANGED_OUTSIDE');
                }
                ed.offerDraft();
            }, function (error) {
                root.removeAttribute('aria-busy');
                ed.showMessage('error', error.message, error.code);
                ed.announce('');
            });
        } else {
            start(model.blankDocument(), 0);
            ed.offerDraft();
        }
        return ed;
    }

    PE.open = open;

    document.addEventListener('plainframe:edit', function (event) {
        var target = event.target;
        var container = target && target.closest ? target.closest('.plainframe-wireframe') : null;
        if (!container || container.getAttribute('data-plainframe-editing') === 'true') {
            return;
        }
        open(container);
    });
}());
