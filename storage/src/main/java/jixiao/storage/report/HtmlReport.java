package jixiao.storage.report;

import java.util.List;
import java.util.Locale;

/**
 * Grids as one self-contained HTML page (no scripts, fonts or images from elsewhere), printable
 * from a browser on A4: one table per form, with the merged cells of the paper form as
 * {@code rowspan}/{@code colspan}, each form starting on a new page.
 */
final class HtmlReport {

    private static final String STYLE = String.join("\n",
            "@page { size: A4 portrait; margin: 12mm; }",
            "body { font-family: \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", SimSun, \"Songti SC\", "
                    + "\"Microsoft YaHei\", serif; font-size: 9.5pt; color: #000; background: #fff; "
                    + "max-width: 190mm; margin: 8mm auto; }",
            "table { border-collapse: collapse; width: 100%; table-layout: fixed; }",
            "td { border: 1px solid #000; padding: 2px 3px; vertical-align: middle; overflow-wrap: anywhere; "
                    + "white-space: pre-wrap; line-height: 1.35; }",
            "td.title { border: none; font-size: 16pt; font-weight: bold; text-align: center; padding: 4px; }",
            "td.caption { border: none; text-align: center; padding-bottom: 6px; }",
            "td.label { font-weight: bold; text-align: center; background: #f2f2f2; }",
            "td.center { text-align: center; }",
            "td.number { text-align: right; font-variant-numeric: tabular-nums; }",
            "td.text { text-align: left; }",
            "section { break-after: page; page-break-after: always; }",
            "section:last-child { break-after: auto; page-break-after: auto; }",
            "tr { break-inside: avoid; page-break-inside: avoid; }",
            "@media print { body { margin: 0; max-width: none; } td.label { -webkit-print-color-adjust: exact; "
                    + "print-color-adjust: exact; } }");

    private HtmlReport() {
    }

    static String page(String title, List<Grid> grids) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"generator\" content=\"jixiao\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
        for (Grid grid : grids) {
            table(html, grid);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder html, Grid grid) {
        Grid.Cell[][] starts = new Grid.Cell[grid.rows()][grid.columns()];
        grid.cells().forEach(cell -> starts[cell.row()][cell.column()] = cell);
        int total = grid.width(0, grid.columns() - 1);
        html.append("<section>\n<table>\n<colgroup>");
        for (int width : grid.widths()) {
            html.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", 100.0 * width / total))
                    .append("%\">");
        }
        html.append("</colgroup>\n");
        for (int row = 0; row < grid.rows(); row++) {
            html.append("<tr>");
            for (int column = 0; column < grid.columns(); column++) {
                Grid.Cell cell = starts[row][column];
                if (cell != null) {
                    cell(html, cell);
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n</section>\n");
    }

    private static void cell(StringBuilder html, Grid.Cell cell) {
        html.append("<td class=\"").append(cell.style().name().toLowerCase(Locale.ROOT)).append('"');
        if (cell.rows() > 1) {
            html.append(" rowspan=\"").append(cell.rows()).append('"');
        }
        if (cell.columns() > 1) {
            html.append(" colspan=\"").append(cell.columns()).append('"');
        }
        html.append('>').append(escape(cell.text())).append("</td>");
    }

    /** Text as HTML shows it: the five characters that mean markup, escaped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
