package jixiao.domain.project;

import java.util.Objects;

/**
 * What identifies a project: its year, implementing unit and name, or its code where one is given.
 * The code is empty when the form has none.
 */
public record ProjectKey(int year, String unit, String name, String code) {

    public ProjectKey {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
    }

    public static ProjectKey of(int year, String unit, String name) {
        return new ProjectKey(year, unit, name, "");
    }

    public boolean hasCode() {
        return !code.isBlank();
    }

    @Override
    public String toString() {
        return year + " " + unit + " " + name;
    }
}
