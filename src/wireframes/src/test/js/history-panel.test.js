/* Issue 16: the history panel's texts (AJS.I18n is stubbed to answer the key and its arguments). */
(function () {
    'use strict';

    var history = window.PlainframeEditor.history;

    test('a version is labelled with its number, who saved it and when', function () {
        var label = history.versionLabel({version: 3, displayName: 'User 02', userKey: 'key-user02',
            atText: '06/12/2026 05:00'});
        assertTrue(label.indexOf('plainframe.wireframe.editor.history.row') === 0, label);
        assertTrue(label.indexOf('3') > 0 && label.indexOf('User 02') > 0 && label.indexOf('06/12/2026') > 0, label);
    });

    test('a version whose author the product does not name says someone', function () {
        var label = history.versionLabel({version: 1, displayName: null, userKey: null, atText: null});
        assertTrue(label.indexOf('plainframe.wireframe.editor.history.someone') > 0, label);
    });

    test('the notice of others is the server sentence, and nothing when nobody else has it open', function () {
        assertEqual(history.othersNotice({others: [{displayName: 'Ann'}], message: 'Ann has it open'}),
            'Ann has it open');
        assertEqual(history.othersNotice({others: [], message: null}), '');
        assertEqual(history.othersNotice(null), '');
    });
}());
