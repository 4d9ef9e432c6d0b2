/*
 * The control types the editor offers: their names, what their text means, and how a new one starts. Every text
 * comes from the i18n bundle, each through a getText call with the key written out, which the host replaces.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};

    var LIMITS = PE.model.LIMITS;

    /** The control types in the palette's order, as the server lists them (data-plainframe-limits). */
    function types() {
        return (LIMITS.types || []).map(function (type) {
            return type.id;
        });
    }

    /** The palette's categories, each with its types: [{id, types}], in the server's order. */
    function categories() {
        var out = [];
        (LIMITS.types || []).forEach(function (type) {
            if (!out.length || out[out.length - 1].id !== type.category) {
                out.push({id: type.category, types: []});
            }
            out[out.length - 1].types.push(type.id);
        });
        return out;
    }

    /** Whether a type's text is a list of items in the quick text syntax. */
    function hasItems(type) {
        return (LIMITS.types || []).some(function (entry) {
            return entry.id === type && entry.items;
        });
    }

    function typeLabel(type) {
        switch (type) {
            case 'button': return AJS.I18n.getText('plainframe.wireframe.editor.type.button');
            case 'text-input': return AJS.I18n.getText('plainframe.wireframe.editor.type.text-input');
            case 'text-area': return AJS.I18n.getText('plainframe.wireframe.editor.type.text-area');
            case 'checkbox': return AJS.I18n.getText('plainframe.wireframe.editor.type.checkbox');
            case 'radio': return AJS.I18n.getText('plainframe.wireframe.editor.type.radio');
            case 'checkbox-group': return AJS.I18n.getText('plainframe.wireframe.editor.type.checkbox-group');
            case 'radio-group': return AJS.I18n.getText('plainframe.wireframe.editor.type.radio-group');
            case 'dropdown': return AJS.I18n.getText('plainframe.wireframe.editor.type.dropdown');
            case 'toggle': return AJS.I18n.getText('plainframe.wireframe.editor.type.toggle');
            case 'slider': return AJS.I18n.getText('plainframe.wireframe.editor.type.slider');
            case 'date-picker': return AJS.I18n.getText('plainframe.wireframe.editor.type.date-picker');
            case 'search-box': return AJS.I18n.getText('plainframe.wireframe.editor.type.search-box');
            case 'number-stepper': return AJS.I18n.getText('plainframe.wireframe.editor.type.number-stepper');
            case 'button-bar': return AJS.I18n.getText('plainframe.wireframe.editor.type.button-bar');
            case 'heading': return AJS.I18n.getText('plainframe.wireframe.editor.type.heading');
            case 'label': return AJS.I18n.getText('plainframe.wireframe.editor.type.label');
            case 'paragraph': return AJS.I18n.getText('plainframe.wireframe.editor.type.paragraph');
            case 'link': return AJS.I18n.getText('plainframe.wireframe.editor.type.link');
            case 'container': return AJS.I18n.getText('plainframe.wireframe.editor.type.container');
            case 'panel': return AJS.I18n.getText('plainframe.wireframe.editor.type.panel');
            case 'browser-window': return AJS.I18n.getText('plainframe.wireframe.editor.type.browser-window');
            case 'phone': return AJS.I18n.getText('plainframe.wireframe.editor.type.phone');
            case 'dialog': return AJS.I18n.getText('plainframe.wireframe.editor.type.dialog');
            case 'tabs': return AJS.I18n.getText('plainframe.wireframe.editor.type.tabs');
            case 'accordion': return AJS.I18n.getText('plainframe.wireframe.editor.type.accordion');
            case 'separator': return AJS.I18n.getText('plainframe.wireframe.editor.type.separator');
            case 'menu-bar': return AJS.I18n.getText('plainframe.wireframe.editor.type.menu-bar');
            case 'vertical-menu': return AJS.I18n.getText('plainframe.wireframe.editor.type.vertical-menu');
            case 'breadcrumbs': return AJS.I18n.getText('plainframe.wireframe.editor.type.breadcrumbs');
            case 'pagination': return AJS.I18n.getText('plainframe.wireframe.editor.type.pagination');
            case 'table': return AJS.I18n.getText('plainframe.wireframe.editor.type.table');
            case 'list': return AJS.I18n.getText('plainframe.wireframe.editor.type.list');
            case 'tree': return AJS.I18n.getText('plainframe.wireframe.editor.type.tree');
            case 'bar-chart': return AJS.I18n.getText('plainframe.wireframe.editor.type.bar-chart');
            case 'line-chart': return AJS.I18n.getText('plainframe.wireframe.editor.type.line-chart');
            case 'pie-chart': return AJS.I18n.getText('plainframe.wireframe.editor.type.pie-chart');
            case 'image-placeholder': return AJS.I18n.getText('plainframe.wireframe.editor.type.image-placeholder');
            case 'video': return AJS.I18n.getText('plainframe.wireframe.editor.type.video');
            case 'map': return AJS.I18n.getText('plainframe.wireframe.editor.type.map');
            case 'avatar': return AJS.I18n.getText('plainframe.wireframe.editor.type.avatar');
            case 'note': return AJS.I18n.getText('plainframe.wireframe.editor.type.note');
            case 'alert': return AJS.I18n.getText('plainframe.wireframe.editor.type.alert');
            case 'progress-bar': return AJS.I18n.getText('plainframe.wireframe.editor.type.progress-bar');
            case 'tooltip': return AJS.I18n.getText('plainframe.wireframe.editor.type.tooltip');
            case 'callout': return AJS.I18n.getText('plainframe.wireframe.editor.type.callout');
            case 'badge': return AJS.I18n.getText('plainframe.wireframe.editor.type.badge');
            case 'spinner': return AJS.I18n.getText('plainframe.wireframe.editor.type.spinner');
            default: return type;
        }
    }

    function categoryLabel(category) {
        switch (category) {
            case 'inputs': return AJS.I18n.getText('plainframe.wireframe.editor.category.inputs');
            case 'text': return AJS.I18n.getText('plainframe.wireframe.editor.category.text');
            case 'containers': return AJS.I18n.getText('plainframe.wireframe.editor.category.containers');
            case 'navigation': return AJS.I18n.getText('plainframe.wireframe.editor.category.navigation');
            case 'data': return AJS.I18n.getText('plainframe.wireframe.editor.category.data');
            case 'media': return AJS.I18n.getText('plainframe.wireframe.editor.category.media');
            case 'feedback': return AJS.I18n.getText('plainframe.wireframe.editor.category.feedback');
            default: return category;
        }
    }

    /** What the Text field is called for a type: the same property means different things. */
    function textLabel(type) {
        switch (type) {
            case 'text-input': return AJS.I18n.getText('plainframe.wireframe.editor.prop.placeholder');
            case 'dropdown': return AJS.I18n.getText('plainframe.wireframe.editor.prop.shown');
            case 'image-placeholder': return AJS.I18n.getText('plainframe.wireframe.editor.prop.caption');
            case 'container':
            case 'panel':
            case 'dialog':
                return AJS.I18n.getText('plainframe.wireframe.editor.prop.title');
            case 'browser-window': return AJS.I18n.getText('plainframe.wireframe.editor.prop.address');
            case 'bar-chart':
            case 'line-chart':
            case 'pie-chart':
            case 'video':
            case 'map':
                return AJS.I18n.getText('plainframe.wireframe.editor.prop.caption');
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
            case 'text-area':
                return {width: 240, height: 80, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.text-area')};
            case 'checkbox-group':
                return {width: 200, height: 76, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.checkbox-group')};
            case 'radio-group':
                return {width: 200, height: 76, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.radio-group')};
            case 'toggle':
                return {width: 160, height: 24, checked: true, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.toggle')};
            case 'slider':
                return {width: 200, height: 24, value: 50, text: ''};
            case 'date-picker':
                return {width: 160, height: 32, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.date-picker')};
            case 'search-box':
                return {width: 240, height: 32, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.search-box')};
            case 'number-stepper':
                return {width: 120, height: 32, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.number-stepper')};
            case 'button-bar':
                return {width: 280, height: 32, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.button-bar')};
            case 'paragraph':
                return {width: 320, height: 72, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.paragraph')};
            case 'panel':
                return {width: 320, height: 200, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.panel')};
            case 'browser-window':
                return {width: 480, height: 320, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.browser-window')};
            case 'phone':
                return {width: 200, height: 380, text: ''};
            case 'dialog':
                return {width: 360, height: 220, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.dialog')};
            case 'tabs':
                return {width: 400, height: 160, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.tabs')};
            case 'accordion':
                return {width: 320, height: 160, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.accordion')};
            case 'separator':
                return {width: 240, height: 8, text: ''};
            case 'menu-bar':
                return {width: 400, height: 32, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.menu-bar')};
            case 'vertical-menu':
                return {width: 180, height: 140, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.vertical-menu')};
            case 'breadcrumbs':
                return {width: 320, height: 24, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.breadcrumbs')};
            case 'pagination':
                return {width: 240, height: 32, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.pagination')};
            case 'list':
                return {width: 200, height: 90, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.list')};
            case 'tree':
                return {width: 200, height: 112, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.tree')};
            case 'bar-chart':
                return {width: 240, height: 160, text: ''};
            case 'line-chart':
                return {width: 240, height: 160, text: ''};
            case 'pie-chart':
                return {width: 200, height: 160, text: ''};
            case 'video':
                return {width: 320, height: 180, text: ''};
            case 'map':
                return {width: 320, height: 200, text: ''};
            case 'avatar':
                return {width: 48, height: 48, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.avatar')};
            case 'alert':
                return {width: 320, height: 40, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.alert')};
            case 'progress-bar':
                return {width: 200, height: 20, value: 50, text: ''};
            case 'tooltip':
                return {width: 180, height: 44, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.tooltip')};
            case 'callout':
                return {width: 28, height: 28, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.callout')};
            case 'badge':
                return {width: 60, height: 22, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.badge')};
            case 'spinner':
                return {width: 160, height: 28, 
                    text: AJS.I18n.getText('plainframe.wireframe.editor.default.spinner')};
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
        if (d.value !== undefined) {
            c.value = d.value;
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
        types: types,
        categories: categories,
        hasItems: hasItems,
        typeLabel: typeLabel,
        categoryLabel: categoryLabel,
        textLabel: textLabel,
        defaults: defaults,
        create: create
    };
}());
