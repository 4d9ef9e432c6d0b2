/*
 * The editor's properties panel: the canvas size when nothing is selected, else the selected control's text,
 * type-specific properties, position and size. Fields edit the document as the designer types, one undo step
 * each time a field has focus. Works on the editor object that plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var geometry = PE.geometry;
    var controls = PE.controls;
    var LIMITS = model.LIMITS;
    var clamp = model.clamp;
    var cleanText = model.cleanText;
    var typedNumber = model.typedNumber;
    var el = PlainframeCommon.el;

    function install(ed) {
        function fieldId(name) {
            return ed.prefix + name;
        }

        function fieldGroup(label, input, hint) {
            var children = [el('label', {'for': input.id, text: label}), input];
            if (hint) {
                var hintId = input.id + '-hint';
                input.setAttribute('aria-describedby', hintId);
                children.push(el('div', {className: 'description', id: hintId, text: hint}));
            }
            return el('div', {className: 'field-group'}, children);
        }

        /** A field that edits the document as the reader types: one undo step each time it has focus. */
        function liveField(name, input, read, apply, tidy) {
            var token = null;
            input.addEventListener('focus', function () {
                token = ed.newKey('field:' + name);
            });
            input.addEventListener(input.type === 'checkbox' || input.tagName === 'SELECT' ? 'change' : 'input',
                function () {
                    if (!token) {
                        token = ed.newKey('field:' + name);
                    }
                    var key = input.type === 'checkbox' || input.tagName === 'SELECT' ? null : token;
                    ed.change(function () {
                        apply(input.type === 'checkbox' ? input.checked : input.value, false);
                    }, key);
                });
            if (tidy) {
                input.addEventListener('change', function () {
                    ed.change(function () {
                        apply(input.value, true);
                    }, token);
                    input.value = read();
                });
            }
            ed.fields[name] = {input: input, read: read};
            return input;
        }

        function numberInput(name, min, max) {
            return el('input', {type: 'number', className: 'text plainframe-prop-' + name, id: fieldId(name),
                min: min, max: max, step: 1, inputmode: 'numeric'});
        }

        /** A number field: applies while typing when the number is allowed, clamps it when the field is left. */
        function numberField(name, bounds, read, apply) {
            var range = bounds();
            var input = numberInput(name, range.min, range.max);
            return liveField(name, input, function () {
                return String(read());
            }, function (value, final) {
                var number = typedNumber(value);
                var now = bounds();
                if (number === null) {
                    return;
                }
                if (final) {
                    apply(clamp(number, now.min, now.max));
                } else if (number >= now.min && number <= now.max) {
                    apply(number);
                }
            }, true);
        }

        ed.renderProperties = function () {
            var c = ed.selected();
            var key = c ? 'control:' + c.id + ':' + c.type : 'canvas';
            if (key !== ed.panelKey) {
                buildProperties(c);
                ed.panelKey = key;
            }
            Object.keys(ed.fields).forEach(function (name) {
                var field = ed.fields[name];
                if (field.input === document.activeElement) {
                    return;
                }
                if (field.input.type === 'checkbox') {
                    field.input.checked = field.read();
                } else {
                    field.input.value = field.read();
                }
            });
            if (c) {
                ed.fields.x.input.max = ed.doc.width - c.width;
                ed.fields.y.input.max = ed.doc.height - c.height;
                ed.fields.width.input.max = ed.doc.width - c.x;
                ed.fields.height.input.max = ed.doc.height - c.y;
            } else if (ed.fields['canvas-width']) {
                var least = geometry.extent(ed.doc);
                ed.fields['canvas-width'].input.min = least.width;
                ed.fields['canvas-height'].input.min = least.height;
            }
        };

        function buildProperties(c) {
            var hadFocus = ed.panel.contains(document.activeElement);
            while (ed.panel.firstChild) {
                ed.panel.removeChild(ed.panel.firstChild);
            }
            ed.fields = {};
            if (!c) {
                ed.panel.appendChild(el('h3', {className: 'plainframe-properties-title',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.canvas-properties')}));
                var titleInput = el('input', {type: 'text', className: 'text plainframe-prop-title',
                    id: fieldId('title'), maxlength: LIMITS.maxTitle});
                ed.panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.title-of-wireframe'),
                    liveField('title', titleInput, function () {
                        return ed.doc.title || '';
                    }, function (value) {
                        var title = model.cleanTitle(value);
                        if (title) {
                            ed.doc.title = title;
                        } else {
                            delete ed.doc.title;
                        }
                    })));
                var pair = el('div', {className: 'plainframe-prop-grid'}, [
                    fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.canvas-width'),
                        numberField('canvas-width', function () {
                            return {min: geometry.extent(ed.doc).width, max: LIMITS.maxCanvas};
                        }, function () {
                            return ed.doc.width;
                        }, function (value) {
                            ed.doc.width = value;
                            ed.resizeCanvas();
                        })),
                    fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.canvas-height'),
                        numberField('canvas-height', function () {
                            return {min: geometry.extent(ed.doc).height, max: LIMITS.maxCanvas};
                        }, function () {
                            return ed.doc.height;
                        }, function (value) {
                            ed.doc.height = value;
                            ed.resizeCanvas();
                        }))
                ]);
                ed.panel.appendChild(pair);
                ed.panel.appendChild(el('p', {className: 'description plainframe-prop-hint',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.canvas-hint', String(LIMITS.minCanvas),
                        String(LIMITS.maxCanvas))}));
                ed.panel.appendChild(el('p', {className: 'plainframe-prop-hint',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.nothing-selected')}));
                return;
            }
            var id = c.id;
            function current() {
                var index = model.indexOf(ed.doc, id);
                return index < 0 ? null : ed.doc.controls[index];
            }
            ed.panel.appendChild(el('h3', {className: 'plainframe-properties-title',
                text: AJS.I18n.getText('plainframe.wireframe.editor.control-properties', controls.typeLabel(c.type))}));

            if (c.type === 'icon') {
                var icon = el('select', {className: 'select plainframe-prop-icon', id: fieldId('icon')});
                Object.keys(PE.icons).forEach(function (name) {
                    icon.appendChild(el('option', {value: name, text: name}));
                });
                ed.panel.appendChild(fieldGroup(controls.textLabel(c.type), liveField('icon', icon, function () {
                    return current().text;
                }, function (value) {
                    current().text = Object.prototype.hasOwnProperty.call(PE.icons, value) ? value : 'star';
                })));
            }
            var noText = ['table', 'slider', 'progress-bar', 'separator', 'icon'];
            if (noText.indexOf(c.type) < 0) {
                var items = controls.hasItems(c.type);
                var textArea = el('textarea', {className: 'textarea plainframe-prop-text', id: fieldId('text'),
                    rows: items || c.type === 'label' || c.type === 'note' || c.type === 'paragraph' ? 5 : 2,
                    maxlength: LIMITS.maxText});
                ed.panel.appendChild(fieldGroup(items ? AJS.I18n.getText('plainframe.wireframe.editor.prop.items')
                    : controls.textLabel(c.type), liveField('text', textArea, function () {
                        return current().text;
                    }, function (value) {
                        current().text = cleanText(value, LIMITS.maxText);
                    }), items ? AJS.I18n.getText('plainframe.wireframe.editor.prop.items-hint') : undefined));
            }

            if (c.type === 'slider' || c.type === 'progress-bar') {
                ed.panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.value',
                    String(LIMITS.maxValue)), numberField('value', function () {
                    return {min: 0, max: LIMITS.maxValue};
                }, function () {
                    return current().value;
                }, function (value) {
                    current().value = value;
                })));
            }

            if (c.type === 'heading') {
                var level = el('select', {className: 'select plainframe-prop-level', id: fieldId('level')});
                [1, 2, 3].forEach(function (n) {
                    level.appendChild(el('option', {value: String(n),
                        text: AJS.I18n.getText('plainframe.wireframe.editor.level-option', String(n))}));
                });
                ed.panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.level'),
                    liveField('level', level, function () {
                        return String(current().level);
                    }, function (value) {
                        current().level = clamp(parseInt(value, 10) || 1, 1, 3);
                    })));
            }

            if (c.type === 'checkbox' || c.type === 'radio' || c.type === 'toggle') {
                // A plain checkbox in its label: AUI's styled ones hide the input, which then cannot be clicked.
                var box = el('input', {type: 'checkbox', className: 'plainframe-prop-checked',
                    id: fieldId('checked')});
                liveField('checked', box, function () {
                    return current().checked;
                }, function (value) {
                    current().checked = value === true;
                });
                ed.panel.appendChild(el('div', {className: 'field-group plainframe-prop-check'}, [
                    el('label', {'for': box.id, className: 'plainframe-check-label'}, [box,
                        document.createTextNode(AJS.I18n.getText('plainframe.wireframe.editor.prop.checked'))])
                ]));
            }

            if (c.type === 'dropdown') {
                var options = el('textarea', {className: 'textarea plainframe-prop-options', id: fieldId('options'),
                    rows: 4});
                ed.panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.options'),
                    liveField('options', options, function () {
                        return current().options.join('\n');
                    }, function (value) {
                        current().options = value.split(/\r\n?|\n/).map(function (line) {
                            return cleanText(line, LIMITS.maxCellText);
                        }).filter(function (line) {
                            return line.trim() !== '';
                        }).slice(0, LIMITS.maxOptions);
                    }), AJS.I18n.getText('plainframe.wireframe.editor.prop.options-hint', String(LIMITS.maxOptions))));
            }

            if (c.type === 'table') {
                var cells = el('textarea', {className: 'textarea plainframe-prop-cells', id: fieldId('cells'),
                    rows: 5});
                ed.panel.appendChild(fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.cells'),
                    liveField('cells', cells, function () {
                        return cellsText(current().cells);
                    }, function (value) {
                        current().cells = cellsFrom(value);
                    }), AJS.I18n.getText('plainframe.wireframe.editor.prop.cells-hint', String(LIMITS.maxRows),
                        String(LIMITS.maxColumns))));
            }

            ed.panel.appendChild(el('div', {className: 'plainframe-prop-grid'}, [
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.x'), numberField('x', function () {
                    return {min: 0, max: ed.doc.width - current().width};
                }, function () {
                    return current().x;
                }, function (value) {
                    current().x = value;
                })),
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.y'), numberField('y', function () {
                    return {min: 0, max: ed.doc.height - current().height};
                }, function () {
                    return current().y;
                }, function (value) {
                    current().y = value;
                })),
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.width'), numberField('width', function () {
                    return {min: LIMITS.minSize, max: ed.doc.width - current().x};
                }, function () {
                    return current().width;
                }, function (value) {
                    current().width = value;
                })),
                fieldGroup(AJS.I18n.getText('plainframe.wireframe.editor.prop.height'), numberField('height',
                    function () {
                        return {min: LIMITS.minSize, max: ed.doc.height - current().y};
                    }, function () {
                        return current().height;
                    }, function (value) {
                        current().height = value;
                    }))
            ]));
            if (hadFocus && !ed.panel.contains(document.activeElement)) {
                ed.svg.focus();
            }
        }

    }

    /** A table's cells in the quick text syntax: a line per row, commas between cells, escaped where needed. */
    function cellsText(rows) {
        return rows.map(function (row) {
            return row.map(function (cell, index) {
                var escaped = cell.replace(/[\\,]/g, '\\$&');
                return index === 0 ? escaped.replace(/^(\s*)([*\->])/, '$1\\$2') : escaped;
            }).join(', ');
        }).join('\n');
    }

    /** A table's cells from the quick text syntax, bounded as the server bounds them. */
    function cellsFrom(text) {
        return PE.quickText.parse(String(text).replace(/\r\n?/g, '\n')).slice(0, LIMITS.maxRows).map(function (item) {
            return item.cells.slice(0, LIMITS.maxColumns).map(function (cell) {
                return cleanText(cell, LIMITS.maxCellText);
            });
        });
    }

    /** The palette: a button per control type, adding one at a free spot where the designer is looking. */
    function palette(ed) {
        var node = el('div', {className: 'plainframe-palette', role: 'group',
            'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.palette')},
        [el('span', {className: 'plainframe-palette-title', 'aria-hidden': 'true',
            text: AJS.I18n.getText('plainframe.wireframe.editor.palette')})]);
        // One group per category, named for it, as Balsamiq's library is arranged.
        controls.categories().forEach(function (category) {
            var titleId = 'plainframe-palette-' + category.id + '-' + Math.random().toString(36).slice(2, 8);
            var section = el('div', {className: 'plainframe-palette-category plainframe-palette-category-'
                + category.id, role: 'group', 'aria-labelledby': titleId}, [el('span', {
                className: 'plainframe-palette-category-title', id: titleId,
                text: controls.categoryLabel(category.id)})]);
            category.types.forEach(function (type) {
                var add = el('button', {type: 'button', className: 'aui-button aui-button-subtle '
                    + 'plainframe-palette-item plainframe-palette-' + type, 'data-type': type});
                add.addEventListener('click', function () {
                    ed.addControl(type);
                });
                add.appendChild(PE.render.paletteIcon(type));
                add.appendChild(el('span', {text: controls.typeLabel(type)}));
                section.appendChild(add);
            });
            node.appendChild(section);
        });
        return node;
    }

    PE.panels = {install: install, palette: palette, cellsText: cellsText, cellsFrom: cellsFrom};
}());
