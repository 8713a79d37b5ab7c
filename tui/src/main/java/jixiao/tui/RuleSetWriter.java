package jixiao.tui;

import java.io.IOException;
import java.nio.file.Path;
import jixiao.domain.rules.RuleSet;

/**
 * Writes a trainer's edited rule set to a file and says where: the program supplies it (files are
 * written safely, whole or not at all, by storage), so the UI needs no file code of its own. The UI
 * asks before it names a file that exists; the writer still refuses a link or a database.
 */
@FunctionalInterface
public interface RuleSetWriter {

    /** The file written, as an absolute path. Called off the GUI thread. */
    Path write(RuleSet rules, Path file) throws IOException;
}
