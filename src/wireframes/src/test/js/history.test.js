/* Undo and redo: steps, joined keyed changes, the bound. */
(function () {
    'use strict';

    var History = window.PlainframeEditor.model.History;

    function state(n) {
        return {doc: 'doc' + n, selected: null};
    }

    test('undo goes back one step and redo forward again', function () {
        var history = new History(10);
        history.record(state(0));
        history.record(state(1));
        assertEqual(history.undo(state(2)), state(1));
        assertEqual(history.undo(state(1)), state(0));
        assertEqual(history.undo(state(0)), null, 'nothing before the first step');
        assertEqual(history.redo(state(0)), state(1));
        assertEqual(history.redo(state(1)), state(2));
        assertEqual(history.redo(state(2)), null);
    });

    test('changes with the same key in a row make one step', function () {
        var history = new History(10);
        history.record(state(0), 'field:text:1');
        history.record(state(1), 'field:text:1');
        history.record(state(2), 'field:text:1');
        assertEqual(history.undo(state(3)), state(0));
        assertTrue(!history.canUndo(), 'one step only');
    });

    test('a new key, no key or a broken chain starts a new step', function () {
        var history = new History(10);
        history.record(state(0), 'a');
        history.record(state(1), 'b');
        history.record(state(2));
        history.record(state(3));
        history.breakChain();
        history.record(state(4), 'c');
        history.breakChain();
        history.record(state(5), 'c');
        assertEqual(history.undoStack.length, 6);
    });

    test('a change after undo drops what could be redone', function () {
        var history = new History(10);
        history.record(state(0));
        history.undo(state(1));
        assertTrue(history.canRedo());
        history.record(state(0));
        assertTrue(!history.canRedo(), 'redo gone');
    });

    test('the oldest steps go beyond the bound', function () {
        var history = new History(3);
        for (var i = 0; i < 5; i++) {
            history.record(state(i));
        }
        assertEqual(history.undoStack, [state(2), state(3), state(4)]);
    });

    test('undo ends a chain: typing on after undo is a new step', function () {
        var history = new History(10);
        history.record(state(0), 'k');
        history.undo(state(1));
        history.record(state(0), 'k');
        assertEqual(history.undoStack.length, 1);
        assertTrue(!history.canRedo());
    });

    test('clear forgets everything', function () {
        var history = new History(10);
        history.record(state(0));
        history.undo(state(1));
        history.clear();
        assertTrue(!history.canUndo() && !history.canRedo());
    });
}());
