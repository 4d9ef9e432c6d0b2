/*
 * The editor's zoom (issue 16, item 5): zoom in and out (buttons, Ctrl/Cmd + '+' and '-', Ctrl + wheel), "Fit"
 * (the whole canvas in view) and "100%", with the level shown. The canvas area scrolls inside the editor, so a
 * zoomed canvas is panned there, not by scrolling the page. Pointer editing stays exact at every level: the input
 * module maps pointer positions through the canvas's screen matrix (getScreenCTM). The steps are pure functions.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var el = PlainframeCommon.el;

    var STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.25, 1.5, 2, 3, 4];
    var MIN = 0.05;
    var MAX = STEPS[STEPS.length - 1];
    var EPSILON = 0.001;

    /** The next step above a level (a fitted level may lie between steps). */
    function zoomIn(level) {
        for (var i = 0; i < STEPS.length; i++) {
            if (STEPS[i] > level + EPSILON) {
                return STEPS[i];
            }
        }
        return MAX;
    }

    /** The next step below a level; below the smallest step only a fitted level goes, and it stays. */
    function zoomOut(level) {
        for (var i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < level - EPSILON) {
                return STEPS[i];
            }
        }
        return Math.min(level, STEPS[0]);
    }

    /** The level that shows a whole canvas in an area: never above 100%, never below the least level. */
    function fit(width, height, areaWidth, areaHeight) {
        if (!(width > 0 && height > 0 && areaWidth > 0 && areaHeight > 0)) {
            return 1;
        }
        var level = Math.min(areaWidth / width, areaHeight / height, 1);
        return Math.max(MIN, Math.floor(level * 1000) / 1000);
    }

    /** The level as people read it: a whole percentage. */
    function percent(level) {
        return Math.round(level * 100);
    }

    /** A wheel turn with Ctrl held: away from the reader zooms in. */
    function wheel(level, deltaY) {
        if (deltaY < 0) {
            return zoomIn(level);
        }
        return deltaY > 0 ? zoomOut(level) : level;
    }

    function install(ed) {
        var wrap = ed.canvasWrap;
        var svg = ed.svg;
        // null: fitted, and fitted again when the window or canvas changes; a number: the level chosen.
        ed.zoomChosen = null;
        ed.zoomLevel = 1;

        function button(className, text, label, onClick) {
            var node = el('button', {type: 'button', className: 'aui-button ' + className, text: text,
                'aria-label': label});
            node.addEventListener('click', onClick);
            return node;
        }

        var level = el('span', {className: 'plainframe-zoom-level', role: 'status', 'aria-live': 'polite'});
        var group = el('div', {className: 'aui-buttons plainframe-zoom', role: 'group',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.zoom')}, [
            button('plainframe-zoom-out', '\u2212', AJS.I18n.getText('plainframe.wireframe.editor.zoom-out'),
                function () {
                    ed.setZoom(zoomOut(ed.zoomLevel));
                }),
            button('plainframe-zoom-in', '+', AJS.I18n.getText('plainframe.wireframe.editor.zoom-in'), function () {
                ed.setZoom(zoomIn(ed.zoomLevel));
            }),
            button('plainframe-zoom-fit', AJS.I18n.getText('plainframe.wireframe.editor.zoom-fit'), null,
                function () {
                    ed.setZoom(null);
                }),
            button('plainframe-zoom-actual', AJS.I18n.getText('plainframe.wireframe.editor.zoom-actual'), null,
                function () {
                    ed.setZoom(1);
                })
        ]);
        var toolbar = ed.root.querySelector('.plainframe-editor-toolbar');
        var spacer = toolbar && toolbar.querySelector('.plainframe-editor-spacer');
        if (toolbar) {
            toolbar.insertBefore(group, spacer);
            toolbar.insertBefore(level, spacer);
        }

        function fitted() {
            var style = window.getComputedStyle(wrap);
            var padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
            var padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
            var maxHeight = parseFloat(style.maxHeight);
            var areaHeight = (maxHeight > 0 ? maxHeight : window.innerHeight) - padY;
            return fit(ed.doc.width, ed.doc.height, wrap.clientWidth - padX, areaHeight);
        }

        /** Sets the level (null: fit) and draws the canvas at it. */
        ed.setZoom = function (chosen) {
            ed.zoomChosen = chosen === null ? null : Math.max(MIN, Math.min(MAX, chosen));
            ed.applyZoom();
        };

        ed.applyZoom = function () {
            ed.zoomLevel = ed.zoomChosen === null ? fitted() : ed.zoomChosen;
            svg.style.maxWidth = 'none';
            svg.style.width = Math.round(ed.doc.width * ed.zoomLevel) + 'px';
            svg.style.height = Math.round(ed.doc.height * ed.zoomLevel) + 'px';
            level.textContent = AJS.I18n.getText('plainframe.wireframe.editor.zoom-level',
                String(percent(ed.zoomLevel)));
            ed.root.setAttribute('data-zoom', String(percent(ed.zoomLevel)));
            ed.renderOverlay();
        };

        var resizeCanvas = ed.resizeCanvas;
        ed.resizeCanvas = function () {
            resizeCanvas();
            ed.applyZoom();
        };
        window.addEventListener('resize', function () {
            if (ed.zoomChosen === null && ed.root.parentNode) {
                ed.applyZoom();
            }
        });

        ed.root.addEventListener('keydown', function (event) {
            if (!(event.ctrlKey || event.metaKey) || event.altKey) {
                return;
            }
            var next;
            if (event.key === '+' || event.key === '=') {
                next = zoomIn(ed.zoomLevel);
            } else if (event.key === '-' || event.key === '_') {
                next = zoomOut(ed.zoomLevel);
            } else if (event.key === '0') {
                next = 1;
            } else {
                return;
            }
            event.preventDefault();
            ed.setZoom(next);
        });
        wrap.addEventListener('wheel', function (event) {
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                ed.setZoom(wheel(ed.zoomLevel, event.deltaY));
            }
        }, {passive: false});
    }

    PE.zoom = {
        STEPS: STEPS,
        MIN: MIN,
        MAX: MAX,
        zoomIn: zoomIn,
        zoomOut: zoomOut,
        fit: fit,
        percent: percent,
        wheel: wheel,
        install: install
    };
}());
