package jixiao.app.output;

import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.Project;
import jixiao.domain.review.StageReview;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.stage.ProjectYear;

/**
 * A project-year, where it came from (a file or {@code #id} in the database), the review of the stage
 * asked for (its latest unless said), the lights of its monitoring return where it has one (whichever
 * stage was reviewed), the rule set that produced them, and the set the year is stored with (none for
 * a file).
 */
public record ReviewedProject(String source, ProjectYear year, StageReview review, Optional<MonitoringReview> lights,
        RuleSet rules, Optional<RuleSet> stored) {

    public ReviewedProject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(lights, "lights");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(stored, "stored");
    }

    /** The form of the stage reviewed. */
    public Project project() {
        return review.form();
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
