/*
 * The editor's text rules against the corpus the server's are tested with (TextRulesCorpusTest): quick text
 * items and fitted lines must be the same, case for case. Run by EditorTextRulesNodeTest: node text-rules.test.js.
 */
'use strict';
var fs = require('fs');
var path = require('path');
var assert = require('assert');

// PLAINFRAME_TEXT_MODULE: another copy of the module, for the negative control (a planted drift must fail).
var module = process.env.PLAINFRAME_TEXT_MODULE
    || path.join(__dirname, '../../main/resources/io/plainframe/wireframes/web/plainframe-editor-text.js');
var text = require(module);
var quickCases = JSON.parse(fs.readFileSync(path.join(__dirname, '../resources/quicktext-cases.json'), 'utf8'));
var fitCorpus = JSON.parse(fs.readFileSync(path.join(__dirname, '../resources/textfit-cases.json'), 'utf8'));

var failures = 0;
var checks = 0;

function check(name, actual, expected) {
    checks++;
    try {
        assert.deepStrictEqual(actual, expected);
    } catch (e) {
        failures++;
        console.error('FAIL ' + name + '\n  expected ' + JSON.stringify(expected) + '\n  actual   '
            + JSON.stringify(actual));
    }
}

quickCases.forEach(function (c) {
    check('quick text: ' + c.name, text.quickText.parse(c.text), c.items);
});

text.textFit.configure(fitCorpus.glyphs);
fitCorpus.cases.forEach(function (c) {
    var name = 'text fit: ' + JSON.stringify(c.text) + ' in ' + c.width + ' px, ' + c.maxLines + ' line(s)';
    check(name + ' (width)', text.textFit.width(c.text, c.size, c.bold), c.measured);
    check(name, text.textFit.fit(c.text, c.width, c.maxLines, c.size, c.bold),
        {lines: c.lines, overflow: c.overflow});
});

console.log(checks + ' checks, ' + failures + ' failed');
process.exit(failures === 0 ? 0 : 1);
