package io.plainframe.licensing.web;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV, with formula-injection protection on export: a cell a spreadsheet would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe.
 */
public final class Csv {

    private Csv() {
    }

    /** One line of cells, protected and quoted as needed, ending with CRLF. */
    public static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.startsWith(" ") || text.endsWith(" ")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /**
     * Reads CSV text into rows of cells.
     *
     * @throws IllegalArgumentException naming the line when a quoted cell is not closed
     */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int start = text.startsWith("\ufeff") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(Integer.toString(line));
        }
        if (cellStarted || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
