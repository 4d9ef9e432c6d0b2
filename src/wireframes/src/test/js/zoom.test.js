/* The editor's zoom steps: in, out, fit, the level shown, the wheel. */
(function () {
    'use strict';

    var zoom = window.PlainframeEditor.zoom;

    test('zooming in goes to the next step, and stops at the largest', function () {
        assertEqual(zoom.zoomIn(1), 1.25);
        assertEqual(zoom.zoomIn(0.5), 0.67);
        assertEqual(zoom.zoomIn(4), 4);
    });

    test('zooming out goes to the step below, and stops at the smallest', function () {
        assertEqual(zoom.zoomOut(1), 0.9);
        assertEqual(zoom.zoomOut(2), 1.5);
        assertEqual(zoom.zoomOut(0.25), 0.25);
    });

    test('a fitted level between steps zooms to the steps around it', function () {
        assertEqual(zoom.zoomIn(0.6), 0.67);
        assertEqual(zoom.zoomOut(0.6), 0.5);
        assertEqual(zoom.zoomOut(0.1), 0.1, 'below every step a fitted level stays');
        assertEqual(zoom.zoomIn(0.1), 0.25);
    });

    test('fit shows the whole canvas: the narrower side of the area decides', function () {
        assertEqual(zoom.fit(4000, 1000, 800, 600), 0.2);
        assertEqual(zoom.fit(1000, 2000, 800, 500), 0.25);
    });

    test('fit never enlarges past 100% nor shrinks past the least level', function () {
        assertEqual(zoom.fit(400, 300, 1200, 900), 1);
        assertEqual(zoom.fit(4000, 4000, 10, 10), zoom.MIN);
        assertEqual(zoom.fit(400, 300, 0, 0), 1, 'an area not laid out yet');
    });

    test('the level reads as a whole percentage', function () {
        assertEqual(zoom.percent(0.67), 67);
        assertEqual(zoom.percent(1.25), 125);
        assertEqual(zoom.percent(0.333), 33);
    });

    test('the wheel away zooms in, towards zooms out, sideways leaves it', function () {
        assertEqual(zoom.wheel(1, -100), 1.25);
        assertEqual(zoom.wheel(1, 100), 0.9);
        assertEqual(zoom.wheel(1, 0), 1);
    });
}());
