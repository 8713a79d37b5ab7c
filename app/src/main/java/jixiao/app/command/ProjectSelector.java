package jixiao.app.command;

import java.util.Optional;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Which stored project: the id that {@code jixiao list} shows, or {@code --year --unit --name}.
 * Annotated for the commands that read annotations; {@link #mixin()} for those built by code.
 */
public final class ProjectSelector {

    private static final String ID_ARITY = "0..1";
    private static final String ID_LABEL = "PROJECT";
    private static final String ID_KEY = "project.id";
    private static final String ID_DESCRIPTION = "The project's id, as `jixiao list` shows it.";
    private static final String YEAR_KEY = "project.year";
    private static final String YEAR_DESCRIPTION = "With --unit and --name instead of an id.";
    private static final String UNIT_KEY = "project.unit";
    private static final String UNIT_DESCRIPTION = "The implementing unit (实施单位).";
    private static final String NAME_KEY = "project.name";
    private static final String NAME_DESCRIPTION = "The project name (项目名称).";

    @Parameters(arity = ID_ARITY, paramLabel = ID_LABEL, descriptionKey = ID_KEY, description = ID_DESCRIPTION)
    private Long id;

    @Option(names = "--year", descriptionKey = YEAR_KEY, description = YEAR_DESCRIPTION)
    private Integer year;

    @Option(names = "--unit", descriptionKey = UNIT_KEY, description = UNIT_DESCRIPTION)
    private String unit;

    @Option(names = "--name", descriptionKey = NAME_KEY, description = NAME_DESCRIPTION)
    private String name;

    public StoredProject find(Projects projects) {
        if (id != null) {
            return projects.find(id).orElseThrow(() -> new MissingProjectException("#" + id));
        }
        if (year == null || unit == null || name == null) {
            throw new UserError(ExitCode.USAGE, new Bilingual("请给出项目 id，或同时给出 --year、--unit 和 --name",
                    "give a project id, or all of --year, --unit and --name"));
        }
        ProjectKey key = ProjectKey.of(year, unit, name);
        return projects.find(key).orElseThrow(() -> new MissingProjectException(key.toString()));
    }

    Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The same parameter and options built by code, filling the same fields: for the commands that start
     * without reading annotations.
     */
    CommandSpec mixin() {
        Binding<Long> idField = new Binding<>(() -> id, value -> id = value);
        Binding<Integer> yearField = new Binding<>(() -> year, value -> year = value);
        Binding<String> unitField = new Binding<>(() -> unit, value -> unit = value);
        Binding<String> nameField = new Binding<>(() -> name, value -> name = value);
        return CommandSpec.wrapWithoutInspection(this)
                .addPositional(PositionalParamSpec.builder().arity(ID_ARITY).paramLabel(ID_LABEL).type(Long.class)
                        .descriptionKey(ID_KEY).description(ID_DESCRIPTION).getter(idField).setter(idField).build())
                .addOption(OptionSpec.builder("--year").paramLabel("<year>").type(Integer.class).descriptionKey(YEAR_KEY)
                        .description(YEAR_DESCRIPTION).getter(yearField).setter(yearField).build())
                .addOption(OptionSpec.builder("--unit").paramLabel("<unit>").type(String.class).descriptionKey(UNIT_KEY)
                        .description(UNIT_DESCRIPTION).getter(unitField).setter(unitField).build())
                .addOption(OptionSpec.builder("--name").paramLabel("<name>").type(String.class).descriptionKey(NAME_KEY)
                        .description(NAME_DESCRIPTION).getter(nameField).setter(nameField).build());
    }
}
