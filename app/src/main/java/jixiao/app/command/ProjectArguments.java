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
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.exchange.Problem;

/**
 * {@code FILE|PROJECT…} as {@code check}, {@code lint} and {@code report} take them: exchange files
 * (JSON, CSV, XLSX) and ids of stored projects, in the order given, each a project-year with where it
 * came from and, for a stored one, the rule set it is stored with. The database is opened only when
 * an id is given, so that commands on files start fast.
 */
final class ProjectArguments {

    /** A project-year given on the command line: its source ({@code FILE} or {@code #ID}) and its stored rule set. */
    record Given(String source, ProjectYear year, Optional<RuleSet> stored) {

        /** The latest stage's form: what {@code lint} reads, and what a report prints without {@code --stage}. */
        Project project() {
            return year.latestForm();
        }
    }

    /** An argument of digits that names no file is a stored project's id. */
    private static final Pattern PROJECT_ID = Pattern.compile("\\d+");

    private final List<Given> given = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private Projects stored;

    private ProjectArguments() {
    }

    static ProjectArguments load(List<String> arguments, DatabaseOption database) {
        ProjectArguments loaded = new ProjectArguments();
        for (String argument : arguments) {
            Path file = Path.of(argument);
            if (PROJECT_ID.matcher(argument).matches() && !Files.exists(file)) {
                loaded.add(loaded.store(database).find(Long.parseLong(argument))
                        .orElseThrow(() -> new MissingProjectException("#" + argument)));
            } else {
                loaded.problems.addAll(ExchangeFiles.read(file, Optional.empty(),
                        year -> loaded.given.add(new Given(file.toString(), year, Optional.empty()))));
            }
        }
        return loaded;
    }

    /** The stored projects that {@code --year}/{@code --unit} (or {@code --all}: no filter) select. */
    static ProjectArguments stored(ProjectFilter filter, DatabaseOption database) {
        ProjectArguments loaded = new ProjectArguments();
        Projects store = loaded.store(database);
        for (ProjectSummary summary : store.list(filter)) {
            store.find(summary.id()).ifPresent(loaded::add);
        }
        return loaded;
    }

    List<Given> given() {
        return List.copyOf(given);
    }

    List<Project> projects() {
        return given.stream().map(Given::project).toList();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * What the given projects are compared with: every project given, and, where some came from the
     * database, every stored project-year of their units (last year's forms, the unit's other
     * projects), each as the one form that says most about its year ({@link ProjectYear#comparableForm()}).
     */
    List<Project> context() {
        List<Project> context = new ArrayList<>(projects());
        if (stored == null) {
            return context;
        }
        projects().stream().map(project -> project.key().unit()).distinct().forEach(unit -> {
            for (ProjectSummary summary : stored.list(new ProjectFilter(Optional.empty(), Optional.of(unit)))) {
                stored.find(summary.id()).map(found -> found.year().comparableForm())
                        .filter(project -> context.stream().noneMatch(known -> known.key().equals(project.key())))
                        .ifPresent(context::add);
            }
        });
        return context;
    }

    private void add(StoredProject found) {
        given.add(new Given("#" + found.id(), found.year(), Optional.of(found.ruleSet())));
    }

    private Projects store(DatabaseOption database) {
        if (stored == null) {
            stored = database.open().projects();
        }
        return stored;
    }
}
