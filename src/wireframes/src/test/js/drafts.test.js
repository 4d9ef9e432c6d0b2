/* Local drafts (issue 16): keys, what is kept and what is refused when read back. */
(function () {
    'use strict';

    var drafts = window.PlainframeEditor.drafts;
    var NOW = 1764990000000;

    function fakeStore() {
        var items = {};
        return {
            get length() {
                return Object.keys(items).length;
            },
            key: function (i) {
                return Object.keys(items)[i];
            },
            getItem: function (name) {
                return Object.prototype.hasOwnProperty.call(items, name) ? items[name] : null;
            },
            setItem: function (name, value) {
                items[name] = String(value);
            },
            removeItem: function (name) {
                delete items[name];
            },
            names: function () {
                return Object.keys(items).sort();
            }
        };
    }

    test('a draft key names the product, the page or issue and the wireframe, and a new one by "new"', function () {
        assertEqual(drafts.key('jira', 'DEMO-1', 'abc'), 'plainframe-draft|jira|DEMO-1|abc');
        assertEqual(drafts.key('jira', 'DEMO-1', ''), 'plainframe-draft|jira|DEMO-1|new');
        assertTrue(drafts.key('confluence', 'a|b', 'c') !== drafts.key('confluence', 'a', 'b|c'),
            'separators in ids cannot make two wireframes share a draft');
    });

    test('a kept draft reads back as the same document with the version it was based on', function () {
        var doc = {formatVersion: 1, width: 400, height: 300, controls: [
            {id: 'a', type: 'button', x: 8, y: 8, width: 80, height: 32, text: 'Go \u201cnow\u201d <b>'}]};
        var draft = drafts.parse(drafts.serialise(doc, 3, NOW), NOW + 1000);
        assertEqual(draft.doc, doc);
        assertEqual(draft.baseVersion, 3);
        assertEqual(draft.savedAt, NOW);
    });

    test('a draft is cleaned to what the server accepts before it is offered', function () {
        var draft = drafts.parse(JSON.stringify({draft: 1, savedAt: NOW, baseVersion: -4, document: {
            width: 99999, controls: [{id: 'a', type: 'button', text: 'x', onclick: 'evil()'}, 'junk']}}), NOW);
        assertEqual(draft.doc.width, 4000);
        assertEqual(draft.doc.controls.length, 1);
        assertEqual(draft.doc.controls[0].onclick, undefined);
        assertEqual(draft.baseVersion, 0, 'a negative version is read as none');
    });

    test('an unreadable, foreign, oversized or expired draft is not offered', function () {
        assertEqual(drafts.parse(null, NOW), null);
        assertEqual(drafts.parse('{not json', NOW), null);
        assertEqual(drafts.parse('{"document":{}}', NOW), null, 'not marked as a draft');
        assertEqual(drafts.parse('{"draft":1,"savedAt":' + NOW + ',"document":"text"}', NOW), null);
        var big = drafts.serialise({controls: [{id: 'a', type: 'note', text: new Array(drafts.MAX_CHARS).join('x')}]},
            1, NOW);
        assertEqual(drafts.parse(big, NOW), null, 'too big');
        var old = drafts.serialise({controls: []}, 1, NOW - drafts.EXPIRY_MS - 1);
        assertEqual(drafts.parse(old, NOW), null, 'expired');
        assertEqual(drafts.parse(drafts.serialise({controls: []}, 1, NOW + 3600000), NOW), null, 'from the future');
        assertTrue(drafts.parse(drafts.serialise({controls: []}, 1, NOW - drafts.EXPIRY_MS + 1), NOW) !== null);
    });

    test('pruning drops unreadable drafts and the oldest beyond the bound, never the one being written', function () {
        var store = fakeStore();
        store.setItem('someone-else', 'kept');
        store.setItem('plainframe-draft|x|broken', '{');
        for (var i = 0; i < drafts.MAX_DRAFTS + 2; i++) {
            store.setItem('plainframe-draft|c|' + (100 + i), drafts.serialise({controls: []}, 1, NOW + i));
        }
        drafts.prune(store, NOW + 100, 'plainframe-draft|c|100');
        var names = store.names();
        assertEqual(names.length, drafts.MAX_DRAFTS + 2, 'the newest drafts, the one being written, the foreign key');
        assertTrue(names.indexOf('someone-else') >= 0);
        assertTrue(names.indexOf('plainframe-draft|x|broken') < 0);
        assertTrue(names.indexOf('plainframe-draft|c|100') >= 0, 'the oldest, but being written');
        assertTrue(names.indexOf('plainframe-draft|c|101') < 0, 'the oldest other one goes');
        assertTrue(names.indexOf('plainframe-draft|c|' + (101 + drafts.MAX_DRAFTS)) >= 0, 'the newest stays');
    });
}());
