package jixiao.storage.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import jixiao.domain.language.Excerpt;
import jixiao.domain.language.Language;

/**
 * The header row of a spreadsheet file: which column each position holds. Headers may be English or
 * Chinese, in any order; a column may be left out. A header that names no column is a problem (a
 * typo must not silently lose a column), and so is a value under a position with no header.
 */
final class Header {

    private final List<Column> columns;
    private final Map<Column, String> names;
    /**
     * Where each column is in a row, by {@link Column#ordinal()}, -1 where the file has none: a row is
     * read where it lies, not copied into a map by column (an import reads millions of cells).
     */
    private final int[] positions = new int[Column.values().length];
    private final List<Column> stageRowColumns;
    private final boolean hasStageColumns;
    /** The positions whose header is blank: a value under one would be lost. */
    private final int[] unnamed;
    /** The columns the file has, in {@link Column}'s order, and those of each part. */
    private final List<Column> present;
    private final Map<Column.Part, List<Column>> presentByPart = new EnumMap<>(Column.Part.class);

    private Header(List<Column> columns, Map<Column, String> names) {
        this.columns = columns;
        this.names = names;
        Arrays.fill(positions, -1);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                positions[columns.get(i).ordinal()] = i;
            }
        }
        this.present = List.copyOf(new EnumMap<>(names).keySet());
        for (Column column : present) {
            presentByPart.computeIfAbsent(column.part(), part -> new ArrayList<>()).add(column);
        }
        this.stageRowColumns = names.keySet().stream()
                .filter(column -> column.part() == Column.Part.INDICATOR && column.group() != Column.Group.FORM).toList();
        this.hasStageColumns = names.keySet().stream().anyMatch(column -> column.group() != Column.Group.FORM);
        this.unnamed = IntStream.range(0, columns.size()).filter(i -> columns.get(i) == null).toArray();
    }

    /** The header, or empty after reporting why the row cannot be one. */
    static Optional<Header> read(int line, List<String> cells, Problems problems) {
        int before = problems.count();
        List<Column> columns = new ArrayList<>();
        Map<Column, String> names = new EnumMap<>(Column.class);
        int chinese = 0;
        for (String cell : cells) {
            String name = cell.strip();
            Column column = name.isEmpty() ? null : Column.byHeader(name).orElse(null);
            if (!name.isEmpty() && column == null) {
                problems.add(line, Excerpt.of(name).en(), "未知的列（拼写错误？）", "unknown column (a typo?)");
            } else if (column != null && names.containsKey(column)) {
                problems.add(line, name, "与“" + names.get(column) + "”是同一列，出现了两次",
                        "the same column as '" + names.get(column) + "', given twice");
            } else if (column != null) {
                names.put(column, name);
                chinese += Column.isChinese(name) ? 1 : 0;
            }
            columns.add(column);
        }
        Language language = chinese * 2 > names.size() ? Language.ZH : Language.EN;
        for (Column required : Column.REQUIRED) {
            if (!names.containsKey(required)) {
                String name = required.header(language);
                problems.add(line, name, "缺少必需的列“" + name + "”", "the required column '" + name + "' is missing");
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Header(Collections.unmodifiableList(columns), names));
    }

    /** A row's cell in a column: blank where the file has no such column, or the row stops before it. */
    String cell(List<String> row, Column column) {
        int position = positions[column.ordinal()];
        return position < 0 || position >= row.size() ? "" : row.get(position);
    }

    /** Reports each value of the row under a position with no header: it would be lost. */
    void unnamed(int line, List<String> row, Problems problems) {
        for (int position : unnamed) {
            if (position < row.size()) {
                unnamed(line, row, position, problems);
            }
        }
        for (int position = columns.size(); position < row.size(); position++) {
            unnamed(line, row, position, problems);
        }
    }

    private static void unnamed(int line, List<String> row, int position, Problems problems) {
        if (!row.get(position).isBlank()) {
            problems.add(line, letter(position), "这一列没有表头，其中的值会丢失",
                    "this column has no header, so its value would be lost");
        }
    }

    /** The columns the file has. */
    Set<Column> columns() {
        return names.keySet();
    }

    /**
     * The columns the file has, in {@link Column}'s order: a row's other columns read as blank, so
     * what looks at each column of a row need look at these only (a file has a few of the many).
     */
    List<Column> present() {
        return present;
    }

    /** The same, of one part. */
    List<Column> present(Column.Part part) {
        return presentByPart.getOrDefault(part, List.of());
    }

    /** Whether the file has any of the stage columns (a file of forms alone has none). */
    boolean hasStageColumns() {
        return hasStageColumns;
    }

    /** The stage columns of an indicator's row the file has (none in a file of forms alone). */
    List<Column> stageRowColumns() {
        return stageRowColumns;
    }

    /** A column's header as the file writes it, to name it in problems. */
    String name(Column column) {
        return names.getOrDefault(column, column.header(Language.EN));
    }

    /** The header of a position in the row, or its letter where it has none. */
    String name(int position) {
        Column column = position < columns.size() ? columns.get(position) : null;
        return column == null ? letter(position) : name(column);
    }

    /** The letter a spreadsheet shows above a column: A … Z, AA, AB … */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }
}
