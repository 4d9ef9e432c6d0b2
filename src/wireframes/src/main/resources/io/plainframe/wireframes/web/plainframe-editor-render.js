/*
 * Drawing controls as SVG, the way the server's SvgRenderer draws them, so what the editor shows is what readers
 * see after saving. Text is always set as text content, never as markup.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var firstLine = PE.model.firstLine;
    var wrap = PE.model.wrap;

    var SVG_NS = 'http://www.w3.org/2000/svg';

    // The look, as SvgRenderer draws it.
    var INK = '#42526e';
    var FAINT = '#6b778c';
    var FILL = '#f4f5f7';
    var LINE = 18;
    var GLYPH_WIDTH = 7.2;
    var FONT = '-apple-system, BlinkMacSystemFont, \'Segoe UI\', Roboto, Helvetica, Arial, sans-serif';

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

    PE.render = {
        FONT: FONT,
        svgEl: svgEl,
        paint: paint,
        drawControl: drawControl,
        paletteIcon: paletteIcon
    };
}());
