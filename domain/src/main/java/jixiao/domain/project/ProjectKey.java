package jixiao.domain.project;

import java.util.Objects;

/**
 * What identifies a project: its year, implementing unit and name, or its code where one is given.
 * The code is empty when the form has none.
 */
public record ProjectKey(int year, String unit, String name, String code) {

    /** The first and last year a form may be for: a year 0000 or 9999 is a slip, never a form. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    public ProjectKey {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
    }

    /** Whether the text is a year a form may be for: four digits from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public static boolean isYear(String text) {
        return text.length() == 4 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(text) >= FIRST_YEAR && Integer.parseInt(text) <= LAST_YEAR;
    }

    public static ProjectKey of(int year, String unit, String name) {
        return new ProjectKey(year, unit, name, "");
    }

    public ProjectKey withYear(int changed) {
        return new ProjectKey(changed, unit, name, code);
    }

    public ProjectKey withUnit(String changed) {
        return new ProjectKey(year, changed, name, code);
    }

    public ProjectKey withName(String changed) {
        return new ProjectKey(year, unit, changed, code);
    }

    public ProjectKey withCode(String changed) {
        return new ProjectKey(year, unit, name, changed);
    }

    public boolean hasCode() {
        return !code.isBlank();
    }

    @Override
    public String toString() {
        return year + " " + unit + " " + name;
    }
}
