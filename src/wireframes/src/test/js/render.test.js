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
        PE.controls.TYPES.forEach(function (type) {
            var group = drawn(type);
            assertEqual(group.getAttribute('data-type'), type);
            assertTrue(group.querySelector('svg').childNodes.length > 0, type + ' draws something');
            assertTrue(PE.controls.typeLabel(type) !== type, type + ' has a label');
        });
    });

    test('markup in a control text is drawn as text', function () {
        var group = drawn('button', {text: '<img src=x onerror=alert(1)>'});
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
