/*
 * Issue 16: a wireframe's history (its versions with who and when, one shown read-only, restored as a new version
 * after a confirmation), its deletion (after a confirmation) and a notice when someone else has it open in the
 * editor (the editor's heartbeat, PUT /wireframes/{id}/editing). Every text from the i18n bundle, inserted as text.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var el = PlainframeCommon.el;

    /** A version as the list says it: its number, who saved it and when (each part only when known). */
    function versionLabel(entry) {
        var who = entry.displayName || entry.userKey || AJS.I18n.getText('plainframe.wireframe.editor.history.someone');
        var when = entry.atText || entry.at || '';
        return AJS.I18n.getText('plainframe.wireframe.editor.history.row', String(entry.version), who, when);
    }

    /** The notice for the others with the wireframe open: the server's sentence, or nothing. */
    function othersNotice(answer) {
        return answer && Array.isArray(answer.others) && answer.others.length > 0 && typeof answer.message === 'string'
            ? answer.message : '';
    }

    function button(className, text, onClick) {
        var node = el('button', {type: 'button', className: 'aui-button ' + className, text: text});
        node.addEventListener('click', onClick);
        return node;
    }

    /**
     * A modal confirmation in AUI's look: labelled by its title, focus on Cancel first, Tab kept between its two
     * buttons, Escape or Cancel closes it and gives focus back.
     */
    function confirmDialog(ed, options) {
        var returnFocus = document.activeElement;
        var titleId = ed.prefix + 'confirm-title';
        var cancel = button('aui-button-link plainframe-confirm-cancel',
            AJS.I18n.getText('plainframe.wireframe.editor.history.cancel'), function () {
                done(false);
            });
        var confirmButton = button((options.danger ? 'aui-button-primary plainframe-danger ' : 'aui-button-primary ')
            + 'plainframe-confirm-ok', options.confirm, function () {
            done(true);
        });
        // AUI's dialog2 needs its layer manager; this small modal takes its look from its parts' classes only.
        var dialog = el('section', {className: 'plainframe-confirm', role: 'dialog',
            'aria-modal': 'true', 'aria-labelledby': titleId}, [
            el('header', {className: 'aui-dialog2-header'}, [el('h2', {className: 'aui-dialog2-header-main',
                id: titleId, text: options.title})]),
            el('div', {className: 'aui-dialog2-content'}, [el('p', {text: options.body})]),
            el('footer', {className: 'aui-dialog2-footer'}, [el('div', {className: 'aui-dialog2-footer-actions'},
                [confirmButton, cancel])])
        ]);
        var blanket = el('div', {className: 'plainframe-confirm-blanket', 'aria-hidden': 'true'});
        dialog.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                done(false);
            } else if (event.key === 'Tab') {
                event.preventDefault();
                (document.activeElement === cancel ? confirmButton : cancel).focus();
            }
        });
        function done(confirmed) {
            [dialog, blanket].forEach(function (node) {
                if (node.parentNode) {
                    node.parentNode.removeChild(node);
                }
            });
            if (returnFocus && returnFocus.focus) {
                returnFocus.focus();
            }
            if (confirmed) {
                options.onConfirm();
            }
        }
        document.body.appendChild(blanket);
        document.body.appendChild(dialog);
        cancel.focus();
        return dialog;
    }

    /** A document drawn read-only, as the editor draws it. */
    function preview(doc) {
        var svg = PE.render.svgEl('svg', {'class': 'plainframe-history-preview', width: doc.width,
            height: doc.height, viewBox: '0 0 ' + doc.width + ' ' + doc.height, role: 'img',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.history.preview-label')});
        svg.appendChild(PE.render.svgEl('rect', {x: 0.5, y: 0.5, width: doc.width - 1, height: doc.height - 1,
            fill: '#ffffff', stroke: '#c1c7d0'}));
        doc.controls.forEach(function (control) {
            svg.appendChild(PE.render.drawControl(control));
        });
        return svg;
    }

    function install(ed) {
        var path = function () {
            return '/wireframes/' + encodeURIComponent(ed.wireframeId);
        };
        var saved = function () {
            return ed.ready && ed.version > 0 && !!ed.wireframeId;
        };
        var notice = el('div', {className: 'aui-message aui-message-info plainframe-editing-others', role: 'status',
            hidden: true});
        var panel = el('section', {className: 'plainframe-history-panel', id: ed.prefix + 'history', hidden: true,
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.history')});
        var historyButton = button('plainframe-history', AJS.I18n.getText('plainframe.wireframe.editor.history'),
            function () {
                if (panel.hidden) {
                    showHistory();
                } else {
                    panel.hidden = true;
                    historyButton.setAttribute('aria-expanded', 'false');
                }
            });
        historyButton.setAttribute('aria-expanded', 'false');
        historyButton.setAttribute('aria-controls', panel.id);
        var deleteButton = button('plainframe-delete-wireframe',
            AJS.I18n.getText('plainframe.wireframe.editor.delete-wireframe'), askDelete);
        var spacer = ed.toolbar.querySelector('.plainframe-editor-spacer');
        ed.toolbar.insertBefore(el('div', {className: 'aui-buttons plainframe-history-buttons'},
            [historyButton, deleteButton]), spacer);
        ed.toolbar.parentNode.insertBefore(notice, ed.toolbar.nextSibling);
        ed.toolbar.parentNode.insertBefore(panel, notice.nextSibling);

        function showHistory() {
            if (!saved()) {
                ed.showMessage('info', AJS.I18n.getText('plainframe.wireframe.editor.history.none'), 'NO_HISTORY');
                return;
            }
            historyButton.setAttribute('aria-expanded', 'true');
            panel.hidden = false;
            panel.textContent = '';
            panel.appendChild(el('h3', {text: AJS.I18n.getText('plainframe.wireframe.editor.history')}));
            var list = el('ol', {className: 'plainframe-history-list'});
            var shown = el('div', {className: 'plainframe-history-shown'});
            panel.appendChild(list);
            panel.appendChild(shown);
            ed.api('GET', path() + '/versions').then(function (answer) {
                (answer.versions || []).forEach(function (entry) {
                    var item = el('li', {className: 'plainframe-history-version', 'data-version': entry.version},
                        [el('span', {className: 'plainframe-history-label', text: versionLabel(entry)})]);
                    if (entry.plainframe === false) {
                        item.appendChild(el('span', {className: 'aui-lozenge aui-lozenge-moved',
                            text: AJS.I18n.getText('plainframe.wireframe.editor.history.outside')}));
                    } else {
                        item.appendChild(button('aui-button-link plainframe-history-view',
                            AJS.I18n.getText('plainframe.wireframe.editor.history.view'), function () {
                                view(entry, shown);
                            }));
                        if (entry.version !== ed.version) {
                            item.appendChild(button('aui-button-link plainframe-history-restore',
                                AJS.I18n.getText('plainframe.wireframe.editor.history.restore'), function () {
                                    askRestore(entry);
                                }));
                        }
                    }
                    list.appendChild(item);
                });
                ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.history.listed',
                    String((answer.versions || []).length)));
            }, function (error) {
                ed.showMessage('error', error.message, error.code);
            });
        }

        function view(entry, shown) {
            ed.api('GET', path() + '/versions/' + encodeURIComponent(entry.version)).then(function (answer) {
                shown.textContent = '';
                shown.appendChild(el('p', {className: 'plainframe-history-caption', text: versionLabel(entry)}));
                if (answer.document) {
                    shown.appendChild(preview(PE.model.cleanDocument(answer.document)));
                } else {
                    shown.appendChild(el('p', {text: answer.notice || ''}));
                }
            }, function (error) {
                ed.showMessage('error', error.message, error.code);
            });
        }

        function askRestore(entry) {
            confirmDialog(ed, {
                title: AJS.I18n.getText('plainframe.wireframe.editor.history.restore-title', String(entry.version)),
                body: AJS.I18n.getText('plainframe.wireframe.editor.history.restore-body', String(entry.version)),
                confirm: AJS.I18n.getText('plainframe.wireframe.editor.history.restore'),
                onConfirm: function () {
                    ed.api('GET', path() + '/versions/' + encodeURIComponent(entry.version)).then(function (answer) {
                        if (!answer.document) {
                            ed.showMessage('error', answer.notice || '', 'NOT_PLAINFRAME');
                            return;
                        }
                        // One undo step, then an ordinary save from the version the editor has: a new version.
                        ed.change(function () {
                            ed.doc = PE.model.cleanDocument(answer.document);
                            ed.selectedId = null;
                        }, ed.newKey('restore'));
                        ed.resizeCanvas();
                        panel.hidden = true;
                        historyButton.setAttribute('aria-expanded', 'false');
                        ed.save();
                    }, function (error) {
                        ed.showMessage('error', error.message, error.code);
                    });
                }
            });
        }

        function askDelete() {
            if (!saved()) {
                ed.showMessage('info', AJS.I18n.getText('plainframe.wireframe.editor.history.none'), 'NO_HISTORY');
                return;
            }
            confirmDialog(ed, {
                danger: true,
                title: AJS.I18n.getText('plainframe.wireframe.editor.delete-title'),
                body: AJS.I18n.getText('plainframe.wireframe.editor.delete-body'),
                confirm: AJS.I18n.getText('plainframe.wireframe.editor.delete-wireframe'),
                onConfirm: function () {
                    ed.api('DELETE', path() + '?version=' + encodeURIComponent(ed.version)).then(function () {
                        stopBeating();
                        // Gone for everyone: no draft of it is kept, and leaving the page asks nothing.
                        if (ed.forgetDraft) {
                            ed.forgetDraft();
                        }
                        ed.closed = true;
                        // Readers and the page now see it gone: the page is drawn again without it.
                        window.location.reload();
                    }, function (error) {
                        ed.showMessage('error', error.message, error.code);
                    });
                }
            });
        }

        // ------------------------------------------------------------------ who else has it open
        var timer = null;
        function beat() {
            if (!saved() || !ed.root.parentNode) {
                return;
            }
            ed.api('PUT', path() + '/editing', {}).then(function (answer) {
                var text = othersNotice(answer);
                notice.hidden = !text;
                notice.textContent = text;
            }, function () {
                notice.hidden = true; // a courtesy: a failed heartbeat is no reason to bother the designer
            });
        }
        function stopBeating() {
            if (timer !== null) {
                window.clearInterval(timer);
                timer = null;
            }
        }
        function leave() {
            if (!saved()) {
                return;
            }
            try {
                fetch(PlainframeCommon.rest() + path() + '/editing', {method: 'DELETE', credentials: 'same-origin',
                    keepalive: true, headers: {'X-Atlassian-Token': 'no-check'}});
            } catch (e) {
                // The marker expires on its own.
            }
        }
        window.setTimeout(beat, 1000);
        timer = window.setInterval(beat, 30000);
        window.addEventListener('pagehide', leave);
        var close = ed.close;
        ed.close = function () {
            close();
            if (!ed.root.parentNode) {
                stopBeating();
                window.removeEventListener('pagehide', leave);
                leave();
            }
        };
        ed.heartbeat = beat;
    }

    PE.history = {install: install, versionLabel: versionLabel, othersNotice: othersNotice};
}());
