package jixiao.app;

/** The exit statuses of exchange.md: a public contract for scripts. */
public final class ExitCode {

    /** Success; {@code check} found warnings at most. */
    public static final int OK = 0;
    /** The input or the data has errors: {@code check} found errors or mismatches, an import was rejected. */
    public static final int DATA_ERRORS = 1;
    /**
     * Wrong usage, or a machine that stops the work: an unknown option, a value that does not parse,
     * a rule set that does not exist; a folder that does not exist, a full disk, a read-only or busy
     * database, a file jixiao will not replace.
     */
    public static final int USAGE = 2;
    /** A bug in jixiao (the BSD {@code EX_SOFTWARE}): please report it. */
    public static final int INTERNAL = 70;

    private ExitCode() {
    }
}
