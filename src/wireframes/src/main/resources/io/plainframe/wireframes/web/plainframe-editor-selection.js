/*
 * The editor's selection: a set of control ids (ed.selectedIds). ed.selected() is the one control when exactly one
 * is selected, and ed.selectedId reads and writes that single id, so code written for one selection keeps working.
 * Clicking a grouped control selects its whole group. The overlay draws a frame around each selected control,
 * eight resize handles around a single one, a lock mark on locked controls, the marquee and the smart guides.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var arrange = PE.arrange;
    var HANDLE = 10;
    // Where each handle sits on the control, as fractions of its width and height.
    var HANDLES = {nw: [0, 0], n: [0.5, 0], ne: [1, 0], e: [1, 0.5], se: [1, 1], s: [0.5, 1], sw: [0, 1],
        w: [0, 0.5]};

    /** The ids of the list with id added, or removed when it was there. */
    function toggle(ids, id) {
        return ids.indexOf(id) >= 0 ? ids.filter(function (other) {
            return other !== id;
        }) : ids.concat([id]);
    }

    /** The ids of the controls a marquee rectangle touches, in document order. */
    function inRect(doc, rect) {
        return doc.controls.filter(function (c) {
            return c.x < rect.x + rect.width && rect.x < c.x + c.width && c.y < rect.y + rect.height
                && rect.y < c.y + c.height;
        }).map(function (c) {
            return c.id;
        });
    }

    /** A rectangle from two corners in any order. */
    function rectOf(x1, y1, x2, y2) {
        return {x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1)};
    }

    function install(ed) {
        var svgEl = PE.render.svgEl;
        ed.selectedIds = [];
        ed.marquee = null;
        ed.guideLines = [];

        Object.defineProperty(ed, 'selectedId', {
            configurable: true,
            get: function () {
                return ed.selectedIds.length === 1 ? ed.selectedIds[0] : null;
            },
            set: function (id) {
                ed.selectedIds = id === null || id === undefined ? [] : [id];
            }
        });

        /** The selected controls, in document (drawing) order. */
        ed.selectedControls = function () {
            var chosen = {};
            ed.selectedIds.forEach(function (id) {
                chosen[id] = true;
            });
            return ed.doc.controls.filter(function (c) {
                return chosen[c.id];
            });
        };

        ed.isSelected = function (id) {
            return ed.selectedIds.indexOf(id) >= 0;
        };

        ed.selected = function () {
            var list = ed.selectedControls();
            return list.length === 1 ? list[0] : null;
        };

        /** Selects an id, a list of ids or nothing (null); a grouped control brings its group along. */
        ed.select = function (ids) {
            var list = ids === null || ids === undefined ? [] : (Array.isArray(ids) ? ids : [ids]);
            list = arrange.withGroups(ed.doc, list);
            if (list.join('\n') === ed.selectedIds.join('\n')) {
                return;
            }
            ed.selectedIds = list;
            ed.history.breakChain();
            ed.renderOverlay();
            ed.renderProperties();
            ed.updateToolbar();
            ed.announceSelection();
        };

        /** Adds a control (and its group) to the selection, or takes it out. */
        ed.toggleSelected = function (id) {
            var mates = arrange.withGroups(ed.doc, [id]);
            var next = ed.isSelected(id) ? ed.selectedIds.filter(function (other) {
                return mates.indexOf(other) < 0;
            }) : arrange.withGroups(ed.doc, ed.selectedIds.concat(mates));
            ed.select(next);
        };

        ed.selectAll = function () {
            ed.select(ed.doc.controls.map(function (c) {
                return c.id;
            }));
        };

        var announceOne = ed.announceSelection;
        ed.announceSelection = function (prefixText) {
            var count = ed.selectedIds.length;
            if (count < 2) {
                announceOne(prefixText);
                return;
            }
            var text = AJS.I18n.getText('plainframe.wireframe.editor.selected-many', String(count));
            ed.announce(prefixText ? prefixText + ' ' + text : text);
        };

        function frame(c, className) {
            return svgEl('rect', {'class': className, x: c.x, y: c.y, width: c.width, height: c.height, fill: 'none',
                stroke: '#0052cc', 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke',
                'pointer-events': 'none'});
        }

        ed.renderOverlay = function () {
            var overlay = ed.overlay;
            while (overlay.firstChild) {
                overlay.removeChild(overlay.firstChild);
            }
            Array.prototype.forEach.call(ed.layer.querySelectorAll('.plainframe-control.plainframe-selected'),
                function (group) {
                    group.classList.remove('plainframe-selected');
                });
            var k = ed.scale();
            var mark = 12 / k;
            ed.doc.controls.forEach(function (c) {
                if (c.locked) {
                    // A small padlock in the top right corner: a body and a shackle.
                    var lock = svgEl('g', {'class': 'plainframe-lock-mark', 'pointer-events': 'none',
                        'data-control-id': c.id,
                        transform: 'translate(' + (c.x + c.width - mark) + ' ' + c.y + ') scale(' + (mark / 12)
                            + ')'});
                    lock.appendChild(svgEl('rect', {x: 1, y: 5, width: 10, height: 7, fill: '#42526e'}));
                    lock.appendChild(svgEl('path', {d: 'M 3 5 V 3 A 3 3 0 0 1 9 3 V 5', fill: 'none',
                        stroke: '#42526e', 'stroke-width': 1.5}));
                    overlay.appendChild(lock);
                }
            });
            var list = ed.selectedControls();
            list.forEach(function (c) {
                var group = ed.groupOf(c.id);
                if (group) {
                    group.classList.add('plainframe-selected');
                }
                overlay.appendChild(frame(c, 'plainframe-selection'));
            });
            if (list.length > 1) {
                var box = arrange.bounds(list);
                var outline = frame(box, 'plainframe-selection-box');
                outline.setAttribute('stroke-dasharray', '4 3');
                overlay.appendChild(outline);
            }
            var c = list.length === 1 ? list[0] : null;
            if (c && !c.locked) {
                var size = HANDLE / k;
                Object.keys(HANDLES).forEach(function (name) {
                    var hx = model.clamp(c.x + c.width * HANDLES[name][0] - size / 2, 0, ed.doc.width - size);
                    var hy = model.clamp(c.y + c.height * HANDLES[name][1] - size / 2, 0, ed.doc.height - size);
                    overlay.appendChild(svgEl('rect', {'class': 'plainframe-handle plainframe-handle-' + name,
                        'data-handle': name, x: hx, y: hy, width: size, height: size, fill: '#ffffff',
                        stroke: '#0052cc', 'stroke-width': 2, 'vector-effect': 'non-scaling-stroke'}));
                });
            }
            ed.guideLines.forEach(function (line) {
                var vertical = line.axis === 'x';
                overlay.appendChild(svgEl('line', {'class': 'plainframe-guide', 'pointer-events': 'none',
                    x1: vertical ? line.at : line.from, x2: vertical ? line.at : line.to,
                    y1: vertical ? line.from : line.at, y2: vertical ? line.to : line.at,
                    stroke: '#ff5630', 'stroke-width': 1, 'vector-effect': 'non-scaling-stroke'}));
            });
            if (ed.marquee) {
                overlay.appendChild(svgEl('rect', {'class': 'plainframe-marquee', x: ed.marquee.x, y: ed.marquee.y,
                    width: ed.marquee.width, height: ed.marquee.height, fill: 'rgba(0, 82, 204, 0.08)',
                    stroke: '#0052cc', 'stroke-dasharray': '3 3', 'vector-effect': 'non-scaling-stroke',
                    'pointer-events': 'none'}));
            }
        };
    }

    PE.selection = {
        HANDLES: HANDLES,
        toggle: toggle,
        inRect: inRect,
        rectOf: rectOf,
        install: install
    };
}());
