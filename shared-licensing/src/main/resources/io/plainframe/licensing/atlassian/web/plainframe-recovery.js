/*
 * The way out when Plainframe's stored settings cannot be read (GET and POST /recovery): what is wrong, and an
 * admin's two choices, each confirmed first: go back to the version before, or start again from a license key.
 * Defines window.PlainframeRecovery; the admin page calls show() when the license answer reports damage.
 */
(function () {
    'use strict';

    var el = PlainframeCommon.el;

    function message(type, text, id) {
        return el('div', {className: 'aui-message aui-message-' + type, id: id,
            role: type === 'error' ? 'alert' : 'status'}, [el('p', {text: text})]);
    }

    /**
     * Fills the container with the recovery choices.
     *
     * @param container an element of the admin page, emptied first
     * @param api       the admin page's REST call: (method, path, body) to a promise of the JSON answer
     * @param say       shows an outcome at the top of the page: (type, text)
     * @param done      called after a successful recovery, to load the page again
     */
    function show(container, api, say, done) {
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
        return api('GET', '/recovery').then(function (options) {
            if (!options.damaged) {
                return;
            }
            container.appendChild(message('error', options.message, 'plainframe-recovery-problem'));
            container.appendChild(el('h3', {text: AJS.I18n.getText('plainframe.admin.js.recovery.title')}));
            if (options.previous) {
                var restore = el('button', {type: 'button', className: 'aui-button', id: 'plainframe-recovery-restore',
                    text: AJS.I18n.getText('plainframe.admin.js.recovery.restore', options.previous.revision)});
                restore.addEventListener('click', function () {
                    if (window.confirm(AJS.I18n.getText('plainframe.admin.js.recovery.restore.confirm'))) {
                        recover(restore, {action: 'restore-previous'});
                    }
                });
                container.appendChild(el('p', {id: 'plainframe-recovery-previous', text: options.previous.message}));
                container.appendChild(el('p', {}, [restore]));
            } else if (options.previousProblem) {
                container.appendChild(el('p', {text: options.previousProblem}));
            }
            var key = el('textarea', {id: 'plainframe-recovery-key', className: 'textarea long-field', rows: 4,
                'aria-describedby': 'plainframe-recovery-key-help'});
            var start = el('button', {type: 'submit', className: 'aui-button', id: 'plainframe-recovery-start',
                text: AJS.I18n.getText('plainframe.admin.js.recovery.start')});
            var form = el('form', {className: 'aui', id: 'plainframe-recovery-form'}, [
                el('div', {className: 'field-group'}, [
                    el('label', {'for': 'plainframe-recovery-key',
                        text: AJS.I18n.getText('plainframe.admin.js.recovery.key')}),
                    key,
                    el('div', {className: 'description', id: 'plainframe-recovery-key-help',
                        text: AJS.I18n.getText('plainframe.admin.js.recovery.key.help')})
                ]),
                el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [start])])
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (window.confirm(AJS.I18n.getText('plainframe.admin.js.recovery.start.confirm'))) {
                    recover(start, {action: 'start-from-key', key: key.value});
                }
            });
            container.appendChild(form);
        });

        function recover(button, body) {
            button.disabled = true;
            api('POST', '/recovery', body).then(function (answer) {
                say('success', answer.message);
                done();
            }, function (error) {
                button.disabled = false;
                say('error', error.message);
            });
        }
    }

    window.PlainframeRecovery = {show: show};
})();
