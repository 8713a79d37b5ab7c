package jixiao.app.command;

import java.util.Optional;
import jixiao.app.ExitCode;
import jixiao.app.UserError;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which stored project: the id that {@code jixiao list} shows, or {@code --year --unit --name}. */
public final class ProjectSelector {

    @Parameters(arity = "0..1", paramLabel = "PROJECT", descriptionKey = "project.id",
            description = "The project's id, as `jixiao list` shows it.")
    private Long id;

    @Option(names = "--year", descriptionKey = "project.year", description = "With --unit and --name instead of an id.")
    private Integer year;

    @Option(names = "--unit", descriptionKey = "project.unit", description = "The implementing unit (实施单位).")
    private String unit;

    @Option(names = "--name", descriptionKey = "project.name", description = "The project name (项目名称).")
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
}
