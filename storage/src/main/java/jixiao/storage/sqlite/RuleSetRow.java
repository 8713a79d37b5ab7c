package jixiao.storage.sqlite;

import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;

/** A row of {@code rule_set}: a rule set kept in full, shared by every project stored with it. */
record RuleSetRow(long id, String name, String hash, String content) {

    static RuleSetRow read(ResultSet rs) throws SQLException {
        return new RuleSetRow(rs.getLong("id"), rs.getString("name"), rs.getString("hash"), rs.getString("content"));
    }

    static RuleSetRow of(RuleSet rules) {
        return new RuleSetRow(0, rules.name(), rules.hash(), RuleSets.write(rules));
    }

    /**
     * The rule set, read back as a rule-set file. It was valid when stored; should a later version
     * check more strictly, the user learns which set and how to re-pin, not a stack trace.
     */
    RuleSet toDomain() {
        try {
            return RuleSets.read(new StringReader(content), "rule_set " + id);
        } catch (InvalidRuleSetException e) {
            Bilingual first = e.problems().get(0);
            throw new StorageException(new Bilingual("数据库中的规则集“" + label() + "”不再有效：" + first.zh()
                    + "；请用 jixiao recalc --rules 另指定规则集",
                    "the rule set '" + label() + "' kept in the database is no longer valid: " + first.en()
                            + "; pin another with jixiao recalc --rules"), e);
        }
    }

    String label() {
        return RuleSets.label(name, hash);
    }
}
