/* Templates: each is a whole document within the limits, cleaned to itself, titled with its name. */
(function () {
    'use strict';

    var PE = window.PlainframeEditor;

    test('there are the four templates the issue names', function () {
        assertEqual(PE.templates.NAMES, ['sign-in', 'dashboard', 'mobile', 'settings']);
    });

    test('each template cleans to itself and carries its name as the title', function () {
        PE.templates.NAMES.forEach(function (key) {
            var doc = PE.templates.documentOf(key);
            var again = PE.model.cleanDocument(JSON.parse(JSON.stringify(doc)));
            assertEqual(again, doc, key);
            assertEqual(doc.title, 'plainframe.wireframe.editor.template.' + key, key + ' title');
            assertTrue(doc.controls.length >= 6, key + ' has controls');
        });
    });

    test('each template keeps every control on its canvas with a unique id', function () {
        PE.templates.NAMES.forEach(function (key) {
            var doc = PE.templates.documentOf(key);
            var ids = {};
            doc.controls.forEach(function (c) {
                assertTrue(c.x >= 0 && c.y >= 0 && c.x + c.width <= doc.width && c.y + c.height <= doc.height,
                    key + ' ' + c.id + ' on the canvas');
                assertTrue(!ids[c.id], key + ' ' + c.id + ' unique');
                ids[c.id] = true;
            });
        });
    });

    test('a template is a fresh copy each time: changing one leaves the next alone', function () {
        var first = PE.templates.documentOf('sign-in');
        first.controls[0].x = 999;
        assertEqual(PE.templates.documentOf('sign-in').controls[0].x, 80);
    });
}());
