package jixiao.storage.report;

import java.util.List;
import java.util.Locale;
import jixiao.domain.language.Printable;

/**
 * Grids as one self-contained HTML page (no scripts, fonts or images from elsewhere), printable
 * from a browser on A4: each form cut into pages by {@link Pagination}, each page a table with the
 * merged cells of the paper form as {@code rowspan}/{@code colspan}. Each printed page is a named
 * CSS page whose margin boxes carry the project, the year and 第 n 页，共 m 页, and （续表）
 * after the first, as the workbook's page header and footer do.
 */
final class HtmlReport {

    /** The page says jixiao made it, by which jixiao knows its own reports. */
    static final String GENERATOR = "<meta name=\"generator\" content=\"jixiao\">";
    private static final String STYLE = String.join("\n",
            "@page { size: A4 portrait; margin: 16mm 10mm; }",
            "body { font-family: SimSun, \"宋体\", \"Noto Serif CJK SC\", \"Noto Sans CJK SC\", \"Songti SC\", "
                    + "\"Microsoft YaHei\", serif; font-size: " + RowHeights.BODY_POINTS + "pt; color: #000; background: #fff; "
                    + "max-width: 190mm; margin: 8mm auto; }",
            "table { border-collapse: collapse; width: 100%; table-layout: fixed; }",
            "td { border: 1px solid #000; padding: 2px 3px; vertical-align: middle; overflow-wrap: anywhere; "
                    + "white-space: pre-wrap; line-height: 1.35; }",
            "td.title { border: none; font-size: " + RowHeights.TITLE_POINTS + "pt; font-weight: bold; text-align: center; "
                    + "padding: 4px; }",
            "td.caption { border: none; text-align: center; padding-bottom: 6px; }",
            "td.label { font-weight: bold; text-align: center; background: #f2f2f2; }",
            "td.center { text-align: center; }",
            "td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
            "td.text { text-align: left; }",
            "td.note { border: none; text-align: left; padding: 1px 3px; }",
            "section { break-after: page; page-break-after: always; margin-bottom: 12mm; }",
            "section:last-child { break-after: auto; page-break-after: auto; }",
            "tr { break-inside: avoid; page-break-inside: avoid; }",
            "@media print { body { margin: 0; max-width: none; } section { margin-bottom: 0; } "
                    + "td.label { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }");
    private static final String MARGIN_BOX = "font-family: SimSun, \"宋体\", \"Noto Serif CJK SC\", serif; font-size: "
            + RowHeights.BODY_POINTS + "pt;";

    private HtmlReport() {
    }

    static String page(String title, List<Grid> grids) {
        StringBuilder pages = new StringBuilder();
        StringBuilder style = new StringBuilder(STYLE).append('\n');
        int number = 0;
        for (Grid grid : grids) {
            List<Grid> printed = Pagination.pages(grid);
            for (int i = 0; i < printed.size(); i++) {
                String name = "p" + ++number;
                style.append(pageRule(name, grid, i, printed.size()));
                pages.append("<section style=\"page: ").append(name).append("\">\n");
                table(pages, printed.get(i));
                pages.append("</section>\n");
            }
        }
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + GENERATOR + "\n"
                + "<title>" + escape(Printable.of(title)) + "</title>\n"
                + "<style>\n" + style + "</style>\n</head>\n<body>\n" + pages + "</body>\n</html>\n";
    }

    /** The printed page's own header and footer: the project (（续表） after the first page), the year, the page. */
    private static String pageRule(String name, Grid grid, int index, int count) {
        Grid.Heading heading = grid.heading();
        String subject = heading.subject() + (index > 0 ? "（续表）" : "");
        String size = grid.orientation() == Grid.Orientation.LANDSCAPE ? " size: A4 landscape;" : "";
        return "@page " + name + " {" + size
                + " @top-left { content: " + cssString(subject) + "; " + MARGIN_BOX + " }"
                + " @top-right { content: " + cssString(heading.period()) + "; " + MARGIN_BOX + " }"
                + " @bottom-center { content: " + cssString("第 " + (index + 1) + " 页，共 " + count + " 页") + "; "
                + MARGIN_BOX + " } }\n";
    }

    private static void table(StringBuilder html, Grid grid) {
        Grid.Cell[][] starts = new Grid.Cell[grid.rows()][grid.columns()];
        grid.cells().forEach(cell -> starts[cell.row()][cell.column()] = cell);
        int total = grid.width(0, grid.columns() - 1);
        html.append("<table>\n<colgroup>");
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
        html.append("</table>\n");
    }

    private static void cell(StringBuilder html, Grid.Cell cell) {
        html.append("<td class=\"").append(cell.style().name().toLowerCase(Locale.ROOT)).append('"');
        if (cell.rows() > 1) {
            html.append(" rowspan=\"").append(cell.rows()).append('"');
        }
        if (cell.columns() > 1) {
            html.append(" colspan=\"").append(cell.columns()).append('"');
        }
        html.append('>').append(escape(cell.value().printed()));
        if (!cell.mark().isEmpty()) {
            html.append("<span class=\"mark\">").append(escape(cell.mark())).append("</span>");
        }
        html.append("</td>");
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

    /**
     * A CSS string literal inside the page's style element: quotes and backslashes escaped, and
     * {@code < >} as CSS escapes, so that a project named {@code </style>} cannot end the element.
     */
    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3c ").replace(">", "\\3e ")
                .replace('\n', ' ') + "\"";
    }
}
