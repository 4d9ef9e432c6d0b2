/*
 * Never lose work (issue 16): a leave-page guard while the editor has unsaved changes, and a local draft of the
 * unsaved document kept in the browser's localStorage, offered back when the editor opens again after a crash or a
 * reload. The pure parts (PE.drafts.key/serialise/parse/expired) are unit-tested; install(ed) wires them into one
 * editor. A draft is the editor's own data read back from the browser, so it is treated like any other input:
 * bounded, parsed defensively and cleaned to what the server accepts (PE.model.cleanDocument) before it is shown.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var el = PlainframeCommon.el;

    var PREFIX = 'plainframe-draft|';
    /** A draft larger than this is not kept (500 controls of full text stay well below it). */
    var MAX_CHARS = 1500000;
    /** Drafts older than this are not offered and are removed. */
    var EXPIRY_MS = 14 * 24 * 60 * 60 * 1000;
    /** At most this many drafts are kept in one browser; the oldest goes first. */
    var MAX_DRAFTS = 20;
    /** How long after the last change the draft is written. */
    var DEBOUNCE_MS = 500;

    /** The storage key of a wireframe's draft; a new wireframe (no stored id yet) has one per page or issue. */
    function key(product, contentId, wireframeId) {
        return PREFIX + [product, contentId, wireframeId || 'new'].map(function (part) {
            return encodeURIComponent(String(part || ''));
        }).join('|');
    }

    function serialise(doc, baseVersion, now) {
        return JSON.stringify({draft: 1, savedAt: now, baseVersion: baseVersion, document: doc});
    }

    function expired(savedAt, now) {
        return typeof savedAt !== 'number' || !(savedAt <= now + 60000) || now - savedAt > EXPIRY_MS;
    }

    /** The draft in a stored text ({doc, baseVersion, savedAt}), or null when it is not one, too big or too old. */
    function parse(text, now) {
        if (typeof text !== 'string' || text.length > MAX_CHARS) {
            return null;
        }
        var value;
        try {
            value = JSON.parse(text);
        } catch (e) {
            return null;
        }
        if (!value || typeof value !== 'object' || value.draft !== 1 || !value.document
            || typeof value.document !== 'object' || expired(value.savedAt, now)) {
            return null;
        }
        var base = model.whole(value.baseVersion, 0);
        return {doc: model.cleanDocument(value.document), baseVersion: base < 0 ? 0 : base, savedAt: value.savedAt};
    }

    function storage() {
        try {
            return window.localStorage || null;
        } catch (e) {
            return null;
        }
    }

    /** Removes expired and unreadable drafts, then the oldest beyond MAX_DRAFTS (keeping the one at keep). */
    function prune(store, now, keep) {
        var found = [];
        for (var i = 0; i < store.length; i++) {
            var name = store.key(i);
            if (name && name.indexOf(PREFIX) === 0) {
                var draft = parse(store.getItem(name), now);
                found.push({name: name, savedAt: draft ? draft.savedAt : -1});
            }
        }
        found.sort(function (a, b) {
            return b.savedAt - a.savedAt;
        });
        found.forEach(function (entry, index) {
            if (entry.name !== keep && (entry.savedAt < 0 || index >= MAX_DRAFTS)) {
                store.removeItem(entry.name);
            }
        });
    }

    function product(container) {
        return container.closest && container.closest('#plainframe-issue-panel, .plainframe-issue-panel')
            ? 'jira' : 'confluence';
    }

    /** Wires the guard and the draft into an editor: call once its save and close exist. */
    function install(ed, isNew) {
        var store = storage();
        var draftKey = currentKey();
        var timer = null;
        // A draft offered and not yet restored or discarded stays stored, whatever else the editor shows.
        var offerPending = false;

        /**
         * The key follows the wireframe: a new one is drafted under "new" until its first save gives it an id,
         * and a copy saved from a conflict under the copy's id; a draft under the old key moves with it.
         */
        function currentKey() {
            return key(product(ed.container), ed.contentId, isNew && ed.version === 0 ? '' : ed.wireframeId);
        }

        function followKey() {
            var now = currentKey();
            if (now !== draftKey && store) {
                try {
                    store.removeItem(draftKey);
                } catch (e) {
                    // Nothing to move.
                }
                draftKey = now;
            }
        }

        function unsaved() {
            return !ed.closed && ed.ready && ed.isDirty();
        }

        function write() {
            timer = null;
            if (!store || ed.closed || !ed.ready) {
                return;
            }
            try {
                followKey();
                if (!ed.isDirty()) {
                    if (!offerPending) {
                        store.removeItem(draftKey);
                    }
                    return;
                }
                var text = serialise(model.cleanDocument(ed.doc), ed.version, Date.now());
                if (text.length > MAX_CHARS) {
                    return;
                }
                store.setItem(draftKey, text);
                prune(store, Date.now(), draftKey);
            } catch (e) {
                // A full or refused storage keeps no draft; the leave-page guard still protects the work.
            }
        }

        function schedule() {
            if (timer !== null) {
                window.clearTimeout(timer);
            }
            timer = window.setTimeout(write, DEBOUNCE_MS);
        }

        function forget() {
            offerPending = false;
            if (timer !== null) {
                window.clearTimeout(timer);
                timer = null;
            }
            followKey();
            if (store) {
                try {
                    store.removeItem(draftKey);
                } catch (e) {
                    // Nothing to forget.
                }
            }
        }

        function guard(event) {
            if (timer !== null) {
                window.clearTimeout(timer);
                write();
            }
            if (unsaved()) {
                event.preventDefault();
                event.returnValue = '';
                return '';
            }
            return undefined;
        }

        window.addEventListener('beforeunload', guard);

        // Every change, save and selection ends in updateToolbar: the draft follows the dirty state from there.
        var updateToolbar = ed.updateToolbar;
        ed.updateToolbar = function () {
            updateToolbar();
            if (ed.ready && !ed.closed) {
                // Just saved: nothing to keep, at once rather than after the delay. (Not at the start: a draft
                // left by an earlier visit is read after the first refresh, and offered.)
                if (ed.savedAny && !ed.isDirty()) {
                    forget();
                } else {
                    schedule();
                }
            }
        };

        var close = ed.close;
        ed.close = function () {
            close();
            if (ed.closed) {
                forget();
                window.removeEventListener('beforeunload', guard);
            }
        };

        ed.forgetDraft = forget;

        /** After the stored version is loaded: offers a draft left by an earlier visit. */
        ed.offerDraft = function () {
            if (!store) {
                return;
            }
            var draft = null;
            try {
                draft = parse(store.getItem(draftKey), Date.now());
                if (!draft) {
                    store.removeItem(draftKey);
                }
            } catch (e) {
                draft = null;
            }
            if (!draft || JSON.stringify(draft.doc) === ed.savedJson) {
                return;
            }
            var when = new Date(draft.savedAt).toLocaleString();
            offerPending = true;
            // Beside whatever the loader said (no seat, changed outside): the offer never hides or is hidden.
            var box = ed.addMessage('info', AJS.I18n.getText('plainframe.wireframe.editor.draft.offer', when),
                'DRAFT');
            var restore = el('button', {type: 'button',
                className: 'aui-button aui-button-primary plainframe-draft-restore', text: AJS.I18n.getText('plainframe.wireframe.editor.draft.restore')});
            var discard = el('button', {type: 'button', className: 'aui-button plainframe-draft-discard',
                text: AJS.I18n.getText('plainframe.wireframe.editor.draft.discard')});
            restore.addEventListener('click', function () {
                offerPending = false;
                ed.clearMessage();
                ed.change(function () {
                    ed.doc = draft.doc;
                    ed.selectedId = null;
                }, ed.newKey('draft'));
                ed.resizeCanvas();
                ed.refresh();
                // Based on an older version: the next save is refused as a conflict and offers its choices.
                if (draft.baseVersion !== ed.version && ed.version > 0) {
                    ed.version = draft.baseVersion;
                    ed.showMessage('warning', AJS.I18n.getText('plainframe.wireframe.editor.draft.older'),
                        'DRAFT_OLDER');
                }
                ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.draft.restored'));
                ed.svg.focus();
            });
            discard.addEventListener('click', function () {
                ed.clearMessage();
                forget();
                ed.svg.focus();
            });
            box.appendChild(el('p', {className: 'plainframe-draft-actions'}, [restore, document.createTextNode(' '),
                discard]));
            restore.focus();
        };
    }

    PE.drafts = {
        MAX_CHARS: MAX_CHARS,
        EXPIRY_MS: EXPIRY_MS,
        MAX_DRAFTS: MAX_DRAFTS,
        key: key,
        serialise: serialise,
        parse: parse,
        expired: expired,
        prune: prune,
        install: install
    };
}());
