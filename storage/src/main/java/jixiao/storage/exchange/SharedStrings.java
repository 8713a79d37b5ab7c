package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;

/**
 * A workbook's shared strings (its {@code sst} part), which cells of type {@code s} point into by
 * index. Read whole before the sheet, so they are bounded: each at most a cell's length, and all of
 * them together at most {@link Limits#sharedStrings()} strings and {@link Limits#sharedStringChars()}
 * characters. A string's phonetic guide ({@code rPh}) is not part of its text.
 */
final class SharedStrings {

    private static final Bilingual A_SHARED_STRING = new Bilingual("一个共享字符串", "a shared string");

    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings read(XlsxXml xml, Limits limits) throws XlsxProblem {
        List<String> strings = new ArrayList<>();
        XMLStreamReader reader = xml.reader();
        StringBuilder string = null;
        long chars = 0;
        boolean phonetic = false;
        while (xml.next()) {
            if (reader.isStartElement()) {
                switch (reader.getLocalName()) {
                    case "si" -> string = new StringBuilder();
                    case "rPh" -> phonetic = true;
                    case "t" -> {
                        if (string != null && !phonetic) {
                            string.append(xml.text(limits.cellChars(), A_SHARED_STRING));
                            if (string.length() > limits.cellChars()) {
                                throw XlsxXml.tooLong(A_SHARED_STRING, limits.cellChars());
                            }
                        }
                    }
                    default -> { }
                }
            } else if (reader.isEndElement() && "rPh".equals(reader.getLocalName())) {
                phonetic = false;
            } else if (reader.isEndElement() && "si".equals(reader.getLocalName()) && string != null) {
                chars += string.length();
                if (strings.size() == limits.sharedStrings() || chars > limits.sharedStringChars()) {
                    throw new XlsxProblem(new Bilingual("工作簿的共享字符串超过上限（" + limits.sharedStrings() + " 个，共 "
                            + limits.sharedStringChars() + " 字）", "the workbook's shared strings are beyond the limits ("
                            + limits.sharedStrings() + " strings, " + limits.sharedStringChars() + " characters in all)"));
                }
                strings.add(XlsxXml.decoded(string.toString()));
                string = null;
            }
        }
        return new SharedStrings(strings);
    }

    /** The string a cell points to by the text of its value, or the reason it points nowhere. */
    String at(String index, int row, String column) throws XlsxProblem {
        String digits = index.strip();
        if (!digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit)
                && Integer.parseInt(digits) < strings.size()) {
            return strings.get(Integer.parseInt(digits));
        }
        Bilingual shown = Excerpt.of(index);
        throw new XlsxProblem(new Bilingual("共享字符串序号“" + shown.zh() + "”不在工作簿的 " + strings.size() + " 个字符串之内",
                "the shared string index '" + shown.en() + "' is not one of the workbook's " + strings.size() + " strings"),
                row, column);
    }
}
