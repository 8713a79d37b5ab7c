package jixiao.app;

/** The exit statuses of exchange.md: a public contract for scripts. */
public final class ExitCode {

    /** Success; {@code check} found warnings at most. */
    public static final int OK = 0;
    /** The input or the data has errors: {@code check} found errors or mismatches, an import was rejected. */
    public static final int DATA_ERRORS = 1;
    /** Wrong usage: an unknown option, a value that does not parse, a rule set that does not exist. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
