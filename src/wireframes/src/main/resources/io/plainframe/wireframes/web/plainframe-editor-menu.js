/*
 * The editor's context menu (right click, Shift+F10 or the ContextMenu key; ARIA menu, arrow keys, Enter, Esc),
 * the shortcuts panel (the Shortcuts button or ?; a modal dialog that keeps focus and gives it back), and the
 * properties panel for a selection of several controls (their count and the arrange tools). Every text from the
 * i18n bundle, inserted as text. Works on the editor object that plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var el = PlainframeCommon.el;

    /** The shortcuts panel's rows: keys, then what they do. */
    function shortcuts() {
        return [
            ['Shift+click', AJS.I18n.getText('plainframe.wireframe.editor.keys.add-to-selection')],
            ['Ctrl+A', AJS.I18n.getText('plainframe.wireframe.editor.keys.select-all')],
            ['Esc', AJS.I18n.getText('plainframe.wireframe.editor.keys.deselect')],
            ['[ ]', AJS.I18n.getText('plainframe.wireframe.editor.keys.cycle')],
            ['\u2190 \u2191 \u2192 \u2193', AJS.I18n.getText('plainframe.wireframe.editor.keys.move')],
            ['Shift+\u2190 \u2191 \u2192 \u2193', AJS.I18n.getText('plainframe.wireframe.editor.keys.resize')],
            ['Enter', AJS.I18n.getText('plainframe.wireframe.editor.keys.edit-text')],
            ['Delete', AJS.I18n.getText('plainframe.wireframe.editor.keys.delete')],
            ['Ctrl+C / Ctrl+X / Ctrl+V', AJS.I18n.getText('plainframe.wireframe.editor.keys.clipboard')],
            ['Ctrl+D', AJS.I18n.getText('plainframe.wireframe.editor.keys.duplicate')],
            ['Ctrl+G / Ctrl+Shift+G', AJS.I18n.getText('plainframe.wireframe.editor.keys.group')],
            ['Ctrl+Shift+L', AJS.I18n.getText('plainframe.wireframe.editor.keys.lock')],
            ['Ctrl+] / Ctrl+[', AJS.I18n.getText('plainframe.wireframe.editor.keys.order')],
            ['Ctrl+Shift+] / Ctrl+Shift+[', AJS.I18n.getText('plainframe.wireframe.editor.keys.order-end')],
            ['Alt+Shift+L / C / R', AJS.I18n.getText('plainframe.wireframe.editor.keys.align-x')],
            ['Alt+Shift+T / M / B', AJS.I18n.getText('plainframe.wireframe.editor.keys.align-y')],
            ['Alt+Shift+H / V', AJS.I18n.getText('plainframe.wireframe.editor.keys.distribute')],
            ['Alt+drag', AJS.I18n.getText('plainframe.wireframe.editor.keys.no-guides')],
            ['Shift+F10', AJS.I18n.getText('plainframe.wireframe.editor.keys.menu')],
            ['Ctrl+Z / Ctrl+Y', AJS.I18n.getText('plainframe.wireframe.editor.keys.undo')],
            ['Ctrl+S', AJS.I18n.getText('plainframe.wireframe.editor.keys.save')],
            ['?', AJS.I18n.getText('plainframe.wireframe.editor.keys.help')]
        ];
    }

    function install(ed) {
        var menu = null;

        function actions() {
            var count = ed.selectedIds.length;
            var list = ed.selectedControls();
            var locked = list.length > 0 && !list.some(function (c) {
                return !c.locked;
            });
            var grouped = list.some(function (c) {
                return c.group;
            });
            return [
                {id: 'cut', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.cut'), on: count > 0,
                    run: function () {
                        ed.copy(true);
                    }},
                {id: 'copy', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.copy'), on: count > 0,
                    run: function () {
                        ed.copy(false);
                    }},
                {id: 'paste', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.paste'), on: true,
                    run: ed.paste},
                {id: 'duplicate', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.duplicate'),
                    on: count > 0, run: ed.duplicate},
                {id: 'delete', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.delete'),
                    on: count > 0 && !locked, run: ed.removeSelected},
                null,
                {id: 'front', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.front'), on: count > 0,
                    run: order('front')},
                {id: 'forward', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.forward'), on: count > 0,
                    run: order('forward')},
                {id: 'backward', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.backward'),
                    on: count > 0, run: order('backward')},
                {id: 'back', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.back'), on: count > 0,
                    run: order('back')},
                null,
                {id: 'group', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.group'), on: count > 1,
                    run: ed.groupSelected},
                {id: 'ungroup', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.ungroup'), on: grouped,
                    run: ed.ungroupSelected},
                {id: 'lock', text: locked ? AJS.I18n.getText('plainframe.wireframe.editor.menu.unlock')
                    : AJS.I18n.getText('plainframe.wireframe.editor.menu.lock'), on: count > 0, run: ed.toggleLock},
                null,
                {id: 'align-left', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.align-left'),
                    on: count > 1, run: align('left')},
                {id: 'align-center', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.align-center'),
                    on: count > 1, run: align('center')},
                {id: 'align-right', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.align-right'),
                    on: count > 1, run: align('right')},
                {id: 'align-top', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.align-top'),
                    on: count > 1, run: align('top')},
                {id: 'align-middle', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.align-middle'),
                    on: count > 1, run: align('middle')},
                {id: 'align-bottom', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.align-bottom'),
                    on: count > 1, run: align('bottom')},
                {id: 'distribute-horizontal',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.menu.distribute-horizontal'), on: count > 2,
                    run: function () {
                        ed.distributeSelected('horizontal');
                    }},
                {id: 'distribute-vertical',
                    text: AJS.I18n.getText('plainframe.wireframe.editor.menu.distribute-vertical'), on: count > 2,
                    run: function () {
                        ed.distributeSelected('vertical');
                    }},
                null,
                {id: 'select-all', text: AJS.I18n.getText('plainframe.wireframe.editor.menu.select-all'),
                    on: ed.doc.controls.length > 0, run: ed.selectAll}
            ];
        }

        function order(how) {
            return function () {
                ed.reorderSelected(how);
            };
        }

        function align(how) {
            return function () {
                ed.alignSelected(how);
            };
        }

        function outside(event) {
            if (menu && !menu.contains(event.target)) {
                ed.closeMenu(false);
            }
        }

        ed.closeMenu = function (refocus) {
            if (menu && menu.parentNode) {
                menu.parentNode.removeChild(menu);
            }
            menu = null;
            document.removeEventListener('pointerdown', outside, true);
            if (refocus) {
                ed.svg.focus({preventScroll: true});
            }
        };

        /** Opens the menu at a point of the page (client coordinates), its first enabled item focused. */
        ed.openMenu = function (clientX, clientY) {
            ed.closeMenu(false);
            menu = el('div', {className: 'plainframe-menu', role: 'menu',
                'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.menu.label')});
            var items = [];
            actions().forEach(function (action) {
                if (!action) {
                    menu.appendChild(el('div', {className: 'plainframe-menu-separator', role: 'separator'}));
                    return;
                }
                var item = el('button', {type: 'button', role: 'menuitem', tabindex: '-1',
                    className: 'plainframe-menu-item', 'data-action': action.id, text: action.text});
                if (!action.on) {
                    item.setAttribute('aria-disabled', 'true');
                }
                item.plainframeRun = function () {
                    if (action.on) {
                        ed.closeMenu(true);
                        action.run();
                    }
                };
                item.addEventListener('click', item.plainframeRun);
                items.push(item);
                menu.appendChild(item);
            });
            menu.addEventListener('keydown', function (event) {
                var at = items.indexOf(document.activeElement);
                var key = event.key;
                if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End') {
                    event.preventDefault();
                    var next = key === 'Home' ? 0 : key === 'End' ? items.length - 1
                        : (at + (key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
                    items[next].focus();
                } else if ((key === 'Enter' || key === ' ' || key === 'Spacebar') && at >= 0) {
                    event.preventDefault();
                    event.stopPropagation();
                    items[at].plainframeRun();
                } else if (key === 'Escape' || key === 'Esc' || key === 'Tab') {
                    event.preventDefault();
                    event.stopPropagation();
                    ed.closeMenu(true);
                }
            });
            // Focus moving elsewhere in the page closes it; the window losing focus (relatedTarget null) does not.
            menu.addEventListener('focusout', function (event) {
                if (menu && event.relatedTarget && !menu.contains(event.relatedTarget)) {
                    ed.closeMenu(false);
                }
            });
            var box = ed.root.getBoundingClientRect();
            menu.style.left = Math.max(0, clientX - box.left) + 'px';
            menu.style.top = Math.max(0, clientY - box.top) + 'px';
            ed.root.appendChild(menu);
            document.addEventListener('pointerdown', outside, true);
            var first = items.filter(function (item) {
                return !item.hasAttribute('aria-disabled');
            })[0] || items[0];
            first.focus();
        };

        ed.svg.addEventListener('contextmenu', function (event) {
            if (!ed.ready) {
                return;
            }
            event.preventDefault();
            var group = event.target.closest ? event.target.closest('.plainframe-control') : null;
            if (group && !ed.isSelected(group.getAttribute('data-control-id'))) {
                ed.select(group.getAttribute('data-control-id'));
            }
            ed.openMenu(event.clientX, event.clientY);
        });

        ed.svg.addEventListener('keydown', function (event) {
            if (!ed.ready || ed.drag) {
                return;
            }
            if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
                event.preventDefault();
                var box = PE.arrange.bounds(ed.selectedControls());
                var svgBox = ed.svg.getBoundingClientRect();
                var k = ed.scale();
                ed.openMenu(svgBox.left + (box ? (box.x + box.width / 2) * k : 16),
                    svgBox.top + (box ? (box.y + box.height / 2) * k : 16));
            } else if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey) {
                event.preventDefault();
                ed.openShortcuts();
            }
        });

        // ------------------------------------------------------------------ the shortcuts panel

        var opener = null;
        var dialog = null;

        ed.openShortcuts = function () {
            if (dialog) {
                return;
            }
            opener = document.activeElement;
            var titleId = ed.prefix + 'shortcuts-title';
            var close = el('button', {type: 'button', className: 'aui-button plainframe-shortcuts-close',
                text: AJS.I18n.getText('plainframe.wireframe.editor.close-shortcuts')});
            var rows = shortcuts().map(function (row) {
                return el('tr', {}, [el('td', {}, [el('kbd', {text: row[0]})]), el('td', {text: row[1]})]);
            });
            dialog = el('section', {className: 'aui-dialog2 aui-dialog2-medium plainframe-shortcuts',
                role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId}, [
                el('header', {className: 'aui-dialog2-header'}, [el('h2', {className: 'aui-dialog2-header-main',
                    id: titleId, text: AJS.I18n.getText('plainframe.wireframe.editor.shortcuts-title')})]),
                el('div', {className: 'aui-dialog2-content'}, [el('table', {className: 'aui'}, [
                    el('thead', {}, [el('tr', {}, [
                        el('th', {text: AJS.I18n.getText('plainframe.wireframe.editor.shortcuts-keys')}),
                        el('th', {text: AJS.I18n.getText('plainframe.wireframe.editor.shortcuts-does')})])]),
                    el('tbody', {}, rows)])]),
                el('footer', {className: 'aui-dialog2-footer'}, [el('div',
                    {className: 'aui-dialog2-footer-actions'}, [close])])
            ]);
            close.addEventListener('click', ed.closeShortcuts);
            dialog.addEventListener('keydown', function (event) {
                if (event.key === 'Escape' || event.key === 'Esc') {
                    event.preventDefault();
                    event.stopPropagation();
                    ed.closeShortcuts();
                } else if (event.key === 'Tab') {
                    // The close button is the panel's only stop: focus stays in the panel until it is closed.
                    event.preventDefault();
                    close.focus();
                }
            });
            ed.root.appendChild(dialog);
            close.focus();
            ed.announce(AJS.I18n.getText('plainframe.wireframe.editor.shortcuts-title'));
        };

        ed.closeShortcuts = function () {
            if (dialog && dialog.parentNode) {
                dialog.parentNode.removeChild(dialog);
            }
            dialog = null;
            var back = opener && opener.focus && document.contains(opener) ? opener : ed.svg;
            opener = null;
            back.focus();
        };

        var toolbar = ed.root.querySelector('.plainframe-editor-toolbar');
        var spacer = toolbar ? toolbar.querySelector('.plainframe-editor-spacer') : null;
        if (toolbar) {
            var open = el('button', {type: 'button', className: 'aui-button plainframe-shortcuts-button',
                text: AJS.I18n.getText('plainframe.wireframe.editor.shortcuts'), 'aria-haspopup': 'dialog'});
            open.addEventListener('click', ed.openShortcuts);
            toolbar.insertBefore(open, spacer);
        }

        // ------------------------------------------------------------------ a selection of several controls

        var renderOne = ed.renderProperties;
        ed.renderProperties = function () {
            var list = ed.selectedControls();
            if (list.length < 2) {
                ed.panelKey = ed.panelKey === 'many' ? null : ed.panelKey;
                renderOne();
                return;
            }
            // Rebuilt on every change (the box and the tools' states follow it); focus stays on its tool.
            var focused = ed.panel.contains(document.activeElement) ? document.activeElement.className : null;
            ed.panelKey = 'many';
            ed.fields = {};
            while (ed.panel.firstChild) {
                ed.panel.removeChild(ed.panel.firstChild);
            }
            var box = PE.arrange.bounds(list);
            ed.panel.appendChild(el('h3', {text: AJS.I18n.getText('plainframe.wireframe.editor.selected-many',
                String(list.length))}));
            ed.panel.appendChild(el('p', {className: 'plainframe-selection-box-text',
                text: AJS.I18n.getText('plainframe.wireframe.editor.selection-box', String(box.x), String(box.y),
                    String(box.width), String(box.height))}));
            var tools = el('div', {className: 'plainframe-arrange-tools', role: 'group',
                'aria-label': AJS.I18n.getText('plainframe.wireframe.editor.arrange')});
            actions().forEach(function (action) {
                if (action && /^(align|distribute|group|ungroup|lock)/.test(action.id)) {
                    var tool = el('button', {type: 'button', className: 'aui-button plainframe-arrange-'
                        + action.id, text: action.text});
                    tool.disabled = !action.on;
                    tool.addEventListener('click', function () {
                        action.run();
                    });
                    tools.appendChild(tool);
                }
            });
            ed.panel.appendChild(tools);
            var again = focused ? tools.querySelector('[class="' + focused + '"]') : null;
            if (again && !again.disabled) {
                again.focus();
            }
        };
    }

    PE.menu = {shortcuts: shortcuts, install: install};
}());
