/* Text the editor sends and fits: cleaning, first lines, wrapping. */
(function () {
    'use strict';

    var model = window.PlainframeEditor.model;

    test('cleaning drops control characters but keeps line breaks and tabs', function () {
        assertEqual(model.cleanText('a\u0000b\u0007c\td\r\ne\rf', 100), 'abc\td\ne\nf');
    });

    test('cleaning drops half surrogate pairs and keeps whole ones', function () {
        assertEqual(model.cleanText('x\uD83D\uDE00y\uD83Dz\uDE00', 100), 'x\uD83D\uDE00yz');
    });

    test('cleaning keeps at most the limit', function () {
        assertEqual(model.cleanText('abcdef', 4), 'abcd');
    });

    test('the first line stops at a line break and shows tabs as spaces', function () {
        assertEqual(model.firstLine('a\tb\nc'), 'a b');
        assertEqual(model.firstLine('single'), 'single');
    });

    test('wrapping breaks at spaces within the columns', function () {
        assertEqual(model.wrap('Already have an account? Log in', 12), ['Already have', 'an account?', 'Log in']);
    });

    test('wrapping cuts a word longer than the columns, and keeps line breaks', function () {
        assertEqual(model.wrap('abcdefghij\nxy', 4), ['abcd', 'efgh', 'ij', 'xy']);
    });

    test('wrapping loses no character of the text but the spaces it breaks at', function () {
        var text = 'The quick brown fox jumps over the lazy dog, again and again';
        for (var columns = 1; columns < 30; columns++) {
            var lines = model.wrap(text, columns);
            assertEqual(lines.join('').replace(/ /g, ''), text.replace(/ /g, ''), 'columns ' + columns);
            lines.forEach(function (line) {
                assertTrue(line.length <= columns, 'line "' + line + '" within ' + columns);
            });
        }
    });
}());
