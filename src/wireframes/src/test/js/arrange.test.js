/* Align, distribute, z-order, groups, handles and smart guides (plainframe-editor-arrange.js). */
(function () {
    'use strict';

    var arrange = window.PlainframeEditor.arrange;

    function box(id, x, y, width, height, extra) {
        var c = {id: id, type: 'button', x: x, y: y, width: width, height: height};
        Object.keys(extra || {}).forEach(function (name) {
            c[name] = extra[name];
        });
        return c;
    }

    function ids(doc) {
        return doc.controls.map(function (c) {
            return c.id;
        });
    }

    test('the bounds of a selection hold every control of it', function () {
        assertEqual(arrange.bounds([box('a', 10, 20, 30, 40), box('b', 50, 5, 10, 10)]),
            {x: 10, y: 5, width: 50, height: 55});
        assertEqual(arrange.bounds([]), null);
    });

    /** The horizontal align check, given the module to check, so a planted align can be fed to it. */
    function checkHorizontalAlign(impl) {
        var list = [box('a', 10, 0, 40, 10), box('b', 100, 30, 20, 10)];
        impl.align(list, 'left');
        assertEqual([list[0].x, list[1].x], [10, 10]);
        list = [box('a', 10, 0, 40, 10), box('b', 100, 30, 20, 10)];
        impl.align(list, 'right');
        assertEqual([list[0].x, list[1].x], [80, 100]);
        list = [box('a', 10, 0, 40, 10), box('b', 100, 30, 20, 10)];
        impl.align(list, 'center');
        assertEqual([list[0].x, list[1].x], [45, 55]);
        assertEqual([list[0].y, list[1].y], [0, 30], 'centring leaves the other axis alone');
    }

    test('aligning left, centre and right lines the controls up on the box around them', function () {
        checkHorizontalAlign(arrange);
    });

    test('negative control: an align-right that forgets each control\'s width fails the align check', function () {
        var planted = Object.assign({}, arrange, {
            align: function (list, how) {
                if (how !== 'right') {
                    return arrange.align(list, how);
                }
                var around = arrange.bounds(list);
                list.forEach(function (c) {
                    c.x = around.x + around.width;
                });
                return list.length;
            }
        });
        assertTrue(/expected \[80,100\]/.test(assertThrows(function () {
            checkHorizontalAlign(planted);
        }).message), 'fails on the right alignment');
    });

    test('aligning top, middle and bottom works on the vertical axis', function () {
        var list = [box('a', 0, 10, 10, 40), box('b', 50, 100, 10, 20)];
        arrange.align(list, 'top');
        assertEqual([list[0].y, list[1].y], [10, 10]);
        list = [box('a', 0, 10, 10, 40), box('b', 50, 100, 10, 20)];
        arrange.align(list, 'bottom');
        assertEqual([list[0].y, list[1].y], [80, 100]);
        list = [box('a', 0, 10, 10, 40), box('b', 50, 100, 10, 20)];
        arrange.align(list, 'middle');
        assertEqual([list[0].y, list[1].y], [45, 55]);
    });

    test('a locked control is not aligned but still counts for the box', function () {
        var list = [box('a', 10, 0, 100, 10, {locked: true}), box('b', 20, 30, 20, 10)];
        assertEqual(arrange.align(list, 'right'), 1);
        assertEqual([list[0].x, list[1].x], [10, 90]);
        arrange.align(list, 'left');
        assertEqual([list[0].x, list[1].x], [10, 10]);
    });

    test('distributing leaves the first and last and makes the gaps equal', function () {
        var list = [box('a', 0, 0, 10, 10), box('c', 90, 0, 10, 10), box('b', 20, 0, 20, 10)];
        assertEqual(arrange.distribute(list, 'horizontal'), 1);
        assertEqual(list.map(function (c) {
            return c.x;
        }), [0, 90, 40], 'gaps of 30 either side of b');
        var column = [box('a', 0, 0, 10, 10), box('b', 0, 11, 10, 10), box('c', 0, 100, 10, 10)];
        arrange.distribute(column, 'vertical');
        assertEqual(column[1].y, 50);
        assertEqual(arrange.distribute(column.slice(0, 2), 'vertical'), 0, 'two controls have nothing between');
    });

    test('z-order: forward and backward pass one other control, front and back go to the end', function () {
        var doc = {controls: [box('a', 0, 0, 8, 8), box('b', 0, 0, 8, 8), box('c', 0, 0, 8, 8),
            box('d', 0, 0, 8, 8)]};
        assertTrue(arrange.reorder(doc, ['b'], 'forward'));
        assertEqual(ids(doc), ['a', 'c', 'b', 'd']);
        arrange.reorder(doc, ['b'], 'backward');
        assertEqual(ids(doc), ['a', 'b', 'c', 'd']);
        arrange.reorder(doc, ['a', 'c'], 'front');
        assertEqual(ids(doc), ['b', 'd', 'a', 'c'], 'the selected keep their order among themselves');
        arrange.reorder(doc, ['c'], 'back');
        assertEqual(ids(doc), ['c', 'b', 'd', 'a']);
        assertEqual(arrange.reorder(doc, ['c'], 'back'), false, 'already at the back: nothing changes');
        assertEqual(arrange.reorder(doc, ['a'], 'forward'), false, 'already on top');
    });

    test('grouping gives the controls a fresh group id; selecting one brings the group along', function () {
        var doc = {controls: [box('a', 0, 0, 8, 8, {group: 'g1'}), box('b', 0, 0, 8, 8), box('c', 0, 0, 8, 8),
            box('d', 0, 0, 8, 8, {group: 'g1'})]};
        var id = arrange.group(doc, [doc.controls[1], doc.controls[2]]);
        assertEqual(id, 'g2');
        assertEqual(arrange.withGroups(doc, ['b']), ['b', 'c']);
        assertEqual(arrange.withGroups(doc, ['d']), ['a', 'd']);
        assertEqual(arrange.group(doc, [doc.controls[0]]), null, 'one control is no group');
        assertEqual(arrange.ungroup([doc.controls[1], doc.controls[2]]), 2);
        assertEqual(arrange.withGroups(doc, ['b']), ['b']);
        assertTrue(!('group' in doc.controls[1]), 'ungrouped controls carry no group property');
    });

    test('a corner handle moves two edges; the opposite edges stay; Shift keeps the ratio', function () {
        var doc = {width: 400, height: 300};
        var start = {x: 80, y: 80, width: 80, height: 40};
        assertEqual(arrange.resizeFrom(start, 'nw', -16, -8, false, true, doc), {x: 64, y: 72, width: 96, height: 48});
        assertEqual(arrange.resizeFrom(start, 'e', 21, 50, false, false, doc), {x: 80, y: 80, width: 101, height: 40});
        assertEqual(arrange.resizeFrom(start, 'se', 80, 0, true, false, doc), {x: 80, y: 80, width: 160, height: 80});
        assertEqual(arrange.resizeFrom(start, 'w', 200, 0, false, false, doc).width, 8, 'never below the minimum');
        assertEqual(arrange.resizeFrom(start, 's', 0, 1000, false, false, doc).height, 220, 'never off the canvas');
    });

    /** The guides check, given the module to check, so planted guides can be fed to it. */
    function checkGuides(impl) {
        var other = box('o', 100, 100, 100, 50);
        var result = impl.guides({x: 103, y: 300, width: 40, height: 20}, [other]);
        assertEqual([result.dx, result.dy], [-3, 0], 'left edges line up');
        assertEqual(result.lines, [{axis: 'x', at: 100, from: 100, to: 320}]);
        var centred = impl.guides({x: 300, y: 114, width: 40, height: 20}, [other]);
        assertEqual(centred.dy, 1, 'centres line up (125)');
        assertEqual(impl.guides({x: 130, y: 300, width: 20, height: 20}, [other]).lines.length, 1,
            'centre of 150 is 10 away, but 150 is its centre: x 140 to 150');
        assertEqual(impl.guides({x: 20, y: 300, width: 20, height: 20}, [other]).lines, [], 'too far: none');
    }

    test('smart guides snap a dragged box onto a nearby edge or centre and say where to draw', function () {
        checkGuides(arrange);
    });

    test('negative control: guides drawn along the dragged box only, not spanning both, fail the check', function () {
        var planted = Object.assign({}, arrange, {
            guides: function (dragged, others, distance) {
                var result = arrange.guides(dragged, others, distance);
                result.lines = result.lines.map(function (line) {
                    var from = line.axis === 'x' ? dragged.y : dragged.x;
                    var length = line.axis === 'x' ? dragged.height : dragged.width;
                    return {axis: line.axis, at: line.at, from: from, to: from + length};
                });
                return result;
            }
        });
        assertTrue(/"from":100/.test(assertThrows(function () {
            checkGuides(planted);
        }).message), 'fails on where the guide is drawn');
    });
}());
