package jixiao.domain.project;

import java.util.Objects;

/**
 * The descriptive header of a form: 主管部门, 项目性质, 项目类别 and the planned dates. Dates are kept
 * as typed ({@code 2024-01-01}); nothing is computed from them.
 */
public record Profile(String department, String nature, String category, String start, String end) {

    public static final Profile EMPTY = new Profile("", "", "", "", "");

    public Profile {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public Profile withDepartment(String changed) {
        return new Profile(changed, nature, category, start, end);
    }

    public Profile withNature(String changed) {
        return new Profile(department, changed, category, start, end);
    }

    public Profile withCategory(String changed) {
        return new Profile(department, nature, changed, start, end);
    }

    public Profile withStart(String changed) {
        return new Profile(department, nature, category, changed, end);
    }

    public Profile withEnd(String changed) {
        return new Profile(department, nature, category, start, changed);
    }
}
