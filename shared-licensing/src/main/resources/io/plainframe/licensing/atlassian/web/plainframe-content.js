/*
 * Plainframe on a Confluence page or a Jira issue: tells the reader what they may do with its wireframes and
 * why (GET /status), offers "Request an editor seat" to those who may not edit, the edit action to editors,
 * and shows admins (only) the license's expiry and seat warnings as a banner. Texts come from the i18n bundle
 * (AJS.I18n.getText) or the server's messages, inserted as text.
 */
(function () {
    'use strict';

    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'text') {
                node.textContent = value;
            } else if (name === 'className') {
                node.className = value;
            } else {
                node.setAttribute(name, value === true ? '' : value);
            }
        });
        (children || []).forEach(function (child) {
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    function message(type, text, id) {
        return el('div', {className: 'aui-message aui-message-' + type, id: id,
            role: type === 'error' ? 'alert' : 'status'}, [el('p', {text: text})]);
    }

    /** The page's id (Confluence's ajs-page-id) or the issue's key (Jira's #key-val). */
    function contentId() {
        var page = document.querySelector('meta[name="ajs-page-id"]');
        if (page && page.getAttribute('content')) {
            return page.getAttribute('content');
        }
        var issue = document.getElementById('key-val');
        return issue ? issue.getAttribute('data-issue-key') || issue.textContent.trim() : null;
    }

    function contextPath() {
        if (window.AJS && AJS.contextPath) {
            return AJS.contextPath();
        }
        var meta = document.querySelector('meta[name="ajs-context-path"]');
        return meta ? meta.getAttribute('content') : '';
    }

    function api(method, path, body) {
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        return fetch(contextPath() + '/rest/plainframe/1.0' + path, {
            method: method, credentials: 'same-origin', headers: headers,
            body: body === undefined ? undefined : JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                if (!response.ok) {
                    throw {message: json.message || AJS.I18n.getText('plainframe.admin.js.failed', response.status)};
                }
                return json;
            });
        });
    }

    function requestForm(panel) {
        var form = el('form', {className: 'aui', id: 'plainframe-request-form', novalidate: true}, [
            el('div', {className: 'field-group'}, [
                el('label', {'for': 'plainframe-request-note', text: AJS.I18n.getText('plainframe.content.note')}),
                el('textarea', {className: 'textarea', id: 'plainframe-request-note', rows: '2', maxlength: '1000'})
            ]),
            el('div', {className: 'buttons-container'}, [el('div', {className: 'buttons'}, [
                el('button', {type: 'submit', className: 'aui-button aui-button-primary',
                    id: 'plainframe-request-send', text: AJS.I18n.getText('plainframe.content.send')}),
                el('button', {type: 'button', className: 'aui-button aui-button-link',
                    id: 'plainframe-request-cancel', text: AJS.I18n.getText('plainframe.content.cancel')})
            ])])
        ]);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            api('POST', '/seat-requests', {note: document.getElementById('plainframe-request-note').value})
                .then(function (answer) {
                    form.replaceWith(message('success', answer.message, 'plainframe-request-result'));
                }, function (error) {
                    form.parentNode.insertBefore(message('error', error.message, 'plainframe-request-result'), form);
                });
        });
        form.querySelector('#plainframe-request-cancel').addEventListener('click', function () {
            form.remove();
            panel.querySelector('#plainframe-request-seat').hidden = false;
            panel.querySelector('#plainframe-request-seat').focus();
        });
        return form;
    }

    function render(host, status) {
        var me = status.me;
        var panel = el('section', {id: 'plainframe-status', className: 'plainframe-status',
            'aria-label': AJS.I18n.getText('plainframe.content.label'), 'data-reason': me.reason});
        if (status.warnings && status.warnings.length > 0) {
            var banner = el('div', {id: 'plainframe-admin-banner', className: 'aui-message aui-message-warning',
                role: 'status'});
            banner.appendChild(el('p', {className: 'title'}, [el('strong',
                {text: AJS.I18n.getText('plainframe.content.admin-banner')})]));
            status.warnings.forEach(function (warning) {
                banner.appendChild(el('p', {text: warning.message}));
            });
            panel.appendChild(banner);
        }
        panel.appendChild(el('p', {id: 'plainframe-status-message', text: me.message}));
        if (me.canEdit) {
            panel.appendChild(el('button', {type: 'button', className: 'aui-button aui-button-primary',
                id: 'plainframe-edit', text: AJS.I18n.getText('plainframe.content.edit')}));
            panel.querySelector('#plainframe-edit').addEventListener('click', function () {
                // The wireframe editor (issue 7) listens for this on the page.
                document.dispatchEvent(new CustomEvent('plainframe:edit', {detail: {contentId: contentId()}}));
            });
        } else if (me.canView && me.reason !== 'NO_EDIT_PERMISSION') {
            if (me.seatRequested) {
                panel.appendChild(el('p', {id: 'plainframe-request-pending',
                    text: AJS.I18n.getText('plainframe.content.requested')}));
            } else {
                var button = el('button', {type: 'button', className: 'aui-button', id: 'plainframe-request-seat',
                    text: AJS.I18n.getText('plainframe.content.request')});
                button.addEventListener('click', function () {
                    button.hidden = true;
                    var form = requestForm(panel);
                    panel.appendChild(form);
                    form.querySelector('textarea').focus();
                });
                panel.appendChild(button);
            }
        }
        host.insertBefore(panel, host.firstChild);
    }

    function init() {
        var id = contentId();
        var host = document.getElementById('main-content');
        if (!id || !host) {
            return;
        }
        api('GET', '/status?contentId=' + encodeURIComponent(id)).then(function (status) {
            render(host, status);
        }, function (error) {
            host.insertBefore(message('error', error.message, 'plainframe-status-error'), host.firstChild);
        });
    }

    if (window.AJS && AJS.toInit) {
        AJS.toInit(init);
    } else {
        document.addEventListener('DOMContentLoaded', init);
    }
}());
