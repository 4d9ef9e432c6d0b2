/*
 * The editor's pointer and keyboard: selecting, moving and resizing controls by dragging, and the keys of the
 * canvas and of the whole editor. Works on the editor object that plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var geometry = PE.geometry;

    var DRAG_THRESHOLD = 3;
    var POINTER = typeof window.PointerEvent === 'function';
    var ARROWS = {ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
        Left: [-1, 0], Right: [1, 0], Up: [0, -1], Down: [0, 1]};

    function install(ed) {
        var svg = ed.svg;

        function toDocument(event) {
            var matrix = svg.getScreenCTM();
            var point = svg.createSVGPoint();
            point.x = event.clientX;
            point.y = event.clientY;
            return matrix ? point.matrixTransform(matrix.inverse()) : point;
        }

        function onPointerDown(event) {
            if (!ed.ready || (event.button !== undefined && event.button !== 0) || ed.drag) {
                return;
            }
            event.preventDefault();
            svg.focus({preventScroll: true});
            var target = event.target;
            var handle = target.closest ? target.closest('.plainframe-handle') : null;
            var group = target.closest ? target.closest('.plainframe-control') : null;
            if (handle && ed.selected()) {
                beginDrag('resize', event);
            } else if (group) {
                ed.select(group.getAttribute('data-control-id'));
                beginDrag('move', event);
            } else {
                ed.select(null);
            }
        }

        function beginDrag(mode, event) {
            var c = ed.selected();
            var point = toDocument(event);
            ed.drag = {mode: mode, id: c.id, pointerId: event.pointerId, startX: point.x, startY: point.y,
                clientX: event.clientX, clientY: event.clientY, moved: false,
                before: ed.snapshot(), x: c.x, y: c.y, width: c.width, height: c.height};
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
            ed.root.classList.add(mode === 'move' ? 'plainframe-moving' : 'plainframe-resizing');
        }

        function ours(event) {
            var drag = ed.drag;
            return drag && (drag.pointerId === undefined || event.pointerId === undefined
                || event.pointerId === drag.pointerId);
        }

        function onPointerMove(event) {
            if (!ours(event)) {
                return;
            }
            var drag = ed.drag;
            event.preventDefault();
            if (!drag.moved && Math.abs(event.clientX - drag.clientX) < DRAG_THRESHOLD
                && Math.abs(event.clientY - drag.clientY) < DRAG_THRESHOLD) {
                return;
            }
            drag.moved = true;
            var c = ed.selected();
            if (!c) {
                return;
            }
            var point = toDocument(event);
            var dx = point.x - drag.startX;
            var dy = point.y - drag.startY;
            if (drag.mode === 'move') {
                geometry.place(ed.doc, c, geometry.snap(drag.x + dx, ed.snapping),
                    geometry.snap(drag.y + dy, ed.snapping));
                var group = ed.groupOf(c.id);
                if (group) {
                    group.setAttribute('transform', 'translate(' + c.x + ' ' + c.y + ')');
                }
                ed.renderOverlay();
            } else {
                geometry.resize(ed.doc, c, geometry.snap(drag.x + drag.width + dx, ed.snapping) - c.x,
                    geometry.snap(drag.y + drag.height + dy, ed.snapping) - c.y);
                ed.redrawOne(c);
            }
        }

        function endDrag() {
            document.removeEventListener(POINTER ? 'pointermove' : 'mousemove', onPointerMove, true);
            document.removeEventListener(POINTER ? 'pointerup' : 'mouseup', onPointerUp, true);
            document.removeEventListener('pointercancel', onPointerCancel, true);
            if (ed.drag && ed.drag.pointerId !== undefined && svg.releasePointerCapture) {
                try {
                    svg.releasePointerCapture(ed.drag.pointerId);
                } catch (ignored) {
                    // Released already.
                }
            }
            ed.root.classList.remove('plainframe-moving', 'plainframe-resizing');
            ed.drag = null;
        }

        function onPointerUp(event) {
            if (!ours(event)) {
                return;
            }
            var before = ed.drag.before;
            endDrag();
            if (JSON.stringify(ed.doc) !== before.doc) {
                ed.history.push(before);
                ed.refresh();
                ed.announceSelection();
            }
        }

        /** Puts the dragged control back where the drag began. */
        ed.cancelDrag = function () {
            var c = ed.selected();
            var drag = ed.drag;
            if (drag && c) {
                c.x = drag.x;
                c.y = drag.y;
                c.width = drag.width;
                c.height = drag.height;
            }
            endDrag();
            ed.refresh();
        };

        function onPointerCancel(event) {
            if (ed.drag && (event.pointerId === undefined || event.pointerId === ed.drag.pointerId)) {
                ed.cancelDrag();
            }
        }

        svg.addEventListener(POINTER ? 'pointerdown' : 'mousedown', onPointerDown);
        // The pointer is captured by the canvas, so the double click's target is the canvas: its first click has
        // selected the control under the pointer, or nothing.
        svg.addEventListener('dblclick', function () {
            if (ed.ready && ed.selected()) {
                ed.focusTextField();
            }
        });

        svg.addEventListener('keydown', function (event) {
            if (!ed.ready) {
                return;
            }
            var key = event.key;
            var command = event.ctrlKey || event.metaKey;
            if (key === 'Escape') {
                if (ed.drag) {
                    ed.cancelDrag();
                } else {
                    ed.select(null);
                }
                event.preventDefault();
                return;
            }
            if (ed.drag || command || event.altKey) {
                return;
            }
            if (ARROWS.hasOwnProperty(key)) {
                if (ed.selected()) {
                    ed.nudge(ARROWS[key][0], ARROWS[key][1], event.shiftKey, event.repeat);
                    event.preventDefault();
                }
            } else if (key === ']') {
                ed.cycle(1);
                event.preventDefault();
            } else if (key === '[') {
                ed.cycle(-1);
                event.preventDefault();
            } else if (key === 'Delete' || key === 'Backspace') {
                if (ed.selected()) {
                    ed.removeSelected();
                    event.preventDefault();
                }
            } else if (key === 'Enter') {
                if (ed.selected()) {
                    ed.focusTextField();
                    event.preventDefault();
                }
            }
        });

        // Undo, redo and save work anywhere in the editor except where a text field has its own undo.
        ed.root.addEventListener('keydown', function (event) {
            if (!(event.ctrlKey || event.metaKey) || event.altKey || !ed.ready) {
                return;
            }
            var key = (event.key || '').toLowerCase();
            var target = event.target;
            var typing = target && (target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT'
                && target.type !== 'checkbox') || target.tagName === 'SELECT');
            if (key === 's') {
                event.preventDefault();
                if (!ed.saving) {
                    ed.save();
                }
            } else if (typing) {
                return;
            } else if (key === 'z' && !event.shiftKey) {
                event.preventDefault();
                ed.undo();
            } else if ((key === 'z' && event.shiftKey) || key === 'y') {
                event.preventDefault();
                ed.redo();
            }
        });
    }

    PE.input = {install: install};
}());
