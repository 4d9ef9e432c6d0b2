/*
 * Conflict choices (issue 16): a save refused because someone saved the wireframe meanwhile (409 CONFLICT) offers,
 * beside the server's message, ways out that lose neither side: see both (their stored version next to mine,
 * drawn read-only), keep mine as the new version (after a confirmation; theirs stays in the stored versions), save
 * mine as a copy (a new wireframe on the same page or issue, which the editor then edits), or cancel and keep
 * editing. The choices sit in the editor's message area rather than a modal dialog, so the drawing stays in view
 * and every choice stays reachable by keyboard in the page's order.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var render = PE.render;
    var el = PlainframeCommon.el;

    /** Largest width a side of "See both" is drawn at, in pixels. */
    var PREVIEW = 420;

    /** A read-only drawing of a document, scaled down to fit beside another. */
    function preview(doc, label) {
        var scale = Math.min(1, PREVIEW / doc.width);
        var svg = render.svgEl('svg', {'class': 'plainframe-conflict-drawing', role: 'img', 'aria-label': label,
            viewBox: '0 0 ' + doc.width + ' ' + doc.height, width: Math.round(doc.width * scale),
            height: Math.round(doc.height * scale), 'font-family': render.FONT, 'font-size': 14});
        svg.appendChild(render.svgEl('rect', {x: 0.5, y: 0.5, width: doc.width - 1, height: doc.height - 1,
            fill: '#ffffff', stroke: '#c1c7d0'}));
        doc.controls.forEach(function (control) {
            svg.appendChild(render.drawControl(control));
        });
        return el('figure', {className: 'plainframe-conflict-side'}, [svg, el('figcaption', {text: label})]);
    }

    function install(ed) {
        function button(className, text, onClick) {
            var node = el('button', {type: 'button', className: 'aui-button ' + className, text: text});
            node.addEventListener('click', onClick);
            return node;
        }

        function theirs() {
            return ed.api('GET', '/wireframes/' + encodeURIComponent(ed.wireframeId)).then(function (answer) {
                return {doc: model.cleanDocument(answer.document || {}), version: answer.version};
            });
        }

        function failed(error) {
            ed.showMessage('error', error.message, error.code);
        }

        /** Called after a save was refused as a conflict: adds the choices to its message. */
        ed.offerConflict = function () {
            var box = ed.root.querySelector('.plainframe-editor-message[data-code="CONFLICT"]');
            if (!box) {
                return;
            }
            Array.prototype.forEach.call(box.querySelectorAll('.plainframe-reload'), function (reload) {
                reload.parentNode.removeChild(reload);
            });
            var both = el('div', {className: 'plainframe-conflict-both'});
            var choices = el('div', {className: 'plainframe-conflict-choices', role: 'group',
                'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.conflict.choices')}, [
                button('plainframe-conflict-see', AJS.I18n.getText('plainframe.wireframe.editor.conflict.see'),
                    function () {
                        theirs().then(function (stored) {
                            while (both.firstChild) {
                                both.removeChild(both.firstChild);
                            }
                            both.appendChild(preview(stored.doc, AJS.I18n.getText(
                                'plainframe.wireframe.editor.conflict.theirs', String(stored.version))));
                            both.appendChild(preview(model.cleanDocument(ed.doc),
                                AJS.I18n.getText('plainframe.wireframe.editor.conflict.mine')));
                        }, failed);
                    }),
                button('plainframe-conflict-keep', AJS.I18n.getText('plainframe.wireframe.editor.conflict.keep'),
                    function () {
                        if (!window.confirm(AJS.I18n.getText('plainframe.wireframe.editor.conflict.keep-confirm'))) {
                            return;
                        }
                        theirs().then(function (stored) {
                            // Saved over the version now stored: theirs stays in the stored versions.
                            ed.version = stored.version;
                            ed.save();
                        }, failed);
                    }),
                button('plainframe-conflict-copy', AJS.I18n.getText('plainframe.wireframe.editor.conflict.copy'),
                    function () {
                        saveCopy();
                    }),
                button('plainframe-conflict-cancel', AJS.I18n.getText('plainframe.wireframe.editor.conflict.cancel'),
                    function () {
                        ed.clearMessage();
                        ed.svg.focus();
                    })
            ]);
            box.appendChild(choices);
            box.appendChild(both);
        };

        /** Saves my document as a new wireframe of the same page or issue, and goes on editing that one. */
        function saveCopy() {
            var sent = model.cleanDocument(ed.doc);
            var sentJson = JSON.stringify(ed.doc);
            var id = model.randomId();
            ed.api('PUT', '/wireframes/' + encodeURIComponent(id), {version: 0, document: sent,
                contentId: ed.contentId}).then(function (answer) {
                ed.wireframeId = typeof answer.id === 'string' && answer.id ? answer.id : id;
                ed.version = typeof answer.version === 'number' ? answer.version : 1;
                ed.savedJson = sentJson;
                ed.savedAny = true;
                ed.replaceOutside = false;
                ed.showMessage('success', AJS.I18n.getText('plainframe.wireframe.editor.conflict.copied',
                    ed.wireframeId), 'SAVED_COPY').setAttribute('data-wireframe-id', ed.wireframeId);
                ed.updateToolbar();
            }, failed);
        }
    }

    PE.conflict = {install: install, preview: preview};
}());
