/*
 * What the designer does to a selection of controls, each one undo step announced to screen readers: delete,
 * nudge, copy, cut, paste, duplicate, align, distribute, z-order, group, ungroup, lock; and the keyboard
 * shortcuts for them (listed in the shortcuts panel, plainframe-editor-menu.js). Locked controls are not moved,
 * resized or deleted until unlocked. Works on the editor object that plainframe-editor.js builds.
 */
(function () {
    'use strict';

    var PE = window.PlainframeEditor = window.PlainframeEditor || {};
    var model = PE.model;
    var geometry = PE.geometry;
    var arrange = PE.arrange;
    var clipboard = PE.clipboard;
    var LIMITS = model.LIMITS;

    function install(ed) {
        var memory = null;

        function ids(list) {
            return list.map(function (c) {
                return c.id;
            });
        }

        function unlocked() {
            return ed.selectedControls().filter(function (c) {
                return !c.locked;
            });
        }

        function say(text) {
            ed.announce(text);
        }

        ed.removeSelected = function () {
            var list = unlocked();
            if (!ed.ready || !list.length) {
                if (ed.selectedIds.length) {
                    say(AJS.I18n.getText('plainframe.wireframe.editor.locked-kept'));
                }
                return;
            }
            var gone = ids(list);
            var name = list.length === 1 ? PE.controls.typeLabel(list[0].type) : null;
            ed.change(function () {
                ed.doc.controls = ed.doc.controls.filter(function (c) {
                    return gone.indexOf(c.id) < 0;
                });
                ed.selectedIds = [];
            });
            say(name ? AJS.I18n.getText('plainframe.wireframe.editor.deleted', name)
                : AJS.I18n.getText('plainframe.wireframe.editor.deleted-many', String(gone.length)));
        };

        var nudgeOne = ed.nudge;
        ed.nudge = function (dx, dy, resizing, repeat) {
            var list = unlocked();
            if (list.length !== ed.selectedIds.length) {
                say(AJS.I18n.getText('plainframe.wireframe.editor.locked-kept'));
                return;
            }
            if (list.length === 1) {
                nudgeOne(dx, dy, resizing, repeat);
                return;
            }
            if (!list.length || resizing) {
                return;
            }
            var box = arrange.bounds(list);
            var chain = ed.history.key;
            var key = repeat && chain && chain.indexOf('nudge:') === 0 ? chain : ed.newKey('nudge');
            var x = dx ? geometry.step(box.x, dx, ed.snapping) : box.x;
            var y = dy ? geometry.step(box.y, dy, ed.snapping) : box.y;
            ed.change(function () {
                ed.moveBy(list, x - box.x, y - box.y);
            }, key);
            ed.announceSelection();
        };

        /** Moves controls together, keeping the whole selection on the canvas. */
        ed.moveBy = function (list, dx, dy) {
            var box = arrange.bounds(list);
            var mx = model.clamp(dx, -box.x, ed.doc.width - box.x - box.width);
            var my = model.clamp(dy, -box.y, ed.doc.height - box.y - box.height);
            list.forEach(function (c) {
                c.x += mx;
                c.y += my;
            });
        };

        ed.copy = function (cut) {
            var list = ed.selectedControls();
            if (!ed.ready || !list.length) {
                return;
            }
            memory = clipboard.payload(list);
            clipboard.store(memory);
            try {
                if (navigator.clipboard && navigator.clipboard.writeText) {
                    navigator.clipboard.writeText(memory).catch(function () {
                        // The browser said no; localStorage holds it.
                    });
                }
            } catch (e) {
                // As above.
            }
            if (cut) {
                ed.removeSelected();
            }
            say(AJS.I18n.getText('plainframe.wireframe.editor.copied', String(list.length)));
        };

        /** Adds controls from a payload; answers whether any were added. */
        ed.pasteText = function (text) {
            var list = text ? clipboard.read(text) : null;
            if (!ed.ready || !list || !list.length) {
                say(AJS.I18n.getText('plainframe.wireframe.editor.paste-empty'));
                return false;
            }
            var fresh = clipboard.prepare(ed.doc, list);
            if (!fresh) {
                ed.showMessage('error', AJS.I18n.getText('plainframe.wireframe.editor.too-many',
                    String(LIMITS.maxControls)), 'TOO_MANY');
                say(AJS.I18n.getText('plainframe.wireframe.editor.too-many', String(LIMITS.maxControls)));
                return false;
            }
            ed.change(function () {
                ed.doc.controls = ed.doc.controls.concat(fresh);
                ed.selectedIds = ids(fresh);
            });
            say(AJS.I18n.getText('plainframe.wireframe.editor.pasted', String(fresh.length)));
            return true;
        };

        ed.paste = function () {
            ed.pasteText(clipboard.load() || memory);
        };

        ed.duplicate = function () {
            var list = ed.selectedControls();
            if (list.length) {
                ed.pasteText(clipboard.payload(list));
            }
        };

        ed.alignSelected = function (how) {
            var list = ed.selectedControls();
            if (list.length < 2) {
                say(AJS.I18n.getText('plainframe.wireframe.editor.need-two'));
                return;
            }
            ed.change(function () {
                arrange.align(list, how);
                arrange.keepOnCanvas(ed.doc, list);
            });
            say(AJS.I18n.getText('plainframe.wireframe.editor.aligned', String(list.length)));
        };

        ed.distributeSelected = function (axis) {
            var list = ed.selectedControls();
            if (list.length < 3) {
                say(AJS.I18n.getText('plainframe.wireframe.editor.need-three'));
                return;
            }
            ed.change(function () {
                arrange.distribute(list, axis);
            });
            say(AJS.I18n.getText('plainframe.wireframe.editor.distributed', String(list.length)));
        };

        ed.reorderSelected = function (how) {
            if (!ed.selectedIds.length) {
                return;
            }
            var chosen = ed.selectedIds.slice();
            ed.change(function () {
                arrange.reorder(ed.doc, chosen, how);
            });
            say(how === 'front' ? AJS.I18n.getText('plainframe.wireframe.editor.to-front')
                : how === 'back' ? AJS.I18n.getText('plainframe.wireframe.editor.to-back')
                    : how === 'forward' ? AJS.I18n.getText('plainframe.wireframe.editor.forward')
                        : AJS.I18n.getText('plainframe.wireframe.editor.backward'));
        };

        ed.groupSelected = function () {
            var list = ed.selectedControls();
            if (list.length < 2) {
                say(AJS.I18n.getText('plainframe.wireframe.editor.need-two'));
                return;
            }
            ed.change(function () {
                arrange.group(ed.doc, list);
            });
            say(AJS.I18n.getText('plainframe.wireframe.editor.grouped', String(list.length)));
        };

        ed.ungroupSelected = function () {
            var list = ed.selectedControls();
            ed.change(function () {
                arrange.ungroup(list);
            });
            say(AJS.I18n.getText('plainframe.wireframe.editor.ungrouped', String(list.length)));
        };

        ed.toggleLock = function () {
            var list = ed.selectedControls();
            if (!list.length) {
                return;
            }
            var lock = list.some(function (c) {
                return !c.locked;
            });
            ed.change(function () {
                list.forEach(function (c) {
                    if (lock) {
                        c.locked = true;
                    } else {
                        delete c.locked;
                    }
                });
            });
            say(lock ? AJS.I18n.getText('plainframe.wireframe.editor.locked', String(list.length))
                : AJS.I18n.getText('plainframe.wireframe.editor.unlocked', String(list.length)));
        };

        /** The editor's shortcuts with Ctrl (Cmd) or Alt+Shift; answers whether the key was one of them. */
        ed.shortcut = function (event) {
            var code = event.code || '';
            var key = (event.key || '').toLowerCase();
            var command = event.ctrlKey || event.metaKey;
            if (command && !event.altKey) {
                if (key === 'a' && !event.shiftKey) {
                    ed.selectAll();
                } else if (key === 'c' && !event.shiftKey) {
                    ed.copy(false);
                } else if (key === 'x' && !event.shiftKey) {
                    ed.copy(true);
                } else if (key === 'v' && !event.shiftKey) {
                    ed.paste();
                } else if (key === 'd' && !event.shiftKey) {
                    ed.duplicate();
                } else if (key === 'g') {
                    if (event.shiftKey) {
                        ed.ungroupSelected();
                    } else {
                        ed.groupSelected();
                    }
                } else if (key === 'l' && event.shiftKey) {
                    ed.toggleLock();
                } else if (code === 'BracketRight' || key === ']' || key === '}') {
                    ed.reorderSelected(event.shiftKey ? 'front' : 'forward');
                } else if (code === 'BracketLeft' || key === '[' || key === '{') {
                    ed.reorderSelected(event.shiftKey ? 'back' : 'backward');
                } else {
                    return false;
                }
                return true;
            }
            if (event.altKey && event.shiftKey && !command) {
                var aligns = {KeyL: 'left', KeyC: 'center', KeyR: 'right', KeyT: 'top', KeyM: 'middle',
                    KeyB: 'bottom'};
                if (aligns.hasOwnProperty(code)) {
                    ed.alignSelected(aligns[code]);
                } else if (code === 'KeyH') {
                    ed.distributeSelected('horizontal');
                } else if (code === 'KeyV') {
                    ed.distributeSelected('vertical');
                } else {
                    return false;
                }
                return true;
            }
            return false;
        };

        ed.svg.addEventListener('keydown', function (event) {
            if (ed.ready && !ed.drag && ed.shortcut(event)) {
                event.preventDefault();
                event.stopPropagation();
            }
        });

        // Ctrl+A on the editor's buttons selects the controls, not the page; text fields keep their own.
        ed.root.addEventListener('keydown', function (event) {
            var target = event.target;
            var typing = target && (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT'
                || (target.tagName === 'INPUT' && target.type !== 'checkbox'));
            if (ed.ready && !typing && target !== ed.svg && (event.ctrlKey || event.metaKey) && !event.altKey
                && !event.shiftKey && (event.key || '').toLowerCase() === 'a') {
                event.preventDefault();
                ed.selectAll();
                ed.svg.focus({preventScroll: true});
            }
        });
    }

    PE.commands = {install: install};
}());
