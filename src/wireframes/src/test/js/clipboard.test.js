/* Copy and paste payloads (plainframe-editor-clipboard.js): what is pasted is cleaned, fresh and bounded. */
(function () {
    'use strict';

    var PE = window.PlainframeEditor;
    var clipboard = PE.clipboard;

    function button(id, x, y, extra) {
        var c = {id: id, type: 'button', x: x, y: y, width: 80, height: 32, text: 'Go'};
        Object.keys(extra || {}).forEach(function (name) {
            c[name] = extra[name];
        });
        return c;
    }

    test('a payload carries the controls cleaned as the server takes them', function () {
        var text = clipboard.payload([button('a', 8, 8, {checked: true, onclick: 'x', group: 'g1', locked: true})]);
        var read = clipboard.read(text);
        assertEqual(read, [{id: 'a', type: 'button', x: 8, y: 8, width: 80, height: 32, text: 'Go', group: 'g1',
            locked: true}]);
    });

    test('text that is not a Plainframe payload is not pasted', function () {
        assertEqual(clipboard.read('hello'), null);
        assertEqual(clipboard.read('{"controls":[]}'), null, 'no kind');
        assertEqual(clipboard.read('{"kind":"plainframe-controls","controls":{}}'), null);
    });

    test('a hostile payload is cleaned: unknown types dropped, control characters and long text cut', function () {
        var text = JSON.stringify({kind: 'plainframe-controls', version: 1, controls: [
            {id: 'x', type: 'script', x: 0, y: 0, width: 10, height: 10},
            {id: '<b>', type: 'label', x: '8', y: 1e9, width: 10, height: 10, text: 'a\u0007b' + 'c'.repeat(2000),
                group: 'not a group', locked: 'yes'},
            null]});
        var read = clipboard.read(text);
        assertEqual(read.length, 1);
        assertEqual(read[0].text.length, PE.model.LIMITS.maxText);
        assertEqual(read[0].text.slice(0, 3), 'abc');
        assertTrue(!('group' in read[0]) && !('locked' in read[0]), 'bad group and lock are dropped');
    });

    /** The paste check, given the module to check, so a planted paste can be fed to it. */
    function checkPastedControls(impl) {
        var doc = {width: 400, height: 300, controls: [button('c1', 8, 8, {group: 'g1'}),
            button('c2', 350, 8, {group: 'g1'})]};
        var fresh = impl.prepare(doc, impl.read(impl.payload(doc.controls.map(function (c) {
            var copy = JSON.parse(JSON.stringify(c));
            copy.locked = true;
            return copy;
        }))));
        assertEqual(fresh.map(function (c) {
            return c.id;
        }), ['c3', 'c4']);
        assertEqual([fresh[0].x, fresh[0].y], [8 + impl.OFFSET, 8 + impl.OFFSET]);
        assertEqual(fresh[1].x, 320, 'kept whole on the canvas');
        assertEqual([fresh[0].group, fresh[1].group], ['g2', 'g2'], 'a group of its own');
        assertTrue(!fresh[0].locked, 'pasted controls are not locked');
    }

    test('pasted controls get fresh ids and groups, move off the originals, stay on the canvas, unlocked',
        function () {
            checkPastedControls(clipboard);
        });

    test('negative control: a paste that keeps the copied controls\' ids fails the paste check', function () {
        var planted = Object.assign({}, clipboard, {
            prepare: function (doc, controls) {
                var fresh = clipboard.prepare(doc, controls);
                fresh.forEach(function (c, i) {
                    c.id = controls[i].id;
                });
                return fresh;
            }
        });
        assertTrue(/expected \["c3","c4"\]/.test(assertThrows(function () {
            checkPastedControls(planted);
        }).message), 'fails on the ids');
    });

    test('pasting into another wireframe where nothing is covered keeps the position', function () {
        var doc = {width: 400, height: 300, controls: []};
        var fresh = clipboard.prepare(doc, [button('c9', 40, 40)]);
        assertEqual([fresh[0].id, fresh[0].x, fresh[0].y], ['c1', 40, 40]);
    });

    test('a paste that would pass the control limit is refused whole', function () {
        var doc = {width: 400, height: 300, controls: []};
        for (var i = 0; i < PE.model.LIMITS.maxControls - 1; i++) {
            doc.controls.push(button('c' + (i + 1), 0, 0));
        }
        assertEqual(clipboard.prepare(doc, [button('a', 0, 0), button('b', 0, 0)]), null);
        assertEqual(clipboard.prepare(doc, [button('a', 0, 0)]).length, 1);
    });
}());
