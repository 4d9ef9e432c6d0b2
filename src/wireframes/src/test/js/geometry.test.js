/* Snapping, keeping controls on the canvas, the smallest canvas, free spots. */
(function () {
    'use strict';

    var geometry = window.PlainframeEditor.geometry;

    function doc(controls) {
        return {width: 400, height: 300, controls: controls || []};
    }

    test('snapping rounds to the 8 pixel grid, or to whole pixels when off', function () {
        assertEqual(geometry.snap(11, true), 8);
        assertEqual(geometry.snap(12, true), 16);
        assertEqual(geometry.snap(12.4, false), 12);
    });

    test('a step goes to the next grid line, or one pixel when not snapping', function () {
        assertEqual(geometry.step(10, 1, true), 16);
        assertEqual(geometry.step(16, 1, true), 24);
        assertEqual(geometry.step(10, -1, true), 8);
        assertEqual(geometry.step(16, -1, true), 8);
        assertEqual(geometry.step(10, 1, false), 11);
        assertEqual(geometry.step(10, -1, false), 9);
    });

    test('a control is placed whole on the canvas', function () {
        var c = {x: 0, y: 0, width: 100, height: 50};
        geometry.place(doc(), c, 350, -20);
        assertEqual([c.x, c.y], [300, 0]);
    });

    test('a control is resized within the canvas and never below the smallest size', function () {
        var c = {x: 350, y: 10, width: 20, height: 20};
        geometry.resize(doc(), c, 500, 2);
        assertEqual([c.width, c.height], [50, 8]);
    });

    test('the smallest canvas holds every control, and is never below the least canvas', function () {
        assertEqual(geometry.extent(doc()), {width: 100, height: 100});
        assertEqual(geometry.extent(doc([{x: 200, y: 20, width: 50, height: 10}, {x: 0, y: 150, width: 5,
            height: 60}])), {width: 250, height: 210});
    });

    test('overlap is strict: touching edges do not overlap', function () {
        var a = {x: 0, y: 0, width: 10, height: 10};
        assertTrue(geometry.overlaps(a, {x: 5, y: 5, width: 10, height: 10}));
        assertTrue(!geometry.overlaps(a, {x: 10, y: 0, width: 10, height: 10}));
    });

    test('a new control goes to a free spot near the top left of the view, on the grid', function () {
        var view = {x: 0, y: 0, width: 400, height: 300};
        var c = {type: 'button', width: 100, height: 32};
        assertEqual(geometry.freeSpot(doc(), c, view), {x: 16, y: 16, width: 100, height: 32});
        var taken = doc([{type: 'button', x: 16, y: 16, width: 100, height: 32}]);
        var spot = geometry.freeSpot(taken, c, view);
        assertTrue(!geometry.overlaps(spot, taken.controls[0]), 'does not cover the other');
        assertEqual(spot.x % 8 + spot.y % 8, 0, 'on the grid');
    });

    test('a container does not block a new control, which may go into it', function () {
        var view = {x: 0, y: 0, width: 400, height: 300};
        var withBox = doc([{type: 'container', x: 0, y: 0, width: 400, height: 300}]);
        assertEqual(geometry.freeSpot(withBox, {type: 'label', width: 50, height: 20}, view),
            {x: 16, y: 16, width: 50, height: 20});
    });

    test('when every spot is taken the new control cascades instead of hiding another exactly', function () {
        var view = {x: 0, y: 0, width: 400, height: 300};
        var full = doc([{type: 'button', x: 0, y: 0, width: 400, height: 300}, {type: 'button', x: 16, y: 16,
            width: 10, height: 10}]);
        assertEqual(geometry.freeSpot(full, {type: 'button', width: 50, height: 20}, view), {x: 32, y: 32});
    });

    test('a spot starts where the designer is looking when the canvas is scrolled', function () {
        var big = {width: 2000, height: 2000, controls: []};
        var spot = geometry.freeSpot(big, {type: 'label', width: 50, height: 20},
            {x: 1000, y: 500, width: 300, height: 300});
        assertEqual([spot.x, spot.y], [1016, 520], 'the first grid line 16 past the view');
    });
}());
