/*
 * The License tab's key preview and its confirmation (issue 15, items 12 and 13): what a key would do if applied,
 * relative to the installed license; only what its signature vouches for; what it would lower, each loss in its
 * own sentence, with the editors who would wait; and an AUI dialog asking to confirm before such a key is applied.
 * Defines window.PlainframeLicensePreview; plainframe-admin.js calls it. Texts are literal getText calls (jsI18n)
 * or the server's messages; everything is inserted as text.
 */
(function () {
    'use strict';

    var el = PlainframeCommon.el;
    var PRODUCTS = {confluence: 'Confluence', jira: 'Jira'};
    var dialog = null;

    function aui(type, text, id) {
        return el('div', {className: 'aui-message aui-message-' + type, id: id,
            role: type === 'error' ? 'alert' : 'status'}, [el('p', {text: text})]);
    }

    function lossList(losses, id) {
        return el('ul', {id: id, className: 'plainframe-losses'}, losses.map(function (loss) {
            return el('li', {'data-code': loss.code, text: loss.message});
        }));
    }

    function waitingList(editors, total, id) {
        var items = editors.map(function (editor) {
            var name = AJS.I18n.getText('plainframe.admin.js.user', editor.displayName, editor.username);
            return el('li', {'data-username': editor.username, text: editor.losesSeat
                ? AJS.I18n.getText('plainframe.admin.js.preview.loses-seat', name) : name});
        });
        if (total > editors.length) {
            items.push(el('li', {text: AJS.I18n.getText('plainframe.admin.js.preview.more', total - editors.length)}));
        }
        return el('ul', {id: id}, items);
    }

    /**
     * Fills the preview area: the key's own state, what would happen if it were applied, its verified fields (via
     * the admin page's describe), the losses and the editors who would wait.
     */
    function show(area, found, describe) {
        area.appendChild(aui(found.valid ? 'info' : 'error', found.message, 'plainframe-preview-message'));
        area.appendChild(el('p', {id: 'plainframe-preview-effect', className: 'plainframe-preview-effect',
            'data-code': found.effect.code, text: found.effect.message}));
        if (!found.verified) {
            if (found.code === 'BAD_SIGNATURE') { // It could be read, but nothing it says may be shown.
                area.appendChild(el('p', {id: 'plainframe-preview-unverified',
                    text: AJS.I18n.getText('plainframe.admin.js.preview.unverified')}));
            }
            return;
        }
        if (found.code === 'WRONG_PRODUCT') {
            area.appendChild(el('p', {id: 'plainframe-preview-for-product', text: AJS.I18n.getText(
                'plainframe.admin.js.preview.for-product', PRODUCTS[found.product] || found.product)}));
        }
        area.appendChild(describe(found));
        if (found.losses.length) {
            area.appendChild(el('div', {className: 'aui-message aui-message-warning', id: 'plainframe-preview-losses',
                role: 'status'}, [
                el('p', {className: 'title', text: AJS.I18n.getText('plainframe.admin.js.preview.losses')}),
                lossList(found.losses, 'plainframe-preview-loss-list')]));
        }
        if (found.valid && found.waitingAfter > 0) {
            area.appendChild(el('div', {id: 'plainframe-preview-waiting'}, [
                el('p', {text: AJS.I18n.getText('plainframe.admin.js.preview.waiting')}),
                waitingList(found.waitingEditors, found.waitingAfter, 'plainframe-preview-waiting-list')]));
        }
    }

    function dialogNode() {
        if (dialog) {
            return dialog;
        }
        dialog = el('section', {id: 'plainframe-confirm-dialog', role: 'dialog', 'aria-modal': 'true', tabindex: '-1',
            className: 'aui-dialog2 aui-dialog2-medium aui-dialog2-warning aui-layer', hidden: true,
            'aria-labelledby': 'plainframe-confirm-title', 'aria-describedby': 'plainframe-confirm-intro',
            // The safe choice gets the focus: [autofocus] on AUI 10, the focus selector on the AUI 9 of older hosts.
            'data-aui-focus-selector': '#plainframe-confirm-cancel'}, [
            el('header', {className: 'aui-dialog2-header'}, [el('h2', {className: 'aui-dialog2-header-main',
                id: 'plainframe-confirm-title', text: AJS.I18n.getText('plainframe.admin.js.confirm.title')})]),
            el('div', {className: 'aui-dialog2-content'}, [
                el('p', {id: 'plainframe-confirm-intro', text: AJS.I18n.getText('plainframe.admin.js.confirm.intro')}),
                el('div', {id: 'plainframe-confirm-body'})]),
            el('footer', {className: 'aui-dialog2-footer'}, [el('div', {className: 'aui-dialog2-footer-actions'}, [
                el('button', {type: 'button', className: 'aui-button aui-button-primary',
                    id: 'plainframe-confirm-apply', text: AJS.I18n.getText('plainframe.admin.js.confirm.apply')}),
                el('button', {type: 'button', className: 'aui-button', id: 'plainframe-confirm-cancel',
                    autofocus: true, text: AJS.I18n.getText('plainframe.admin.js.confirm.cancel')})])])]);
        document.body.appendChild(dialog);
        return dialog;
    }

    /**
     * Asks, in an AUI dialog, whether to apply a key with these losses. Resolves true only when the admin chooses
     * to apply; Escape, the cancel button and closing the dialog keep the current license. Focus starts on the
     * safe choice and returns to where it was.
     */
    function confirm(losses, waitingEditors) {
        var intro = AJS.I18n.getText('plainframe.admin.js.confirm.intro');
        if (!window.AJS || typeof AJS.dialog2 !== 'function') {
            return Promise.resolve(window.confirm(intro + '\n\n' + losses.map(function (loss) {
                return '- ' + loss.message;
            }).join('\n')));
        }
        var node = dialogNode();
        var body = document.getElementById('plainframe-confirm-body');
        while (body.firstChild) {
            body.removeChild(body.firstChild);
        }
        body.appendChild(lossList(losses, 'plainframe-confirm-losses'));
        if (waitingEditors && waitingEditors.length) {
            body.appendChild(el('p', {text: AJS.I18n.getText('plainframe.admin.js.preview.waiting')}));
            body.appendChild(waitingList(waitingEditors, waitingEditors.length, 'plainframe-confirm-waiting'));
        }
        var returnTo = document.activeElement;
        var layer = AJS.dialog2(node);
        return new Promise(function (resolve) {
            var chosen = false;
            function choose(value) {
                if (!chosen) {
                    chosen = value;
                }
                layer.hide();
            }
            function applyClicked() {
                choose(true);
            }
            function cancelClicked() {
                choose(false);
            }
            var applyButton = document.getElementById('plainframe-confirm-apply');
            var cancelButton = document.getElementById('plainframe-confirm-cancel');
            applyButton.addEventListener('click', applyClicked);
            cancelButton.addEventListener('click', cancelClicked);
            function hidden() {
                layer.off('hide', hidden);
                applyButton.removeEventListener('click', applyClicked);
                cancelButton.removeEventListener('click', cancelClicked);
                resolve(chosen === true);
                // After the caller has re-enabled the button it came from (a disabled button takes no focus).
                window.setTimeout(function () {
                    if (returnTo && returnTo.focus) {
                        returnTo.focus();
                    }
                }, 0);
            }
            layer.on('hide', hidden);
            layer.show();
        });
    }

    /**
     * Applies the previewed key through put(acceptLosses): asks first when the preview found losses, and asks
     * when the server answers that the key lowers what the admin has (the state may have changed since the
     * preview). Resolves with the server's answer, or null when the admin kept the current license.
     */
    function apply(preview, put) {
        function askThenPut(losses, waiting) {
            return confirm(losses, waiting).then(function (ok) {
                return ok ? put(true) : null;
            });
        }
        var first = preview && preview.needsConfirmation
            ? askThenPut(preview.losses, preview.waitingEditors) : put(false);
        return first.catch(function (error) {
            if (error && error.code === 'DOWNGRADE_NEEDS_CONFIRMATION' && error.body) {
                return askThenPut(error.body.losses || [], error.body.waitingEditors || []);
            }
            throw error;
        });
    }

    window.PlainframeLicensePreview = {show: show, confirm: confirm, apply: apply};
}());
