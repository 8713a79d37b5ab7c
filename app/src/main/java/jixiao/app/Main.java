package jixiao.app;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jixiao.app.command.Languages;

/** The program's entry point: UTF-8 out and err whatever the platform default, then the command line. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command line. An error the commands do not handle (running out of memory, which the
     * bounded readers are there to prevent) is still a bug said in one line, not a stack trace.
     */
    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        int status;
        try {
            status = Cli.run(out, err, args);
        } catch (Throwable e) {
            status = Failures.internal(err, Languages.fromArguments(Arrays.asList(args)), e);
        }
        System.exit(status);
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8), true);
    }
}
