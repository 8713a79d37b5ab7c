package jixiao.app.output;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.check.Review;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Project;
import jixiao.domain.rules.RuleSet;

/**
 * A project, where it came from (a file or {@code #id} in the database), its review, the rule set
 * that produced it, and the set the project is stored with (none for a file).
 */
public record ReviewedProject(String source, Project project, Review review, RuleSet rules, Optional<RuleSet> stored) {

    public ReviewedProject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(stored, "stored");
    }

    /** A stored project scored under another set than its own (given with {@code --rules}): not its figures. */
    public boolean isWhatIf() {
        return stored.isPresent() && !stored.get().equals(rules);
    }

    /** What a what-if says, here and beside a report or a lint. */
    public static Bilingual whatIf(String source, RuleSet rules, RuleSet stored) {
        return new Bilingual(source + " 按规则集 " + rules.label() + " 计算，是假设（项目存的规则集是 " + stored.label() + "）",
                source + " is scored under " + rules.label() + ", a what-if (the project is stored with "
                        + stored.label() + ")");
    }
}
