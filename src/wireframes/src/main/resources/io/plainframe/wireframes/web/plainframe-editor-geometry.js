/*
 * Where controls go: the grid, keeping controls on the canvas, the smallest canvas that holds them, and a free
 * spot for a new control. Plain functions of the document, so unit tests call them directly.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var clamp = model.clamp;
    var GRID = 8;

    /** A value on the grid when snapping, else a whole pixel. */
    function snap(value, snapping) {
        return snapping ? Math.round(value / GRID) * GRID : Math.round(value);
    }

    /** One step from value in a direction: a pixel, or to the next grid line when snapping. */
    function step(value, direction, snapping) {
        if (!snapping) {
            return value + direction;
        }
        return direction > 0 ? Math.floor(value / GRID) * GRID + GRID : Math.ceil(value / GRID) * GRID - GRID;
    }

    /** Moves a control, keeping it whole on the canvas. */
    function place(doc, c, x, y) {
        c.x = clamp(x, 0, doc.width - c.width);
        c.y = clamp(y, 0, doc.height - c.height);
    }

    /** Resizes a control from its top left corner, keeping it on the canvas and at least the smallest size. */
    function resize(doc, c, w, h) {
        c.width = clamp(w, model.LIMITS.minSize, doc.width - c.x);
        c.height = clamp(h, model.LIMITS.minSize, doc.height - c.y);
    }

    /** The smallest canvas that still holds every control. */
    function extent(doc) {
        var w = model.LIMITS.minCanvas;
        var h = model.LIMITS.minCanvas;
        doc.controls.forEach(function (c) {
            w = Math.max(w, c.x + c.width);
            h = Math.max(h, c.y + c.height);
        });
        return {width: w, height: h};
    }

    function overlaps(a, b) {
        return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    }

    /**
     * A spot near the top left of the visible area (document units) where a new control covers nothing
     * (containers aside: a control may go into one).
     */
    function freeSpot(doc, c, view) {
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

    PE.geometry = {
        GRID: GRID,
        snap: snap,
        step: step,
        place: place,
        resize: resize,
        extent: extent,
        overlaps: overlaps,
        freeSpot: freeSpot
    };
}());
