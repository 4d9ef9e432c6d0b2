/*
 * A small test runner for the editor's modules, run in headless Chromium by EditorScriptsTest (src/sandbox):
 * test(name, body) registers a test; the assertions throw; runner.html runs them all once the page has loaded
 * and leaves the outcome in window.plainframeTestResults for the JUnit side to report test by test.
 * AJS.I18n.getText is stood in for as the host's transformer would leave it: the key, then the arguments.
 */
(function () {
    'use strict';

    var tests = [];
    var loadErrors = [];

    // A module that fails to load is a failure of its own, not a quietly smaller suite.
    window.addEventListener('error', function (event) {
        loadErrors.push(event.message + ' (' + event.filename + ':' + event.lineno + ')');
    });

    window.AJS = window.AJS || {};
    window.AJS.I18n = {
        getText: function (key) {
            var args = Array.prototype.slice.call(arguments, 1);
            return args.length ? key + '[' + args.join('|') + ']' : key;
        }
    };

    function show(value) {
        try {
            return JSON.stringify(value);
        } catch (e) {
            return String(value);
        }
    }

    function fail(message) {
        throw new Error(message);
    }

    window.test = function (name, body) {
        tests.push({name: name, body: body});
    };

    window.assertEqual = function (actual, expected, what) {
        if (show(actual) !== show(expected)) {
            fail((what ? what + ': ' : '') + 'expected ' + show(expected) + ' but was ' + show(actual));
        }
    };

    window.assertTrue = function (condition, what) {
        if (condition !== true) {
            fail((what || 'expected true') + ' (was ' + show(condition) + ')');
        }
    };

    window.assertThrows = function (body, what) {
        try {
            body();
        } catch (expected) {
            return expected;
        }
        fail((what || 'expected an error') + ', but nothing was thrown');
        return null;
    };

    window.runPlainframeTests = function () {
        test('every script loads without an error', function () {
            assertEqual(loadErrors, []);
        });
        var results = tests.map(function (t) {
            try {
                t.body();
                return {name: t.name, ok: true, message: ''};
            } catch (e) {
                return {name: t.name, ok: false, message: String(e && e.message || e)};
            }
        });
        window.plainframeTestResults = results;
        return results;
    };
}());
