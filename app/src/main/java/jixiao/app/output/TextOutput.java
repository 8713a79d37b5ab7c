package jixiao.app.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jixiao.domain.project.Indicator;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Snapshot;
import jixiao.domain.register.StoredProject;
import jixiao.domain.scoring.Grade;
import jixiao.storage.sqlite.DatabaseInfo;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Review;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.lint.Lint;
import jixiao.domain.lint.LintFinding;
import jixiao.domain.project.Project;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.Flag;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;

/** Text for people in a terminal: every figure with the domain's own explanation. */
public final class TextOutput {

    private static final String INDENT = "  ";

    private final Language language;

    public TextOutput(Language language) {
        this.language = language;
    }

    /** {@code 得分 2.00 / 5.00（不低于目标 ≥，未完成）} and the explanation, one step a line. */
    public List<String> score(IndicatorScore score) {
        List<String> lines = new ArrayList<>();
        lines.add(Words.SCORE.in(language) + " " + two(score.score()) + " / " + two(score.weight())
                + bracket(score.rule().label().in(language) + sep() + score.status().label().in(language)));
        score.explanation().in(language).forEach(step -> lines.add(INDENT + step));
        if (!score.flags().isEmpty()) {
            lines.add(Words.FLAGS.in(language) + ":");
            for (Flag flag : score.flags()) {
                lines.add(INDENT + flag.meaning().in(language));
            }
        }
        return lines;
    }

    /** One block a project: who, the figures, then each finding; a summary line at the end. */
    public List<String> reviews(List<ReviewedProject> reviewed) {
        List<String> lines = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int mismatches = 0;
        for (ReviewedProject item : reviewed) {
            lines.addAll(review(item));
            lines.add("");
            errors += item.review().errors().size();
            warnings += item.review().warnings().size();
            mismatches += item.review().mismatches().size();
        }
        lines.add(reviewed.size() + " " + Words.PROJECTS.in(language) + ": " + errors + " "
                + Words.ERRORS.in(language) + ", " + mismatches + " " + Words.MISMATCHES.in(language) + ", "
                + warnings + " " + Words.WARNINGS.in(language));
        return lines;
    }

    /** Each project with its target-quality findings, then how many there are in all. */
    public List<String> lint(List<Project> projects, Lint lint) {
        List<String> lines = new ArrayList<>();
        for (Project project : projects) {
            lines.add(project.key().year() + " " + project.key().unit() + " " + project.key().name()
                    + bracket(project.kind().title().in(language)));
            List<LintFinding> found = lint.about(project.key());
            if (found.isEmpty()) {
                lines.add(INDENT + Words.NO_FINDINGS.in(language));
            }
            for (LintFinding finding : found) {
                String where = finding.indicator().map(ref -> language == Language.ZH
                        ? "[" + Words.ROW.in(language) + ref.row() + "行] " : "[" + Words.ROW.in(language) + " " + ref.row() + "] ")
                        .orElse("");
                lines.add(INDENT + finding.kind().in(language) + ": " + where + finding.message().in(language));
            }
            lines.add("");
        }
        lines.add(projects.size() + " " + Words.PROJECTS.in(language) + ": " + lint.findings().size() + " "
                + Words.TARGET_FINDINGS.in(language));
        return lines;
    }

    public List<String> ruleSets(List<RuleSet> sets) {
        int width = sets.stream().mapToInt(set -> Columns.width(set.name())).max().orElse(0);
        return sets.stream().map(set -> Columns.fit(set.name(), width) + "  " + set.description().in(language))
                .toList();
    }

    /** Every parameter: its key, its value, and what it means in words. */
    public List<String> ruleSet(RuleSet rules) {
        List<String> lines = new ArrayList<>();
        lines.add(Words.RULE_SET.in(language) + " " + rules.name());
        lines.add(INDENT + rules.description().in(language));
        lines.add("");
        int width = rules.parameters().keySet().stream().mapToInt(parameter -> parameter.key().length()).max().orElse(0);
        rules.parameters().forEach((parameter, value) -> {
            if (parameter != Parameter.NAME && parameter != Parameter.DESCRIPTION_ZH && parameter != Parameter.DESCRIPTION_EN) {
                lines.add(Columns.fit(parameter.key(), width) + " = " + value);
                lines.add(INDENT + parameter.meaning().in(language));
            }
        });
        return lines;
    }

    /** The project list as a table, CJK-aligned: id, year, unit, name, total, grade, findings. */
    public List<String> summaries(List<ProjectSummary> summaries) {
        int unit = Math.min(40, summaries.stream().mapToInt(s -> Columns.width(s.key().unit())).max().orElse(4));
        int name = Math.min(40, summaries.stream().mapToInt(s -> Columns.width(s.key().name())).max().orElse(4));
        List<String> lines = new ArrayList<>();
        lines.add(Columns.fitRight("id", 5) + "  " + Columns.fit(Words.YEAR.in(language), 4) + "  "
                + Columns.fit(Words.UNIT.in(language), unit) + "  " + Columns.fit(Words.NAME.in(language), name) + "  "
                + Columns.fitRight(Words.TOTAL.in(language), 6) + "  " + Columns.fit(Words.GRADE.in(language), 4) + "  "
                + Words.ERRORS.in(language) + "/" + Words.WARNINGS.in(language));
        for (ProjectSummary summary : summaries) {
            lines.add(Columns.fitRight(String.valueOf(summary.id()), 5) + "  " + summary.key().year() + "  "
                    + Columns.fit(summary.key().unit(), unit) + "  " + Columns.fit(summary.key().name(), name) + "  "
                    + Columns.fitRight(two(summary.total()), 6) + "  "
                    + Columns.fit(summary.grade().map(Grade::symbol).orElse("—"), 4) + "  "
                    + summary.errors() + "/" + summary.warnings());
        }
        lines.add(summaries.size() + " " + Words.PROJECTS.in(language));
        return lines;
    }

