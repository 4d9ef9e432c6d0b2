/*
 * Editing a control's text where it is drawn: a double click opens a text box over the control (above the SVG).
 * Enter or leaving the box keeps the text as one undo step (Shift+Enter starts a new line in the types that show
 * several lines), Esc puts it back. And adding a control by dragging it from the palette to a spot on the canvas,
 * where it lands on the grid; clicking a palette button still adds one at a free spot. Works on the editor object
 * that plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var el = PlainframeCommon.el;
    var MULTI_LINE = ['label', 'note', 'container', 'paragraph', 'text'];
    var POINTER = typeof window.PointerEvent === 'function';

    /** Whether a type's text is edited in place (a table's cells and a dropdown's options are not its text). */
    function editable(type) {
        return type !== 'table';
    }

    function multiLine(type) {
        return MULTI_LINE.indexOf(type) >= 0;
    }

    function install(ed) {
        var box = null;

        /** Where a rectangle of the document is on the page, relative to the editor's root. */
        function onRoot(rect) {
            var svgBox = ed.svg.getBoundingClientRect();
            var rootBox = ed.root.getBoundingClientRect();
            var k = ed.scale();
            return {left: svgBox.left - rootBox.left + rect.x * k, top: svgBox.top - rootBox.top + rect.y * k,
                width: rect.width * k, height: rect.height * k};
        }

        ed.editText = function () {
            var c = ed.selected();
            if (!ed.ready || !c) {
                return;
            }
            if (!editable(c.type)) {
                ed.focusTextField();
                return;
            }
            ed.closeInline(false);
            var id = c.id;
            var place = onRoot(c);
            box = el('textarea', {className: 'plainframe-inline-text', 'data-control-id': id,
                'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.inline-label',
                    PE.controls.typeLabel(c.type)), maxlength: model.LIMITS.maxText, rows: 1});
            box.value = c.text || '';
            box.style.left = place.left + 'px';
            box.style.top = place.top + 'px';
            box.style.width = Math.max(place.width, 60) + 'px';
            box.style.height = Math.max(place.height, 24) + 'px';
            box.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' || event.key === 'Esc') {
                    event.preventDefault();
                    event.stopPropagation();
                    ed.closeInline(false);
                    ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.inline-cancelled'));
                } else if (event.key === 'Enter' && !(event.shiftKey && multiLine(c.type))) {
                    event.preventDefault();
                    ed.closeInline(true);
                }
            });
            box.addEventListener('blur', function () {
                ed.closeInline(true);
            });
            ed.root.appendChild(box);
            box.focus();
            box.select();
            ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.inline-open'));
        };

        /** Closes the text box, keeping its text as one undo step when asked. */
        ed.closeInline = function (keep) {
            if (!box) {
                return;
            }
            var open = box;
            box = null;
            var index = model.indexOf(ed.doc, open.getAttribute('data-control-id'));
            if (open.parentNode) {
                open.parentNode.removeChild(open);
            }
            ed.svg.focus({preventScroll: true});
            if (keep && index >= 0) {
                var c = ed.doc.controls[index];
                var text = model.cleanText(open.value, model.LIMITS.maxText);
                if (!multiLine(c.type)) {
                    text = text.replace(/\n/g, ' ');
                }
                if (ed.change(function () {
                    c.text = text;
                })) {
                    ed.announceSelection(AJS.I18n.getText('plainframe.wireframe.editor.inline-kept'));
                }
            }
        };

        // ------------------------------------------------------------------ dragging from the palette

        var palette = ed.root.querySelector('.plainframe-palette');
        var carry = null;

        function overCanvas(event) {
            var rect = ed.svg.getBoundingClientRect();
            return event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top
                && event.clientY <= rect.bottom;
        }

        function onMove(event) {
            if (!carry) {
                return;
            }
            if (!carry.moved && Math.abs(event.clientX - carry.x) < 4 && Math.abs(event.clientY - carry.y) < 4) {
                return;
            }
            carry.moved = true;
            ed.root.classList.add('plainframe-carrying');
            ed.svg.classList.toggle('plainframe-drop-target', overCanvas(event));
        }

        function onUp(event) {
            document.removeEventListener(POINTER ? 'pointermove' : 'mousemove', onMove, true);
            document.removeEventListener(POINTER ? 'pointerup' : 'mouseup', onUp, true);
            var done = carry;
            carry = null;
            ed.root.classList.remove('plainframe-carrying');
            ed.svg.classList.remove('plainframe-drop-target');
            if (!done || !done.moved) {
                return;
            }
            // The button's own click must not add a second control.
            done.button.addEventListener('click', swallow, true);
            window.setTimeout(function () {
                done.button.removeEventListener('click', swallow, true);
            }, 0);
            if (!overCanvas(event)) {
                return;
            }
            var matrix = ed.svg.getScreenCTM();
            var point = ed.svg.createSVGPoint();
            point.x = event.clientX;
            point.y = event.clientY;
            var at = matrix ? point.matrixTransform(matrix.inverse()) : point;
            ed.addControlAt(done.type, at.x, at.y);
        }

        function swallow(event) {
            event.stopPropagation();
            event.preventDefault();
        }

        if (palette) {
            palette.addEventListener(POINTER ? 'pointerdown' : 'mousedown', function (event) {
                var button = event.target.closest ? event.target.closest('button') : null;
                var type = button ? button.getAttribute('data-type') : null;
                if (!type || !ed.ready || (event.button !== undefined && event.button !== 0)) {
                    return;
                }
                carry = {type: type, button: button, x: event.clientX, y: event.clientY, moved: false};
                document.addEventListener(POINTER ? 'pointermove' : 'mousemove', onMove, true);
                document.addEventListener(POINTER ? 'pointerup' : 'mouseup', onUp, true);
            });
        }

        /** Adds a control with its top left corner at a point of the document, on the grid, whole on the canvas. */
        ed.addControlAt = function (type, x, y) {
            if (ed.doc.controls.length >= model.LIMITS.maxControls) {
                ed.showMessage('error', AJS.I18n.getText('plainframe.wireframe.editor.too-many',
                    String(model.LIMITS.maxControls)), 'TOO_MANY');
                return;
            }
            var c = PE.controls.create(type, model.newId(ed.doc), ed.doc);
            c.x = model.clamp(PE.geometry.snap(x, ed.snapping), 0, ed.doc.width - c.width);
            c.y = model.clamp(PE.geometry.snap(y, ed.snapping), 0, ed.doc.height - c.height);
            ed.change(function () {
                ed.doc.controls.push(c);
                ed.selectedIds = [c.id];
            });
            ed.announceSelection(AJS.I18n.getText('plainframe.wireframe.editor.added',
                PE.controls.typeLabel(type)));
        };
    }

    PE.inline = {editable: editable, multiLine: multiLine, install: install};
}());
