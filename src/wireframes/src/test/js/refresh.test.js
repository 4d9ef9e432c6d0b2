/* The editor's refresh redraws only the controls that changed (issue 16, item 9: 500 controls stay fast). */
(function () {
    'use strict';

    var PE = window.PlainframeEditor;

    function editorWith(controls) {
        var container = document.createElement('div');
        container.className = 'plainframe-wireframe';
        container.setAttribute('data-content-id', 'test');
        container.setAttribute('data-plainframe-limits', JSON.stringify(PE.model.LIMITS));
        document.body.appendChild(container);
        var ed = PE.open(container);
        ed.doc.controls = controls;
        ed.refresh();
        return ed;
    }

    function drawings(ed) {
        return Array.prototype.slice.call(ed.layer.childNodes);
    }

    function ids(ed) {
        return drawings(ed).map(function (group) {
            return group.getAttribute('data-control-id');
        });
    }

    function control(id, x) {
        return {id: id, type: 'button', x: x, y: 8, width: 80, height: 32, text: id};
    }

    function remove(ed) {
        ed.root.parentNode.parentNode.removeChild(ed.root.parentNode);
    }

    test('a refresh keeps the drawings of unchanged controls and redraws a changed one', function () {
        var ed = editorWith([control('a', 8), control('b', 96), control('c', 184)]);
        var before = drawings(ed);
        ed.doc.controls[1].text = 'changed';
        ed.refresh();
        var after = drawings(ed);
        assertTrue(after[0] === before[0] && after[2] === before[2], 'a and c kept');
        assertTrue(after[1] !== before[1], 'b redrawn');
        assertEqual(after[1].querySelector('text').textContent, 'changed');
        remove(ed);
    });

    test('a refresh follows the document: order, removals and additions', function () {
        var ed = editorWith([control('a', 8), control('b', 96), control('c', 184)]);
        ed.doc.controls = [ed.doc.controls[2], ed.doc.controls[0], control('d', 272)];
        ed.refresh();
        assertEqual(ids(ed), ['c', 'a', 'd']);
        remove(ed);
    });

    test('a drawing moved by a drag that was then undone is drawn again where the document says', function () {
        var ed = editorWith([control('a', 8)]);
        ed.layer.firstChild.setAttribute('transform', 'translate(200 8)');
        ed.refresh();
        assertEqual(ed.layer.firstChild.getAttribute('transform'), 'translate(8 8)');
        remove(ed);
    });
}());
