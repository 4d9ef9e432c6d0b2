/* Drawing: every control type draws something, text is text, and the drawing keeps to the control's box. */
(function () {
    'use strict';

    var PE = window.PlainframeEditor;

    function drawn(type, extra) {
        var doc = PE.model.blankDocument();
        var c = PE.controls.create(type, 'c1', doc);
        Object.keys(extra || {}).forEach(function (name) {
            c[name] = extra[name];
        });
        return PE.render.drawControl(c);
    }

    test('every control type in the palette has a name and draws a picture', function () {
        assertTrue(PE.controls.types().length >= 40, 'at least 40 control types');
        PE.controls.types().forEach(function (type) {
            var group = drawn(type);
            assertEqual(group.getAttribute('data-type'), type);
            assertTrue(group.querySelector('svg').childNodes.length > 0, type + ' draws something');
            assertTrue(PE.controls.typeLabel(type) !== type, type + ' has a label');
        });
    });

    test('markup in a control text is drawn as text', function () {
        var group = drawn('button', {text: '<img src=x onerror=alert(1)>', width: 400});
        assertEqual(group.querySelectorAll('img').length, 0);
        assertEqual(group.querySelector('text').textContent, '<img src=x onerror=alert(1)>');
    });

    test('a control is drawn at its place and size', function () {
        var group = drawn('note', {x: 40, y: 24, width: 90, height: 50});
        assertEqual(group.getAttribute('transform'), 'translate(40 24)');
        var picture = group.querySelector('svg');
        assertEqual([picture.getAttribute('width'), picture.getAttribute('height')], ['90', '50']);
    });
}());

/* Issue 16, controls: text that does not fit is cut visibly, never silently. */
(function () {
    'use strict';

    var PE = window.PlainframeEditor;

    function drawn(type, extra) {
        var c = PE.controls.create(type, 'c1', PE.model.blankDocument());
        Object.keys(extra).forEach(function (name) {
            c[name] = extra[name];
        });
        return PE.render.drawControl(c);
    }

    test('a caption too long for its button ends in an ellipsis and marks the control', function () {
        var group = drawn('button', {text: 'Continue with Google', width: 90, height: 36});
        var lines = Array.prototype.map.call(group.querySelectorAll('text'), function (node) {
            return node.textContent;
        });
        assertEqual(lines, ['Continue', 'with\u2026']);
        assertEqual(group.getAttribute('data-overflow'), 'true');
        assertEqual(group.querySelectorAll('path.plainframe-overflow').length, 1);
    });

    test('a caption that fits shows whole and unmarked', function () {
        var group = drawn('button', {text: 'Continue with Google', width: 180, height: 36});
        assertEqual(group.querySelector('text').textContent, 'Continue with Google');
        assertEqual(group.getAttribute('data-overflow'), null);
    });

    test('a label wraps onto the lines its box has', function () {
        var group = drawn('label', {text: 'Already have an account? Log in', width: 150, height: 40});
        assertEqual(Array.prototype.map.call(group.querySelectorAll('text'), function (node) {
            return node.textContent;
        }), ['Already have an', 'account? Log in']);
    });

    test('list items come from the quick text, the selected one highlighted', function () {
        var group = drawn('vertical-menu', {text: 'Home\n*Projects\n-Archive', height: 120});
        var texts = group.querySelectorAll('text');
        assertEqual(texts.length, 3);
        assertEqual(texts[1].getAttribute('fill'), '#0052cc');
        assertEqual(texts[2].getAttribute('fill'), '#6b778c');
    });
}());
