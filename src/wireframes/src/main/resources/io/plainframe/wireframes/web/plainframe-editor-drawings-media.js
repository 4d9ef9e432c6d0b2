/*
 * Charts, media and feedback, line for line as the server's MediaDrawings draws them (see
 * plainframe-editor-drawings.js; RenderParityBrowserTest compares the two).
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var C = PE.render.COLORS;
    var SIZE = PE.render.SIZE;
    var num = PE.render.num;
    var DATA = PE.drawings.DATA;
    var RED = '#de350b';

    function caption(pen, c) {
        if (c.type === 'image-placeholder') {
            pen.text(c.text, 6, 0, c.width - 12, c.height, 'middle', C.INK, true, SIZE, null);
        } else {
            pen.text(c.text, 6, c.height - 24, c.width - 12, 22, 'middle', C.INK, true, SIZE, null);
        }
    }

    function chart(pen, c) {
        var w = c.width;
        var h = c.height;
        var bottom = !c.text ? h - 8 : h - 26;
        pen.box(w, h, C.WHITE, C.RULE, 0, null);
        pen.text(c.text, 8, h - 24, w - 16, 22, 'middle', C.INK);
        var left = 24;
        var top = 8;
        var plotW = Math.max(0, w - left - 8);
        var plotH = Math.max(0, bottom - top);
        var i;
        if (c.type === 'pie-chart') {
            var r = Math.max(2, Math.min(w - 16, plotH) / 2);
            var cx = w / 2;
            var cy = top + plotH / 2;
            pen.circle(cx, cy, r, C.SOFT, null, 0);
            pen.rawPath('M' + num(cx) + ',' + num(cy) + ' L' + num(cx) + ',' + num(cy - r) + ' A' + num(r) + ','
                + num(r) + ' 0 0 1 ' + num(cx + r) + ',' + num(cy) + ' Z', C.BLUE, null, 0);
            pen.rawPath('M' + num(cx) + ',' + num(cy) + ' L' + num(cx + r) + ',' + num(cy) + ' A' + num(r) + ','
                + num(r) + ' 0 0 1 ' + num(cx) + ',' + num(cy + r) + ' Z', C.INK, null, 0);
            return;
        }
        pen.line(left, top, left, bottom, C.FAINT, 0);
        pen.line(left, bottom, left + plotW, bottom, C.FAINT, 0);
        var step = plotW / DATA.length;
        if (c.type === 'bar-chart') {
            for (i = 0; i < DATA.length; i++) {
                pen.rect(left + i * step + step * 0.2, bottom - plotH * DATA[i], step * 0.6, plotH * DATA[i], C.BLUE,
                    null, 0, null);
            }
        } else {
            var points = [];
            for (i = 0; i < DATA.length; i++) {
                points.push(left + i * step + step / 2, bottom - plotH * DATA[i]);
            }
            pen.path(points, false, null, C.BLUE, 2);
        }
    }

    function media(pen, c) {
        var w = c.width;
        var h = c.height;
        var middle = h / 2;
        var r;
        switch (c.type) {
            case 'bar-chart':
            case 'line-chart':
            case 'pie-chart':
                chart(pen, c);
                return true;
            case 'image-placeholder':
                pen.box(w, h, '#ebecf0', C.FAINT, 0, null);
                pen.path([0.5, 0.5, w - 0.5, h - 0.5], false, null, C.FAINT, 0);
                pen.path([w - 0.5, 0.5, 0.5, h - 0.5], false, null, C.FAINT, 0);
                caption(pen, c);
                return true;
            case 'video':
                pen.box(w, h, C.SOFT, C.FAINT, 0, null);
                r = Math.max(4, Math.min(16, Math.min(w, h) / 4));
                pen.circle(w / 2, middle, r, C.WHITE, C.FAINT, 0);
                pen.path([w / 2 - r / 3, middle - r / 2, w / 2 + r / 2, middle, w / 2 - r / 3, middle + r / 2], true,
                    C.FAINT, null, 0);
                caption(pen, c);
                return true;
            case 'map':
                pen.box(w, h, '#e3fcef', C.FAINT, 0, null);
                pen.path([0, h * 0.7, w * 0.4, h * 0.45, w, h * 0.6], false, null, C.WHITE, 6);
                pen.path([w * 0.3, 0, w * 0.55, h], false, null, C.WHITE, 4);
                pen.circle(w / 2, middle - 6, 6, RED, null, 0);
                pen.path([w / 2 - 5, middle - 3, w / 2, middle + 8, w / 2 + 5, middle - 3], true, RED, null, 0);
                caption(pen, c);
                return true;
            case 'avatar':
                r = Math.min(w, h) / 2 - 1;
                pen.circle(w / 2, middle, r, C.SOFT, C.FAINT, 0);
                pen.text(c.text, w / 2 - r * 0.75, 0, r * 1.5, h, 'middle', C.INK, true, SIZE, null);
                return true;
            case 'note':
                pen.box(w, h, '#fffae6', '#ffc400', 2, null);
                pen.text(c.text, 8, 4, w - 16, h - 8, 'top-start', C.DARK);
                return true;
            case 'alert':
                pen.box(w, h, '#ffebe6', RED, 3, null);
                pen.circle(16, middle, 8, RED, null, 0);
                pen.line(16, middle - 4, 16, middle + 1, C.WHITE, 2);
                pen.line(16, middle + 3, 16, middle + 4.5, C.WHITE, 2);
                pen.text(c.text, 32, 0, w - 40, h, 'start', C.DARK);
                return true;
            case 'progress-bar':
                pen.rect(0.5, middle - 5, w - 1, 10, C.SOFT, null, 5, null);
                pen.rect(0.5, middle - 5, (w - 1) * c.value / 100, 10, C.BLUE, null, 5, null);
                return true;
            case 'tooltip':
                pen.rect(0.5, 0.5, w - 1, h - 9, C.DARK, null, 3, null);
                pen.path([w / 2 - 6, h - 8.5, w / 2, h - 0.5, w / 2 + 6, h - 8.5], true, C.DARK, null, 0);
                pen.text(c.text, 8, 0, w - 16, h - 8, 'middle', C.WHITE);
                return true;
            case 'callout':
                r = Math.min(w, h) / 2 - 1;
                pen.circle(w / 2, middle, r, '#ff8b00', null, 0);
                pen.text(c.text, w / 2 - r * 0.75, 0, r * 1.5, h, 'middle', C.WHITE, true, SIZE, null);
                return true;
            case 'badge':
                pen.rect(0.5, 0.5, w - 1, h - 1, C.SOFT, null, (h - 1) / 2, null);
                pen.text(c.text, 6, 0, w - 12, h, 'middle', C.DARK, true, 12, null);
                return true;
            case 'spinner':
                r = Math.max(2, Math.min(h, 24) / 2 - 2);
                pen.circle(r + 2, middle, r, 'none', C.SOFT, 3);
                pen.rawPath('M' + num(r + 2) + ',' + num(middle - r) + ' A' + num(r) + ',' + num(r) + ' 0 0 1 '
                    + num(2 * r + 2) + ',' + num(middle), null, C.BLUE, 3);
                pen.text(c.text, 2 * r + 12, 0, w - 2 * r - 12, h, 'start', C.FAINT);
                return true;
            default:
                return false;
        }
    }

    PE.drawings.media = media;
}());
