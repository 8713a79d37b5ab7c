package jixiao.storage.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jixiao.domain.language.Printable;

/**
 * Sheet names Excel and LibreOffice accept, and references to them. A sheet is named after its
 * form's short name; where two forms share it, the first qualifier that tells them apart (the
 * year, the kind of form, the unit) is added, and only then a number. Excel's rules: at most 31
 * characters, none of {@code : \ / ? * [ ]} (shown here as their full-width forms, which Chinese
 * readers take for the same), no {@code '} first or last, not {@code History}, unique regardless
 * of case. A name too long keeps its beginning and its end, where project names differ most.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String FORBIDDEN = ":\\/?*[]";
    private static final String FULL_WIDTH = "：＼／？＊［］";
    private static final String ELLIPSIS = "…";
    private static final int MAX_QUALIFIER = 12;

    private SheetNames() {
    }

    /** A name for each stem, in order; {@code qualifiers.get(i)} tell stem {@code i} apart from its namesakes. */
    static List<String> of(List<String> stems, List<List<String>> qualifiers) {
        List<String> legal = stems.stream().map(SheetNames::legal).toList();
        Map<String, List<Integer>> namesakes = new HashMap<>();
        for (int i = 0; i < legal.size(); i++) {
            namesakes.computeIfAbsent(key(legal.get(i)), key -> new ArrayList<>()).add(i);
        }
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < legal.size(); i++) {
            List<Integer> same = namesakes.get(key(legal.get(i)));
            String suffix = same.size() == 1 ? "" : distinguishing(i, same, qualifiers);
            names.add(unique(legal.get(i), suffix, taken));
        }
        return names;
    }

    /** A reference to a sheet as formulas and defined names write it: quoted, a {@code '} doubled. */
    static String reference(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    /**
     * Qualifiers in order, skipping those every namesake shares, until none shares them all:
     * {@code " 2025"}, {@code " 2024 某区卫生健康委员会"}.
     */
    private static String distinguishing(int index, List<Integer> namesakes, List<List<String>> qualifiers) {
        List<String> own = qualifiers.get(index);
        List<Integer> alike = new ArrayList<>(namesakes);
        alike.remove(Integer.valueOf(index));
        StringBuilder suffix = new StringBuilder();
        for (int q = 0; q < own.size() && !alike.isEmpty(); q++) {
            int position = q;
            List<Integer> sharing = alike.stream().filter(other -> qualifiers.get(other).size() > position
                    && qualifiers.get(other).get(position).equals(own.get(position))).toList();
            if (sharing.size() < alike.size()) {
                suffix.append(' ').append(cut(legal(own.get(q)), MAX_QUALIFIER));
                alike = sharing;
            }
        }
        return suffix.toString();
    }

    private static String unique(String stem, String suffix, Set<String> taken) {
        String name = fit(stem, suffix);
        for (int n = 2; taken.contains(key(name)); n++) {
            name = fit(stem, suffix + "(" + n + ")");
        }
        taken.add(key(name));
        return name;
    }

    /** The stem, shortened in its middle where need be, then the suffix, within 31 characters. */
    private static String fit(String stem, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        if (stem.length() <= room) {
            return stem + suffix;
        }
        int tail = (room - ELLIPSIS.length()) / 3;
        int head = room - ELLIPSIS.length() - tail;
        int tailStart = stem.length() - tail;
        if (Character.isLowSurrogate(stem.charAt(tailStart))) {
            tailStart++;
        }
        return cut(stem, head).strip() + ELLIPSIS + stem.substring(tailStart) + suffix;
    }

    private static String legal(String text) {
        StringBuilder legal = new StringBuilder();
        for (char c : Printable.of(text).replace('\n', ' ').toCharArray()) {
            int forbidden = FORBIDDEN.indexOf(c);
            legal.append(forbidden >= 0 ? FULL_WIDTH.charAt(forbidden) : c);
        }
        String name = trimmed(legal.toString());
        if (name.isEmpty()) {
            return "表";
        }
        return name.equalsIgnoreCase("History") ? name + "表" : name;
    }

    /** Without blanks or {@code '} at either end, which Excel refuses. */
    private static String trimmed(String name) {
        String trimmed = name.strip();
        while (trimmed.startsWith("'") || trimmed.endsWith("'")) {
            trimmed = (trimmed.startsWith("'") ? trimmed.substring(1) : trimmed.substring(0, trimmed.length() - 1)).strip();
        }
        return trimmed;
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isLowSurrogate(text.charAt(length)) ? length - 1 : length);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
