package jixiao.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;
import jixiao.domain.language.Language;
import jixiao.domain.language.Printable;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.storage.file.CannotWriteException;
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

    /** What a failure may show of its own message: enough to find it, never a dump of the data. */
    private static final int MESSAGE_CHARS = 300;

    private final Language language;

    Failures(Language language) {
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(prefix() + UsageErrors.said(e, language));
        String suggestions = UsageErrors.suggestions(e, language);
        if (!suggestions.isEmpty()) {
            err.println(suggestions);
        } else {
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
        if (e instanceof Explained explained) {
            err.println(prefix() + explained.explanation().in(language));
            err.flush();
            return exitCode(e);
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println(prefix() + (language == Language.ZH ? "读写失败：" : "input or output failed: ") + clipped(e));
            err.flush();
            return ExitCode.USAGE;
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
        return internal(err, language, e);
    }

    /** A bug: said as one, in one line (a message may hold a whole SQL statement), never a stack trace. */
    static int internal(PrintWriter err, Language language, Throwable e) {
        err.println(language == Language.ZH
                ? "jixiao 内部错误（这是程序的缺陷，请报告）：" + clipped(e)
                : "jixiao internal error (a bug, please report it): " + clipped(e));
        err.flush();
        return ExitCode.INTERNAL;
    }

    /**
     * The data or the register says no (a project missing, taken or changed in between): exit 1.
     * The machine says no (the database busy, read-only or on a full disk, a folder missing): exit 2.
     */
    private static int exitCode(Exception e) {
        return e instanceof StorageException || e instanceof CannotWriteException ? ExitCode.USAGE : ExitCode.DATA_ERRORS;
    }

    private static String clipped(Throwable e) {
        String said = Printable.of(String.valueOf(e)).replace('\n', ' ');
        return said.length() <= MESSAGE_CHARS ? said : said.substring(0, MESSAGE_CHARS) + "…";
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
