/* Downloads: safe file names from any title, the SVG file's text, the PNG's size. */
(function () {
    'use strict';

    var exporter = window.PlainframeEditor.exporter;

    test('a file name keeps letters, digits, dashes and underscores', function () {
        assertEqual(exporter.filename('wireframe-demo_2', 'svg'), 'wireframe-demo_2.svg');
    });

    test('a hostile title becomes a safe file name', function () {
        assertEqual(exporter.filename('../../etc/passwd', 'svg'), 'etc-passwd.svg');
        assertEqual(exporter.filename('a<script>"b"</script>\\c:*?|', 'png'), 'a-script-b-script-c.png');
        assertEqual(exporter.filename('.hidden', 'svg'), 'hidden.svg');
        assertEqual(exporter.filename('CON\u0000\r\nx', 'svg'), 'CON-x.svg');
    });

    test('a title with nothing safe in it, or none, is named wireframe', function () {
        assertEqual(exporter.filename('\u65e5\u672c\u8a9e', 'svg'), 'wireframe.svg');
        assertEqual(exporter.filename('', 'png'), 'wireframe.png');
        assertEqual(exporter.filename(null, 'png'), 'wireframe.png');
    });

    test('a long title is cut to 80 characters', function () {
        var name = exporter.filename(new Array(300).join('ab-'), 'svg');
        assertTrue(name.length <= 84, 'length ' + name.length);
        assertTrue(/^[A-Za-z0-9_-]+\.svg$/.test(name), name);
    });

    test('the SVG file is an XML document with the SVG namespace and the text kept as text', function () {
        var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('viewBox', '0 0 300 200');
        var text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
        text.textContent = '<b>Sign & in</b>';
        svg.appendChild(text);
        var file = exporter.svgText(svg);
        assertTrue(file.indexOf('<?xml version="1.0" encoding="UTF-8"?>') === 0, file);
        var parsed = new DOMParser().parseFromString(file, 'image/svg+xml');
        assertEqual(parsed.getElementsByTagName('parsererror').length, 0);
        assertEqual(parsed.documentElement.namespaceURI, 'http://www.w3.org/2000/svg');
        assertEqual(parsed.documentElement.textContent, '<b>Sign & in</b>');
    });

    test('a PNG is twice the drawing size, and the drawing size is its viewBox', function () {
        assertEqual(exporter.pngSize(4000, 300), {width: 8000, height: 600});
        var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('viewBox', '0 0 640 480');
        svg.setAttribute('width', '100');
        assertEqual(exporter.sizeOf(svg), {width: 640, height: 480});
        svg.removeAttribute('viewBox');
        assertEqual(exporter.sizeOf(svg), {width: 100, height: 1});
    });
}());
