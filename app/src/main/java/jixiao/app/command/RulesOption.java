package jixiao.app.command;

import java.util.Optional;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * {@code --rules NAME|FILE}: a built-in rule set by name, or a trainer's rule-set file by path. A
 * file is read once, here: what the project keeps is the set itself, never the path. On a stored
 * project, which keeps its own set, {@code --rules} is a what-if. Annotated for the commands that
 * read annotations; {@link #mixin()} for those built by code.
 */
public final class RulesOption {

    private static final String NAME = "--rules";
    private static final String LABEL = "NAME|FILE";
    private static final String KEY = "rules";
    private static final String DESCRIPTION = "Rule set: a built-in name or a rule-set file (default: "
            + RuleSets.DEFAULT_NAME + ", or a stored project's own set).";

    @Option(names = NAME, paramLabel = LABEL, descriptionKey = KEY, description = DESCRIPTION)
    private String rules;

    /** The set given with {@code --rules}, if one was. */
    public Optional<RuleSet> given() throws InvalidRuleSetException {
        return rules == null ? Optional.empty() : Optional.of(RuleSets.resolve(rules));
    }

    /** The set given, else the default: for files and new projects. */
    public RuleSet resolve() throws InvalidRuleSetException {
        return given().orElse(RuleSets.national2020());
    }

    /** The same option built by code, filling the same field: for the commands that start without reading annotations. */
    CommandSpec mixin() {
        Binding<String> field = new Binding<>(() -> rules, value -> rules = value);
        return CommandSpec.wrapWithoutInspection(this).addOption(OptionSpec.builder(NAME).paramLabel(LABEL)
                .type(String.class).descriptionKey(KEY).description(DESCRIPTION).getter(field).setter(field).build());
    }
}
