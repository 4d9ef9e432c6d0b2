/* The selection as a set (plainframe-editor-selection.js). */
(function () {
    'use strict';

    var selection = window.PlainframeEditor.selection;

    test('toggling adds an id that is not selected and takes out one that is', function () {
        assertEqual(selection.toggle(['a'], 'b'), ['a', 'b']);
        assertEqual(selection.toggle(['a', 'b'], 'a'), ['b']);
        assertEqual(selection.toggle([], 'a'), ['a']);
    });

    test('a marquee selects every control it touches, in document order', function () {
        var doc = {controls: [{id: 'a', x: 0, y: 0, width: 20, height: 20}, {id: 'b', x: 50, y: 50, width: 20,
            height: 20}, {id: 'c', x: 200, y: 200, width: 20, height: 20}]};
        assertEqual(selection.inRect(doc, selection.rectOf(60, 60, 10, 10)), ['a', 'b']);
        assertEqual(selection.inRect(doc, selection.rectOf(100, 100, 150, 150)), []);
    });

    test('a rectangle from two corners in any order', function () {
        assertEqual(selection.rectOf(30, 5, 10, 25), {x: 10, y: 5, width: 20, height: 20});
    });
}());
