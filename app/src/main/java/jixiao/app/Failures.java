package jixiao.app;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.register.MissingProjectException;
import jixiao.domain.register.StaleRevisionException;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.stage.StageRefusedException;
import jixiao.storage.sqlite.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become messages and exit codes. Users see what went wrong and
 * what to do, never a stack trace; a bug still says it is a bug.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final Language language;

    Failures(Language language) {
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(prefix() + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println(language == Language.ZH
                    ? "用 '" + command.getCommandSpec().qualifiedName() + " --help' 查看用法。"
                    : "See '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof UserError userError) {
            userError.messages().forEach(message -> err.println(prefix() + message.in(language)));
            err.flush();
            return userError.exitCode();
        }
        Optional<Bilingual> explained = explanation(e);
        if (explained.isPresent()) {
            err.println(prefix() + explained.get().in(language));
            err.flush();
            return ExitCode.DATA_ERRORS;
        }
        if (e instanceof InvalidPathException path) {
            err.println(prefix() + unrepresentablePath(path).in(language));
            err.flush();
            return ExitCode.USAGE;
        }
        if (e instanceof InvalidRuleSetException invalid) {
            invalid.problems().forEach(problem -> err.println(prefix() + problem.in(language)));
            err.flush();
            return ExitCode.USAGE;
        }
        err.println(language == Language.ZH
                ? "jixiao 内部错误（这是程序的缺陷，请报告）：" + e
                : "jixiao internal error (a bug, please report it): " + e);
        err.flush();
        return 70;
    }

    /**
     * Failures of the database and the register that are the user's situation, not a bug: a stage
     * the year's rules refuse among them.
     */
    private static Optional<Bilingual> explanation(Exception e) {
        if (e instanceof StorageException storage) {
            return Optional.of(storage.explanation());
        }
        if (e instanceof StaleRevisionException stale) {
            return Optional.of(stale.explanation());
        }
        if (e instanceof MissingProjectException missing) {
            return Optional.of(missing.explanation());
        }
        if (e instanceof StageRefusedException refused) {
            return Optional.of(refused.explanation());
        }
        return Optional.empty();
    }

    /**
     * A file name Java cannot turn into a path. Under {@code LANG=C} (a bare server, a cron job) the
     * JVM's file-name encoding is ASCII, so any Chinese file name fails here; say how to fix it.
     */
    private static Bilingual unrepresentablePath(InvalidPathException e) {
        String encoding = System.getProperty("sun.jnu.encoding", "?");
        return new Bilingual("无法使用文件名“" + e.getInput() + "”：系统的文件名编码是 " + encoding
                + "，表示不了其中的字符。请设置 LANG=C.UTF-8（或用发行包里的 bin/jixiao 启动）后再试。",
                "cannot use the file name '" + e.getInput() + "': the system's file-name encoding is " + encoding
                + ", which cannot hold its characters. Set LANG=C.UTF-8 (or start jixiao with bin/jixiao from the"
                + " zip) and try again.");
    }

    private String prefix() {
        return language == Language.ZH ? "jixiao: 错误: " : "jixiao: error: ";
    }
}
