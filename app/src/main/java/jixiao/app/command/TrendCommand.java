package jixiao.app.command;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.TextOutput;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.register.ProjectFilter;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.register.StoredProject;
import jixiao.domain.scoring.Scorer;
import jixiao.domain.trend.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao trend PROJECT}: the same project over the years side by side — targets, actual values,
 * funding, execution rate, total and grade — found by its code, else by its unit and name.
 */
@Command(name = "trend", mixinStandardHelpOptions = true,
        description = "Show a stored project over the years side by side: its funding, execution rate, total and grade, and"
                + " each indicator's target and actual value year by year. Other years are found by the project code, else"
                + " by the unit and the project name; each year is read from its self-evaluation, else its targets in force.",
        footerHeading = "%nExamples:%n",
        footer = {"  jixiao trend 8", "  jixiao trend --year 2025 --unit 某单位 --name 某项目 --format json"})
public final class TrendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ProjectSelector selector;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() {
        Language language = languageOption.language();
        Projects projects = database.open().projects();
        StoredProject subject = selector.find(projects);
        Trend trend = Trend.of(subject.year().comparableForm(), others(projects, subject), new Scorer(subject.ruleSet()));
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).trend(trend),
                () -> new TextOutput(language).trend(trend));
        return ExitCode.OK;
    }

    /** The forms of the other years that may be the same project: its unit's, and any with its code. */
    private static List<Project> others(Projects projects, StoredProject subject) {
        ProjectKey key = subject.year().key();
        List<Project> forms = new ArrayList<>();
        for (ProjectSummary summary : projects.list(ProjectFilter.ALL)) {
            boolean candidate = summary.key().unit().equals(key.unit())
                    || key.hasCode() && summary.key().code().strip().equals(key.code().strip());
            if (candidate && summary.id() != subject.id()) {
                projects.find(summary.id()).map(found -> found.year().comparableForm()).ifPresent(forms::add);
            }
        }
        return forms;
    }
}
