package jixiao.storage.sqlite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jixiao.domain.check.Review;
import jixiao.domain.language.Bilingual;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Project;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSets;

/** Reviews projects under the rule set each names, reading every rule set once. */
final class Scoring {

    private final Map<String, Reviewer> reviewers = new ConcurrentHashMap<>();

    Review review(Project project, String ruleSet) {
        return reviewers.computeIfAbsent(ruleSet, Scoring::reviewer).review(project);
    }

    private static Reviewer reviewer(String ruleSet) {
        try {
            return new Reviewer(RuleSets.resolve(ruleSet));
        } catch (InvalidRuleSetException e) {
            Bilingual first = e.problems().isEmpty() ? Bilingual.same(ruleSet) : e.problems().get(0);
            throw new StorageException(new Bilingual("项目使用的规则集“" + ruleSet + "”无法读取：" + first.zh(),
                    "the rule set '" + ruleSet + "' a project uses cannot be read: " + first.en()), e);
        }
    }
}
