package jixiao.storage.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import jixiao.domain.project.Project;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A report workbook read back as Excel would: each sheet's cells with their types and number
 * formats (through fastexcel's reader), and the parts the reader does not give (merged regions,
 * print set-up, defined names) from the workbook's XML.
 */
final class PrintedWorkbook {

    private static final Pattern MERGE = Pattern.compile("<mergeCell ref=\"([A-Z]+[0-9]+:[A-Z]+[0-9]+)\"/>");

    private final byte[] bytes;
    private final Map<String, List<List<Optional<Cell>>>> sheets = new LinkedHashMap<>();

    private PrintedWorkbook(byte[] bytes) throws IOException {
        this.bytes = bytes;
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            for (Sheet sheet : book.getSheets().toList()) {
                List<List<Optional<Cell>>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    List<Optional<Cell>> cells = new ArrayList<>();
                    for (int column = 0; column < row.getCellCount(); column++) {
                        cells.add(row.getOptionalCell(column));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
    }

    static PrintedWorkbook of(List<Project> projects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fixtures.reports().write(projects, ReportFormat.XLSX, out);
        return new PrintedWorkbook(out.toByteArray());
    }

    /** One stage of each year as the workbook prints it. */
    static PrintedWorkbook of(List<ProjectYear> years, StageKind stage) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fixtures.reports().write(years, Optional.of(stage), ReportFormat.XLSX, out);
        return new PrintedWorkbook(out.toByteArray());
    }

    List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    /** The text of every cell of a sheet, "" for blank ones, as a reader sees it. */
    List<List<String>> texts(String sheet) {
        return sheets.get(sheet).stream().map(row -> row.stream()
                .map(cell -> cell.map(c -> c.getText() == null ? "" : c.getText()).orElse("")).toList()).toList();
    }

    String text(String sheet, int row, int column) {
        return cell(sheet, row, column).map(c -> c.getText() == null ? "" : c.getText()).orElse("");
    }

    Optional<Cell> cell(String sheet, int row, int column) {
        List<List<Optional<Cell>>> rows = sheets.get(sheet);
        if (row >= rows.size() || column >= rows.get(row).size()) {
            return Optional.empty();
        }
        return rows.get(row).get(column);
    }

    /** The row (from 0) of the first cell of {@code sheet} in {@code column} whose text is {@code text}. */
    int row(String sheet, int column, String text) {
        List<List<String>> rows = texts(sheet);
        for (int row = 0; row < rows.size(); row++) {
            if (column < rows.get(row).size() && rows.get(row).get(column).equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no '" + text + "' in column " + column + " of " + sheet + ": " + rows);
    }

    /** The merged regions of the sheet at {@code index} (from 0), as {@code A1:J1}. */
    Set<String> merges(int index) throws IOException {
        Set<String> merged = new LinkedHashSet<>();
        Matcher merge = MERGE.matcher(part("xl/worksheets/sheet" + (index + 1) + ".xml"));
        while (merge.find()) {
            merged.add(merge.group(1));
        }
        return merged;
    }

    /**
     * One part of the workbook as text. Read through {@link ZipFile}: fastexcel's parts carry ZIP64
     * data descriptors, which {@code ZipInputStream} misreads.
     */
    String part(String name) throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no " + name + " in the workbook");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Every part's name. */
    List<String> parts() throws IOException {
        Path file = Files.createTempFile("report", ".xlsx");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.stream().map(ZipEntry::getName).toList();
            }
        } finally {
            Files.delete(file);
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }
}
