package jixiao.app.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.exchange.CsvExchange;
import jixiao.storage.exchange.JsonWriter;
import jixiao.storage.exchange.XlsxExchange;

/**
 * Broken variants of real exports, made as an attacker or an accident would make them, from a seed:
 * the same seed gives the same files, so a failure is replayed by its seed and number. Starts from
 * the published forms of {@code examples/} exported as JSON, CSV and XLSX, then cuts them short,
 * flips bytes, changes types, plants huge numbers and strings, duplicate keys and projects, short
 * rows, control characters, zip bombs, external entities and malformed sheet XML. Every variant
 * is one jixiao must refuse or accept cleanly: never an internal error, never a stack trace.
 */
public final class HostileCorpus {

    /** One file to feed jixiao: what was done to it, and its bytes. */
    public record Variant(int number, String how, String extension, byte[] bytes) {

        public String fileName() {
            return String.format("%03d-%s.%s", number, how.replaceAll("[^A-Za-z0-9]+", "-"), extension);
        }
    }

    private static final int MIB = 1024 * 1024;

    private final Random random;
    private final String json;
    private final String csv;
    private final byte[] xlsx;
    private final List<Variant> variants = new ArrayList<>();

    private HostileCorpus(long seed) {
        this.random = new Random(seed);
        List<ProjectYear> projects = new ArrayList<>(DemoForms.read(DemoForms.SELF_EVALUATIONS).years());
        projects.addAll(DemoForms.read(DemoForms.DECLARATIONS).years());
        try {
            StringWriter jsonText = new StringWriter();
            new JsonWriter().write(projects, jsonText);
            this.json = jsonText.toString();
            StringWriter csvText = new StringWriter();
            new CsvExchange().write(projects, csvText);
            this.csv = csvText.toString();
            ByteArrayOutputStream workbook = new ByteArrayOutputStream();
            new XlsxExchange().write(projects, workbook);
            this.xlsx = workbook.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At least {@code count} variants: every planned one, then random damage to fill up. */
    public static List<Variant> of(long seed, int count) {
        HostileCorpus corpus = new HostileCorpus(seed);
        corpus.planned();
        while (corpus.variants.size() < count) {
            corpus.randomDamage();
        }
        return List.copyOf(corpus.variants);
    }

    private void add(String how, String extension, byte[] bytes) {
        variants.add(new Variant(variants.size() + 1, how, extension, bytes));
    }

    private void addJson(String how, String text) {
        add(how, "json", text.getBytes(StandardCharsets.UTF_8));
    }

    private void addCsv(String how, String text) {
        add(how, "csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private void planned() {
        jsonPlanned();
        csvPlanned();
        xlsxPlanned();
        add("empty json", "json", new byte[0]);
        add("empty csv", "csv", new byte[0]);
        add("empty xlsx", "xlsx", new byte[0]);
        add("zeros as json", "json", new byte[4096]);
        add("xlsx named json", "json", xlsx);
        add("json named xlsx", "xlsx", json.getBytes(StandardCharsets.UTF_8));
        add("old xls signature", "xlsx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0, 0, 0});
    }

    private void jsonPlanned() {
        for (String number : List.of("1e100000000", "1E-999999999", "-1e309", "1e9999999999", "9".repeat(5000),
                "\"1e100000000\"", "\"" + "9".repeat(100) + "\"", "\"-5.00\"", "-5", "NaN", "\"12,34\"", "true", "{}", "[]")) {
            addJson("json weight " + number.substring(0, Math.min(12, number.length())), replaceFirst(json,
                    "\"weight\" : \"[^\"]*\"", "\"weight\" : " + number));
        }
        addJson("json budget negative", replaceFirst(json, "\"adjusted\" : \"[^\"]*\"", "\"adjusted\" : \"-485.55\""));
        addJson("json executed negative", replaceFirst(json, "\"executed\" : \"[^\"]*\"", "\"executed\" : \"-1\""));
        for (String year : List.of("\"0000\"", "\"9999\"", "20240", "\"二〇二四\"", "1e100000000", "null", "[2024]")) {
            addJson("json year " + year, replaceFirst(json, "\"year\" : 20\\d\\d", "\"year\" : " + year));
        }
        addJson("json 10 MB name", replaceFirst(json, "\"name\" : \"", "\"name\" : \"" + "长".repeat(10 * MIB / 3)));
        addJson("json 3 MB goal", replaceFirst(json, "\"goal\" : \"", "\"goal\" : \"" + "a".repeat(3 * MIB)));
        addJson("json duplicate key", replaceFirst(json, "\"name\" : ", "\"name\" : \"重复\", \"name\" : "));
        addJson("json duplicate project", duplicateFirstProject(json));
        addJson("json shared code", replaceAll(json, "\"name\" : \"([^\"]*)\",\\n      \"department\"",
                "\"name\" : \"$1\",\n      \"code\" : \"SAME\",\n      \"department\""));
        addJson("json two documents", json + "\n" + json);
        addJson("json trailing garbage", json + "}");
        addJson("json deep nesting", "[".repeat(200_000) + "]".repeat(200_000));
        addJson("json deep objects", "{\"projects\":".repeat(50_000) + "[]" + "}".repeat(50_000));
        addJson("json escape control", replaceFirst(json, "\"name\" : \"", "\"name\" : \"\\u001b[2J\\u0007"));
        addJson("json lone surrogate", replaceFirst(json, "\"name\" : \"", "\"name\" : \"\\ud800"));
        addJson("json unknown key", replaceFirst(json, "\"name\" : ", "\"nmae\" : \"x\", \"name\" : "));
        addJson("json top scalar", "42");
        addJson("json top string", "\"" + "x".repeat(MIB) + "\"");
        addJson("json wrong format", json.replace("jixiao/1", "jixiao/9"));
        addJson("json projects object", json.replaceFirst("\"projects\" : \\[", "\"projects\" : {\"a\":[").replaceFirst("\\]\\s*}\\s*$", "]}}"));
        addJson("json many projects", "[" + String.join(",", Collections.nCopies(20_000,
                "{\"year\":\"2024\",\"name\":\"同名\",\"unit\":\"u\"}")) + "]");
        add("json bom", "json", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, json.getBytes(StandardCharsets.UTF_8)));
        add("json utf16le", "json", json.getBytes(StandardCharsets.UTF_16LE));
        add("json utf16 bom", "json", json.getBytes(StandardCharsets.UTF_16));
        add("json utf32", "json", json.getBytes(Charset.forName("UTF-32")));
        add("json gb18030", "json", json.getBytes(Charset.forName("GB18030")));
        add("json latin1 bytes", "json", replaceFirst(json, "\"name\" : \"", "\"name\" : \"\u00ff\u00fe").getBytes(StandardCharsets.ISO_8859_1));
    }

    private void csvPlanned() {
        String[] lines = csv.split("\r\n");
        addCsv("csv last row cut", csv.substring(0, csv.lastIndexOf(',', csv.length() - 200)));
        addCsv("csv short row", csv.replaceFirst("\r\n([^\r\n]*),[^,\r\n]*\r\n", "\r\n$1\r\n"));
        addCsv("csv extra cells", csv.replaceFirst("\r\n([^\r\n]*)\r\n", "\r\n$1,x,y\r\n"));
        addCsv("csv unclosed quote", lines[0] + "\r\n\"" + "长".repeat(3 * MIB));
        addCsv("csv 10 MB cell", csv.replaceFirst("\r\n(\\d{4}),", "\r\n$1" + "9".repeat(10 * MIB) + ","));
        addCsv("csv 1 MB quoted cell", csv.replaceFirst("\r\n(\\d{4}),", "\r\n$1,\"" + "长\n".repeat(MIB / 2) + "\","));
        addCsv("csv weight 1e100000000", replaceFirst(csv, ",20\\.00,", ",1e100000000,"));
        addCsv("csv weight digits", replaceFirst(csv, ",20\\.00,", "," + "9".repeat(10_000) + ","));
        addCsv("csv weight negative", replaceFirst(csv, ",20\\.00,", ",-20.00,"));
        addCsv("csv budget negative", replaceFirst(csv, ",485\\.55,", ",-485.55,"));
        addCsv("csv year 0000", csv.replaceFirst("\r\n2024,", "\r\n0000,"));
        addCsv("csv control", csv.replaceFirst("\r\n2024,,", "\r\n2024,\u001b[31m,"));
        addCsv("csv nul bytes", csv.replaceFirst("\r\n2024,", "\r\n2024\u0000,"));
        addCsv("csv split project", csv + lines[1] + "\r\n");
        addCsv("csv shared code", lines[0] + "\r\n" + lines[1].replaceFirst("^2024,,", "2024,SAME,") + "\r\n"
                + lines[lines.length - 1].replaceFirst("^2025,,", "2025,SAME,") + "\r\n");
        addCsv("csv header only", lines[0] + "\r\n");
        addCsv("csv header twice", lines[0] + "," + lines[0] + "\r\n" + lines[1] + "," + lines[1] + "\r\n");
        addCsv("csv unknown header", csv.replaceFirst("weight", "wieght"));
        addCsv("csv many columns", lines[0] + ",".repeat(100_000) + "\r\n");
        addCsv("csv bare cr", csv.replace("\r\n", "\r"));
        addCsv("csv formula cells", csv.replaceFirst("\r\n2024,,", "\r\n2024,=cmd|' /C calc'!A0,"));
        add("csv gb18030", "csv", csv.getBytes(Charset.forName("GB18030")));
        add("csv utf16", "csv", csv.getBytes(StandardCharsets.UTF_16));
        add("csv latin1", "csv", csv.getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder manyRows = new StringBuilder(lines[0]).append("\r\n");
        for (int row = 0; row < 30_000; row++) {
            manyRows.append("2024,,,某单位,项目").append(row % 7).append(",".repeat(22)).append("指标").append(row)
                    .append(",".repeat(11)).append("\r\n");
        }
        addCsv("csv interleaved projects", manyRows.toString());
    }

    private void xlsxPlanned() {
        String sheet = "xl/worksheets/sheet1.xml";
        for (String cell : List.of("t=\"s\"><v>-1</v>", "t=\"s\"><v>abc</v>", "t=\"s\"><v>99999999</v>",
                "t=\"x\"><v>1</v>", "><v>1E+100000000</v>", "><v>1E-999999999</v>", "><v>1E+99999999999</v>",
                " s=\"1\"><v>1E+300</v>", "t=\"b\"><v>2</v>", "t=\"inlineStr\"><is><t>_x001B_[2J</t></is>",
                "t=\"inlineStr\"><is><t>" + "长".repeat(40_000) + "</t></is>")) {
            add("xlsx cell " + cell.replaceAll("[<>\"/=]", " ").strip(), "xlsx", xlsxEdit(sheet,
                    xml -> replaceFirst(xml, "(<c r=\"A2\")[^>]*>.*?</c>", "$1 " + Matcher.quoteReplacement(cell) + "</c>")));
        }
        add("xlsx bad reference", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("r=\"B2\"", "r=\"ZZZZ2\"")));
        add("xlsx reference other row", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("r=\"B2\"", "r=\"B9\"")));
        add("xlsx row abc", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("<row r=\"2\"", "<row r=\"abc\"")));
        add("xlsx rows falling", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("<row r=\"3\"", "<row r=\"1\"")));
        add("xlsx malformed xml", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("</c>", "</d>")));
        add("xlsx xxe", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<v>", "<v>&x;")));
        add("xlsx billion laughs", "xlsx", xlsxEdit("xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>").replaceFirst("<t[^>]*>", "<t>&c;")));
        add("xlsx zip bomb sheet", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("<sheetData>",
                "<sheetData>" + " ".repeat(200 * MIB))));
        add("xlsx huge shared string", "xlsx", xlsxEdit("xl/sharedStrings.xml", xml -> xml.replaceFirst("<t[^>]*>",
                "<t>" + "长".repeat(100 * MIB / 3))));
        add("xlsx cdata bomb", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("<v>", "<v><![CDATA["
                + randomLetters(3 * MIB) + "]]>")));
        add("xlsx long attribute", "xlsx", xlsxEdit(sheet, xml -> xml.replaceFirst("<c ", "<c x=\"" + randomLetters(3 * MIB) + "\" ")));
        add("xlsx no sheet", "xlsx", xlsxWithout(sheet));
        add("xlsx no workbook", "xlsx", xlsxWithout("xl/workbook.xml"));
        add("xlsx no shared strings", "xlsx", xlsxWithout("xl/sharedStrings.xml"));
        add("xlsx cut", "xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
        add("xlsx many parts", "xlsx", xlsxManyParts(20_000));
    }

    /** Random damage: cutting short, flipping bytes, inserting, repeating a slice, changing a JSON value's type. */
    private void randomDamage() {
        int format = random.nextInt(3);
        byte[] base = format == 0 ? json.getBytes(StandardCharsets.UTF_8) : format == 1 ? csv.getBytes(StandardCharsets.UTF_8) : xlsx;
        String extension = format == 0 ? "json" : format == 1 ? "csv" : "xlsx";
        switch (random.nextInt(format == 0 ? 5 : 4)) {
            case 0 -> add("random cut", extension, Arrays.copyOf(base, 1 + random.nextInt(base.length - 1)));
            case 1 -> add("random flips", extension, flipped(base, 1 + random.nextInt(8)));
            case 2 -> add("random insert", extension, inserted(base));
            case 3 -> add("random repeat", extension, repeated(base));
            default -> addJson("random type change", typeChanged());
        }
    }

    private byte[] flipped(byte[] base, int flips) {
        byte[] bytes = base.clone();
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return bytes;
    }

    private byte[] inserted(byte[] base) {
        byte[] junk = new byte[1 + random.nextInt(64)];
        random.nextBytes(junk);
        int at = random.nextInt(base.length);
        return concat(concat(Arrays.copyOf(base, at), junk), Arrays.copyOfRange(base, at, base.length));
    }

    private byte[] repeated(byte[] base) {
        int from = random.nextInt(base.length);
        int to = Math.min(base.length, from + 1 + random.nextInt(4096));
        return concat(concat(Arrays.copyOf(base, to), Arrays.copyOfRange(base, from, to)), Arrays.copyOfRange(base, to, base.length));
    }

    /** A JSON value of one type replaced by one of another: a string by a number, an object, an array, null. */
    private String typeChanged() {
        Matcher values = Pattern.compile("\"([a-z_0-9]+)\" : (\"[^\"]*\"|\\{|\\[|\\d+)").matcher(json);
        List<int[]> found = new ArrayList<>();
        while (values.find()) {
            found.add(new int[] {values.start(2), values.end(2)});
        }
        int[] chosen = found.get(random.nextInt(found.size()));
        List<String> others = List.of("12345", "-1", "null", "true", "{\"x\":1}", "[1,2]", "\"\"", "1.5e300", "\"\\u0000\"");
        String replacement = others.get(random.nextInt(others.size()));
        String value = json.substring(chosen[0], chosen[1]);
        // An object or array is replaced as far as its opening bracket only: the rest becomes misplaced text.
        return json.substring(0, chosen[0]) + replacement + json.substring(chosen[0] + value.length());
    }

    private String randomLetters(int count) {
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String duplicateFirstProject(String text) {
        int start = text.indexOf("{", text.indexOf("\"projects\""));
        int end = text.indexOf("\n  }, {", start);
        return text.substring(0, end + 4) + text.substring(start + 1, end + 4) + text.substring(end + 4);
    }

    private byte[] xlsxEdit(String part, UnaryOperator<String> edit) {
        Map<String, byte[]> parts = unzip(xlsx);
        parts.put(part, edit.apply(new String(parts.getOrDefault(part, new byte[0]), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        return zip(parts);
    }

    private byte[] xlsxWithout(String part) {
        Map<String, byte[]> parts = unzip(xlsx);
        parts.remove(part);
        return zip(parts);
    }

    private byte[] xlsxManyParts(int count) {
        Map<String, byte[]> parts = unzip(xlsx);
        for (int i = 0; i < count; i++) {
            parts.put("junk/" + i + ".xml", new byte[0]);
        }
        return zip(parts);
    }

    /** The parts of a workbook, read through its central directory as Office does (its entries' local headers leave sizes out). */
    private static Map<String, byte[]> unzip(byte[] zipped) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("hostile", ".xlsx");
            try {
                Files.write(file, zipped);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            parts.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static byte[] zip(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String replaceFirst(String text, String regex, String replacement) {
        return Pattern.compile(regex, Pattern.DOTALL).matcher(text).replaceFirst(replacement);
    }

    private static String replaceAll(String text, String regex, String replacement) {
        return Pattern.compile(regex).matcher(text).replaceAll(replacement);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
