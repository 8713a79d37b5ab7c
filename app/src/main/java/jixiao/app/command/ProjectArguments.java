package jixiao.app.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jixiao.domain.project.Project;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.storage.exchange.Problem;

/**
 * {@code FILE|PROJECT…} as {@code report} and {@code lint} take them: exchange files (JSON, CSV, XLSX)
 * and ids of stored projects, in the order given. The database is opened only when an id is given,
 * so that commands on files start fast.
 */
final class ProjectArguments {

    /** An argument of digits that names no file is a stored project's id. */
    private static final Pattern PROJECT_ID = Pattern.compile("\\d+");

    private final List<Project> projects = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private Projects stored;

    private ProjectArguments() {
    }

    static ProjectArguments load(List<String> arguments, DatabaseOption database) {
        ProjectArguments loaded = new ProjectArguments();
        for (String argument : arguments) {
            Path file = Path.of(argument);
            if (PROJECT_ID.matcher(argument).matches() && !Files.exists(file)) {
                loaded.projects.add(loaded.store(database).find(Long.parseLong(argument))
                        .orElseThrow(() -> new MissingProjectException("#" + argument)).project());
            } else {
                loaded.problems.addAll(ExchangeFiles.read(file, Optional.empty(), loaded.projects::add));
            }
        }
        return loaded;
    }

    /** The stored projects that {@code --year}/{@code --unit} (or {@code --all}: no filter) select. */
    static ProjectArguments stored(ProjectFilter filter, DatabaseOption database) {
        ProjectArguments loaded = new ProjectArguments();
        Projects store = loaded.store(database);
        for (ProjectSummary summary : store.list(filter)) {
            store.find(summary.id()).ifPresent(found -> loaded.projects.add(found.project()));
        }
        return loaded;
    }

    List<Project> projects() {
        return List.copyOf(projects);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * What the given projects are compared with: every project given, and, where some came from the
     * database, every stored project of their units (last year's forms, the unit's other projects).
     */
    List<Project> context() {
        if (stored == null) {
            return projects();
        }
        List<Project> context = new ArrayList<>(projects);
        projects.stream().map(project -> project.key().unit()).distinct().forEach(unit -> {
            for (ProjectSummary summary : stored.list(new ProjectFilter(Optional.empty(), Optional.of(unit)))) {
                stored.find(summary.id()).map(found -> found.project())
                        .filter(project -> context.stream().noneMatch(known -> known.key().equals(project.key())))
                        .ifPresent(context::add);
            }
        });
        return context;
    }

    private Projects store(DatabaseOption database) {
        if (stored == null) {
            stored = database.open().projects();
        }
        return stored;
    }
}