    /** One stored project: the review block, then each indicator with its explanation. */
    public List<String> form(StoredProject stored, ReviewedProject reviewed) {
        Review review = reviewed.review();
        List<String> lines = new ArrayList<>(review(reviewed));
        lines.add(INDENT + "#" + stored.id() + "  " + Words.REVISION.in(language) + " " + stored.revision().number()
                + "  " + stored.revision().savedBy() + "  " + stored.revision().savedAt().truncatedTo(ChronoUnit.SECONDS) + "  "
                + Words.STORED_RULE_SET.in(language) + " " + stored.ruleSet().label());
        for (int i = 0; i < stored.project().indicators().size(); i++) {
            Indicator indicator = stored.project().indicators().get(i);
            lines.add("");
            lines.add((i + 1) + ". " + indicator.level1() + " / " + indicator.level2() + " / " + indicator.name()
                    + "  " + indicator.target().text() + " → " + indicator.actual().text());
            score(review.scorecard().indicator(i)).forEach(line -> lines.add(INDENT + line));
            if (indicator.hasDeviationNote()) {
                lines.add(INDENT + Words.DEVIATION.in(language) + ": " + indicator.deviation());
            }
        }
        return lines;
    }

    /** Each change: when, who, what, why where it says, and the fields it altered with both values. */
    public List<String> history(List<Change> changes) {
        List<String> lines = new ArrayList<>();
        for (Change change : changes) {
            String rules = change.after().flatMap(Snapshot::ruleSet)
                    .map(label -> "  " + Words.RULE_SET.in(language) + " " + label).orElse("");
            lines.add(change.at().truncatedTo(ChronoUnit.SECONDS) + "  " + change.user() + "  "
                    + Words.valueOf(change.action().name()).in(language) + "  #" + change.projectId()
                    + (change.action() == Change.Action.INSERT ? rules : ""));
            change.note().ifPresent(note -> lines.add(INDENT + note.in(language)));
            // An insert or delete alters every field; only an update's fields are worth listing.
            if (change.action() != Change.Action.UPDATE) {
                continue;
            }
            change.fieldChanges().forEach(field -> lines.add(INDENT + field.label().in(language) + ": "
                    + quoted(field.before()) + " → " + quoted(field.after())));
        }
        return lines;
    }

    public List<String> info(DatabaseInfo info) {
        return List.of(Words.FILE.in(language) + ": " + info.file() + " (" + info.bytes() + " bytes)",
                Words.SCHEMA.in(language) + ": " + info.schemaVersion() + "  SQLite " + info.sqliteVersion() + "  "
                        + info.journalMode(),
                Words.PROJECTS_COUNT.in(language) + ": " + info.projects() + "  " + Words.INDICATORS.in(language)
                        + ": " + info.indicators() + "  " + Words.CHANGES.in(language) + ": " + info.changes());
    }

    private static String quoted(String text) {
        return text.isEmpty() ? "∅" : "“" + text + "”";
    }

    private List<String> review(ReviewedProject item) {
        Project project = item.project();
        Review review = item.review();
        Scorecard card = review.scorecard();
        List<String> lines = new ArrayList<>();
        lines.add(project.key().year() + " " + project.key().unit() + " " + project.key().name()
                + bracket(card.kind().title().in(language)));
        lines.add(INDENT + figures(item));
        if (item.isWhatIf()) {
            lines.add(INDENT + ReviewedProject.whatIf(item.source(), item.rules(), item.stored().get()).in(language));
        }
        if (review.findings().isEmpty()) {
            lines.add(INDENT + Words.NO_FINDINGS.in(language));
        }
        for (Finding finding : review.findings()) {
            String where = finding.indicator().map(ref -> language == Language.ZH
                    ? "[" + Words.ROW.in(language) + ref.row() + "行] " : "[" + Words.ROW.in(language) + " " + ref.row() + "] ")
                    .orElse("");
            lines.add(INDENT + finding.severity().label().in(language) + " " + finding.kind().in(language) + ": " + where
                    + finding.message().in(language));
        }
        return lines;
    }

    /** The figures, and the rule set that produced them. */
    private String figures(ReviewedProject item) {
        Scorecard card = item.review().scorecard();
        if (card.execution().isEmpty()) {
            return Words.NOT_SCORED.in(language);
        }
        String rate = card.execution().get().rate().map(value -> value.toPlainString() + "%").orElse("—");
        return Words.EXECUTION_RATE.in(language) + " " + rate + "  " + Words.EXECUTION_SCORE.in(language) + " "
                + Arithmetic.two(card.execution().get().score()) + "  " + Words.TOTAL.in(language) + " "
                + two(card.total()) + "  " + Words.GRADE.in(language) + " "
                + card.grade().map(grade -> grade.symbol()).orElse("—") + "  " + Words.RULE_SET.in(language) + " "
                + item.rules().label();
    }

    private String bracket(String text) {
        return language == Language.ZH ? "（" + text + "）" : " (" + text + ")";
    }

    private String sep() {
        return language == Language.ZH ? "，" : ", ";
    }

    private static String two(Optional<BigDecimal> value) {
        return value.map(Arithmetic::two).orElse("—");
    }
}
