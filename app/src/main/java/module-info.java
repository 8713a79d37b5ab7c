/** The jixiao program: picocli subcommands that parse, delegate to the other modules, and print. */
module jixiao.app {
    requires jixiao.domain;
    requires jixiao.storage;
    requires jixiao.tui;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.csv;

    opens jixiao.app to info.picocli;
    opens jixiao.app.command to info.picocli;
}
