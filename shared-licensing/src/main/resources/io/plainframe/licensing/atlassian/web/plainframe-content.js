/*
 * Plainframe where wireframes are shown: inside every wireframe container on a page or issue
 * (<div class="plainframe-wireframe" data-content-id="...">, rendered by the Confluence macro and the Jira
 * issue panel, which also require this web resource), tells the reader what they may do and why
 * (GET /status), offers "Request an editor seat" to those who may not edit, the edit action to editors, and
 * shows admins (only) the license's problems and warnings. A page or issue with several wireframes asks once
 * and says the status in its first container; the others get the edit action only. Anonymous readers get
 * nothing extra: viewing needs no Plainframe account. Texts come from the i18n bundle (AJS.I18n.getText) or the server's messages,
 * inserted as text. Jira loads issues by AJAX, so containers are picked up again when new content arrives.
 */
(function () {
    'use strict';

    var CONTAINER = '.plainframe-wireframe[data-content-id]';
    var forms = 0;

    var el = PlainframeCommon.el;

    function message(type, text, className) {
        return el('div', {className: 'aui-message aui-message-' + type + ' ' + className,
            role: type === 'error' ? 'alert' : 'status'}, [el('p', {text: text})]);
    }

    function api(method, path, body) {
        return PlainframeCommon.call(method, PlainframeCommon.rest() + path, body).then(function (answer) {
            var json = answer.json || {};
            if (!answer.ok) {
                throw {status: answer.status,
                    message: json.message || AJS.I18n.getText('plainframe.admin.js.failed', answer.status)};
            }
            return json;
        }, function () {
            throw {status: 0, message: AJS.I18n.getText('plainframe.admin.js.offline')};
        });
    }

    function requestForm(panel, button) {
        var noteId = 'plainframe-request-note-' + (++forms);
        var send = el('button', {type: 'submit', className: 'aui-button aui-button-primary plainframe-request-send',
            text: AJS.I18n.getText('plainframe.content.send')});
        var form = el('form', {className: 'aui plainframe-request-form', novalidate: true}, [
            el('div', {className: 'field-group'}, [
                el('label', {'for': noteId, text: AJS.I18n.getText('plainframe.content.note')}),
                el('textarea', {className: 'textarea plainframe-request-note', id: noteId, rows: '2',
                    maxlength: '1000'})
            ]),
            el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [
                send,
                el('button', {type: 'button', className: 'aui-button aui-button-link plainframe-request-cancel',
                    text: AJS.I18n.getText('plainframe.content.cancel')})
            ])])
        ]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            send.disabled = true;
            api('POST', '/seat-requests', {note: form.querySelector('textarea').value}).then(function (answer) {
                var done = message('success', answer.message, 'plainframe-request-result');
                form.replaceWith(done);
                done.setAttribute('tabindex', '-1');
                done.focus();
            }, function (error) {
                send.disabled = false;
                var old = panel.querySelector('.plainframe-request-result');
                if (old) {
                    old.remove();
                }
                form.parentNode.insertBefore(message('error', error.message, 'plainframe-request-result'), form);
            });
        });
        form.querySelector('.plainframe-request-cancel').addEventListener('click', function () {
            form.remove();
            button.hidden = false;
            button.focus();
        });
        return form;
    }

    function editButton(container) {
        var fresh = container.hasAttribute('data-wireframe-new') || container.getAttribute('data-version') === '0';
        var edit = el('button', {type: 'button', className: 'aui-button aui-button-primary plainframe-edit',
            text: fresh ? AJS.I18n.getText('plainframe.content.new') : AJS.I18n.getText('plainframe.content.edit')});
        edit.addEventListener('click', function () {
            // The wireframe editor listens for this on the container.
            container.dispatchEvent(new CustomEvent('plainframe:edit', {bubbles: true,
                detail: {contentId: container.getAttribute('data-content-id')}}));
        });
        return edit;
    }

    // Further containers of the same page or issue: the edit action only, the status is said once.
    function renderCompact(container, status) {
        if (status.me.canEdit) {
            container.insertBefore(el('div', {className: 'plainframe-status plainframe-status-compact',
                'data-reason': status.me.reason}, [editButton(container)]), container.firstChild);
        }
    }

    function render(container, status) {
        var me = status.me;
        var panel = el('div', {className: 'plainframe-status', role: 'group', 'data-reason': me.reason,
            'aria-label': AJS.I18n.getText('plainframe.content.label')});
        if (status.warnings && status.warnings.length > 0) {
            var banner = el('div', {className: 'aui-message aui-message-warning plainframe-admin-banner',
                role: 'status'});
            banner.appendChild(el('p', {className: 'title'}, [el('strong',
                {text: AJS.I18n.getText('plainframe.content.admin-banner')})]));
            status.warnings.forEach(function (warning) {
                banner.appendChild(el('p', {text: warning.message}));
            });
            panel.appendChild(banner);
        }
        panel.appendChild(el('p', {className: 'plainframe-status-message', text: me.message}));
        if (me.canEdit) {
            panel.appendChild(editButton(container));
        } else if (me.canView && me.reason !== 'NO_EDIT_PERMISSION') {
            if (me.seatRequested) {
                panel.appendChild(el('p', {className: 'plainframe-request-pending',
                    text: AJS.I18n.getText('plainframe.content.requested')}));
            } else if (me.canRequestSeat) {
                // Not without a license, and not to an editor already waiting for a seat (/status says so).
                var request = el('button', {type: 'button', className: 'aui-button plainframe-request-seat',
                    text: AJS.I18n.getText('plainframe.content.request')});
                request.addEventListener('click', function () {
                    request.hidden = true;
                    var form = requestForm(panel, request);
                    panel.appendChild(form);
                    form.querySelector('textarea').focus();
                });
                panel.appendChild(request);
            }
        }
        container.insertBefore(panel, container.firstChild);
    }

    function scan(root) {
        var scope = root && root.querySelectorAll ? root : document;
        var statuses = {};
        Array.prototype.forEach.call(scope.querySelectorAll(CONTAINER), function (container) {
            if (container.hasAttribute('data-plainframe-status')) {
                return;
            }
            container.setAttribute('data-plainframe-status', 'loading');
            var id = container.getAttribute('data-content-id');
            // One request per page or issue, however many wireframes it shows; the first container says it.
            var first = !statuses.hasOwnProperty(id);
            if (first) {
                statuses[id] = api('GET', '/status?contentId=' + encodeURIComponent(id));
            }
            statuses[id].then(function (status) {
                (first ? render : renderCompact)(container, status);
                container.setAttribute('data-plainframe-status', 'shown');
            }, function (error) {
                container.setAttribute('data-plainframe-status', 'failed');
                if (first && error.status !== 401) {
                    container.insertBefore(message('error', error.message, 'plainframe-status-error'),
                        container.firstChild);
                }
            });
        });
    }

    /**
     * Jira's AMD event modules (web resource jira.webresources:jira-events), or null where the page has none
     * (Confluence). Jira announces content it loads by AJAX (the issue navigator, j/k, a refreshed panel) as
     * NEW_CONTENT_ADDED with the new content and a reason; the JIRA.* globals are deprecated.
     */
    function jiraEvents() {
        if (typeof window.require !== 'function') {
            return null;
        }
        try {
            return {events: window.require('jira/util/events'), types: window.require('jira/util/events/types')};
        } catch (e) {
            return null;
        }
    }

    function init() {
        scan(document);
        var jira = jiraEvents();
        if (jira && jira.types.NEW_CONTENT_ADDED) {
            // Every reason (pageLoad, panelRefreshed, ...): a container is set up once, whatever brought it.
            jira.events.bind(jira.types.NEW_CONTENT_ADDED, function (event, context) {
                scan(context && context[0] ? context[0] : document);
            });
        }
    }

    if (window.AJS && AJS.toInit) {
        AJS.toInit(init);
    } else {
        document.addEventListener('DOMContentLoaded', init);
    }
}());
