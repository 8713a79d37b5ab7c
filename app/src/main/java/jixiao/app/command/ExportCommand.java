package jixiao.app.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.language.Language;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Projects;
import jixiao.domain.stage.ProjectYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao export}: every stage of each project-year; what export writes, import reads back
 * unchanged. The file is written whole or not at all, and replaces only an export jixiao wrote unless
 * {@code --force} (a database never).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export project-years, with every stage each has, to an exchange file that `jixiao import` reads back"
                + " unchanged.",
        footerHeading = "%nExamples:%n",
        footer = {"  jixiao export --format json -o all.json", "  jixiao export --year 2024 --format xlsx -o 2024.xlsx"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ProjectFilterOption filter;

    @Option(names = "--format", required = true, paramLabel = "json|csv|xlsx", descriptionKey = "export.format",
            description = "json, csv or xlsx.")
    private ExchangeFiles.Format format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", descriptionKey = "export.output",
            description = "The file to write.")
    private Path output;

    @Option(names = "--force", descriptionKey = "export.force",
            description = "Replace FILE even if jixiao did not write it (never a database).")
    private boolean force;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet", description = "No progress counter.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        Projects projects = database.open().projects();
        Progress progress = new Progress(spec.commandLine().getErr(), quiet, language, "已读项目", "projects read");
        List<ProjectYear> chosen = new ArrayList<>();
        for (ProjectSummary summary : projects.list(filter.filter())) {
            projects.find(summary.id()).ifPresent(stored -> chosen.add(stored.year()));
            progress.tick();
        }
        ExchangeFiles.write(chosen, format, output, force);
        progress.done();
        spec.commandLine().getOut().println(language == Language.ZH
                ? "已导出 " + chosen.size() + " 个项目到 " + output : "exported " + chosen.size() + " projects to " + output);
        return ExitCode.OK;
    }
}
