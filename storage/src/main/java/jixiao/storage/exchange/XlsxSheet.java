package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;

/**
 * Streams the rows of a worksheet part ({@code sheetData}), each as the texts of its cells, to a
 * {@link RowAssembler}. Strict where a file from Excel always is: row numbers rise, a cell's
 * reference names its own row, cell types are the ones the format defines, a shared string index
 * points at a string. Anything else is a problem at its row and cell, never a guess. A text that
 * export neutralised against formulas reads back as it was ({@link FormulaGuard}).
 */
final class XlsxSheet {

    /** Excel's last column (XFD) and row. */
    private static final int COLUMNS = 16_384;
    private static final int ROWS = 1_048_576;
    private static final Bilingual A_CELL = new Bilingual("一个单元格", "a cell");

    private final XlsxXml xml;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean dates1904;
    private final Limits limits;
    private int row;

    XlsxSheet(XlsxXml xml, SharedStrings strings, CellStyles styles, boolean dates1904, Limits limits) {
        this.xml = xml;
        this.strings = strings;
        this.styles = styles;
        this.dates1904 = dates1904;
        this.limits = limits;
    }

    /** Hands every row to {@code rows} until the sheet ends or the rows want no more. */
    void read(RowAssembler rows) throws XlsxProblem {
        XMLStreamReader reader = xml.reader();
        while (rows.wantsRows() && xml.next()) {
            if (reader.isStartElement() && "row".equals(reader.getLocalName())) {
                row = rowNumber(reader.getAttributeValue(null, "r"));
                rows.row(row, cells());
            }
        }
    }

    /** The cells of the row the reader is at, up to its end, with blanks where the row skips columns. */
    private List<String> cells() throws XlsxProblem {
        List<String> cells = new ArrayList<>();
        XMLStreamReader reader = xml.reader();
        while (xml.next() && !(reader.isEndElement() && "row".equals(reader.getLocalName()))) {
            if (reader.isStartElement() && "c".equals(reader.getLocalName())) {
                int column = column(reader.getAttributeValue(null, "r"), cells.size());
                while (cells.size() < column) {
                    cells.add("");
                }
                String letter = Header.letter(column);
                try {
                    cells.add(FormulaGuard.unneutralised(cell(reader.getAttributeValue(null, "t"),
                            reader.getAttributeValue(null, "s"), letter)));
                } catch (XlsxProblem problem) {
                    throw problem.at(row, letter);
                }
            }
        }
        return cells;
    }

    /** The text of the cell the reader is at, by its type; reads up to the cell's end. */
    private String cell(String type, String style, String column) throws XlsxProblem {
        String value = "";
        StringBuilder inline = new StringBuilder();
        boolean phonetic = false;
        XMLStreamReader reader = xml.reader();
        while (xml.next() && !(reader.isEndElement() && "c".equals(reader.getLocalName()))) {
            if (reader.isStartElement() && "v".equals(reader.getLocalName())) {
                value = xml.text(limits.cellChars(), A_CELL);
            } else if (reader.isStartElement() && "t".equals(reader.getLocalName()) && !phonetic) {
                inline.append(xml.text(limits.cellChars(), A_CELL));
                if (inline.length() > limits.cellChars()) {
                    throw XlsxXml.tooLong(A_CELL, limits.cellChars());
                }
            } else if (reader.isStartElement() || reader.isEndElement()) {
                phonetic = "rPh".equals(reader.getLocalName()) ? reader.isStartElement() : phonetic;
            }
        }
        String kind = type == null ? "n" : type;
        return switch (kind) {
            case "n" -> XlsxCells.number(value, styles.format(style), dates1904, row, column);
            case "s" -> value.isBlank() ? "" : strings.at(value, row, column);
            case "inlineStr" -> XlsxXml.decoded(inline.toString());
            case "str", "e", "d" -> value;
            case "b" -> bool(value, column);
            default -> throw new XlsxProblem(new Bilingual("未知的单元格类型“" + Excerpt.of(kind).zh() + "”",
                    "unknown cell type '" + Excerpt.of(kind).en() + "'"), row, column);
        };
    }

    private String bool(String value, String column) throws XlsxProblem {
        return switch (value.strip()) {
            case "1" -> "TRUE";
            case "0" -> "FALSE";
            case "" -> "";
            default -> throw new XlsxProblem(new Bilingual("逻辑值单元格的值“" + Excerpt.of(value).zh() + "”不是 0 或 1",
                    "the boolean cell's value '" + Excerpt.of(value).en() + "' is not 0 or 1"), row, column);
        };
    }

    /** A row's number: as given (rising), or the next one where the file leaves it out. */
    private int rowNumber(String given) throws XlsxProblem {
        if (given == null) {
            return row + 1;
        }
        int number = number(given, ROWS);
        if (number <= row) {
            Bilingual shown = Excerpt.of(given);
            throw new XlsxProblem(new Bilingual("行号“" + shown.zh() + "”不是 1 至 " + ROWS + " 之间、且大于上一行（" + row + "）的数",
                    "the row number '" + shown.en() + "' is not a number from 1 to " + ROWS + " above the row before ("
                            + row + ")"), row + 1, "");
        }
        return number;
    }

    /** A cell's column from its reference ({@code B7}), which must name this row; the next column where it has none. */
    private int column(String reference, int next) throws XlsxProblem {
        if (reference == null) {
            if (next >= COLUMNS) {
                throw badReference("", next);
            }
            return next;
        }
        int letters = 0;
        int column = 0;
        while (letters < reference.length() && letters < 3 && reference.charAt(letters) >= 'A'
                && reference.charAt(letters) <= 'Z') {
            column = column * 26 + reference.charAt(letters++) - 'A' + 1;
        }
        String digits = reference.substring(letters);
        if (letters == 0 || column > COLUMNS || column - 1 < next || number(digits, ROWS) != row) {
            throw badReference(reference, next);
        }
        return column - 1;
    }

    private XlsxProblem badReference(String reference, int next) {
        Bilingual shown = Excerpt.of(reference);
        return new XlsxProblem(new Bilingual("单元格引用“" + shown.zh() + "”无效：应为本行（" + row + "）中靠右的一个单元格，如 "
                + Header.letter(next) + row, "the cell reference '" + shown.en() + "' is not valid: it should be a cell of"
                + " this row (" + row + ") further right, such as " + Header.letter(next) + row), row, Header.letter(next));
    }

    /** A whole number from 1 to {@code most}, or -1 for anything else. */
    private static int number(String text, int most) {
        if (text.isEmpty() || text.length() > 7 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= most ? number : -1;
    }
}
