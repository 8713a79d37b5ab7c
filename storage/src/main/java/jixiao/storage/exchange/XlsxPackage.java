package jixiao.storage.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamReader;
import jixiao.domain.language.Bilingual;

/**
 * A workbook file as a zip of XML parts, opened with bounds: no part may inflate beyond
 * {@link Limits#partBytes()}, nor, past its first MiB, to more than {@link Limits#inflation()} times its
 * zipped size (a zip bomb); the package may hold only so many parts. Finds the parts the way Office
 * does, through the relationships: the workbook, its sheets by name, shared strings and styles.
 */
final class XlsxPackage implements AutoCloseable {

    /** A worksheet of the workbook: its name and its part. */
    record SheetPart(String name, String part) {
    }

    private static final int MAX_PARTS = 10_000;
    private static final long MIB = 1024 * 1024;
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String WORKSHEET = "/worksheet";
    private static final String SHARED_STRINGS = "/sharedStrings";
    private static final String STYLES = "/styles";

    private final ZipFile zip;
    private final Limits limits;

    private XlsxPackage(ZipFile zip, Limits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static XlsxPackage open(Path file, Limits limits) throws IOException, XlsxProblem {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new XlsxProblem(new Bilingual("不是 XLSX 工作簿（不是有效的 zip 文件，或已损坏、被截断）",
                    "not an XLSX workbook (not a valid zip file, or damaged or cut off)"));
        }
        if (zip.size() > MAX_PARTS) {
            zip.close();
            throw new XlsxProblem(new Bilingual("工作簿的部件超过 " + MAX_PARTS + " 个", "the workbook has more than "
                    + MAX_PARTS + " parts"));
        }
        return new XlsxPackage(zip, limits);
    }

    /** The workbook part and what its relationships name, by id. */
    String workbook() throws IOException, XlsxProblem {
        return related("", OFFICE_DOCUMENT).values().stream().findFirst().orElse("xl/workbook.xml");
    }

    /** The workbook's worksheets, in its order. */
    List<SheetPart> sheets(String workbook) throws IOException, XlsxProblem {
        Map<String, String> targets = related(workbook, WORKSHEET);
        List<SheetPart> sheets = new ArrayList<>();
        try (XlsxXml xml = xml(workbook)) {
            XMLStreamReader reader = xml.reader();
            while (xml.next()) {
                if (reader.isStartElement() && "sheet".equals(reader.getLocalName())) {
                    String id = XlsxXml.relationshipId(reader);
                    String part = targets.get(id);
                    if (part != null) {
                        sheets.add(new SheetPart(String.valueOf(reader.getAttributeValue(null, "name")), part));
                    }
                }
            }
        }
        if (sheets.isEmpty()) {
            throw new XlsxProblem(new Bilingual("工作簿里没有工作表", "the workbook has no worksheet"));
        }
        return sheets;
    }

    /** Whether the workbook counts its dates from 1904 (old Mac Excel) rather than from 1900. */
    boolean dates1904(String workbook) throws IOException, XlsxProblem {
        try (XlsxXml xml = xml(workbook)) {
            XMLStreamReader reader = xml.reader();
            while (xml.next()) {
                if (reader.isStartElement() && "workbookPr".equals(reader.getLocalName())) {
                    String value = reader.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equals(value);
                }
            }
        }
        return false;
    }

    Optional<String> sharedStrings(String workbook) throws IOException, XlsxProblem {
        return related(workbook, SHARED_STRINGS).values().stream().findFirst();
    }

    Optional<String> styles(String workbook) throws IOException, XlsxProblem {
        return related(workbook, STYLES).values().stream().findFirst();
    }

    /** A part's XML, bounded in size and markup; the caller closes it. */
    XlsxXml xml(String part) throws IOException, XlsxProblem {
        return new XlsxXml(part, new XmlGuard(open(part), limits.markupBytes()));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The targets of a part's relationships of one type, by id; {@code ""} is the package itself. */
    private Map<String, String> related(String part, String type) throws IOException, XlsxProblem {
        int slash = part.lastIndexOf('/');
        String folder = slash < 0 ? "" : part.substring(0, slash + 1);
        String rels = folder + "_rels/" + part.substring(slash + 1) + ".rels";
        Map<String, String> targets = new HashMap<>();
        if (zip.getEntry(rels) == null) {
            return targets;
        }
        try (XlsxXml xml = xml(rels)) {
            XMLStreamReader reader = xml.reader();
            while (xml.next()) {
                if (reader.isStartElement() && "Relationship".equals(reader.getLocalName())
                        && String.valueOf(reader.getAttributeValue(null, "Type")).endsWith(type)
                        && !"External".equals(reader.getAttributeValue(null, "TargetMode"))) {
                    String target = String.valueOf(reader.getAttributeValue(null, "Target"));
                    targets.put(String.valueOf(reader.getAttributeValue(null, "Id")), resolve(folder, target));
                }
            }
        }
        return targets;
    }

    /** A relationship's target as a part name: absolute from the package root, else relative to the source's folder. */
    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    private InputStream open(String part) throws IOException, XlsxProblem {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new XlsxProblem(new Bilingual("工作簿缺少部件 " + part, "the workbook lacks its part " + part));
        }
        return new Inflated(zip.getInputStream(entry), part, Math.max(entry.getCompressedSize(), 1));
    }

    /** A part as it inflates, stopped at the limits. */
    private final class Inflated extends FilterInputStream {
        private final String part;
        private final long zipped;
        private long inflated;

        Inflated(InputStream in, String part, long zipped) {
            super(in);
            this.part = part;
            this.zipped = zipped;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int bytes) throws IOException {
            inflated += bytes;
            if (inflated > limits.partBytes() || inflated > MIB && inflated > zipped * limits.inflation()) {
                throw new ZipBomb(part);
            }
        }
    }

    /** A part that inflates beyond the limits. */
    static final class ZipBomb extends IOException {
        private static final long serialVersionUID = 1L;
        private final String part;

        ZipBomb(String part) {
            super("the part " + part + " inflates beyond the limits");
            this.part = part;
        }

        String part() {
            return part;
        }
    }
}
