/*
 * Wireframes where a page or issue shows them (issue 16, item 5), for every reader, signed in or not: the
 * server's SVG is scaled down to the content's width by the stylesheet (so a wide wireframe never pushes the page
 * sideways); a click on it, or Enter or Space when it has the focus, shows it at full size in a dialog that
 * scrolls and that Escape closes; and "Download SVG" / "Download PNG" under it save it as files. The SVG itself
 * stays the server's static drawing, so exports of the page (PDF, Word) show it as it is.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var el = PlainframeCommon.el;
    var FIGURE = '.plainframe-wireframe .plainframe-figure';
    var dialogs = 0;

    function drawing(figure) {
        return figure.querySelector('svg');
    }

    function titleOf(figure) {
        var container = figure.closest('.plainframe-wireframe');
        var id = container ? container.getAttribute('data-wireframe-id') : '';
        return 'wireframe-' + (id || '');
    }

    /** Shows the drawing at its own size in a dialog; answers the dialog. */
    function showFullSize(figure) {
        var svg = drawing(figure);
        var label = svg.getAttribute('aria-label') || '';
        var headingId = 'plainframe-full-size-' + (++dialogs);
        var copy = svg.cloneNode(true);
        var size = PE.exporter.sizeOf(svg);
        copy.setAttribute('width', size.width);
        copy.setAttribute('height', size.height);
        var close = el('button', {type: 'button', className: 'aui-button plainframe-full-size-close',
            text: AJS.I18n.getText('plainframe.wireframe.view.close')});
        var body = el('div', {className: 'plainframe-full-size-body', tabindex: '0'}, [copy]);
        var dialog = el('div', {className: 'plainframe-full-size', role: 'dialog', 'aria-modal': 'true',
            'aria-labelledby': headingId}, [
            el('div', {className: 'plainframe-full-size-header'}, [
                el('h2', {id: headingId, text: AJS.I18n.getText('plainframe.wireframe.view.full-size-title', label)}),
                close
            ]),
            body
        ]);
        var backdrop = el('div', {className: 'plainframe-full-size-backdrop'}, [dialog]);

        function hide() {
            if (backdrop.parentNode) {
                backdrop.parentNode.removeChild(backdrop);
            }
            document.documentElement.classList.remove('plainframe-full-size-open');
            figure.focus();
        }

        close.addEventListener('click', hide);
        backdrop.addEventListener('click', function (event) {
            if (event.target === backdrop) {
                hide();
            }
        });
        backdrop.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' || event.key === 'Esc') {
                event.preventDefault();
                event.stopPropagation();
                hide();
            } else if (event.key === 'Tab') {
                // The focus stays in the dialog: its two stops, the close button and the scrolling drawing.
                event.preventDefault();
                (document.activeElement === close ? body : close).focus();
            }
        });
        document.documentElement.classList.add('plainframe-full-size-open');
        document.body.appendChild(backdrop);
        close.focus();
        return dialog;
    }

    function downloads(figure) {
        var failed = function () {
            var note = figure.parentNode.querySelector('.plainframe-download-failed');
            if (!note) {
                note = el('div', {className: 'aui-message aui-message-error plainframe-download-failed',
                    role: 'alert'}, [el('p', {text: AJS.I18n.getText('plainframe.wireframe.view.png-failed')})]);
                actions.parentNode.insertBefore(note, actions.nextSibling);
            }
        };
        var svgButton = el('button', {type: 'button', className: 'aui-button aui-button-link plainframe-download-svg',
            text: AJS.I18n.getText('plainframe.wireframe.view.download-svg')});
        var pngButton = el('button', {type: 'button', className: 'aui-button aui-button-link plainframe-download-png',
            text: AJS.I18n.getText('plainframe.wireframe.view.download-png')});
        svgButton.addEventListener('click', function () {
            PE.exporter.downloadSvg(drawing(figure), titleOf(figure));
        });
        pngButton.addEventListener('click', function () {
            var size = PE.exporter.sizeOf(drawing(figure));
            PE.exporter.downloadPng(drawing(figure), size.width, size.height, titleOf(figure), failed);
        });
        var actions = el('div', {className: 'plainframe-figure-actions'}, [svgButton, pngButton]);
        return actions;
    }

    function prepare(figure) {
        var svg = drawing(figure);
        if (!svg || figure.hasAttribute('data-plainframe-view')) {
            return;
        }
        figure.setAttribute('data-plainframe-view', 'ready');
        figure.setAttribute('tabindex', '0');
        figure.setAttribute('role', 'button');
        figure.setAttribute('aria-label', AJS.I18n.getText('plainframe.wireframe.view.full-size',
            svg.getAttribute('aria-label') || ''));
        figure.addEventListener('click', function () {
            showFullSize(figure);
        });
        figure.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                showFullSize(figure);
            }
        });
        figure.parentNode.insertBefore(downloads(figure), figure.nextSibling);
    }

    function scan(root) {
        var scope = root && root.querySelectorAll ? root : document;
        Array.prototype.forEach.call(scope.querySelectorAll(FIGURE), prepare);
    }

    function init() {
        scan(document);
        // Jira loads issue panels by AJAX and announces them (see plainframe-content.js).
        if (typeof window.require === 'function') {
            try {
                var events = window.require('jira/util/events');
                var types = window.require('jira/util/events/types');
                if (types.NEW_CONTENT_ADDED) {
                    events.bind(types.NEW_CONTENT_ADDED, function (event, context) {
                        scan(context && context[0] ? context[0] : document);
                    });
                }
            } catch (e) {
                // Not Jira: pages are loaded whole.
            }
        }
    }

    PE.view = {scan: scan, showFullSize: showFullSize};

    if (window.AJS && AJS.toInit) {
        AJS.toInit(init);
    } else {
        document.addEventListener('DOMContentLoaded', init);
    }
}());
