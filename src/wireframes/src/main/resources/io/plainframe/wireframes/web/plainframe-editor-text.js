/*
 * Plainframe wireframe editor: text rules shared with the server, line for line.
 *
 * quickText.parse is QuickText.parse (the quick text syntax of lists, tabs, menus and trees) and textFit is
 * TextFit (estimated widths, wrapping, cutting with an ellipsis). The width table and the limits are not copied
 * here: the editor's page carries them from the server (data-plainframe-limits) and configure() takes them.
 * One corpus of cases (src/test/resources/quicktext-cases.json, textfit-cases.json) is checked against both.
 * Plain ES5 plus String.prototype.codePointAt and a Unicode property regular expression; no DOM: Node runs it too.
 */
(function (root, factory) {
    var text = factory();
    if (typeof module !== 'undefined' && module.exports) {
        module.exports = text;
    } else {
        root.PlainframeEditor = root.PlainframeEditor || {};
        root.PlainframeEditor.quickText = text.quickText;
        root.PlainframeEditor.textFit = text.textFit;
    }
}(typeof window !== 'undefined' ? window : this, function () {
    'use strict';

    // ------------------------------------------------------------------------------------------ quick text

    function trimStart(text) {
        var start = 0;
        while (start < text.length && text.charAt(start) === ' ') {
            start++;
        }
        return text.slice(start);
    }

    function trimEnd(text) {
        var end = text.length;
        while (end > 0 && text.charAt(end - 1) === ' ') {
            end--;
        }
        return text.slice(0, end);
    }

    function trim(text) {
        return trimEnd(trimStart(text));
    }

    function item(line) {
        var i = 0;
        var depth = 0;
        var selected = false;
        var disabled = false;
        var markers = true;
        while (i < line.length && markers) {
            var c = line.charAt(i);
            if (c === ' ') {
                i++;
            } else if (c === '>' && !selected && !disabled) {
                depth++;
                i++;
            } else if (c === '*' && !selected) {
                selected = true;
                i++;
            } else if (c === '-' && !disabled) {
                disabled = true;
                i++;
            } else {
                markers = false;
            }
        }
        var whole = '';
        var cell = '';
        var cells = [];
        for (; i < line.length; i++) {
            var ch = line.charAt(i);
            if (ch === '\\' && i + 1 < line.length && '*->,\\'.indexOf(line.charAt(i + 1)) >= 0) {
                i++;
                whole += line.charAt(i);
                cell += line.charAt(i);
            } else if (ch === ',') {
                whole += ch;
                cells.push(trim(cell));
                cell = '';
            } else {
                whole += ch;
                cell += ch;
            }
        }
        cells.push(trim(cell));
        return {text: trim(whole), cells: cells, depth: depth, selected: selected, disabled: disabled};
    }

    /** The items of a control's text: one per line that is not only spaces. */
    function parse(text) {
        var items = [];
        String(text || '').replace(/\t/g, ' ').split('\n').forEach(function (line) {
            if (trim(line) !== '') {
                items.push(item(line));
            }
        });
        return items;
    }

    // ------------------------------------------------------------------------------------------ text fit

    var ELLIPSIS = '\u2026';
    var metrics = null;
    // Built from a string: a host's minifier may not know the ES2018 literal form.
    var MARK = new RegExp('^[\\p{Mn}\\p{Me}\\p{Mc}]$', 'u');

    /** Takes the server's width table ({regular, bold, other, wide, margin}); nothing is measured before. */
    function configure(glyphs) {
        metrics = glyphs;
    }

    function joins(cp) {
        return MARK.test(String.fromCodePoint(cp)) || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    function advance(cp, bold) {
        if (cp >= 32 && cp <= 126) {
            return (bold ? metrics.bold : metrics.regular)[cp - 32];
        }
        if (joins(cp) || cp === 0x200D) {
            return 0;
        }
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0x1F000) {
            return metrics.wide;
        }
        return metrics.other;
    }

    function charCount(cp) {
        return cp > 0xFFFF ? 2 : 1;
    }

    function thousandths(text, from, to, bold) {
        var sum = 0;
        for (var i = from; i < to;) {
            var cp = text.codePointAt(i);
            i += charCount(cp);
            sum += advance(cp, bold);
        }
        return sum;
    }

    function pixels(sum, size) {
        return sum * size * metrics.margin / 1000;
    }

    function width(text, size, bold) {
        return pixels(thousandths(text, 0, text.length, bold), size);
    }

    function characterEnds(text) {
        var ends = [];
        var i = 0;
        while (i < text.length) {
            i += charCount(text.codePointAt(i));
            while (i < text.length) {
                var next = text.codePointAt(i);
                if (joins(next)) {
                    i += charCount(next);
                } else if (next === 0x200D) {
                    i += charCount(next);
                    if (i < text.length) {
                        i += charCount(text.codePointAt(i));
                    }
                } else {
                    break;
                }
            }
            ends.push(i);
        }
        return ends;
    }

    function wrap(text, maxWidth, size, bold, limit) {
        var lines = [];
        var paragraphs = text.replace(/\t/g, ' ').split('\n');
        for (var p = 0; p < paragraphs.length; p++) {
            var rest = paragraphs[p];
            while (lines.length < limit) {
                var ends = characterEnds(rest);
                var sum = 0;
                var fits = 0;
                var from = 0;
                while (fits < ends.length) {
                    var next = sum + thousandths(rest, from, ends[fits], bold);
                    if (pixels(next, size) > maxWidth) {
                        break;
                    }
                    sum = next;
                    from = ends[fits];
                    fits++;
                }
                if (fits === ends.length) {
                    lines.push(rest);
                    break;
                }
                var end = ends[Math.max(0, fits - 1)];
                var cut = rest.lastIndexOf(' ', end);
                if (cut <= 0) {
                    cut = end;
                }
                lines.push(rest.slice(0, cut));
                rest = trimStart(rest.slice(cut));
            }
            if (lines.length >= limit) {
                break;
            }
        }
        return lines;
    }

    function ellipsize(line, maxWidth, size, bold) {
        var kept = line;
        var ends = characterEnds(kept);
        var count = ends.length;
        while (count > 0 && width(kept + ELLIPSIS, size, bold) > maxWidth) {
            count--;
            kept = kept.slice(0, count === 0 ? 0 : ends[count - 1]);
        }
        return trimEnd(kept) + ELLIPSIS;
    }

    /** {lines, overflow}: the text wrapped to the width, cut to at most maxLines lines (at least one). */
    function fit(text, maxWidth, maxLines, size, bold) {
        var keep = Math.max(1, maxLines);
        var lines = wrap(text, maxWidth, size, bold, keep + 1);
        var overflow = false;
        if (lines.length > keep) {
            overflow = true;
            lines = lines.slice(0, keep);
            lines[keep - 1] = ellipsize(lines[keep - 1], maxWidth, size, bold);
        }
        for (var i = 0; i < lines.length; i++) {
            if (width(lines[i], size, bold) > maxWidth) {
                overflow = true;
                lines[i] = ellipsize(lines[i], maxWidth, size, bold);
            }
        }
        return {lines: lines, overflow: overflow};
    }

    return {
        quickText: {parse: parse},
        textFit: {configure: configure, width: width, wrap: wrap, fit: fit, ELLIPSIS: ELLIPSIS}
    };
}));
