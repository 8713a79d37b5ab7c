package jixiao.app.command;

import java.util.Optional;
import jixiao.domain.register.ProjectFilter;
import picocli.CommandLine.Option;

/** {@code --year Y --unit U}: which stored projects a listing or an export takes. */
public final class ProjectFilterOption {

    @Option(names = "--year", descriptionKey = "list.year", description = "Only projects of this year.")
    private Integer year;

    @Option(names = "--unit", descriptionKey = "list.unit", description = "Only projects of this unit.")
    private String unit;

    public ProjectFilter filter() {
        return new ProjectFilter(Optional.ofNullable(year), Optional.ofNullable(unit));
    }
}
