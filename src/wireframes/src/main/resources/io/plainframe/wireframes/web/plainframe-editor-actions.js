/*
 * What the designer does to controls: add one at a free spot where they are looking, delete, nudge and resize by
 * keyboard, move through the controls, and go to the selected control's text. Works on the editor object that
 * plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var geometry = PE.geometry;
    var controls = PE.controls;
    var LIMITS = model.LIMITS;

    function install(ed) {
        /** The part of the canvas the reader sees now, in document units. */
        function visibleArea() {
            var box = ed.svg.getBoundingClientRect();
            var wrapBox = ed.canvasWrap.getBoundingClientRect();
            var k = ed.scale();
            var top = Math.max(box.top, wrapBox.top, 0);
            var left = Math.max(box.left, wrapBox.left, 0);
            var bottom = Math.min(box.bottom, wrapBox.bottom, window.innerHeight || box.bottom);
            var right = Math.min(box.right, wrapBox.right, window.innerWidth || box.right);
            var area = {x: (left - box.left) / k, y: (top - box.top) / k, width: (right - left) / k,
                height: (bottom - top) / k};
            if (!(area.width > 0 && area.height > 0)) {
                area = {x: 0, y: 0, width: ed.doc.width, height: ed.doc.height};
            }
            return area;
        }

        ed.addControl = function (type) {
            if (!ed.ready) {
                return;
            }
            if (ed.doc.controls.length >= LIMITS.maxControls) {
                ed.showMessage('error', AJS.I18n.getText('plainframe.wireframe.editor.too-many',
                    String(LIMITS.maxControls)), 'TOO_MANY');
                return;
            }
            var c = controls.create(type, model.newId(ed.doc), ed.doc);
            var spot = geometry.freeSpot(ed.doc, c, visibleArea());
            c.x = spot.x;
            c.y = spot.y;
            ed.change(function () {
                ed.doc.controls.push(c);
                ed.selectedId = c.id;
            });
            ed.announceSelection(AJS.I18n.getText('plainframe.wireframe.editor.added', controls.typeLabel(type)));
        };

        ed.removeSelected = function () {
            var index = model.indexOf(ed.doc, ed.selectedId);
            if (!ed.ready || index < 0) {
                return;
            }
            var name = controls.typeLabel(ed.doc.controls[index].type);
            ed.change(function () {
                ed.doc.controls.splice(index, 1);
                ed.selectedId = null;
            });
            ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.deleted', name));
        };

        ed.nudge = function (dx, dy, resizing, repeat) {
            var c = ed.selected();
            if (!c) {
                return;
            }
            var chain = ed.history.key;
            var key = repeat && chain && chain.indexOf('nudge:') === 0 ? chain : ed.newKey('nudge');
            ed.change(function () {
                if (resizing) {
                    geometry.resize(ed.doc, c, dx ? geometry.step(c.x + c.width, dx, ed.snapping) - c.x : c.width,
                        dy ? geometry.step(c.y + c.height, dy, ed.snapping) - c.y : c.height);
                } else {
                    geometry.place(ed.doc, c, dx ? geometry.step(c.x, dx, ed.snapping) : c.x,
                        dy ? geometry.step(c.y, dy, ed.snapping) : c.y);
                }
            }, key);
            ed.announceSelection();
        };

        ed.cycle = function (direction) {
            var count = ed.doc.controls.length;
            if (count === 0) {
                return;
            }
            var index = model.indexOf(ed.doc, ed.selectedId);
            var next = index < 0 ? (direction > 0 ? 0 : count - 1) : (index + direction + count) % count;
            ed.select(ed.doc.controls[next].id);
        };

        ed.focusTextField = function () {
            var field = ed.fields.text || ed.fields.cells || ed.fields.options;
            if (field && ed.selected()) {
                field.input.focus();
                if (field.input.select) {
                    field.input.select();
                }
            }
        };
    }

    PE.actions = {install: install};
}());
