/* The document model: cleaning a document to what the server accepts, and control ids. */
(function () {
    'use strict';

    var model = window.PlainframeEditor.model;

    test('a blank document is an empty 960 by 600 canvas', function () {
        assertEqual(model.blankDocument(), {formatVersion: 1, width: 960, height: 600, controls: []});
    });

    test('cleaning keeps only the properties a control type has, in the server order', function () {
        var doc = model.cleanDocument({width: 500, height: 400, controls: [
            {id: 'a', type: 'button', x: 1, y: 2, width: 30, height: 40, text: 'Go', level: 2, extra: true},
            {id: 'b', type: 'heading', x: 0, y: 0, width: 30, height: 40, text: 'H', level: 3},
            {id: 'c', type: 'checkbox', x: 0, y: 0, width: 30, height: 40, text: 'C', checked: 'yes'},
            {id: 'd', type: 'dropdown', x: 0, y: 0, width: 30, height: 40, options: [1, 'two']},
            {id: 'e', type: 'table', x: 0, y: 0, width: 30, height: 40, cells: [['a', 1], 'not a row']}
        ]});
        assertEqual(doc.controls[0], {id: 'a', type: 'button', x: 1, y: 2, width: 30, height: 40, text: 'Go'});
        assertEqual(doc.controls[1].level, 3);
        assertEqual(doc.controls[2].checked, false, 'only true checks a box');
        assertEqual(doc.controls[3].options, ['1', 'two']);
        assertEqual(doc.controls[3].text, '', 'a missing text is empty');
        assertEqual(doc.controls[4].cells, [['a', '1'], []]);
    });

    test('a heading level other than 2 or 3 becomes 1', function () {
        var doc = model.cleanDocument({controls: [{id: 'h', type: 'heading', level: 7}]});
        assertEqual(doc.controls[0].level, 1);
    });

    test('the canvas is kept within the limits and numbers are rounded', function () {
        var limits = model.LIMITS;
        assertEqual(model.cleanDocument({width: 5, height: 99999}).width, limits.minCanvas);
        assertEqual(model.cleanDocument({width: 5, height: 99999}).height, limits.maxCanvas);
        assertEqual(model.cleanDocument({width: 'wide', height: 300.6}).width, 960, 'not a number: the default');
        assertEqual(model.cleanDocument({width: 'wide', height: 300.6}).height, 301);
    });

    test('entries of controls that are not objects are dropped', function () {
        var doc = model.cleanDocument({controls: [null, 3, 'x', {id: 'k', type: 'label'}]});
        assertEqual(doc.controls.length, 1);
        assertEqual(doc.controls[0].id, 'k');
    });

    test('a new control id is the first of c1, c2, ... that is free', function () {
        assertEqual(model.newId({controls: []}), 'c1');
        // Counting starts after the number of controls: c3 is taken, so two controls get c4.
        assertEqual(model.newId({controls: [{id: 'c1'}, {id: 'c3'}]}), 'c4');
        assertEqual(model.newId({controls: [{id: 'c2'}, {id: 'c3'}]}), 'c4');
        assertEqual(model.newId({controls: [{id: 'x'}, {id: 'c3'}]}), 'c4');
    });

    test('indexOf finds a control by id, or answers -1', function () {
        var doc = {controls: [{id: 'a'}, {id: 'b'}]};
        assertEqual(model.indexOf(doc, 'b'), 1);
        assertEqual(model.indexOf(doc, 'z'), -1);
        assertEqual(model.indexOf(doc, null), -1);
    });

    test('a random wireframe id is wf- and eight lower-case letters or digits', function () {
        for (var i = 0; i < 50; i++) {
            assertTrue(/^wf-[a-z0-9]{8}$/.test(model.randomId()), 'id shape');
        }
    });

    test('typed numbers are whole numbers only', function () {
        assertEqual(model.typedNumber(' 42 '), 42);
        assertEqual(model.typedNumber('-3'), -3);
        assertEqual(model.typedNumber('4.5'), null);
        assertEqual(model.typedNumber(''), null);
        assertEqual(model.typedNumber('1e3'), null);
    });

    test('a title is kept across a save: one line, bounded, whole characters; none when empty', function () {
        assertEqual(model.cleanDocument({title: 'Sign in \u2014 \uD83D\uDE00', controls: []}).title,
            'Sign in \u2014 \uD83D\uDE00');
        assertEqual(model.cleanDocument({title: 'First\nsecond', controls: []}).title, 'First');
        assertEqual(model.cleanDocument({title: 'x'.repeat(199) + '\uD83D\uDE00', controls: []}).title,
            'x'.repeat(199), 'half a pair at the cut is dropped');
        assertEqual('title' in model.cleanDocument({title: '', controls: []}), false);
        assertEqual('title' in model.cleanDocument({title: 42, controls: []}), false);
    });
}());
