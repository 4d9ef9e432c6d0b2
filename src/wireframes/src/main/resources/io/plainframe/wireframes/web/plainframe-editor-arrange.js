/*
 * Arranging several controls: align, distribute, z-order (the order of the document's controls, last on top),
 * groups and locks, and the smart guides that snap a dragged selection to other controls' edges and centres.
 * Plain functions of the document, so unit tests call them directly (src/wireframes/src/test/js/arrange.test.js).
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var clamp = model.clamp;
    var GUIDE_DISTANCE = 5;

    /** The smallest box holding every control of the list; null for none. */
    function bounds(list) {
        if (!list.length) {
            return null;
        }
        var left = Infinity;
        var top = Infinity;
        var right = -Infinity;
        var bottom = -Infinity;
        list.forEach(function (c) {
            left = Math.min(left, c.x);
            top = Math.min(top, c.y);
            right = Math.max(right, c.x + c.width);
            bottom = Math.max(bottom, c.y + c.height);
        });
        return {x: left, y: top, width: right - left, height: bottom - top};
    }

    /**
     * Lines the controls up on the box around them: left, centre, right (x) or top, middle, bottom (y). Locked
     * controls stay where they are but count for the box. Answers how many controls moved.
     */
    function align(list, how) {
        var box = bounds(list);
        var moved = 0;
        if (!box || list.length < 2) {
            return 0;
        }
        list.forEach(function (c) {
            if (c.locked) {
                return;
            }
            var x = c.x;
            var y = c.y;
            if (how === 'left') {
                x = box.x;
            } else if (how === 'center') {
                x = Math.round(box.x + (box.width - c.width) / 2);
            } else if (how === 'right') {
                x = box.x + box.width - c.width;
            } else if (how === 'top') {
                y = box.y;
            } else if (how === 'middle') {
                y = Math.round(box.y + (box.height - c.height) / 2);
            } else if (how === 'bottom') {
                y = box.y + box.height - c.height;
            }
            if (x !== c.x || y !== c.y) {
                c.x = x;
                c.y = y;
                moved++;
            }
        });
        return moved;
    }

    /**
     * Equal gaps between the controls along an axis ('horizontal' or 'vertical'); the first and the last stay.
     * Needs three or more. Answers how many controls moved.
     */
    function distribute(list, axis) {
        if (list.length < 3) {
            return 0;
        }
        var pos = axis === 'vertical' ? 'y' : 'x';
        var size = axis === 'vertical' ? 'height' : 'width';
        var sorted = list.slice().sort(function (a, b) {
            return a[pos] - b[pos] || list.indexOf(a) - list.indexOf(b);
        });
        var first = sorted[0];
        var last = sorted[sorted.length - 1];
        var used = 0;
        sorted.forEach(function (c) {
            used += c[size];
        });
        var gap = (last[pos] + last[size] - first[pos] - used) / (sorted.length - 1);
        var at = first[pos] + first[size] + gap;
        var moved = 0;
        for (var i = 1; i < sorted.length - 1; i++) {
            var c = sorted[i];
            var value = Math.round(at);
            if (!c.locked && value !== c[pos]) {
                c[pos] = value;
                moved++;
            }
            at += c[size] + gap;
        }
        return moved;
    }

    /** Keeps every control whole on the canvas after an arrangement. */
    function keepOnCanvas(doc, list) {
        list.forEach(function (c) {
            c.x = clamp(c.x, 0, doc.width - c.width);
            c.y = clamp(c.y, 0, doc.height - c.height);
        });
    }

    /**
     * Changes the drawing order of the controls with the given ids: 'forward' and 'backward' one place past the
     * next control that is not selected, 'front' and 'back' to the end. The selected keep their order among
     * themselves. Answers whether the order changed.
     */
    function reorder(doc, ids, how) {
        var chosen = {};
        ids.forEach(function (id) {
            chosen[id] = true;
        });
        var before = doc.controls.map(function (c) {
            return c.id;
        }).join('\n');
        var picked = doc.controls.filter(function (c) {
            return chosen[c.id];
        });
        var rest = doc.controls.filter(function (c) {
            return !chosen[c.id];
        });
        if (how === 'front') {
            doc.controls = rest.concat(picked);
        } else if (how === 'back') {
            doc.controls = picked.concat(rest);
        } else {
            var list = doc.controls.slice();
            if (how === 'forward') {
                for (var i = list.length - 2; i >= 0; i--) {
                    if (chosen[list[i].id] && !chosen[list[i + 1].id]) {
                        swap(list, i, i + 1);
                    }
                }
            } else {
                for (var j = 1; j < list.length; j++) {
                    if (chosen[list[j].id] && !chosen[list[j - 1].id]) {
                        swap(list, j, j - 1);
                    }
                }
            }
            doc.controls = list;
        }
        return doc.controls.map(function (c) {
            return c.id;
        }).join('\n') !== before;
    }

    function swap(list, a, b) {
        var keep = list[a];
        list[a] = list[b];
        list[b] = keep;
    }

    /** A group id no control of the document uses: g1, g2, ... */
    function newGroupId(doc) {
        var used = {};
        doc.controls.forEach(function (c) {
            if (c.group) {
                used[c.group] = true;
            }
        });
        for (var k = 1; ; k++) {
            if (!used['g' + k]) {
                return 'g' + k;
            }
        }
    }

    /** Puts the controls in one new group (two or more); answers its id, or null. */
    function group(doc, list) {
        if (list.length < 2) {
            return null;
        }
        var id = newGroupId(doc);
        list.forEach(function (c) {
            c.group = id;
        });
        return id;
    }

    /** Takes the controls out of their groups; answers how many were in one. */
    function ungroup(list) {
        var count = 0;
        list.forEach(function (c) {
            if (c.group) {
                delete c.group;
                count++;
            }
        });
        return count;
    }

    /** The ids together with every control sharing a group with one of them, in document order. */
    function withGroups(doc, ids) {
        var chosen = {};
        var groups = {};
        ids.forEach(function (id) {
            chosen[id] = true;
        });
        doc.controls.forEach(function (c) {
            if (chosen[c.id] && c.group) {
                groups[c.group] = true;
            }
        });
        return doc.controls.filter(function (c) {
            return chosen[c.id] || (c.group && groups[c.group]);
        }).map(function (c) {
            return c.id;
        });
    }

    /**
     * Smart guides: for a box being dragged, the nearest edge or centre of another control (within distance) on
     * each axis. Answers the offsets that snap the box onto them and the lines to draw ({axis: 'x', at, from,
     * to} is a vertical line at x = at).
     */
    function guides(box, others, distance) {
        var limit = distance === undefined ? GUIDE_DISTANCE : distance;
        var best = {x: null, y: null};
        ['x', 'y'].forEach(function (axis) {
            var size = axis === 'x' ? 'width' : 'height';
            var mine = [box[axis], box[axis] + box[size] / 2, box[axis] + box[size]];
            others.forEach(function (o) {
                var theirs = [o[axis], o[axis] + o[size] / 2, o[axis] + o[size]];
                mine.forEach(function (m) {
                    theirs.forEach(function (t) {
                        var offset = t - m;
                        if (Math.abs(offset) <= limit && (best[axis] === null
                            || Math.abs(offset) < Math.abs(best[axis].offset))) {
                            best[axis] = {offset: offset, at: t};
                        }
                    });
                });
            });
        });
        var dx = best.x ? best.x.offset : 0;
        var dy = best.y ? best.y.offset : 0;
        var moved = {x: box.x + dx, y: box.y + dy, width: box.width, height: box.height};
        var lines = [];
        ['x', 'y'].forEach(function (axis) {
            if (!best[axis]) {
                return;
            }
            var across = axis === 'x' ? 'y' : 'x';
            var size = axis === 'x' ? 'height' : 'width';
            var from = moved[across];
            var to = moved[across] + moved[size];
            others.forEach(function (o) {
                var theirs = [o[axis], o[axis] + o[axis === 'x' ? 'width' : 'height'] / 2,
                    o[axis] + o[axis === 'x' ? 'width' : 'height']];
                if (theirs.indexOf(best[axis].at) >= 0) {
                    from = Math.min(from, o[across]);
                    to = Math.max(to, o[across] + o[size]);
                }
            });
            lines.push({axis: axis, at: best[axis].at, from: from, to: to});
        });
        return {dx: dx, dy: dy, lines: lines};
    }

    /**
     * A control's box after dragging one of its eight handles (nw, n, ne, e, se, s, sw, w) by dx, dy: the edges
     * the handle holds move, onto the grid when snapping; the opposite edges stay. With keepRatio a corner keeps
     * the width to height ratio. At least the smallest size, and on the canvas.
     */
    function resizeFrom(start, handle, dx, dy, keepRatio, snapping, doc) {
        var snap = PE.geometry.snap;
        var min = model.LIMITS.minSize;
        var left = start.x;
        var top = start.y;
        var right = start.x + start.width;
        var bottom = start.y + start.height;
        if (handle.indexOf('w') >= 0) {
            left = clamp(snap(left + dx, snapping), 0, right - min);
        }
        if (handle.indexOf('e') >= 0) {
            right = clamp(snap(right + dx, snapping), left + min, doc.width);
        }
        if (handle.indexOf('n') >= 0) {
            top = clamp(snap(top + dy, snapping), 0, bottom - min);
        }
        if (handle.indexOf('s') >= 0) {
            bottom = clamp(snap(bottom + dy, snapping), top + min, doc.height);
        }
        if (keepRatio && handle.length === 2 && start.height > 0) {
            var ratio = start.width / start.height;
            var height = Math.max(min, Math.round((right - left) / ratio));
            if (handle.indexOf('n') >= 0) {
                top = clamp(bottom - height, 0, bottom - min);
            } else {
                bottom = clamp(top + height, top + min, doc.height);
            }
        }
        return {x: left, y: top, width: right - left, height: bottom - top};
    }

    PE.arrange = {
        resizeFrom: resizeFrom,
        bounds: bounds,
        align: align,
        distribute: distribute,
        keepOnCanvas: keepOnCanvas,
        reorder: reorder,
        newGroupId: newGroupId,
        group: group,
        ungroup: ungroup,
        withGroups: withGroups,
        guides: guides
    };
}());
