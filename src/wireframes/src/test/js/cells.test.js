/* A table's cells in the quick text syntax (the properties panel's Cells field). */
(function () {
    'use strict';

    var panels = window.PlainframeEditor.panels;

    test('rows are lines and cells are separated by commas', function () {
        assertEqual(panels.cellsFrom('Plan, Price\nFree, 0\n\nTeam, 5'), [['Plan', 'Price'], ['Free', '0'],
            ['Team', '5']]);
    });

    test('cells with commas, backslashes and leading markers come back exactly', function () {
        var rows = [['*starred', 'a, b', 'back\\slash'], ['-minus', '>arrow', ''], ['plain', '5, 6, 7', '\\,']];
        assertEqual(panels.cellsFrom(panels.cellsText(rows)), rows);
    });

    test('the bounds of the server: rows, cells per row, text per cell', function () {
        var limits = window.PlainframeEditor.model.LIMITS;
        var many = [];
        for (var i = 0; i < limits.maxRows + 5; i++) {
            many.push('a,'.repeat(limits.maxColumns + 3) + 'x'.repeat(limits.maxCellText + 9));
        }
        var cells = panels.cellsFrom(many.join('\n'));
        assertEqual(cells.length, limits.maxRows);
        assertEqual(cells[0].length, limits.maxColumns);
    });
}());
