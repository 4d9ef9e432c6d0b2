/*
 * Downloads of a wireframe (issue 16, item 5): as SVG (the drawing as it is, serialised) and as PNG (that SVG
 * drawn by the browser onto a canvas at twice its size, for sharpness). Used by the page view for every reader
 * (viewing is free, so no sign-in is needed) and by the editor's toolbar. Files are handed to the browser
 * through a blob link; their names are made safe from any title.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var SVG_NS = 'http://www.w3.org/2000/svg';
    var MAX_NAME = 80;
    /** Device pixels per SVG unit in a PNG. */
    var PNG_SCALE = 2;

    /**
     * A file name safe on every system from any text (a title or id is the user's text): letters and digits of
     * ASCII, '-' and '_' kept, every other run of characters one '-', at most 80 characters, never empty, never
     * starting with a dot.
     */
    function filename(text, extension) {
        var base = String(text === null || text === undefined ? '' : text)
            .replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '');
        base = base.slice(0, MAX_NAME).replace(/[-_]+$/, '');
        return (base || 'wireframe') + '.' + extension;
    }

    /** A standalone SVG file's text for an SVG element (which is left as it is). */
    function svgText(svg) {
        var copy = svg.cloneNode(true);
        copy.setAttribute('xmlns', SVG_NS);
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
    }

    /** The pixel size of a PNG of a drawing of this size. */
    function pngSize(width, height) {
        return {width: Math.round(width * PNG_SCALE), height: Math.round(height * PNG_SCALE)};
    }

    /** Hands a file to the browser's downloads. */
    function save(blob, name) {
        var url = URL.createObjectURL(blob);
        var link = document.createElement('a');
        link.href = url;
        link.download = name;
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        // Later, so the download has started reading it.
        setTimeout(function () {
            URL.revokeObjectURL(url);
        }, 60000);
    }

    function downloadSvg(svg, title) {
        save(new Blob([svgText(svg)], {type: 'image/svg+xml;charset=utf-8'}), filename(title, 'svg'));
    }

    /**
     * Draws the SVG onto a canvas on a white ground and downloads it; calls failed() when the browser cannot
     * (no canvas, or the image refused).
     */
    function downloadPng(svg, width, height, title, failed) {
        var size = pngSize(width, height);
        var image = new Image();
        image.onload = function () {
            try {
                var canvas = document.createElement('canvas');
                canvas.width = size.width;
                canvas.height = size.height;
                var context = canvas.getContext('2d');
                context.fillStyle = '#ffffff';
                context.fillRect(0, 0, size.width, size.height);
                context.drawImage(image, 0, 0, size.width, size.height);
                canvas.toBlob(function (blob) {
                    if (blob) {
                        save(blob, filename(title, 'png'));
                    } else {
                        failed();
                    }
                }, 'image/png');
            } catch (e) {
                failed();
            }
        };
        image.onerror = failed;
        var copy = svg.cloneNode(true);
        // The image is drawn at the canvas's size: the SVG says its own, whatever the page scaled it to.
        copy.setAttribute('width', width);
        copy.setAttribute('height', height);
        copy.removeAttribute('style');
        image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText(copy));
    }

    /** The size a drawing says of itself (its viewBox), or its width and height attributes. */
    function sizeOf(svg) {
        var box = (svg.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number);
        if (box.length === 4 && box[2] > 0 && box[3] > 0) {
            return {width: box[2], height: box[3]};
        }
        return {width: Number(svg.getAttribute('width')) || 1, height: Number(svg.getAttribute('height')) || 1};
    }

    /**
     * The editor's document as a standalone SVG, drawn as the editor draws it (the unsaved edits included), without
     * the editor's selection, grid or hit areas.
     */
    function drawingOf(ed) {
        var svgEl = PE.render.svgEl;
        var w = ed.doc.width;
        var h = ed.doc.height;
        var svg = svgEl('svg', {xmlns: SVG_NS, 'class': 'plainframe-svg', width: w, height: h,
            viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'font-family': PE.render.FONT, 'font-size': 14});
        svg.appendChild(svgEl('rect', {x: 0.5, y: 0.5, width: w - 1, height: h - 1, fill: '#ffffff',
            stroke: '#c1c7d0'}));
        ed.doc.controls.forEach(function (control) {
            var group = PE.render.drawControl(control);
            Array.prototype.forEach.call(group.querySelectorAll('.plainframe-hit'), function (hit) {
                hit.parentNode.removeChild(hit);
            });
            svg.appendChild(group);
        });
        return svg;
    }

    /** "Download SVG" and "Download PNG" in the editor's toolbar, before its spacer. */
    function install(ed) {
        var title = function () {
            return 'wireframe-' + (ed.wireframeId || '');
        };
        var failed = function () {
            ed.showMessage('error', AJS.I18n.getText('plainframe.wireframe.view.png-failed'), 'PNG_FAILED');
        };
        var svgButton = PlainframeCommon.el('button', {type: 'button', className: 'aui-button plainframe-export-svg',
            text: AJS.I18n.getText('plainframe.wireframe.view.download-svg')});
        var pngButton = PlainframeCommon.el('button', {type: 'button', className: 'aui-button plainframe-export-png',
            text: AJS.I18n.getText('plainframe.wireframe.view.download-png')});
        svgButton.addEventListener('click', function () {
            downloadSvg(drawingOf(ed), title());
        });
        pngButton.addEventListener('click', function () {
            downloadPng(drawingOf(ed), ed.doc.width, ed.doc.height, title(), failed);
        });
        var toolbar = ed.root.querySelector('.plainframe-editor-toolbar');
        if (toolbar) {
            toolbar.insertBefore(PlainframeCommon.el('div', {className: 'aui-buttons plainframe-export'},
                [svgButton, pngButton]), toolbar.querySelector('.plainframe-editor-spacer'));
        }
    }

    PE.exporter = {
        install: install,
        drawingOf: drawingOf,
        PNG_SCALE: PNG_SCALE,
        filename: filename,
        svgText: svgText,
        pngSize: pngSize,
        sizeOf: sizeOf,
        save: save,
        downloadSvg: downloadSvg,
        downloadPng: downloadPng
    };
}());
