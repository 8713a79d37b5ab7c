package jixiao.app.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.file.Overwrite;
import jixiao.storage.file.SafeFile;
import jixiao.tui.RuleSetWriter;

/**
 * The text UI's rule-set files, written as every file jixiao writes ({@link SafeFile}). The UI has
 * asked before naming a file that exists, which is the trainer's say-so to replace it; a link or a
 * database is still refused.
 */
final class RuleSetFiles implements RuleSetWriter {

    @Override
    public Path write(RuleSet rules, Path file) {
        return SafeFile.write(file, Overwrite.ifWritten(new Bilingual("规则集文件", "a rule-set file"), existing -> true, true),
                out -> out.write(RuleSets.write(rules).getBytes(StandardCharsets.UTF_8)));
    }
}
