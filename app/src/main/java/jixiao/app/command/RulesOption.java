package jixiao.app.command;

import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import picocli.CommandLine.Option;

/** {@code --rules NAME|FILE}: a built-in rule set by name, or a trainer's rule-set file by path. */
public final class RulesOption {

    @Option(names = "--rules", paramLabel = "NAME|FILE", defaultValue = RuleSets.DEFAULT_NAME,
            description = "Rule set: a built-in name or a rule-set file (default: ${DEFAULT-VALUE}).")
    private String rules;

    /** The name or path as given, which a stored project keeps to be rescored under. */
    public String name() {
        return rules;
    }

    public RuleSet resolve() throws InvalidRuleSetException {
        return RuleSets.resolve(rules);
    }
}
