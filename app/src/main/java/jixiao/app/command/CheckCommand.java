package jixiao.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import jixiao.app.ExitCode;
import jixiao.app.output.JsonOutput;
import jixiao.app.output.ReviewedProject;
import jixiao.app.output.TextOutput;
import jixiao.domain.check.Reviewer;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.Projects;
import jixiao.storage.exchange.JsonExchange;
import jixiao.storage.exchange.Problem;
import jixiao.storage.exchange.Reading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao check FILE…}: errors, warnings, and the figures that differ from what the form
 * printed. Exit 1 when anything is wrong or a file cannot be read; warnings alone exit 0.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check forms in the exchange format (JSON): errors, warnings, and printed figures that differ from the rules.",
        footerHeading = "%nExit status:%n",
        footer = {"  0 no errors or mismatches (warnings only), 1 errors, mismatches or unreadable files, 2 wrong usage.",
            "%nExamples:%n  jixiao check selfeval-2024.json --format json%n  jixiao check 1 2 --db my.db%n"})
public final class CheckCommand implements Callable<Integer> {

    /** An argument of digits that names no file is a stored project's id. */
    private static final Pattern PROJECT_ID = Pattern.compile("\\d+");

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private RulesOption rulesOption;

    @Parameters(arity = "1..*", paramLabel = "FILE|PROJECT", descriptionKey = "check.files",
            description = "Exchange-format JSON files, or ids of projects in the database (as `jixiao list` shows).")
    private List<String> arguments;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private FormatOption format;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        Reviewer reviewer = new Reviewer(rulesOption.resolve());
        List<ReviewedProject> reviewed = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Projects stored = null;
        for (String argument : arguments) {
            Path file = Path.of(argument);
            if (PROJECT_ID.matcher(argument).matches() && !Files.exists(file)) {
                stored = stored == null ? database.open().projects() : stored;
                Project project = stored.find(Long.parseLong(argument))
                        .orElseThrow(() -> new MissingProjectException("#" + argument)).project();
                reviewed.add(new ReviewedProject("#" + argument, project, reviewer.review(project)));
                continue;
            }
            Reading reading = read(file);
            problems.addAll(reading.problems());
            for (Project project : reading.projects()) {
                reviewed.add(new ReviewedProject(file.toString(), project, reviewer.review(project)));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        problems.forEach(problem -> err.println(problem.format(language)));
        err.flush();
        format.print(spec.commandLine().getOut(), () -> new JsonOutput(language).reviews(reviewed),
                () -> new TextOutput(language).reviews(reviewed));
        boolean wrong = !problems.isEmpty() || reviewed.stream()
                .anyMatch(item -> item.review().hasErrors() || !item.review().mismatches().isEmpty());
        return wrong ? ExitCode.DATA_ERRORS : ExitCode.OK;
    }

    private static Reading read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new JsonExchange().read(reader, file.toString());
        } catch (IOException e) {
            return new Reading(List.of(), List.of(Problem.unreadable(file.toString(), e)));
        }
    }
}
