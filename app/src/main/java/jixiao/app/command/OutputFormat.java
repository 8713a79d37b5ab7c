package jixiao.app.command;

/** How a result is printed: for people, or for scripts. Given in lower case on the command line. */
public enum OutputFormat {
    TEXT, JSON
}
