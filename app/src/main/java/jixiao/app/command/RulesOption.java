package jixiao.app.command;

import java.util.Optional;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import picocli.CommandLine.Option;

/**
 * {@code --rules NAME|FILE}: a built-in rule set by name, or a trainer's rule-set file by path. A
 * file is read once, here: what the project keeps is the set itself, never the path. On a stored
 * project, which keeps its own set, {@code --rules} is a what-if.
 */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "NAME|FILE", descriptionKey = "rules",
            description = "Rule set: a built-in name or a rule-set file (default: " + RuleSets.DEFAULT_NAME
                    + ", or a stored project's own set).")
    private String rules;

    /** The set given with {@code --rules}, if one was. */
    public Optional<RuleSet> given() throws InvalidRuleSetException {
        return rules == null ? Optional.empty() : Optional.of(RuleSets.resolve(rules));
    }

    /** The set given, else the default: for files and new projects. */
    public RuleSet resolve() throws InvalidRuleSetException {
        return given().orElse(RuleSets.national2020());
    }
}
