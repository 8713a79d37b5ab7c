package jixiao.app.command;

import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.language.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao recalc}: rescore every project, after a rule set changed. */
@Command(name = "recalc", mixinStandardHelpOptions = true,
        description = "Rescore every project under its rule set (after a rule-set file changed) and say how many changed.")
public final class RecalcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Override
    public Integer call() {
        int changed = database.open().recalc();
        spec.commandLine().getOut().println(languageOption.language() == Language.ZH
                ? "已重新计分；" + changed + " 个项目的结果有变化" : "rescored; " + changed + " projects changed");
        return ExitCode.OK;
    }
}
