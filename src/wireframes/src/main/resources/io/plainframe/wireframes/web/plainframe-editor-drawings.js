/*
 * Each control type's drawing, line for line as the server's InputDrawings, LayoutDrawings and MediaDrawings
 * (io.plainframe.wireframes) draw it, with the same pen (PE.render.Pen = SvgPen). RenderParityBrowserTest draws
 * a corpus of every type both ways in Chromium and compares the shapes and the text, so the two cannot drift.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var C = PE.render.COLORS;
    var SIZE = PE.render.SIZE;
    var ROW = 24;
    var BAR = 28;
    var SELECTED = '#deebff';
    var DATA = [0.55, 0.8, 0.4, 0.95, 0.65];

    function items(c) {
        return PE.quickText.parse(c.text);
    }

    function textWidth(text) {
        return PE.textFit.width(text, SIZE, false);
    }

    // ------------------------------------------------------------------ buttons, inputs and text

    function checkbox(pen, middle, checked) {
        pen.rect(1.5, middle - 7, 14, 14, C.WHITE, C.INK, 2, null);
        if (checked) {
            pen.path([4.5, middle, 7.5, middle + 3, 12.5, middle - 3], false, null, C.INK, 2);
        }
    }

    function radio(pen, middle, checked) {
        pen.circle(8.5, middle, 7, C.WHITE, C.INK, 0);
        if (checked) {
            pen.circle(8.5, middle, 3.5, C.INK, null, 0);
        }
    }

    function chevron(pen, x, middle) {
        pen.path([x - 5, middle - 3, x, middle + 2, x + 5, middle - 3], false, null, C.INK, 1.5);
    }

    function group(pen, c) {
        var list = items(c);
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            if ((i + 1) * ROW > c.height) {
                pen.overflow();
                return;
            }
            var middle = i * ROW + ROW / 2;
            if (c.type === 'checkbox-group') {
                checkbox(pen, middle, item.selected);
            } else {
                radio(pen, middle, item.selected);
            }
            pen.text(item.text, 24, i * ROW, c.width - 24, ROW, 'start', item.disabled ? C.FAINT : C.INK);
        }
    }

    function buttonBar(pen, c) {
        var list = items(c);
        var w = c.width;
        var h = c.height;
        pen.box(w, h, C.WHITE, C.INK, 4, null);
        var each = (w - 1) / Math.max(1, list.length);
        list.forEach(function (item, i) {
            var x = 0.5 + i * each;
            if (item.selected) {
                pen.rect(x, 0.5, each, h - 1, C.SOFT, null, 0, null);
            }
            if (i > 0) {
                pen.line(x, 0, x, h, C.INK, 0);
            }
            pen.text(item.text, x + 4, 0, each - 8, h, 'middle', item.disabled ? C.FAINT : C.INK);
        });
    }

    function inputs(pen, c) {
        var w = c.width;
        var h = c.height;
        var middle = h / 2;
        switch (c.type) {
            case 'button':
                pen.box(w, h, C.FILL, C.INK, 4, null);
                pen.text(c.text, 6, 0, w - 12, h, 'middle', C.INK, true, SIZE, null);
                return true;
            case 'text-input':
                pen.box(w, h, C.WHITE, C.INK, 3, null);
                pen.text(c.text, 8, 0, w - 16, h, 'start', C.FAINT);
                return true;
            case 'text-area':
                pen.box(w, h, C.WHITE, C.INK, 3, null);
                pen.text(c.text, 8, 4, w - 16, h - 8, 'top-start', C.FAINT);
                return true;
            case 'checkbox':
                checkbox(pen, middle, c.checked);
                pen.text(c.text, 24, 0, w - 24, h, 'start', C.INK);
                return true;
            case 'radio':
                radio(pen, middle, c.checked);
                pen.text(c.text, 24, 0, w - 24, h, 'start', C.INK);
                return true;
            case 'checkbox-group':
            case 'radio-group':
                group(pen, c);
                return true;
            case 'dropdown':
                pen.box(w, h, C.WHITE, C.INK, 3, null);
                pen.text(!c.text && c.options && c.options.length ? c.options[0] : c.text, 8, 0, w - 36, h, 'start',
                    C.INK);
                chevron(pen, w - 15, middle);
                return true;
            case 'toggle':
                pen.rect(0.5, middle - 9, 34, 18, c.checked ? C.BLUE : C.SOFT, null, 9, null);
                pen.circle(c.checked ? 25.5 : 9.5, middle, 7, C.WHITE, null, 0);
                pen.text(c.text, 44, 0, w - 44, h, 'start', C.INK);
                return true;
            case 'slider': {
                var knob = 8 + (w - 16) * c.value / 100;
                pen.line(8, middle, w - 8, middle, C.SOFT, 4);
                pen.line(8, middle, knob, middle, C.BLUE, 4);
                pen.circle(knob, middle, 7, C.WHITE, C.INK, 0);
                return true;
            }
            case 'date-picker':
                pen.box(w, h, C.WHITE, C.INK, 3, null);
                pen.text(c.text, 8, 0, w - 40, h, 'start', C.INK);
                pen.rect(w - 26, middle - 7, 16, 15, null, C.INK, 1, null);
                pen.line(w - 26, middle - 3, w - 10, middle - 3, C.INK, 0);
                return true;
            case 'search-box':
                pen.box(w, h, C.WHITE, C.INK, Math.min(h / 2, 16), null);
                pen.circle(14, middle - 1, 5, null, C.INK, 1.5);
                pen.line(17.5, middle + 2.5, 21, middle + 6, C.INK, 1.5);
                pen.text(c.text, 28, 0, w - 36, h, 'start', C.FAINT);
                return true;
            case 'number-stepper':
                pen.box(w, h, C.WHITE, C.INK, 3, null);
                pen.text(c.text, 8, 0, w - 40, h, 'start', C.INK);
                pen.line(w - 24, 0, w - 24, h, C.INK, 0);
                pen.path([w - 16, middle - 3, w - 12, middle - 7, w - 8, middle - 3], false, null, C.INK, 1.5);
                pen.path([w - 16, middle + 3, w - 12, middle + 7, w - 8, middle + 3], false, null, C.INK, 1.5);
                return true;
            case 'button-bar':
                buttonBar(pen, c);
                return true;
            case 'heading': {
                var size = c.level === 1 ? 28 : c.level === 2 ? 22 : 18;
                pen.text(c.text, 0, 0, w, h, 'top-start', C.DARK, true, size, null);
                return true;
            }
            case 'label':
                pen.text(c.text, 0, 0, w, h, 'top-start', C.INK);
                return true;
            case 'paragraph':
                pen.text(c.text, 0, 0, w, h, 'top-start', C.DARK);
                return true;
            case 'link':
                pen.text(c.text, 0, 0, w, h, 'start', C.BLUE, false, SIZE, 'underline');
                return true;
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------ containers, navigation and data

    function tabs(pen, c) {
        var list = items(c);
        var w = c.width;
        pen.rect(0.5, BAR + 0.5, w - 1, c.height - BAR - 1, C.WHITE, C.INK, 0, null);
        var each = Math.min(120, (w - 1) / Math.max(1, list.length));
        list.forEach(function (item, i) {
            var x = 0.5 + i * each;
            pen.rect(x, 0.5, each - 2, BAR, item.selected ? C.WHITE : C.FILL, C.INK, 0, null);
            if (item.selected) {
                pen.line(x + 0.5, BAR + 0.5, x + each - 2.5, BAR + 0.5, C.WHITE, 0);
            }
            pen.text(item.text, x + 6, 0, each - 14, BAR, 'middle', item.disabled ? C.FAINT : C.INK, item.selected,
                SIZE, null);
        });
    }

    function accordion(pen, c) {
        var list = items(c);
        var w = c.width;
        var open = list.length * BAR > c.height ? 0 : c.height - list.length * BAR;
        var y = 0.5;
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            if (y + BAR > c.height + 0.5) {
                pen.overflow();
                return;
            }
            pen.rect(0.5, y, w - 1, BAR - 1, C.FILL, C.INK, 0, null);
            var middle = y + BAR / 2;
            pen.path(item.selected ? [8, middle - 2, 12, middle + 2, 16, middle - 2]
                : [10, middle - 4, 14, middle, 10, middle + 4], false, null, C.INK, 1.5);
            pen.text(item.text, 24, y, w - 32, BAR - 1, 'start', item.disabled ? C.FAINT : C.INK);
            y += BAR;
            if (item.selected && open > 0) {
                pen.rect(0.5, y - 1, w - 1, open, C.WHITE, C.INK, 0, null);
                y += open;
            }
        }
    }

    function menuBar(pen, c) {
        var list = items(c);
        var w = c.width;
        var h = c.height;
        pen.box(w, h, C.FILL, C.INK, 0, null);
        var x = 1;
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            var each = textWidth(item.text) + 24;
            if (x + each > w) {
                pen.overflow();
                return;
            }
            if (item.selected) {
                pen.rect(x, 1, each, h - 2, C.SOFT, null, 0, null);
            }
            pen.text(item.text, x + 12, 0, each - 24, h, 'start', item.disabled ? C.FAINT : C.DARK);
            x += each;
        }
    }

    function rows(pen, c) {
        var list = items(c);
        var w = c.width;
        var menu = c.type === 'vertical-menu';
        var row = menu ? BAR : 22;
        if (menu) {
            pen.box(w, c.height, C.WHITE, C.INK, 0, null);
        }
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            var y = i * row;
            if (y + row > c.height) {
                pen.overflow();
                return;
            }
            var indent = 8 + 16 * Math.min(item.depth, 8);
            var middle = y + row / 2;
            if (item.selected) {
                pen.rect(1, y + 1, w - 2, row - 2, SELECTED, null, 0, null);
            }
            if (c.type === 'list') {
                pen.circle(indent + 2, middle, 2.5, C.INK, null, 0);
            } else if (c.type === 'tree' && i + 1 < list.length && list[i + 1].depth > item.depth) {
                pen.path([indent - 2, middle - 2, indent + 2, middle + 2, indent + 6, middle - 2], false, null, C.INK,
                    1.5);
            }
            var ink = item.disabled ? C.FAINT : item.selected ? C.BLUE : C.INK;
            pen.text(item.text, indent + 12, y, w - indent - 16, row, 'start', ink);
        }
    }

    function breadcrumbs(pen, c) {
        var list = items(c);
        var x = 0;
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            var last = i === list.length - 1;
            var each = textWidth(item.text) + 2;
            if (x + each > c.width) {
                pen.overflow();
                return;
            }
            pen.text(item.text, x, 0, each, c.height, 'start', last || item.disabled ? C.INK : C.BLUE, false, SIZE,
                last ? null : 'underline');
            x += each + 6;
            if (!last) {
                pen.path([x, c.height / 2 - 4, x + 4, c.height / 2, x, c.height / 2 + 4], false, null, C.FAINT, 1.5);
                x += 12;
            }
        }
    }

    function pagination(pen, c) {
        var list = items(c);
        var h = c.height;
        var x = 0.5;
        for (var i = 0; i < list.length; i++) {
            var item = list[i];
            var each = Math.max(h - 1, textWidth(item.text) + 12);
            if (x + each > c.width) {
                pen.overflow();
                return;
            }
            pen.rect(x, 0.5, each, h - 1, item.selected ? C.BLUE : C.WHITE, item.selected ? C.BLUE : C.RULE, 3, null);
            pen.text(item.text, x + 4, 0, each - 8, h, 'middle', item.selected ? C.WHITE : item.disabled ? C.FAINT
                : C.INK);
            x += each + 4;
        }
    }

    function table(pen, c) {
        var cells = c.cells || [];
        var rowCount = Math.max(1, cells.length);
        var columns = Math.max(1, cells.reduce(function (max, row) {
            return Math.max(max, row.length);
        }, 1));
        var rowHeight = c.height / rowCount;
        var columnWidth = c.width / columns;
        pen.rect(0.5, 0.5, c.width - 1, rowHeight - 0.5, C.FILL, null, 0, null);
        var r;
        for (r = 1; r < rowCount; r++) {
            pen.line(0, r * rowHeight, c.width, r * rowHeight, C.RULE, 0);
        }
        for (var col = 1; col < columns; col++) {
            pen.line(col * columnWidth, 0, col * columnWidth, c.height, C.RULE, 0);
        }
        pen.box(c.width, c.height, 'none', C.INK, 0, null);
        cells.forEach(function (row, rowIndex) {
            row.forEach(function (cell, columnIndex) {
                pen.text(cell, columnIndex * columnWidth + 6, rowIndex * rowHeight, columnWidth - 12, rowHeight,
                    'start', C.INK, rowIndex === 0, SIZE, null);
            });
        });
    }

    function layout(pen, c) {
        var w = c.width;
        var h = c.height;
        switch (c.type) {
            case 'container':
                pen.box(w, h, 'none', C.FAINT, 4, '6 4');
                pen.text(c.text, 8, 4, w - 16, 24, 'start', C.FAINT, true, SIZE, null);
                return true;
            case 'panel':
                pen.box(w, h, C.WHITE, C.INK, 3, null);
                pen.rect(1, 1, w - 2, Math.min(BAR, h - 2), C.FILL, null, 0, null);
                pen.line(0, BAR, w, BAR, C.INK, 0);
                pen.text(c.text, 8, 0, w - 16, BAR, 'start', C.DARK, true, SIZE, null);
                return true;
            case 'browser-window':
                pen.box(w, h, C.WHITE, C.INK, 4, null);
                pen.rect(1, 1, w - 2, 31, C.FILL, null, 0, null);
                pen.line(0, 32, w, 32, C.INK, 0);
                for (var i = 0; i < 3; i++) {
                    pen.circle(14 + 12 * i, 16, 4, C.RULE, null, 0);
                }
                pen.rect(52, 7, w - 60, 18, C.WHITE, C.RULE, 9, null);
                pen.text(c.text, 60, 7, w - 76, 18, 'start', C.FAINT);
                return true;
            case 'phone':
                pen.box(w, h, C.WHITE, C.INK, 18, null);
                pen.rect(8.5, 32.5, w - 17, h - 65, 'none', C.RULE, 0, null);
                pen.line(w / 2 - 16, 17, w / 2 + 16, 17, C.INK, 3);
                pen.circle(w / 2, h - 16, 8, 'none', C.INK, 0);
                pen.text(c.text, 14, 34, w - 28, 22, 'middle', C.INK);
                return true;
            case 'dialog':
                pen.rect(4, 4, w - 4, h - 4, C.SOFT, null, 3, null);
                pen.rect(0.5, 0.5, w - 5, h - 5, C.WHITE, C.INK, 3, null);
                pen.line(0, 36, w - 4, 36, C.RULE, 0);
                pen.text(c.text, 12, 0, w - 48, 36, 'start', C.DARK, true, SIZE, null);
                pen.line(w - 26, 13, w - 16, 23, C.INK, 1.5);
                pen.line(w - 16, 13, w - 26, 23, C.INK, 1.5);
                return true;
            case 'tabs':
                tabs(pen, c);
                return true;
            case 'accordion':
                accordion(pen, c);
                return true;
            case 'separator':
                if (w >= h) {
                    pen.line(0, h / 2, w, h / 2, C.RULE, 0);
                } else {
                    pen.line(w / 2, 0, w / 2, h, C.RULE, 0);
                }
                return true;
            case 'menu-bar':
                menuBar(pen, c);
                return true;
            case 'vertical-menu':
            case 'list':
            case 'tree':
                rows(pen, c);
                return true;
            case 'breadcrumbs':
                breadcrumbs(pen, c);
                return true;
            case 'pagination':
                pagination(pen, c);
                return true;
            case 'table':
                table(pen, c);
                return true;
            default:
                return false;
        }
    }

    PE.drawings = {
        inputs: inputs,
        layout: layout,
        ROW: ROW,
        BAR: BAR,
        DATA: DATA,
        draw: function (pen, c) {
            if (!inputs(pen, c) && !layout(pen, c) && !PE.drawings.media(pen, c)) {
                pen.box(c.width, c.height, 'none', C.FAINT, 0, '2 2');
            }
        }
    };
}());
