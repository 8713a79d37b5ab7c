package jixiao.app.command;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import jixiao.app.ExitCode;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.language.Language;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.exchange.DigestedFile;
import jixiao.storage.exchange.Problem;
import jixiao.storage.exchange.ProjectIdentities;
import jixiao.storage.sqlite.Import;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao import FILE…}: all or nothing, in one pass. Every file is read and checked once and
 * every problem reported; each project-year read is handed to the import's writing thread as it comes
 * ({@link Import}), in one transaction that commits only if no file had a problem and the register
 * refused no year (a clash with stored projects, a stage made read-only). Memory stays that of a few
 * projects, however large the files. A dry run against an existing database does all of it but the
 * commit, to say what the import would add and update.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import project-years from exchange files (JSON, CSV, XLSX). All or nothing: one bad row imports nothing."
                + " The stages a file brings are added to a year already stored (same year, unit and name, or code):"
                + " a declaration, then a monitoring return, then a self-evaluation of one project-year are all kept;"
                + " a stage brought again as it is stored changes nothing, a changed one replaces it (the old one stays"
                + " in the history), and a stage a later one made read-only is refused, naming the project."
                + " Each project keeps its rule set: --rules, else national-2020 for a new project and its own for a stored one.",
        footerHeading = "%nExamples:%n",
        footer = {"  jixiao import 2024.json", "  jixiao import examples/monitoring-2025-yaoshisuo.json",
            "  jixiao import forms.csv --encoding GB18030 --dry-run",
            "  jixiao import training.json --rules training.properties"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private RulesOption rulesOption;

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "import.files", description = "Files to import.")
    private List<Path> files;

    @Option(names = "--dry-run", descriptionKey = "import.dry-run",
            description = "Check the files, and the stored years they would change, and report; write nothing.")
    private boolean dryRun;

    @Option(names = "--encoding", paramLabel = "E", descriptionKey = "import.encoding",
            description = "Encoding of CSV files (default: detected; UTF-8 with or without BOM, or GB18030).")
    private Charset encoding;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet", description = "No progress counter.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        Language language = languageOption.language();
        Optional<RuleSet> rules = rulesOption.given();
        PrintWriter err = spec.commandLine().getErr();
        if (dryRun && Files.notExists(database.file())) {
            Progress checking = new Progress(err, quiet, language, "已检查项目", "projects checked");
            List<Problem> problems = readAll(Optional.empty(), (file, year) -> checking.tick());
            checking.done();
            return report(problems, checking.count(), null, rules);
        }
        Progress writing = new Progress(err, quiet, language, dryRun ? "已核对项目" : "已导入项目",
                dryRun ? "projects tried" : "projects imported");
        // The database opens on the import's writing thread while this one already reads.
        try (Import batch = Import.start(database::open, rules)) {
            List<Problem> problems = readAll(Optional.of(batch), (file, year) -> {
                batch.put(year, file.toString());
                writing.tick();
            });
            batch.finish().forEach(refused -> problems.add(new Problem(refused.source(), refused.key().toString(),
                    refused.why())));
            if (problems.isEmpty() && !dryRun) {
                batch.commit();
            }
            writing.done();
            return report(problems, writing.count(), batch, rules);
        }
    }

    /**
     * Every file read once, each project-year handed on as it is read, and then, for an import, the file
     * named with the SHA-256 of its bytes as read (a check without a database hashes nothing); returns
     * every problem, and a project in two of the files is one. Each reader finds a project twice in its
     * own file; across files a second record of every project is kept, so one file needs none.
     */
    private List<Problem> readAll(Optional<Import> batch, BiConsumer<Path, ProjectYear> each) {
        List<Problem> problems = new ArrayList<>();
        Optional<ProjectIdentities> acrossFiles = files.size() > 1 ? Optional.of(new ProjectIdentities()) : Optional.empty();
        for (int index = 0; index < files.size(); index++) {
            Path file = files.get(index);
            int fileIndex = index;
            MessageDigest digest = batch.isPresent() ? sha256() : DigestedFile.none();
            problems.addAll(ExchangeFiles.read(file, Optional.ofNullable(encoding), year -> {
                Optional<ProjectIdentities.Earlier> earlier = acrossFiles.flatMap(identities ->
                        identities.add(year.key(), fileIndex));
                if (earlier.isPresent()) {
                    problems.add(inTwoFiles(file, year, files.get(earlier.get().where())));
                } else if (problems.isEmpty()) {
                    each.accept(file, year); // after a problem nothing will be imported: reading on only finds the rest
                }
            }, digest));
            batch.ifPresent(named -> named.file(file, HexFormat.of().formatHex(digest.digest())));
        }
        return problems;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Problem inTwoFiles(Path file, ProjectYear year, Path earlier) {
        Bilingual name = Excerpt.of(year.key().toString());
        return new Problem(file.toString(), "", new Bilingual("项目“" + name.zh() + "”也在 " + earlier
                + " 里：一个项目在一次导入中只能出现一次", "project '" + name.en() + "' is also in " + earlier
                + ": a project may appear once in an import"));
    }

    private int report(List<Problem> problems, int read, Import batch, Optional<RuleSet> rules) {
        boolean zh = languageOption.language() == Language.ZH;
        if (!problems.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            problems.forEach(problem -> err.println(problem.format(languageOption.language())));
            err.println(zh ? "发现 " + problems.size() + " 个问题：未导入任何内容，数据库未改变"
                    : problems.size() + (problems.size() == 1 ? " problem" : " problems")
                            + ": nothing was imported, the database is unchanged");
            err.flush();
            return ExitCode.DATA_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (dryRun) {
            out.println(zh ? "检查通过：" + read + " 个项目可以导入（--dry-run，未写入）"
                    : "all clear: " + read + " projects can be imported (--dry-run, nothing written)");
            if (batch != null) {
                out.println(zh ? "将新增 " + batch.added() + "，更新 " + batch.replaced() + "，未变 " + batch.unchanged()
                        : "it would add " + batch.added() + ", update " + batch.replaced() + ", leave "
                                + batch.unchanged() + " unchanged");
            }
        } else {
            out.println(zh ? "已导入 " + read + " 个项目（新增 " + batch.added() + "，更新 " + batch.replaced() + "，未变 "
                    + batch.unchanged() + "）" : "imported " + read + " projects (" + batch.added() + " new, "
                    + batch.replaced() + " updated, " + batch.unchanged() + " unchanged)");
            out.println(rules.map(set -> zh ? "按规则集 " + set.label() + " 计分，规则集随项目保存"
                            : "scored under " + set.label() + ", which the projects keep")
                    .orElse(zh ? "新项目按 " + RuleSets.DEFAULT_NAME + " 计分；已有项目保留各自的规则集"
                            : "new projects are scored under " + RuleSets.DEFAULT_NAME + "; stored ones keep their own rule set"));
        }
        out.flush();
        return ExitCode.OK;
    }
}
