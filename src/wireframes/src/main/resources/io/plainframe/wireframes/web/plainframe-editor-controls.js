/*
 * The control types the editor offers: their names, what their text means, and how a new one starts. Every text
 * comes from the i18n bundle, each through a getText call with the key written out, which the host replaces.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};

    var TYPES = ['button', 'label', 'heading', 'text-input', 'checkbox', 'radio', 'dropdown', 'image-placeholder',
        'container', 'table', 'link', 'note'];

    function typeLabel(type) {
        switch (type) {
            case 'button': return AJS.I18n.getText('plainframe.wireframe.editor.type.button');
            case 'label': return AJS.I18n.getText('plainframe.wireframe.editor.type.label');
            case 'heading': return AJS.I18n.getText('plainframe.wireframe.editor.type.heading');
            case 'text-input': return AJS.I18n.getText('plainframe.wireframe.editor.type.text-input');
            case 'checkbox': return AJS.I18n.getText('plainframe.wireframe.editor.type.checkbox');
            case 'radio': return AJS.I18n.getText('plainframe.wireframe.editor.type.radio');
            case 'dropdown': return AJS.I18n.getText('plainframe.wireframe.editor.type.dropdown');
            case 'image-placeholder': return AJS.I18n.getText('plainframe.wireframe.editor.type.image-placeholder');
            case 'container': return AJS.I18n.getText('plainframe.wireframe.editor.type.container');
            case 'table': return AJS.I18n.getText('plainframe.wireframe.editor.type.table');
            case 'link': return AJS.I18n.getText('plainframe.wireframe.editor.type.link');
            case 'note': return AJS.I18n.getText('plainframe.wireframe.editor.type.note');
            default: return type;
        }
    }

    /** What the Text field is called for a type: the same property means different things. */
    function textLabel(type) {
        switch (type) {
            case 'text-input': return AJS.I18n.getText('plainframe.wireframe.editor.prop.placeholder');
            case 'dropdown': return AJS.I18n.getText('plainframe.wireframe.editor.prop.shown');
            case 'image-placeholder': return AJS.I18n.getText('plainframe.wireframe.editor.prop.caption');
            case 'container': return AJS.I18n.getText('plainframe.wireframe.editor.prop.title');
            default: return AJS.I18n.getText('plainframe.wireframe.editor.prop.text');
        }
    }

    /** A new control of a type: its size, text and type-specific properties. */
    function defaults(type) {
        switch (type) {
            case 'button':
                return {width: 120, height: 32, text: AJS.I18n.getText('plainframe.wireframe.editor.default.button')};
            case 'label':
                return {width: 160, height: 24, text: AJS.I18n.getText('plainframe.wireframe.editor.default.label')};
            case 'heading':
                return {width: 320, height: 40, level: 1,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.heading')};
            case 'text-input':
                return {width: 240, height: 32,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.text-input')};
            case 'checkbox':
                return {width: 200, height: 24, checked: false,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.checkbox')};
            case 'radio':
                return {width: 200, height: 24, checked: false,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.radio')};
            case 'dropdown':
                return {width: 200, height: 32, text: '', options: [
                    AJS.I18n.getText('plainframe.wireframe.editor.default.option', '1'),
                    AJS.I18n.getText('plainframe.wireframe.editor.default.option', '2')]};
            case 'image-placeholder':
                return {width: 160, height: 120,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.image-placeholder')};
            case 'container':
                return {width: 320, height: 200,
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.container')};
            case 'table':
                return {width: 320, height: 120, text: '', cells: [['A', 'B'], ['1', '2']]};
            case 'link':
                return {width: 120, height: 24, text: AJS.I18n.getText('plainframe.wireframe.editor.default.link')};
            case 'note':
                return {width: 200, height: 80, text: AJS.I18n.getText('plainframe.wireframe.editor.default.note')};
            default:
                return {width: 120, height: 32, text: ''};
        }
    }

    /** A new control of a type with its defaults, sized to fit the canvas; placed at 0,0. */
    function create(type, id, doc) {
        var d = defaults(type);
        var c = {id: id, type: type, x: 0, y: 0, width: Math.min(d.width, doc.width),
            height: Math.min(d.height, doc.height), text: d.text};
        if (d.level !== undefined) {
            c.level = d.level;
        }
        if (d.checked !== undefined) {
            c.checked = d.checked;
        }
        if (d.options) {
            c.options = d.options.slice();
        }
        if (d.cells) {
            c.cells = d.cells.map(function (row) {
                return row.slice();
            });
        }
        return c;
    }

    PE.controls = {
        TYPES: TYPES,
        typeLabel: typeLabel,
        textLabel: textLabel,
        defaults: defaults,
        create: create
    };
}());
