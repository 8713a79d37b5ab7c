package jixiao.tui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Funding;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.register.Revision;
import jixiao.domain.register.StoredProject;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
import jixiao.storage.demo.DemoForms;

/**
 * The published forms of {@code examples/} (bundled with storage as the demo forms) for tests
 * that need no terminal and no register.
 */
public final class Examples {

    /** The 2024 audit self-evaluation: 12 indicators, every score printed, total 99.32. */
    public static final String AUDIT = "财务专项审计和资产评估鉴定费";

    private Examples() {
    }

    /** The 2024 self-evaluation of that name, as published. */
    public static Project selfEvaluation(String name) {
        return find(DemoForms.SELF_EVALUATIONS, name);
    }

    /** The 2025 declaration of that name: targets only, not scored. */
    public static Project declaration(String name) {
        return find(DemoForms.DECLARATIONS, name);
    }

    public static Review review(Project project) {
        return new Reviewer(RuleSets.national2020()).review(project);
    }

    public static StoredProject stored(Project project) {
        return new StoredProject(7, new Revision(1, Instant.EPOCH, "test"), RuleSets.national2020(),
                ProjectYear.ofForm(project));
    }

    /** The 2025 year of that name as its July return holds it: the declaration and the monitoring return. */
    public static ProjectYear monitored(String name) {
        return DemoForms.read(DemoForms.MONITORING).years().stream()
                .filter(year -> year.key().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no July return for " + name));
    }

    /** A year with a July return just started on the declaration of that name: nothing reported yet. */
    public static StoredProject justStartedMonitoring(String name) {
        return new StoredProject(7, new Revision(1, Instant.EPOCH, "test"), RuleSets.national2020(),
                ProjectYear.of(Declaration.of(declaration(name))).startMonitoring(Month.JULY));
    }

    /** A form with one indicator and no money: the trainers' example of a target not met. */
    public static Project oneIndicator(String target, String actual, String weight, String deviation) {
        return new Project(ProjectKey.of(2024, "某单位", "某项目"), Profile.EMPTY, Funding.EMPTY, Goals.EMPTY,
                List.of(Indicator.of("产出指标", "数量指标", "审计项目数", target, actual, new BigDecimal(weight), null,
                        deviation)),
                Published.NONE);
    }

    private static Project find(String file, String name) {
        List<Project> projects = DemoForms.read(file).projects();
        return projects.stream().filter(project -> project.key().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no example named " + name + " in " + file));
    }
}
