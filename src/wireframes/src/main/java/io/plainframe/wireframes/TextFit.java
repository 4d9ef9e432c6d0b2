package io.plainframe.wireframes;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a box the same way on the server and in the editor: width estimated from Helvetica's (and
 * Arial's, and Liberation Sans's) advance widths, wrapped at spaces, else between user-perceived characters,
 * and, where lines still do not fit, cut with an ellipsis and reported as overflowing so the drawing can show a
 * mark. The editor's script has the same rules and the same width table; a browser test compares the two.
 */
public final class TextFit {

    /** The ellipsis that ends a cut line. */
    public static final String ELLIPSIS = "\u2026";
    /** Advance widths of ASCII 32..126 in thousandths of an em: regular, then bold. */
    static final int[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    static final int[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
    /** Other letters, an em for wide (East Asian, emoji) ones; a margin for faces a little wider than Arial. */
    static final int OTHER = 600;
    static final int WIDE = 1000;
    static final double MARGIN = 1.05;

    /**
     * Lines that fit, and whether anything was cut.
     *
     * @param lines    the lines to draw
     * @param overflow whether text was left out or a line is still wider than the box
     */
    public record Fitted(List<String> lines, boolean overflow) {
    }

    private TextFit() {
    }

    /** The width table as the editor's script takes it ({@code regular, bold, other, wide, margin}). */
    public static java.util.Map<String, Object> glyphs() {
        java.util.Map<String, Object> glyphs = new java.util.LinkedHashMap<>();
        glyphs.put("regular", longs(REGULAR));
        glyphs.put("bold", longs(BOLD));
        glyphs.put("other", (long) OTHER);
        glyphs.put("wide", (long) WIDE);
        glyphs.put("margin", MARGIN);
        return glyphs;
    }

    private static List<Object> longs(int[] values) {
        List<Object> list = new ArrayList<>();
        for (int value : values) {
            list.add((long) value);
        }
        return list;
    }

    /** The estimated width in pixels of one line at a font size. */
    public static double width(String text, double size, boolean bold) {
        return pixels(thousandths(text, 0, text.length(), bold), size);
    }

    private static double pixels(long thousandths, double size) {
        return thousandths * size * MARGIN / 1000;
    }

    private static long thousandths(String text, int from, int to, boolean bold) {
        long sum = 0;
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            sum += advance(cp, bold);
        }
        return sum;
    }

    private static int advance(int cp, boolean bold) {
        if (cp >= 32 && cp <= 126) {
            return (bold ? BOLD : REGULAR)[cp - 32];
        }
        if (joins(cp) || cp == 0x200D) {
            return 0;
        }
        if (cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0x1F000) {
            return WIDE;
        }
        return OTHER;
    }

    /** Marks, variation selectors and skin tones, which belong to the character before them. */
    private static boolean joins(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    /**
     * The end (exclusive, in chars) of each user-perceived character: a code point with the marks that follow it,
     * and anything joined to it by a zero-width joiner. Never inside a surrogate pair.
     */
    static List<Integer> characterEnds(String text) {
        List<Integer> ends = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            i += Character.charCount(text.codePointAt(i));
            while (i < text.length()) {
                int next = text.codePointAt(i);
                if (joins(next)) {
                    i += Character.charCount(next);
                } else if (next == 0x200D) {
                    i += Character.charCount(next);
                    if (i < text.length()) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                } else {
                    break;
                }
            }
            ends.add(i);
        }
        return ends;
    }

    /**
     * Lines no wider than {@code maxWidth} where possible: broken at line breaks always, at the last space that
     * fits, else after the last character that fits (at least one character per line); at most {@code limit}.
     */
    public static List<String> wrap(String text, double maxWidth, double size, boolean bold, int limit) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace('\t', ' ').split("\n", -1)) {
            String rest = paragraph;
            while (lines.size() < limit) {
                List<Integer> ends = characterEnds(rest);
                long sum = 0;
                int fits = 0;
                int from = 0;
                while (fits < ends.size()) {
                    long next = sum + thousandths(rest, from, ends.get(fits), bold);
                    if (pixels(next, size) > maxWidth) {
                        break;
                    }
                    sum = next;
                    from = ends.get(fits);
                    fits++;
                }
                if (fits == ends.size()) {
                    lines.add(rest);
                    break;
                }
                int end = ends.get(Math.max(0, fits - 1));
                int cut = rest.lastIndexOf(' ', end);
                if (cut <= 0) {
                    cut = end;
                }
                lines.add(rest.substring(0, cut));
                rest = QuickText.trimStart(rest.substring(cut));
            }
            if (lines.size() >= limit) {
                break;
            }
        }
        return lines;
    }

    /** The text wrapped to the width and cut to at most {@code maxLines} lines (at least one). */
    public static Fitted fit(String text, double maxWidth, int maxLines, double size, boolean bold) {
        int keep = Math.max(1, maxLines);
        List<String> lines = new ArrayList<>(wrap(text, maxWidth, size, bold, keep + 1));
        boolean overflow = false;
        if (lines.size() > keep) {
            overflow = true;
            lines = new ArrayList<>(lines.subList(0, keep));
            lines.set(keep - 1, ellipsize(lines.get(keep - 1), maxWidth, size, bold));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (width(lines.get(i), size, bold) > maxWidth) {
                overflow = true;
                lines.set(i, ellipsize(lines.get(i), maxWidth, size, bold));
            }
        }
        return new Fitted(List.copyOf(lines), overflow);
    }

    /** The line shortened by whole characters until it and an ellipsis fit (the ellipsis alone at least). */
    static String ellipsize(String line, double maxWidth, double size, boolean bold) {
        String kept = line;
        List<Integer> ends = characterEnds(kept);
        int count = ends.size();
        while (count > 0 && width(kept + ELLIPSIS, size, bold) > maxWidth) {
            count--;
            kept = kept.substring(0, count == 0 ? 0 : ends.get(count - 1));
        }
        return QuickText.trimEnd(kept) + ELLIPSIS;
    }
}
