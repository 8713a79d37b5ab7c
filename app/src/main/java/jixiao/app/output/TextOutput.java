package jixiao.app.output;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jixiao.domain.check.Finding;
import jixiao.domain.language.Columns;
import jixiao.domain.language.Language;
import jixiao.domain.lint.Lint;
import jixiao.domain.lint.LintFinding;
import jixiao.domain.monitoring.IndicatorLight;
import jixiao.domain.monitoring.Light;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Snapshot;
import jixiao.domain.register.StoredProject;
import jixiao.domain.review.StageReview;
import jixiao.domain.rules.Parameter;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.Flag;
import jixiao.domain.scoring.Grade;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageField;
import jixiao.domain.stage.StageKind;
import jixiao.domain.trend.Trend;
import jixiao.domain.trend.TrendIndicator;
import jixiao.domain.trend.TrendYear;
import jixiao.storage.sqlite.DatabaseInfo;

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

    /** The project list as a table, CJK-aligned: id, year, unit, name, stage, light, total, grade, findings. */
    public List<String> summaries(List<ProjectSummary> summaries) {
        int unit = Math.min(40, summaries.stream().mapToInt(s -> Columns.width(s.key().unit())).max().orElse(4));
        int name = Math.min(40, summaries.stream().mapToInt(s -> Columns.width(s.key().name())).max().orElse(4));
        int stage = Math.max(Columns.width(Words.STAGE.in(language)), summaries.stream()
                .mapToInt(s -> Columns.width(s.stage().label().in(language))).max().orElse(4));
        int light = Math.max(4, Columns.width(Words.LIGHT.in(language)));
        int grade = Math.max(4, Columns.width(Words.GRADE.in(language)));
        List<String> lines = new ArrayList<>();
        lines.add(Columns.fitRight("id", 5) + "  " + Columns.fit(Words.YEAR.in(language), 4) + "  "
                + Columns.fit(Words.UNIT.in(language), unit) + "  " + Columns.fit(Words.NAME.in(language), name) + "  "
                + Columns.fit(Words.STAGE.in(language), stage) + "  " + Columns.fit(Words.LIGHT.in(language), light) + "  "
                + Columns.fitRight(Words.TOTAL.in(language), 6) + "  " + Columns.fit(Words.GRADE.in(language), grade) + "  "
                + Words.ERRORS.in(language) + "/" + Words.WARNINGS.in(language));
        for (ProjectSummary summary : summaries) {
            lines.add(Columns.fitRight(String.valueOf(summary.id()), 5) + "  " + summary.key().year() + "  "
                    + Columns.fit(summary.key().unit(), unit) + "  " + Columns.fit(summary.key().name(), name) + "  "
                    + Columns.fit(summary.stage().label().in(language), stage) + "  "
                    + Columns.fit(summary.light().map(lit -> lit.label().in(language)).orElse("—"), light) + "  "
                    + Columns.fitRight(two(summary.total()), 6) + "  "
                    + Columns.fit(summary.grade().map(Grade::symbol).orElse("—"), grade) + "  "
                    + summary.errors() + "/" + summary.warnings());
        }
        lines.add(summaries.size() + " " + Words.PROJECTS.in(language));
        return lines;
    }

    /**
     * One stored project-year: the review block of the stage shown, the year's stages, then each
     * indicator explained as that stage explains it: a score, a light, an adjusted target.
     */
    public List<String> form(StoredProject stored, ReviewedProject reviewed) {
        StageReview review = reviewed.review();
        List<String> lines = new ArrayList<>(review(reviewed));
        lines.add(INDENT + "#" + stored.id() + "  " + Words.REVISION.in(language) + " " + stored.revision().number()
                + "  " + stored.revision().savedBy() + "  " + stored.revision().savedAt().truncatedTo(ChronoUnit.SECONDS) + "  "
                + Words.STORED_RULE_SET.in(language) + " " + stored.ruleSet().label());
        lines.add(INDENT + Words.STAGES.in(language) + ": " + stages(stored.year(), review.stage()));
        stored.year().reopened().forEach((kind, why) -> lines.add(INDENT + INDENT + kind.label().in(language) + " "
                + Words.REOPENED.in(language) + ": " + why));
        Project form = review.form();
        Optional<Adjustment> adjusted = review.stage() == StageKind.ADJUSTMENT ? stored.year().adjustment() : Optional.empty();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.indicators().get(i);
            lines.add("");
            if (review.monitoring().isPresent()) {
                lines.add((i + 1) + ". " + indicator.level1() + " / " + indicator.level2() + " / " + indicator.name()
                        + "  " + indicator.target().text());
                progress(stored.year().monitoring().orElseThrow(), review.monitoring().get(), i)
                        .forEach(line -> lines.add(INDENT + line));
                continue;
            }
            if (adjusted.isPresent()) {
                int row = i;
                lines.add((i + 1) + ". " + indicator.level1() + " / " + indicator.level2() + " / " + indicator.name()
                        + "  " + adjusted.get().target(i).map(target -> Words.DECLARED.in(language) + " "
                                + stored.year().declaration().orElseThrow().form().indicators().get(row).target().text() + " → "
                                + Words.ADJUSTED.in(language) + " " + target.text()).orElse(indicator.target().text()));
                continue;
            }
            lines.add((i + 1) + ". " + indicator.level1() + " / " + indicator.level2() + " / " + indicator.name()
                    + "  " + indicator.target().text() + " → " + indicator.actual().text());
            score(review.scorecard().indicator(i)).forEach(line -> lines.add(INDENT + line));
            if (indicator.hasDeviationNote()) {
                lines.add(INDENT + Words.DEVIATION.in(language) + ": " + indicator.deviation());
            }
        }
        return lines;
    }

    /** {@code 申报（只读） → 运行监控 ← 本页}: the year's stages, each read-only one said so, the one shown marked. */
    private String stages(ProjectYear year, StageKind shown) {
        List<String> named = new ArrayList<>();
        for (Stage stage : year.stages()) {
            String label = stage.kind().label().in(language);
            if (year.isLocked(stage.kind())) {
                label += bracket(Words.READ_ONLY.in(language));
            } else if (year.reopened().containsKey(stage.kind())) {
                label += bracket(Words.REOPENED.in(language));
            }
            named.add(stage.kind() == shown ? "[" + label + "]" : label);
        }
        return String.join(" → ", named);
    }

    /** A monitoring return's row: what was reported, the light with its explanation. */
    private List<String> progress(MonitoringReturn monitored, MonitoringReview lights, int index) {
        IndicatorProgress row = monitored.progress(index);
        IndicatorLight light = lights.indicator(index);
        List<String> lines = new ArrayList<>();
        lines.add(StageField.PROGRESS.label(monitored).in(language) + " " + blank(row.progress().text()) + "  "
                + StageField.FORECAST.label().in(language) + " " + blank(row.forecast().text()) + "  "
                + StageField.LIKELIHOOD.label().in(language) + " "
                + row.likelihood().map(likelihood -> likelihood.words().in(language)).orElse("—"));
        lines.add(Words.LIGHT.in(language) + " " + lightWord(light.light()));
        light.explanation().in(language).forEach(step -> lines.add(INDENT + step));
        if (!row.causes().isEmpty() || !row.causeNote().isBlank() || !row.correction().isBlank()) {
            lines.add(StageField.CAUSES.label().in(language) + ": " + String.join("、",
                    row.causes().stream().map(cause -> cause.words().in(language)).toList()) + "  "
                    + StageField.CAUSE_NOTE.label().in(language) + ": " + blank(row.causeNote()) + "  "
                    + StageField.CORRECTION.label().in(language) + ": " + blank(row.correction()));
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
                    + change.describe().in(language) + "  #" + change.projectId()
                    + (change.action() == Change.Action.INSERT ? rules : ""));
            change.note().ifPresent(note -> lines.add(INDENT + note.in(language)));
            // An insert or delete alters every field, a start copies a whole form: the others' fields are worth listing.
            if (change.action() == Change.Action.INSERT || change.action() == Change.Action.DELETE
                    || change.action() == Change.Action.START) {
                continue;
            }
            change.fieldChanges().forEach(field -> lines.add(INDENT + field.label().in(language) + ": "
                    + quoted(field.before()) + " → " + quoted(field.after())));
        }
        return lines;
    }

    /**
     * A project over the years: a column per year for its funding, execution rate, total and grade
     * (CJK-aligned), then each indicator with its target and actual value year by year.
     */
    public List<String> trend(Trend trend) {
        List<String> lines = new ArrayList<>();
        lines.add(trend.subject().year() + " " + trend.subject().unit() + " " + trend.subject().name()
                + bracket(Words.TREND.in(language)));
        List<TrendYear> years = trend.years();
        String money = trend.moneyUnit().map(unit -> bracket(unit)).orElse("");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(Words.YEAR.in(language), years, year -> String.valueOf(year.year())));
        rows.add(row(Words.MATCHED_BY.in(language), years, year -> year.matchedBy().label().in(language)));
        for (FundingColumn column : FundingColumn.values()) {
            rows.add(row(column.label().in(language) + money, years, year -> year.funding().get(column)
                    .map(Amounts::print).orElse("—")));
        }
        rows.add(row(Words.EXECUTION_RATE.in(language), years, year -> year.executionRate()
                .map(rate -> rate.toPlainString() + "%").orElse("—")));
        rows.add(row(Words.TOTAL.in(language), years, year -> two(year.total())));
        rows.add(row(Words.GRADE.in(language), years, year -> year.grade().map(Grade::symbol).orElse("—")));
        int label = rows.stream().mapToInt(row -> Columns.width(row.get(0))).max().orElse(4);
        int cell = rows.stream().flatMap(row -> row.subList(1, row.size()).stream()).mapToInt(Columns::width).max().orElse(4);
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder(INDENT + Columns.fit(row.get(0), label));
            row.subList(1, row.size()).forEach(value -> line.append("  ").append(Columns.fitRight(value, cell)));
            lines.add(line.toString().stripTrailing());
        }
        for (TrendIndicator indicator : trend.indicators()) {
            lines.add("");
            lines.add(indicator.level1() + " / " + indicator.level2() + " / " + indicator.name());
            for (TrendYear year : years) {
                indicator.in(year.year()).ifPresent(found -> lines.add(INDENT + year.year() + "  " + found.target().text()
                        + (found.actual().text().isBlank() ? "" : " → " + found.actual().text())));
            }
        }
        return lines;
    }

    private static List<String> row(String label, List<TrendYear> years, Function<TrendYear, String> value) {
        List<String> row = new ArrayList<>();
        row.add(label);
        years.forEach(year -> row.add(value.apply(year)));
        return row;
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
        StageReview review = item.review();
        Scorecard card = review.scorecard();
        List<String> lines = new ArrayList<>();
        lines.add(project.key().year() + " " + project.key().unit() + " " + project.key().name()
                + bracket(title(review.stage(), card)));
        lines.add(INDENT + figures(item));
        if (item.isWhatIf()) {
            lines.add(INDENT + ReviewedProject.whatIf(item.source(), item.rules(), item.stored().get()).in(language));
        }
        item.lights().ifPresent(lights -> lights(item.year().monitoring().orElseThrow(), lights,
                review.stage() == StageKind.MONITORING).forEach(line -> lines.add(INDENT + line)));
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

    /** The paper a stage is: the two forms as they were always named, the later stages by their own titles. */
    private String title(StageKind stage, Scorecard card) {
        return stage == StageKind.ADJUSTMENT || stage == StageKind.MONITORING ? stage.title().in(language)
                : card.kind().title().in(language);
    }

    /**
     * A monitoring return's lights: the project light; on the return itself also the budget light
     * explained and every indicator lit red, yellow or blue explained, the green and the unlit counted
     * (an unlit row is among the findings). Beside another stage, the project light alone.
     */
    private List<String> lights(MonitoringReturn monitored, MonitoringReview lights, boolean explained) {
        List<String> lines = new ArrayList<>();
        lines.add(StageKind.MONITORING.label().in(language) + " " + Words.PROJECT_LIGHT.in(language) + " "
                + lightWord(lights.light()) + bracket(monitored.period().in(language)));
        if (!explained) {
            return lines;
        }
        lights.explanation().in(language).forEach(step -> lines.add(INDENT + step));
        lines.add(Words.BUDGET_LIGHT.in(language) + " " + lightWord(lights.budget().light()));
        lights.budget().explanation().in(language).forEach(step -> lines.add(INDENT + step));
        for (IndicatorLight light : lights.indicators()) {
            if (light.light().isEmpty() || light.is(Light.GREEN)) {
                continue;
            }
            lines.add((language == Language.ZH ? "[" + Words.ROW.in(language) + light.indicator().row() + "行] "
                    : "[" + Words.ROW.in(language) + " " + light.indicator().row() + "] ") + light.indicator().name()
                    + "  " + lightWord(light.light()));
            light.explanation().in(language).forEach(step -> lines.add(INDENT + step));
        }
        long green = lights.indicators().stream().filter(light -> light.is(Light.GREEN)).count();
        long unlit = lights.indicators().stream().filter(light -> light.light().isEmpty()).count();
        List<String> rest = new ArrayList<>();
        if (green > 0) {
            rest.add(language == Language.ZH ? Light.GREEN.label().zh() + " " + green + " 项" : green + " green");
        }
        if (unlit > 0) {
            rest.add(language == Language.ZH ? Light.UNLIT.zh() + " " + unlit + " 项" : unlit + " " + Light.UNLIT.en());
        }
        if (!rest.isEmpty()) {
            lines.add((language == Language.ZH ? "其余：" : "the rest: ") + String.join(sep(), rest));
        }
        return lines;
    }

    private String lightWord(Optional<Light> light) {
        return light.map(Light::label).orElse(Light.UNLIT).in(language);
    }

    private static String blank(String text) {
        return text.isBlank() ? "—" : text;
    }

    /** The figures, and the rule set that produced them. */
    private String figures(ReviewedProject item) {
        Scorecard card = item.review().scorecard();
        if (card.execution().isEmpty()) {
            StageKind stage = item.review().stage();
            return stage == StageKind.DECLARATION ? Words.NOT_SCORED.in(language)
                    : language == Language.ZH ? stage.label().zh() + Words.NOT_SCORED_STAGE.zh()
                    : "the " + stage.label().en() + " " + Words.NOT_SCORED_STAGE.en();
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
