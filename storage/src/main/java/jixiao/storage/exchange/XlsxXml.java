package jixiao.storage.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import jixiao.domain.language.Bilingual;

/**
 * One XML part of a workbook, read with the JDK's own streaming parser: no DTDs, no external
 * entities, limited depth. Whatever goes wrong reading it, a damaged zip, a zip bomb, markup too
 * long or XML that does not parse, becomes an {@link XlsxProblem} naming the part.
 */
final class XlsxXml implements AutoCloseable {

    private static final String RELATIONSHIPS = "/relationships";
    /** The deepest a sheet nests: worksheet, sheetData, row, c, is, r, t, and room for extensions. */
    private static final int MAX_DEPTH = 64;
    private static final XMLInputFactory FACTORY = factory();
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final String part;
    private final InputStream in;
    private final XMLStreamReader reader;

    XlsxXml(String part, InputStream in) throws XlsxProblem {
        this.part = part;
        this.in = in;
        try {
            this.reader = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            try {
                in.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw problem(e);
        }
    }

    XMLStreamReader reader() {
        return reader;
    }

    /** Moves to the next event; false at the end of the part. */
    boolean next() throws XlsxProblem {
        try {
            if (!reader.hasNext()) {
                return false;
            }
            reader.next();
            return true;
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /**
     * The text of the element the reader is at the start of, up to its end (child elements skipped,
     * as the phonetic runs of a string are), refused past {@code limit} characters.
     */
    String text(int limit, Bilingual what) throws XlsxProblem {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && next()) {
            switch (reader.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                default -> { }
            }
            if (text.length() > limit) {
                throw tooLong(what, limit);
            }
        }
        return text.toString();
    }

    /**
     * A string of a workbook as it was typed: Office writes a character XML cannot hold (a control
     * character, a carriage return) as {@code _xHHHH_}, and an underscore that would look like one as
     * {@code _x005F_}. Decoded, a control character is then refused as any other would be.
     */
    static String decoded(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        return ESCAPED.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(match.group(1), 16))));
    }

    static XlsxProblem tooLong(Bilingual what, int limit) {
        return XlsxProblem.ofCell(new Bilingual(what.zh() + "超过 " + limit + " 字的上限",
                what.en() + " is longer than " + limit + " characters, the limit"));
    }

    /** The {@code r:id} of an element: the id attribute in the relationships namespace, whatever its prefix. */
    static String relationshipId(XMLStreamReader reader) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            if ("id".equals(reader.getAttributeLocalName(i)) && namespace != null && namespace.endsWith(RELATIONSHIPS)) {
                return reader.getAttributeValue(i);
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Closing a reader frees nothing that matters; the stream below is closed either way.
        } finally {
            in.close();
        }
    }

    /** The problem of the workbook behind a failure to read this part. */
    XlsxProblem problem(XMLStreamException e) {
        for (Throwable cause = e; cause != null; cause = cause instanceof XMLStreamException nested
                && nested.getNestedException() != null ? nested.getNestedException() : cause.getCause()) {
            if (cause instanceof XlsxPackage.ZipBomb) {
                return new XlsxProblem(new Bilingual("工作簿部件 " + part + " 解压后超出上限（zip 炸弹？）",
                        "the workbook part " + part + " inflates beyond the limits (a zip bomb?)"));
            }
            if (cause instanceof XmlGuard.Refused refused) {
                return new XlsxProblem(refused.isDtd()
                        ? new Bilingual("工作簿部件 " + part + " 含有 DTD（<!DOCTYPE）：电子表格从不写 DTD，为防外部实体攻击不予读取",
                                "the workbook part " + part + " has a DTD (<!DOCTYPE): spreadsheets never write one,"
                                        + " and it is refused to keep out external entities")
                        : new Bilingual("工作簿部件 " + part + " 中有超过上限的标记", "the workbook part " + part
                                + " has markup longer than the limit"));
            }
            if (cause instanceof IOException) {
                return new XlsxProblem(new Bilingual("工作簿已损坏：无法解压部件 " + part, "the workbook is damaged: its part "
                        + part + " cannot be unzipped"));
            }
        }
        String line = e.getLocation() == null ? "" : String.valueOf(e.getLocation().getLineNumber());
        return new XlsxProblem(new Bilingual("工作簿部件 " + part + " 不是有效的 XML（第 " + line + " 行）",
                "the workbook part " + part + " is not valid XML (line " + line + ")"));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        return factory;
    }
}
