package jixiao.tui.window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;

/** A trainer's edited rule set written to a file: whole, under a temporary name, then renamed, so a failure leaves no half file. */
final class RuleSetFile {

    private RuleSetFile() {
    }

    /** Writes the set as a complete rule-set file and says where, as an absolute path. Call it off the GUI thread. */
    static Path save(RuleSet rules, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, RuleSets.write(rules), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return target;
    }
}
