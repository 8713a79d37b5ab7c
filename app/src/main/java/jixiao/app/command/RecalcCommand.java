package jixiao.app.command;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.rules.RuleSet;
import jixiao.storage.sqlite.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao recalc}: rescore the stored projects, each under the rule set it is stored with; or,
 * with {@code --rules}, store them with another set from now on (a new revision, in the history).
 */
@Command(name = "recalc", mixinStandardHelpOptions = true,
        description = "Rescore the stored projects, each under the rule set stored with it, and say how many results "
                + "changed. With --rules, store the projects chosen with that rule set from now on: a decision, kept "
                + "in each project's history.",
        footerHeading = "%nExamples:%n",
        footer = {"  jixiao recalc", "  jixiao recalc --rules training.properties --year 2024 --unit 某单位"})
public final class RecalcCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private RulesOption rulesOption;

    @Mixin
    private ProjectFilterOption filter;

    @Override
    public Integer call() throws Exception {
        boolean zh = languageOption.language() == Language.ZH;
        Optional<RuleSet> rules = rulesOption.given();
        Database opened = database.open();
        PrintWriter out = spec.commandLine().getOut();
        if (rules.isPresent()) {
            String label = rules.get().label();
            int repinned = opened.repin(filter.filter(), rules.get(), new Bilingual(
                    "用 jixiao recalc --rules 改为按规则集 " + label + " 计分", "re-pinned to " + label + " by jixiao recalc --rules"));
            out.println(zh ? repinned + " 个项目改按规则集 " + label + " 计分（记入变更记录）"
                    : repinned + " projects are scored under " + label + " from now on (kept in their history)");
        }
        int changed = opened.recalc(filter.filter());
        out.println(zh ? "已重新计分；" + changed + " 个项目的结果有变化" : "rescored; " + changed + " projects changed");
        return ExitCode.OK;
    }
}
