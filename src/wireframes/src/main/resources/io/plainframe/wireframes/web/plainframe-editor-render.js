/*
 * Drawing controls as SVG, the way the server's SvgRenderer draws them, so what the editor shows is what readers
 * see after saving. Text is always set as text content, never as markup.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};

    var SVG_NS = 'http://www.w3.org/2000/svg';
    var FONT = '-apple-system, BlinkMacSystemFont, \'Segoe UI\', Roboto, Helvetica, Arial, sans-serif';

    // The look, as SvgPen has it.
    var COLORS = {INK: '#42526e', FAINT: '#6b778c', FILL: '#f4f5f7', DARK: '#172b4d', BLUE: '#0052cc',
        RULE: '#c1c7d0', SOFT: '#dfe1e6', WHITE: '#ffffff'};
    var SIZE = 14;

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

    /** A coordinate as SvgPen.num writes it: whole numbers without a decimal point, others to one decimal. */
    function num(value) {
        var whole = Math.round(value);
        if (Math.abs(value - whole) < 1e-9) {
            return String(whole === 0 ? 0 : whole);
        }
        return value.toFixed(1);
    }

    /**
     * The pen SvgPen is, shape for shape and argument for argument, drawing into one control's box. Text is
     * fitted by PE.textFit (the server's TextFit); what does not fit ends in an ellipsis and marks the control.
     */
    function Pen(parent) {
        this.parent = parent;
        this.overflowed = false;
    }

    Pen.prototype.add = function (tag, attributes, text) {
        this.parent.appendChild(svgEl(tag, attributes, text));
    };

    Pen.prototype.overflow = function () {
        this.overflowed = true;
    };

    function paint(attributes, fill, stroke, width) {
        if (fill !== null && fill !== undefined) {
            attributes.fill = fill;
        }
        if (stroke !== null && stroke !== undefined) {
            attributes.stroke = stroke;
        }
        if (width && width !== 1) {
            attributes['stroke-width'] = num(width);
        }
        return attributes;
    }

    Pen.prototype.rect = function (x, y, w, h, fill, stroke, radius, dashes) {
        var attributes = {x: num(x), y: num(y), width: num(Math.max(0, w)), height: num(Math.max(0, h))};
        if (radius) {
            attributes.rx = num(radius);
        }
        paint(attributes, fill === null || fill === undefined ? 'none' : fill, stroke, 0);
        if (dashes) {
            attributes['stroke-dasharray'] = dashes;
        }
        this.add('rect', attributes);
    };

    Pen.prototype.box = function (w, h, fill, stroke, radius, dashes) {
        this.rect(0.5, 0.5, w - 1, h - 1, fill, stroke, radius, dashes);
    };

    Pen.prototype.line = function (x1, y1, x2, y2, stroke, width) {
        this.add('line', paint({x1: num(x1), y1: num(y1), x2: num(x2), y2: num(y2)}, null, stroke, width));
    };

    Pen.prototype.circle = function (cx, cy, r, fill, stroke, width) {
        this.add('circle', paint({cx: num(cx), cy: num(cy), r: num(Math.max(0, r))},
            fill === null || fill === undefined ? 'none' : fill, stroke, width));
    };

    Pen.prototype.path = function (points, closed, fill, stroke, width) {
        var d = '';
        for (var i = 0; i + 1 < points.length; i += 2) {
            d += (i === 0 ? 'M' : ' L') + num(points[i]) + ',' + num(points[i + 1]);
        }
        this.rawPath(closed ? d + ' Z' : d, fill, stroke, width);
    };

    Pen.prototype.rawPath = function (d, fill, stroke, width) {
        this.add('path', paint({d: d}, fill === null || fill === undefined ? 'none' : fill, stroke, width));
    };

    /** Text wrapped into the box, one text element per line; align: start, middle, top-start, top-middle. */
    Pen.prototype.text = function (value, x, y, w, h, align, fill, bold, size, decoration) {
        if (!value) {
            return;
        }
        size = size || SIZE;
        var lineHeight = Math.round(size * 1.3);
        var fitted = PE.textFit.fit(value, w, Math.max(1, Math.floor(h / lineHeight)), size, !!bold);
        if (fitted.overflow) {
            this.overflowed = true;
        }
        var top = align === 'top-start' || align === 'top-middle';
        var centred = align === 'middle' || align === 'top-middle';
        var first = top ? y + lineHeight / 2 : y + h / 2 - (fitted.lines.length - 1) * lineHeight / 2;
        for (var i = 0; i < fitted.lines.length; i++) {
            var attributes = {x: num(centred ? x + w / 2 : x), y: num(first + i * lineHeight),
                'dominant-baseline': 'middle'};
            if (centred) {
                attributes['text-anchor'] = 'middle';
            }
            if (size !== SIZE) {
                attributes['font-size'] = size;
            }
            if (bold) {
                attributes['font-weight'] = '600';
            }
            if (decoration) {
                attributes['text-decoration'] = decoration;
            }
            attributes.fill = fill;
            this.add('text', attributes, fitted.lines[i].replace(/\t/g, ' '));
        }
    };

    Pen.prototype.overflowMark = function (w, h) {
        this.add('path', {'class': 'plainframe-overflow', d: 'M' + num(w - 10) + ',' + h + ' L' + w + ',' + h + ' L'
            + w + ',' + num(h - 10) + ' Z', fill: '#de350b'});
    };

    /** Draws a control into parent, in its own coordinates; answers whether some text or items did not fit. */
    function draw(parent, c) {
        var pen = new Pen(parent);
        PE.drawings.draw(pen, c);
        if (pen.overflowed) {
            pen.overflowMark(c.width, c.height);
        }
        return pen.overflowed;
    }

    /** A control as the editor shows it: its drawing, clipped to its box, under a box that takes the pointer. */
    function drawControl(c) {
        var group = svgEl('g', {'class': 'plainframe-control', 'data-control-id': c.id, 'data-type': c.type,
            transform: 'translate(' + c.x + ' ' + c.y + ')'});
        var picture = svgEl('svg', {x: 0, y: 0, width: c.width, height: c.height, overflow: 'hidden'});
        if (draw(picture, c)) {
            group.setAttribute('data-overflow', 'true');
        }
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
        COLORS: COLORS,
        SIZE: SIZE,
        num: num,
        svgEl: svgEl,
        Pen: Pen,
        draw: draw,
        drawControl: drawControl,
        paletteIcon: paletteIcon
    };
}());
