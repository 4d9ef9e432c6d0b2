/*
 * Plainframe's admin page (SPEC 5): License, Editors, Requests, Audit and About, all through the REST API of
 * SPEC 6. Texts come from the plugin's i18n bundle through the host's jsI18n transform (AJS.I18n.getText) or,
 * for outcomes, from the server's "message". Everything the server or a user wrote is inserted as text, never
 * as HTML. Runs on the host's AUI; bundles nothing.
 */
(function () {
    'use strict';

    var PAGE_SIZE = 50;
    var AUDIT_FIRST = 100;
    var AUDIT_ALL = 1000;
    var USER_RESULTS = 10;

    var root;
    var rest;
    var editorsStart = 0;
    var editorsTotal = 0;
    var lastPreviewedKey = null;
    var lastPreview = null;
    var userSearchTimer = null;
    var editorFilterTimer = null;
    var editorsRequest = 0;
    var loadFailed = false;

    function byId(id) {
        return document.getElementById(id);
    }

    var el = PlainframeCommon.el;

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
        return node;
    }

    /** The server's text in the host's date format when it sent one; else the browser's rendering of the ISO. */
    function date(iso, text) {
        if (typeof text === 'string' && text) {
            return text;
        }
        if (!iso) {
            return '';
        }
        var parsed = new Date(iso);
        return isNaN(parsed.getTime()) ? iso : parsed.toLocaleString(document.documentElement.lang || undefined);
    }

    /** A license's day: the server's text in the host's date format when it sent one, else the ISO day. */
    function day(iso, text) {
        return typeof text === 'string' && text ? text : iso;
    }

    /** An AUI message built from text. */
    function message(type, text, id) {
        return el('div', {className: 'aui-message aui-message-' + type, id: id,
            role: type === 'error' ? 'alert' : 'status'}, [el('p', {text: text})]);
    }

    /** Shows the outcome of an action at the top of the page, replacing the previous one, and moves focus there. */
    function say(type, text, link) {
        var area = clear(byId('plainframe-messages'));
        var shown = message(type, text, 'plainframe-message');
        shown.setAttribute('tabindex', '-1');
        if (link) {
            shown.appendChild(el('p', {}, [el('a', {href: link.href, id: 'plainframe-message-link', text: link.text})]));
        }
        area.appendChild(shown);
        return shown;
    }

    /** Keeps a button from being pressed twice while its request runs. */
    function busy(button, promise) {
        button.disabled = true;
        return promise.then(function (result) {
            button.disabled = false;
            return result;
        }, function (error) {
            button.disabled = false;
            throw error;
        });
    }

    function userLabel(displayName, username) {
        return AJS.I18n.getText('plainframe.admin.js.user', displayName, username);
    }

    /**
     * Calls the REST API. Resolves with the JSON answer; rejects with {status, code, message}. An expired
     * WebSudo session reloads the page, which asks for the password and comes back.
     */
    function api(method, path, body, contentType) {
        return PlainframeCommon.call(method, rest + path, body, contentType).then(function (answer) {
            var json = answer.json;
            if (!answer.ok) {
                throw {
                    status: answer.status,
                    code: json && json.code,
                    // The password must be confirmed again: say so and let the admin choose when to reload,
                    // rather than throw away what they typed.
                    webSudo: answer.status === 401 && json && json.code === 'WEBSUDO_REQUIRED',
                    body: json,
                    message: json && json.message
                        ? json.message : AJS.I18n.getText('plainframe.admin.js.failed', answer.status)
                };
            }
            return json;
        }, function () {
            throw {status: 0, message: AJS.I18n.getText('plainframe.admin.js.offline')};
        });
    }

    function failed(error) {
        loadFailed = true;
        say('error', error.message, error.webSudo
            ? {href: window.location.href, text: AJS.I18n.getText('plainframe.admin.js.reauthenticate')} : null);
    }

    // License ----------------------------------------------------------------------------------------------

    function detail(list, label, value, id) {
        if (value === null || value === undefined || value === '') {
            return;
        }
        list.appendChild(el('dt', {text: label}));
        list.appendChild(el('dd', {text: String(value), id: id}));
    }

    function editorsText(count) {
        return count === null || count === undefined
            ? AJS.I18n.getText('plainframe.admin.js.unlimited') : String(count);
    }

    function describeLicense(list, license) {
        detail(list, AJS.I18n.getText('plainframe.admin.js.source'), license.source === 'MARKETPLACE'
            ? AJS.I18n.getText('plainframe.admin.js.source.marketplace')
            : AJS.I18n.getText('plainframe.admin.js.source.vendor'));
        detail(list, AJS.I18n.getText('plainframe.admin.js.licensee'), license.licensee, 'plainframe-licensee');
        detail(list, AJS.I18n.getText('plainframe.admin.js.license-id'), license.licenseId || license.sen);
        detail(list, AJS.I18n.getText('plainframe.admin.js.editors'), editorsText(license.editors),
            'plainframe-licensed-editors');
        detail(list, AJS.I18n.getText('plainframe.admin.js.type'), license.evaluation
            ? AJS.I18n.getText('plainframe.admin.js.evaluation') : license.type);
        detail(list, AJS.I18n.getText('plainframe.admin.js.maintenance-end'),
            day(license.maintenanceEnd, license.maintenanceEndText), 'plainframe-maintenance-end');
        detail(list, AJS.I18n.getText('plainframe.admin.js.expiry'), day(license.expiry, license.expiryText));
        detail(list, AJS.I18n.getText('plainframe.admin.js.supersedes'), license.supersedes);
    }

    function loadLicense() {
        return api('GET', '/license').then(function (license) {
            var status = clear(byId('plainframe-license-status'));
            status.appendChild(message(license.valid ? 'success' : (license.source === 'NONE' ? 'info' : 'error'),
                license.reason.message, 'plainframe-license-message'));
            if (license.storageProblem) {
                var recovery = el('div', {id: 'plainframe-recovery'});
                status.appendChild(recovery);
                PlainframeRecovery.show(recovery, api, say, refreshAll).catch(failed);
            }
            var details = clear(byId('plainframe-license-details'));
            if (license.governing) {
                describeLicense(details, license.governing);
            }
            details.hidden = !license.governing;

            var other = clear(byId('plainframe-other-license'));
            var second = license.source === 'VENDOR' ? license.marketplace
                : (license.source === 'MARKETPLACE' ? license.vendorKey : null);
            if (second) {
                other.appendChild(el('p', {id: 'plainframe-other-license-text',
                    text: AJS.I18n.getText('plainframe.admin.js.other-license', second.message)}));
            }

            var warnings = clear(byId('plainframe-license-warnings'));
            license.warnings.forEach(function (warning) {
                warnings.appendChild(el('li', {}, [message('warning', warning.message)]));
            });

            byId('plainframe-remove-license').hidden = !license.vendorKey;
            byId('plainframe-covered').textContent = day(license.maintenanceEnd, license.maintenanceEndText)
                || AJS.I18n.getText('plainframe.admin.js.no-maintenance');
            byId('plainframe-server-id').textContent = license.serverId;
            byId('plainframe-build-date').textContent = license.buildDateAssumed
                ? AJS.I18n.getText('plainframe.admin.js.build-date-assumed', license.buildDate) : license.buildDate;
            var guard = clear(byId('plainframe-update-guard'));
            guard.appendChild(license.maintenanceEnd
                ? message('info', AJS.I18n.getText('plainframe.admin.js.update-guard',
                    day(license.maintenanceEnd, license.maintenanceEndText)),
                    'plainframe-update-guard-text')
                : message('warning', AJS.I18n.getText('plainframe.admin.js.update-guard.none'),
                    'plainframe-update-guard-text'));
            byId('plainframe-summary-license').textContent = license.message;
            showSeats(license.seats);
            return license;
        }).catch(failed);
    }

    function preview(event) {
        event.preventDefault();
        var key = byId('plainframe-key').value;
        var result = clear(byId('plainframe-preview-result'));
        byId('plainframe-apply').disabled = true;
        lastPreviewedKey = null;
        if (!key.trim()) {
            result.appendChild(message('error', AJS.I18n.getText('plainframe.admin.js.key-empty'),
                'plainframe-preview-message'));
            byId('plainframe-key').focus();
            return;
        }
        busy(byId('plainframe-preview'), api('POST', '/license/preview', {key: key})).then(function (found) {
            if (byId('plainframe-key').value !== key) {
                return; // The key changed while it was checked; the new one needs its own preview.
            }
            clear(result);
            PlainframeLicensePreview.show(result, found, function (license) {
                var list = el('dl', {id: 'plainframe-preview-details'});
                describeLicense(list, license);
                if (license.code !== 'WRONG_PRODUCT') { // Coverage and editors are this product's facts.
                    detail(list, AJS.I18n.getText('plainframe.admin.js.covers-build'), license.coversThisBuild
                        ? AJS.I18n.getText('plainframe.admin.js.yes') : AJS.I18n.getText('plainframe.admin.js.no'),
                        'plainframe-preview-covers');
                    detail(list, AJS.I18n.getText('plainframe.admin.js.current-editors'), license.currentEditors,
                        'plainframe-preview-current');
                }
                return list;
            });
            lastPreview = found;
            if (found.valid) {
                lastPreviewedKey = key;
                byId('plainframe-apply').disabled = false;
            }
        }).catch(function (error) {
            clear(result).appendChild(message('error', error.message, 'plainframe-preview-message'));
        });
    }

    function apply() {
        var key = byId('plainframe-key').value;
        if (key !== lastPreviewedKey) {
            byId('plainframe-apply').disabled = true;
            return;
        }
        busy(byId('plainframe-apply'), PlainframeLicensePreview.apply(lastPreview, function (acceptLosses) {
            return api('PUT', '/license', {key: key, acceptLosses: acceptLosses});
        })).then(function (license) {
            if (!license) {
                return; // The admin kept the current license.
            }
            byId('plainframe-key').value = '';
            lastPreviewedKey = null;
            byId('plainframe-apply').disabled = true;
            clear(byId('plainframe-preview-result'));
            say('success', AJS.I18n.getText('plainframe.admin.js.applied', license.message));
            refreshAll();
        }).catch(failed).then(function () {
            byId('plainframe-apply').disabled = byId('plainframe-key').value !== lastPreviewedKey;
        });
    }

    function removeLicense() {
        if (!window.confirm(AJS.I18n.getText('plainframe.admin.js.remove-license-confirm'))) {
            return;
        }
        busy(byId('plainframe-remove-license'), api('DELETE', '/license')).then(function (answer) {
            say('success', answer.message);
            refreshAll();
        }).catch(failed);
    }

    // Editors ----------------------------------------------------------------------------------------------

    function showSeats(seats) {
        var text;
        if (seats.limit === null) {
            text = AJS.I18n.getText('plainframe.admin.js.seats-unlimited', seats.used);
        } else if (seats.limit === 0) {
            text = AJS.I18n.getText('plainframe.admin.js.seats-none');
        } else {
            text = AJS.I18n.getText('plainframe.admin.js.seats', seats.used, seats.limit);
        }
        byId('plainframe-seat-text').textContent = text;
        byId('plainframe-seats').textContent = text;
        var progress = byId('plainframe-seat-progress');
        progress.hidden = !seats.limit;
        progress.max = seats.limit || 1;
        progress.value = Math.min(seats.used, seats.limit || 0);
        byId('plainframe-waiting-text').textContent = seats.waiting > 0
            ? AJS.I18n.getText('plainframe.admin.js.waiting', seats.waiting) : '';
    }

    var STATES = {
        LICENSED: ['aui-lozenge-success', AJS.I18n.getText('plainframe.admin.state.licensed')],
        WAITING: ['aui-lozenge-moved', AJS.I18n.getText('plainframe.admin.state.waiting')],
        INACTIVE: ['', AJS.I18n.getText('plainframe.admin.state.inactive')],
        MISSING: ['aui-lozenge-removed', AJS.I18n.getText('plainframe.admin.state.missing')]
    };

    function lozenge(state) {
        var look = STATES[state] || ['', state];
        return el('span', {className: 'aui-lozenge ' + look[0], text: look[1]});
    }

    function loadEditors() {
        var query = byId('plainframe-editor-query').value;
        var state = byId('plainframe-editor-state').value;
        var mine = ++editorsRequest;
        var path = '/editors?start=' + editorsStart + '&limit=' + PAGE_SIZE + '&query=' + encodeURIComponent(query)
            + '&state=' + encodeURIComponent(state);
        return api('GET', path).then(function (page) {
            if (mine !== editorsRequest) {
                return; // A newer search, filter or page is on its way.
            }
            if (page.total > 0 && editorsStart >= page.total) {
                editorsStart = Math.max(0, Math.floor((page.total - 1) / PAGE_SIZE) * PAGE_SIZE);
                return loadEditors();
            }
            editorsTotal = page.total;
            showSeats(page.seats);
            var body = clear(byId('plainframe-editors'));
            page.editors.forEach(function (editor) {
                var direct = editor.source === 'DIRECT';
                var select = el('input', {type: 'checkbox', className: 'plainframe-select',
                    'data-username': editor.username, disabled: !direct,
                    'aria-label': AJS.I18n.getText('plainframe.admin.js.select', editor.username)});
                var action = direct
                    ? el('button', {type: 'button', className: 'aui-button aui-button-link plainframe-remove',
                        'data-username': editor.username,
                        'aria-label': AJS.I18n.getText('plainframe.admin.js.remove-one', editor.username),
                        text: AJS.I18n.getText('plainframe.admin.js.remove')})
                    : el('span', {text: AJS.I18n.getText('plainframe.admin.js.via-group')});
                body.appendChild(el('tr', {'data-username': editor.username}, [
                    el('td', {}, [select]),
                    el('td', {text: editor.displayName}),
                    el('td', {text: editor.username}),
                    el('td', {text: editor.email || ''}),
                    el('td', {text: direct ? AJS.I18n.getText('plainframe.admin.source.direct')
                        : AJS.I18n.getText('plainframe.admin.source.group')}),
                    el('td', {text: date(editor.seatedAt, editor.seatedAtText)}),
                    el('td', {}, [lozenge(editor.state)]),
                    el('td', {}, [action])
                ]));
            });
            byId('plainframe-editors-empty').hidden = page.editors.length > 0;
            byId('plainframe-select-all').checked = false;
            byId('plainframe-remove-selected').disabled = true;
            byId('plainframe-prev').disabled = editorsStart === 0;
            byId('plainframe-next').disabled = editorsStart + PAGE_SIZE >= page.total;
            byId('plainframe-page-info').textContent = page.total === 0 ? ''
                : AJS.I18n.getText('plainframe.admin.js.page', editorsStart + 1,
                    editorsStart + page.editors.length, page.total);
        }).catch(failed);
    }

    function addEditors(usernames, button) {
        return busy(button, api('POST', '/editors', {usernames: usernames})).then(function (answer) {
            say('success', answer.message);
            refreshEditors();
            return true;
        }).catch(function (error) {
            failed(error);
            return false;
        });
    }

    /**
     * Who the picker offers, resolving with [{username, displayName}] of active users. Jira: its own user picker
     * search, /rest/api/2/user/picker. Confluence Data Center has no supported REST user search (its
     * /rest/api/search/user is Cloud's), so there Plainframe's own GET /users, which asks Confluence's directory.
     */
    function hostUserSearch(query) {
        if (root.getAttribute('data-product') !== 'jira') {
            return api('GET', '/users?query=' + encodeURIComponent(query)).then(function (found) {
                return (found.users || []).filter(function (user) {
                    return user.active;
                }).slice(0, USER_RESULTS).map(function (user) {
                    return {username: user.username, displayName: user.displayName};
                });
            });
        }
        var url = root.getAttribute('data-context-path') + '/rest/api/2/user/picker?maxResults=' + USER_RESULTS
            + '&query=' + encodeURIComponent(query);
        return fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) {
                if (!response.ok) {
                    throw {message: AJS.I18n.getText('plainframe.admin.js.failed', response.status)};
                }
                return response.json();
            }, function () {
                throw {message: AJS.I18n.getText('plainframe.admin.js.offline')};
            }).then(function (found) {
                return (found.users || []).map(function (user) {
                    return {username: user.name, displayName: user.displayName};
                });
            });
    }

    function searchUsers(event) {
        if (event) {
            event.preventDefault();
        }
        var query = byId('plainframe-user-query').value.trim();
        var results = clear(byId('plainframe-user-results'));
        if (!query) {
            return;
        }
        hostUserSearch(query).then(function (users) {
            if (byId('plainframe-user-query').value.trim() !== query) {
                return;
            }
            clear(results);
            if (users.length === 0) {
                results.appendChild(el('li', {text: AJS.I18n.getText('plainframe.admin.js.no-users')}));
            }
            users.forEach(function (user) {
                var label = userLabel(user.displayName, user.username);
                results.appendChild(el('li', {}, [el('span', {text: label}), ' ',
                    el('button', {type: 'button', className: 'aui-button aui-button-compact plainframe-add-user',
                        'data-username': user.username,
                        'aria-label': AJS.I18n.getText('plainframe.admin.js.add-one', label),
                        text: AJS.I18n.getText('plainframe.admin.js.add')})]));
            });
        }).catch(failed);
    }

    function bulkAdd(event) {
        event.preventDefault();
        var usernames = byId('plainframe-bulk').value.split(/[\s,;]+/).filter(function (name) {
            return name.length > 0;
        });
        if (usernames.length === 0) {
            say('error', AJS.I18n.getText('plainframe.admin.js.bulk-empty'));
            byId('plainframe-bulk').focus();
            return;
        }
        addEditors(usernames, byId('plainframe-bulk-add')).then(function (added) {
            if (added) {
                byId('plainframe-bulk').value = '';
            }
        });
    }

    function importCsv(event) {
        event.preventDefault();
        var file = byId('plainframe-csv').files[0];
        if (!file) {
            say('error', AJS.I18n.getText('plainframe.admin.js.csv-none'));
            byId('plainframe-csv').focus();
            return;
        }
        busy(byId('plainframe-import'), file.text().then(function (text) {
            return api('POST', '/editors/import', text, 'text/csv');
        })).then(function (answer) {
            say('success', answer.message);
            byId('plainframe-csv').value = '';
            refreshEditors();
        }).catch(failed);
    }

    /** Removes direct editors one request at a time, so each removal is audited and a failure stops the rest. */
    function removeEditors(usernames) {
        if (usernames.length === 0 || !window.confirm(usernames.length === 1
            ? AJS.I18n.getText('plainframe.admin.js.remove-confirm', usernames[0])
            : AJS.I18n.getText('plainframe.admin.js.remove-many-confirm', usernames.length))) {
            return;
        }
        var removed = 0;
        var next = Promise.resolve();
        usernames.forEach(function (username) {
            next = next.then(function () {
                return api('DELETE', '/editors/' + encodeURIComponent(username)).then(function () {
                    removed++;
                });
            });
        });
        busy(byId('plainframe-remove-selected'), next).then(function () {
            say('success', AJS.I18n.getText('plainframe.admin.js.removed', removed)).focus();
        }, function (error) {
            failed({message: AJS.I18n.getText('plainframe.admin.js.removed-then-failed', removed, error.message),
                webSudo: error.webSudo});
        }).then(refreshEditors);
    }

    function loadSettings() {
        return api('GET', '/settings').then(function (settings) {
            byId('plainframe-group').value = settings.editorsGroup;
            byId('plainframe-mode-' + settings.mode).checked = true;
            // Offered when the license allows it; kept selectable while it is the saved mode, so it can be left.
            byId('plainframe-mode-everyone').disabled = !settings.everyoneAllowed && settings.mode !== 'everyone';
        }).catch(failed);
    }

    /**
     * Saves the mode and the editors group. A group that would remove editors is answered 409 REMOVES_EDITORS with a
     * sentence naming them; the admin confirms it (or not) and the same change is sent again, confirmed.
     */
    function saveSettings(event) {
        event.preventDefault();
        closeGroupOptions();
        var mode = document.querySelector('input[name="plainframe-mode"]:checked');
        var group = byId('plainframe-group');
        var wanted = {mode: mode ? mode.value : 'selected', editorsGroup: group.value};
        group.removeAttribute('aria-invalid');
        var send = function (confirmed) {
            wanted.confirmRemovals = confirmed;
            return api('PUT', '/settings', wanted).catch(function (error) {
                if (!confirmed && error.code === 'REMOVES_EDITORS') {
                    if (window.confirm(error.message)) {
                        return send(true);
                    }
                    return null;
                }
                throw error;
            });
        };
        busy(byId('plainframe-save-settings'), send(false)).then(function (saved) {
            if (saved) {
                say('success', AJS.I18n.getText('plainframe.admin.js.settings-saved'));
                refreshAll();
            }
        }).catch(function (error) {
            failed(error);
            if (error.code === 'UNKNOWN_GROUP' || error.code === 'INVALID_GROUP') {
                group.setAttribute('aria-invalid', 'true');
                group.focus();
            }
        });
    }

    // The editors-group picker: an ARIA combobox over the host's groups (GET /groups?query=), by mouse or keyboard
    // (arrows move, Enter picks, Escape closes). The admin may still type a name; the server checks it exists.

    var groupSearchTimer = null;
    var groupSearchRequest = 0;

    function groupOptions() {
        return Array.prototype.slice.call(byId('plainframe-group-options').querySelectorAll('[role="option"]'));
    }

    function closeGroupOptions() {
        var list = byId('plainframe-group-options');
        clear(list).hidden = true;
        byId('plainframe-group').setAttribute('aria-expanded', 'false');
        byId('plainframe-group').removeAttribute('aria-activedescendant');
    }

    function showGroupOptions(names) {
        var list = clear(byId('plainframe-group-options'));
        names.forEach(function (name, index) {
            list.appendChild(el('li', {role: 'option', id: 'plainframe-group-option-' + index,
                className: 'plainframe-group-option', 'data-group': name, 'aria-selected': 'false', text: name}));
        });
        if (names.length === 0) {
            list.appendChild(el('li', {className: 'plainframe-group-none', role: 'presentation',
                text: AJS.I18n.getText('plainframe.admin.js.no-groups')}));
        }
        list.hidden = false;
        byId('plainframe-group').setAttribute('aria-expanded', 'true');
    }

    function searchGroups() {
        var query = byId('plainframe-group').value.trim();
        var mine = ++groupSearchRequest;
        api('GET', '/groups?query=' + encodeURIComponent(query)).then(function (answer) {
            if (mine === groupSearchRequest && document.activeElement === byId('plainframe-group')) {
                showGroupOptions(answer.groups);
            }
        }).catch(failed);
    }

    function activateGroupOption(step) {
        var options = groupOptions();
        if (options.length === 0) {
            return;
        }
        var current = options.findIndex(function (option) {
            return option.getAttribute('aria-selected') === 'true';
        });
        var next = current < 0 ? (step > 0 ? 0 : options.length - 1)
            : (current + step + options.length) % options.length;
        options.forEach(function (option, index) {
            option.setAttribute('aria-selected', index === next ? 'true' : 'false');
        });
        options[next].scrollIntoView({block: 'nearest'});
        byId('plainframe-group').setAttribute('aria-activedescendant', options[next].id);
    }

    function pickGroup(option) {
        byId('plainframe-group').value = option.getAttribute('data-group');
        byId('plainframe-group').removeAttribute('aria-invalid');
        closeGroupOptions();
        byId('plainframe-group').focus();
    }

    function wireGroupPicker() {
        var input = byId('plainframe-group');
        input.addEventListener('input', function () {
            window.clearTimeout(groupSearchTimer);
            groupSearchTimer = window.setTimeout(searchGroups, 250);
        });
        input.addEventListener('keydown', function (event) {
            var open = !byId('plainframe-group-options').hidden;
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                if (open) {
                    activateGroupOption(event.key === 'ArrowDown' ? 1 : -1);
                } else {
                    searchGroups();
                }
            } else if (event.key === 'Enter' && open) {
                var active = byId('plainframe-group-options').querySelector('[aria-selected="true"]');
                if (active) {
                    event.preventDefault();
                    pickGroup(active);
                }
            } else if (event.key === 'Escape' && open) {
                event.preventDefault();
                closeGroupOptions();
            }
        });
        input.addEventListener('blur', function () {
            // After a click on an option has picked it.
            window.setTimeout(function () {
                if (document.activeElement !== input) {
                    closeGroupOptions();
                }
            }, 200);
        });
        byId('plainframe-group-options').addEventListener('mousedown', function (event) {
            var option = event.target.closest('.plainframe-group-option');
            if (option) {
                event.preventDefault();
                pickGroup(option);
            }
        });
    }

    // Requests and audit -------------------------------------------------------------------------------------

    function loadRequests() {
        return api('GET', '/seat-requests').then(function (answer) {
            var body = clear(byId('plainframe-requests'));
            answer.requests.forEach(function (request) {
                var who = userLabel(request.displayName, request.username);
                body.appendChild(el('tr', {'data-request': request.id}, [
                    // Isolated, so a name or an older note with direction overrides cannot reorder the row.
                    el('td', {dir: 'auto'}, [el('bdi', {text: who})]),
                    el('td', {dir: 'auto', className: 'plainframe-request-note-cell'}, [el('bdi', {text: request.note || ''})]),
                    el('td', {text: date(request.requestedAt, request.requestedAtText)}),
                    el('td', {}, [
                        el('button', {type: 'button', className: 'aui-button aui-button-primary plainframe-approve',
                            'data-request': request.id, text: AJS.I18n.getText('plainframe.admin.js.approve'),
                            'aria-label': AJS.I18n.getText('plainframe.admin.js.approve-one', who),
                            disabled: !answer.canApprove, title: answer.approveBlocked,
                            'aria-describedby': answer.canApprove ? null : 'plainframe-requests-blocked'}),
                        ' ',
                        el('button', {type: 'button', className: 'aui-button plainframe-dismiss',
                            'data-request': request.id, text: AJS.I18n.getText('plainframe.admin.js.dismiss'),
                            'aria-label': AJS.I18n.getText('plainframe.admin.js.dismiss-one', who)})
                    ])
                ]));
            });
            byId('plainframe-requests-empty').hidden = answer.requests.length > 0;
            var blocked = byId('plainframe-requests-blocked');
            blocked.hidden = answer.canApprove || answer.requests.length === 0;
            blocked.textContent = answer.approveBlocked || '';
            var badge = byId('plainframe-requests-badge');
            badge.textContent = String(answer.requests.length);
            badge.hidden = answer.requests.length === 0;
        }).catch(failed);
    }

    function handleRequest(id, action, button) {
        busy(button, api('POST', '/seat-requests/' + encodeURIComponent(id) + '/' + action)).then(function (answer) {
            say('success', answer.message).focus();
            refreshAll();
        }).catch(failed);
    }

    function loadAudit(limit) {
        return api('GET', '/audit?limit=' + limit).then(function (answer) {
            var body = clear(byId('plainframe-audit'));
            answer.events.forEach(function (event) {
                body.appendChild(el('tr', {'data-action': event.action}, [
                    el('td', {text: date(event.at, event.atText)}),
                    el('td', {text: event.actor}),
                    el('td', {text: event.message})
                ]));
            });
            byId('plainframe-audit-empty').hidden = answer.events.length > 0;
            var damaged = byId('plainframe-audit-damaged');
            damaged.hidden = !answer.damagedMessage;
            damaged.textContent = answer.damagedMessage || '';
            byId('plainframe-audit-more').hidden = answer.events.length < limit || limit >= AUDIT_ALL;
        }).catch(failed);
    }

    // Wiring -------------------------------------------------------------------------------------------------

    function refreshEditors() {
        // Requests too: whether Approve is possible follows the free seats.
        return Promise.all([loadEditors(), loadAudit(AUDIT_FIRST), loadLicense(), loadRequests()]);
    }

    function refreshAll() {
        return Promise.all([loadLicense(), loadEditors(), loadSettings(), loadRequests(), loadAudit(AUDIT_FIRST)]);
    }

    // Tabs: each has an address (#license, #editors, #requests, #audit, #about). Opening the page with one opens
    // that tab; switching tabs writes it (replacing, so Back still leaves the page) and clears a success message,
    // which belongs to the tab it was said on.

    var TABS = ['license', 'editors', 'requests', 'audit', 'about'];

    function tabFromHash() {
        var name = window.location.hash.replace(/^#/, '');
        return TABS.indexOf(name) >= 0 ? name : null;
    }

    function showTab(name) {
        var link = byId('plainframe-tab-' + name);
        if (window.AJS && AJS.tabs && typeof AJS.tabs.change === 'function') {
            AJS.tabs.change(link);
        } else {
            link.click();
        }
    }

    function tabSwitched(name) {
        if (window.location.hash !== '#' + name) {
            window.history.replaceState(null, '', '#' + name);
        }
        var shown = byId('plainframe-message');
        if (shown && !shown.classList.contains('aui-message-error')) {
            clear(byId('plainframe-messages'));
        }
    }

    function wireTabs() {
        TABS.forEach(function (name) {
            byId('plainframe-tab-' + name).addEventListener('click', function () {
                tabSwitched(name);
            });
        });
        window.addEventListener('hashchange', function () {
            var name = tabFromHash();
            if (name) {
                showTab(name);
            }
        });
        var first = tabFromHash();
        if (first) {
            showTab(first);
        }
    }

    function selectedUsernames() {
        return Array.prototype.map.call(document.querySelectorAll('.plainframe-select:checked'), function (box) {
            return box.getAttribute('data-username');
        });
    }

    function init() {
        root = byId('plainframe-admin');
        if (!root) {
            return;
        }
        rest = root.getAttribute('data-rest');

        byId('plainframe-key-form').addEventListener('submit', preview);
        byId('plainframe-key').addEventListener('input', function () {
            byId('plainframe-apply').disabled = byId('plainframe-key').value !== lastPreviewedKey;
        });
        byId('plainframe-apply').addEventListener('click', apply);
        byId('plainframe-remove-license').addEventListener('click', removeLicense);

        byId('plainframe-user-search-form').addEventListener('submit', searchUsers);
        byId('plainframe-user-query').addEventListener('input', function () {
            window.clearTimeout(userSearchTimer);
            userSearchTimer = window.setTimeout(searchUsers, 300);
        });
        byId('plainframe-user-results').addEventListener('click', function (event) {
            var button = event.target.closest('.plainframe-add-user');
            if (button) {
                addEditors([button.getAttribute('data-username')], button).then(function (added) {
                    if (added) {
                        button.disabled = true;
                        button.textContent = AJS.I18n.getText('plainframe.admin.js.added');
                    }
                });
            }
        });
        byId('plainframe-bulk-form').addEventListener('submit', bulkAdd);
        byId('plainframe-import-form').addEventListener('submit', importCsv);

        byId('plainframe-filter-form').addEventListener('submit', function (event) {
            event.preventDefault();
        });
        byId('plainframe-editor-query').addEventListener('input', function () {
            window.clearTimeout(editorFilterTimer);
            editorFilterTimer = window.setTimeout(function () {
                editorsStart = 0;
                loadEditors();
            }, 250);
        });
        byId('plainframe-editor-state').addEventListener('change', function () {
            editorsStart = 0;
            loadEditors();
        });
        byId('plainframe-prev').addEventListener('click', function () {
            editorsStart = Math.max(0, editorsStart - PAGE_SIZE);
            loadEditors();
        });
        byId('plainframe-next').addEventListener('click', function () {
            if (editorsStart + PAGE_SIZE < editorsTotal) {
                editorsStart += PAGE_SIZE;
                loadEditors();
            }
        });
        byId('plainframe-editors').addEventListener('click', function (event) {
            var button = event.target.closest('.plainframe-remove');
            if (button) {
                removeEditors([button.getAttribute('data-username')]);
            }
        });
        byId('plainframe-editors').addEventListener('change', function () {
            byId('plainframe-remove-selected').disabled = selectedUsernames().length === 0;
        });
        byId('plainframe-select-all').addEventListener('change', function (event) {
            Array.prototype.forEach.call(document.querySelectorAll('.plainframe-select:not(:disabled)'),
                function (box) {
                    box.checked = event.target.checked;
                });
            byId('plainframe-remove-selected').disabled = selectedUsernames().length === 0;
        });
        byId('plainframe-remove-selected').addEventListener('click', function () {
            removeEditors(selectedUsernames());
        });
        byId('plainframe-settings-form').addEventListener('submit', saveSettings);
        wireGroupPicker();

        byId('plainframe-requests').addEventListener('click', function (event) {
            var approve = event.target.closest('.plainframe-approve');
            var dismiss = event.target.closest('.plainframe-dismiss');
            if (approve) {
                handleRequest(approve.getAttribute('data-request'), 'approve', approve);
            } else if (dismiss) {
                handleRequest(dismiss.getAttribute('data-request'), 'dismiss', dismiss);
            }
        });
        byId('plainframe-audit-more').addEventListener('click', function () {
            loadAudit(AUDIT_ALL);
        });

        wireTabs();

        refreshAll().then(function () {
            // For tests and support: loaded, and whether anything failed to load.
            root.setAttribute('data-ready', loadFailed ? 'failed' : 'true');
        });
    }

    if (window.AJS && AJS.toInit) {
        AJS.toInit(init);
    } else {
        document.addEventListener('DOMContentLoaded', init);
    }
}());
