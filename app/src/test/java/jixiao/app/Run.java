package jixiao.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The outcome of running the real command line in a test: exit status, standard output, standard error. */
public record Run(int status, String out, String err) {

    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }
}
