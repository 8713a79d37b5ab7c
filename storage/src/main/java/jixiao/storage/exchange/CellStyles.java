package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;
import jixiao.domain.language.Bilingual;

/**
 * The number format of each cell style of a workbook (its {@code styles} part), which is all that
 * reading needs of styles: Excel keeps {@code 20.00} as the number 20 and shows it through its
 * format. Formats Excel builds in have an id and no text in the file; those that matter here are
 * listed. A style the file does not define reads as General: a style changes how a value looks,
 * never what it is.
 */
final class CellStyles {

    /** A cell's number format: its id and its text, where the file or Excel gives one. */
    record NumberFormat(int id, String code) {
        static final NumberFormat GENERAL = new NumberFormat(0, "General");
    }

    /** Excel's own limits: 64,000 styles, format codes of 255 characters. */
    private static final int MAX_STYLES = 65_536;
    private static final int MAX_CODE = 255;
    private static final Map<Integer, String> BUILT_IN = Map.ofEntries(Map.entry(0, "General"), Map.entry(1, "0"),
            Map.entry(2, "0.00"), Map.entry(3, "#,##0"), Map.entry(4, "#,##0.00"), Map.entry(9, "0%"),
            Map.entry(10, "0.00%"), Map.entry(11, "0.00E+00"), Map.entry(14, "mm-dd-yy"), Map.entry(15, "d-mmm-yy"),
            Map.entry(16, "d-mmm"), Map.entry(17, "mmm-yy"), Map.entry(22, "m/d/yy h:mm"), Map.entry(37, "#,##0 ;(#,##0)"),
            Map.entry(38, "#,##0 ;[Red](#,##0)"), Map.entry(39, "#,##0.00;(#,##0.00)"),
            Map.entry(40, "#,##0.00;[Red](#,##0.00)"), Map.entry(49, "@"));

    private final List<NumberFormat> styles;

    private CellStyles(List<NumberFormat> styles) {
        this.styles = styles;
    }

    static CellStyles none() {
        return new CellStyles(List.of());
    }

    static CellStyles read(XlsxXml xml) throws XlsxProblem {
        Map<Integer, String> codes = new HashMap<>(BUILT_IN);
        List<Integer> formatOfStyle = new ArrayList<>();
        XMLStreamReader reader = xml.reader();
        boolean cellStyles = false;
        while (xml.next()) {
            if (reader.isStartElement() && "numFmt".equals(reader.getLocalName())) {
                String code = String.valueOf(reader.getAttributeValue(null, "formatCode"));
                if (code.length() > MAX_CODE || codes.size() > MAX_STYLES) {
                    throw tooMany();
                }
                codes.put(number(reader.getAttributeValue(null, "numFmtId")), code);
            } else if (reader.isStartElement() && "cellXfs".equals(reader.getLocalName())) {
                cellStyles = true;
            } else if (reader.isEndElement() && "cellXfs".equals(reader.getLocalName())) {
                cellStyles = false;
            } else if (cellStyles && reader.isStartElement() && "xf".equals(reader.getLocalName())) {
                if (formatOfStyle.size() == MAX_STYLES) {
                    throw tooMany();
                }
                formatOfStyle.add(number(reader.getAttributeValue(null, "numFmtId")));
            }
        }
        List<NumberFormat> styles = new ArrayList<>(formatOfStyle.size());
        for (int id : formatOfStyle) {
            styles.add(new NumberFormat(id, codes.get(id)));
        }
        return new CellStyles(styles);
    }

    /** The format of the style a cell names by the text of its {@code s} attribute (absent: style 0). */
    NumberFormat format(String style) {
        int index = style == null ? 0 : number(style);
        return index >= 0 && index < styles.size() ? styles.get(index) : NumberFormat.GENERAL;
    }

    /** A small non-negative number, or -1 for anything else. */
    private static int number(String text) {
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    private static XlsxProblem tooMany() {
        return new XlsxProblem(new Bilingual("工作簿的单元格样式超出 Excel 的上限", "the workbook's cell styles are beyond Excel's limits"));
    }
}
