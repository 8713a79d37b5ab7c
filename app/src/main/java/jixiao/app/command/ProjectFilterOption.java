package jixiao.app.command;

import java.util.Optional;
import jixiao.domain.register.ProjectFilter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --year Y --unit U}: which stored projects a listing or an export takes. Annotated for the
 * commands that read annotations; {@link #mixin()} for those built by code.
 */
public final class ProjectFilterOption {

    private static final String YEAR = "--year";
    private static final String YEAR_KEY = "list.year";
    private static final String YEAR_DESCRIPTION = "Only projects of this year.";
    private static final String UNIT = "--unit";
    private static final String UNIT_KEY = "list.unit";
    private static final String UNIT_DESCRIPTION = "Only projects of this unit.";

    @Option(names = YEAR, descriptionKey = YEAR_KEY, description = YEAR_DESCRIPTION)
    private Integer year;

    @Option(names = UNIT, descriptionKey = UNIT_KEY, description = UNIT_DESCRIPTION)
    private String unit;

    public ProjectFilter filter() {
        return new ProjectFilter(Optional.ofNullable(year), Optional.ofNullable(unit));
    }

    /** The same options built by code, filling the same fields: for the commands that start without reading annotations. */
    CommandSpec mixin() {
        Binding<Integer> yearField = new Binding<>(() -> year, value -> year = value);
        Binding<String> unitField = new Binding<>(() -> unit, value -> unit = value);
        return CommandSpec.wrapWithoutInspection(this)
                .addOption(OptionSpec.builder(YEAR).paramLabel("<year>").type(Integer.class).descriptionKey(YEAR_KEY)
                        .description(YEAR_DESCRIPTION).getter(yearField).setter(yearField).build())
                .addOption(OptionSpec.builder(UNIT).paramLabel("<unit>").type(String.class).descriptionKey(UNIT_KEY)
                        .description(UNIT_DESCRIPTION).getter(unitField).setter(unitField).build());
    }
}
