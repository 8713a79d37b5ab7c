package jixiao.storage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The print parts of a workbook that fastexcel cannot write, written into the parts it did:
 * a first-page header apart from the others' (so that pages after the first say （续表）),
 * print titles whose sheet reference doubles a {@code '} in the name as Excel requires (fastexcel
 * does not, and LibreOffice then drops the titles or the whole file), and the GB2312 charset of
 * the Chinese font, by which Excel and WPS choose a Chinese face where 宋体 is missing. Each change
 * replaces text fastexcel is known to write; if an upgrade writes otherwise, this fails loudly
 * rather than quietly printing without them.
 */
final class XlsxPrintParts {

    private static final String EMPTY_HEADER_FOOTER = "<headerFooter differentFirst=\"false\" differentOddEven=\"false\">"
            + "<oddHeader></oddHeader><oddFooter></oddFooter></headerFooter>";
    private static final String EMPTY_DEFINED_NAMES = "<definedNames></definedNames>";
    private static final String FONT_NAME = "<name val=\"" + escapedAsFastexcel(XlsxReport.FONT) + "\"/>";
    private static final String GB2312 = "<charset val=\"134\"/>";
    private static final String SHEET = "xl/worksheets/sheet";
    private static final int MAX_SUBJECT = 80;
    /** Size before name: a size code runs on into digits that follow it ({@code &102024} is size 102024). */
    private static final String PAGE_FONT = "&10&\"" + XlsxReport.FONT + ",Regular\"";

    private XlsxPrintParts() {
    }

    /**
     * Copies the workbook fastexcel wrote to {@code out} with the parts patched. Read as a file:
     * fastexcel's parts carry ZIP64 data descriptors, which {@code ZipInputStream} misreads.
     */
    static void write(Path workbook, List<Grid> grids, List<String> names, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        try (ZipFile in = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] part;
                try (InputStream stream = in.getInputStream(entry)) {
                    part = stream.readAllBytes();
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(patched(entry.getName(), part, grids, names));
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static byte[] patched(String name, byte[] part, List<Grid> grids, List<String> names) {
        if (name.equals("xl/workbook.xml")) {
            return replace(name, part, EMPTY_DEFINED_NAMES, definedNames(grids, names));
        }
        if (name.equals("xl/styles.xml")) {
            return replace(name, part, FONT_NAME, FONT_NAME + GB2312);
        }
        if (name.startsWith(SHEET) && name.endsWith(".xml")) {
            int index = Integer.parseInt(name.substring(SHEET.length(), name.length() - ".xml".length())) - 1;
            return replace(name, part, EMPTY_HEADER_FOOTER, headerFooter(grids.get(index)));
        }
        return part;
    }

    private static byte[] replace(String name, byte[] part, String written, String wanted) {
        String xml = new String(part, StandardCharsets.UTF_8);
        if (!xml.contains(written)) {
            throw new IllegalStateException("fastexcel no longer writes " + written + " in " + name);
        }
        return xml.replace(written, wanted).getBytes(StandardCharsets.UTF_8);
    }

    /** Each sheet's table header as its print titles: {@code 'name'!$12:$12}. */
    private static String definedNames(List<Grid> grids, List<String> names) {
        StringBuilder xml = new StringBuilder("<definedNames>");
        for (int i = 0; i < grids.size(); i++) {
            int row = grids.get(i).headerRow() + 1;
            if (row > 0) {
                xml.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">")
                        .append(escape(SheetNames.reference(names.get(i)) + "!$" + row + ":$" + row))
                        .append("</definedName>");
            }
        }
        return xml.append("</definedNames>").toString();
    }

    /**
     * Left the project, right the year; on the pages after the first the project says （续表）.
     * Below, 第 n 页, counted per sheet. Not 共 m 页: LibreOffice counts {@code &N} over the whole
     * workbook, Excel over the sheet, so it would be wrong in one of them.
     */
    private static String headerFooter(Grid grid) {
        Grid.Heading heading = grid.heading();
        String subject = heading.subject().length() > MAX_SUBJECT ? heading.subject().substring(0, MAX_SUBJECT) + "…"
                : heading.subject();
        String right = "&R" + PAGE_FONT + literal(heading.period());
        String first = "&L" + PAGE_FONT + literal(subject) + right;
        String next = "&L" + PAGE_FONT + literal(subject + "（续表）") + right;
        String footer = "&C" + PAGE_FONT + "第 &P 页";
        return "<headerFooter differentFirst=\"1\">"
                + "<oddHeader>" + escape(next) + "</oddHeader><oddFooter>" + escape(footer) + "</oddFooter>"
                + "<firstHeader>" + escape(first) + "</firstHeader><firstFooter>" + escape(footer) + "</firstFooter>"
                + "</headerFooter>";
    }

    /** Text in a page header, where {@code &} starts a code: doubled to print itself. */
    private static String literal(String text) {
        return text.replace('\n', ' ').replace("&", "&&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** As fastexcel escapes attribute text: every character beyond ASCII as a numeric reference. */
    private static String escapedAsFastexcel(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(c -> escaped.append(c < 0x80 ? Character.toString(c) : "&#x" + Integer.toHexString(c) + ";"));
        return escaped.toString();
    }
}
