/*
 * The editor's pointer and keyboard: selecting, moving and resizing controls by dragging, and the keys of the
 * canvas and of the whole editor. Works on the editor object that plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var geometry = PE.geometry;
    var model = PE.model;

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
                beginDrag('resize', event, handle.getAttribute('data-handle') || 'se');
            } else if (group) {
                var id = group.getAttribute('data-control-id');
                if (event.shiftKey) {
                    ed.toggleSelected(id);
                    if (!ed.isSelected(id)) {
                        return;
                    }
                } else if (!ed.isSelected(id)) {
                    ed.select(id);
                }
                beginDrag('move', event);
            } else {
                if (!event.shiftKey) {
                    ed.select(null);
                }
                beginDrag('marquee', event);
            }
        }

        function beginDrag(mode, event, handle) {
            var point = toDocument(event);
            var list = ed.selectedControls();
            ed.drag = {mode: mode, handle: handle, pointerId: event.pointerId, startX: point.x, startY: point.y,
                clientX: event.clientX, clientY: event.clientY, moved: false, shift: event.shiftKey,
                before: ed.snapshot(), kept: ed.selectedIds.slice(),
                start: list.map(function (c) {
                    return {c: c, x: c.x, y: c.y, width: c.width, height: c.height};
                })};
            ed.drag.box = PE.arrange.bounds(list);
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
            ed.root.classList.add(mode === 'resize' ? 'plainframe-resizing' : 'plainframe-moving');
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
            if (!drag.moved && drag.mode !== 'marquee' && drag.start.some(function (entry) {
                return entry.c.locked;
            })) {
                ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.locked-kept'));
                drag.mode = 'none';
            }
            drag.moved = true;
            var point = toDocument(event);
            var dx = point.x - drag.startX;
            var dy = point.y - drag.startY;
            if (drag.mode === 'marquee') {
                ed.marquee = PE.selection.rectOf(drag.startX, drag.startY, point.x, point.y);
                ed.renderOverlay();
            } else if (drag.mode === 'move') {
                moveSelection(drag, dx, dy, event.altKey);
            } else if (drag.mode === 'resize' && drag.start.length === 1) {
                var entry = drag.start[0];
                var rect = PE.arrange.resizeFrom(entry, drag.handle, dx, dy, event.shiftKey, ed.snapping, ed.doc);
                entry.c.x = rect.x;
                entry.c.y = rect.y;
                entry.c.width = rect.width;
                entry.c.height = rect.height;
                ed.redrawOne(entry.c);
            }
        }

        /** Moves the dragged selection: onto the grid, then onto a nearby control's edge or centre. */
        function moveSelection(drag, dx, dy, noGuides) {
            var box = drag.box;
            var x = geometry.snap(box.x + dx, ed.snapping);
            var y = geometry.snap(box.y + dy, ed.snapping);
            ed.guideLines = [];
            if (!noGuides) {
                var others = ed.doc.controls.filter(function (c) {
                    return !ed.isSelected(c.id);
                });
                var guide = PE.arrange.guides({x: box.x + dx, y: box.y + dy, width: box.width, height: box.height},
                    others);
                if (guide.lines.length) {
                    guide.lines.forEach(function (line) {
                        if (line.axis === 'x') {
                            x = Math.round(box.x + dx + guide.dx);
                        } else {
                            y = Math.round(box.y + dy + guide.dy);
                        }
                    });
                    ed.guideLines = guide.lines;
                }
            }
            x = model.clamp(x, 0, ed.doc.width - box.width);
            y = model.clamp(y, 0, ed.doc.height - box.height);
            drag.start.forEach(function (entry) {
                entry.c.x = entry.x + x - box.x;
                entry.c.y = entry.y + y - box.y;
                var group = ed.groupOf(entry.c.id);
                if (group) {
                    group.setAttribute('transform', 'translate(' + entry.c.x + ' ' + entry.c.y + ')');
                }
            });
            ed.renderOverlay();
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
            ed.marquee = null;
            ed.guideLines = [];
        }

        function onPointerUp(event) {
            if (!ours(event)) {
                return;
            }
            var drag = ed.drag;
            var before = drag.before;
            endDrag();
            if (drag.mode === 'marquee') {
                var rect = PE.selection.rectOf(drag.startX, drag.startY, toDocument(event).x, toDocument(event).y);
                ed.renderOverlay();
                if (drag.moved) {
                    ed.select((drag.shift ? drag.kept : []).concat(PE.selection.inRect(ed.doc, rect)));
                }
                return;
            }
            if (JSON.stringify(ed.doc) !== before.doc) {
                ed.history.push(before);
                ed.refresh();
                ed.announceSelection();
            }
        }

        /** Puts the dragged control back where the drag began. */
        ed.cancelDrag = function () {
            var drag = ed.drag;
            if (drag && drag.start) {
                drag.start.forEach(function (entry) {
                    entry.c.x = entry.x;
                    entry.c.y = entry.y;
                    entry.c.width = entry.width;
                    entry.c.height = entry.height;
                });
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
                ed.editText();
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
                if (ed.selectedIds.length) {
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
                if (ed.selectedIds.length) {
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
