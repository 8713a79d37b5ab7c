package jixiao.app.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.language.Language;
import jixiao.domain.lint.Lint;
import jixiao.domain.lint.LintFinding;
import jixiao.domain.monitoring.IndicatorLight;
import jixiao.domain.monitoring.MonitoringReview;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.register.Change;
import jixiao.domain.register.ProjectSummary;
import jixiao.domain.register.Snapshot;
import jixiao.domain.register.StoredProject;
import jixiao.domain.review.StageReview;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.Explanation;
import jixiao.domain.scoring.Flag;
import jixiao.domain.scoring.Grade;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorecard;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.trend.Trend;
import jixiao.domain.trend.TrendIndicator;
import jixiao.domain.trend.TrendYear;
import jixiao.storage.sqlite.DatabaseInfo;

/** JSON for scripts: scores and figures as strings with 2 decimals, messages in the chosen language. */
public final class JsonOutput {

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Language language;

    public JsonOutput(Language language) {
        this.language = language;
    }

    public String score(IndicatorScore score) {
        return write(scoreNode(score));
    }

    /** {@code {"projects": [...]}} with each project's figures and findings. */
    public String reviews(List<ReviewedProject> reviewed) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode projects = root.putArray("projects");
        reviewed.forEach(item -> projects.add(reviewNode(item)));
        return write(root);
    }

    /** {@code {"projects": [...], "findings": N}}: each project with its target-quality findings. */
    public String lint(List<Project> projects, Lint lint) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("projects");
        for (Project project : projects) {
            ObjectNode node = array.addObject().put("year", project.key().year()).put("unit", project.key().unit())
                    .put("name", project.key().name())
                    .put("kind", project.kind() == FormKind.DECLARATION ? "declaration" : "self-evaluation");
            ArrayNode findings = node.putArray("findings");
            for (LintFinding finding : lint.about(project.key())) {
                ObjectNode item = findings.addObject().put("code", finding.code());
                finding.indicator().ifPresent(ref -> item.put("row", ref.row()).put("indicator", ref.name()));
                item.put("message", finding.message().in(language));
            }
        }
        root.put("findings", lint.findings().size());
        return write(root);
    }

    public String ruleSets(List<RuleSet> sets) {
        ArrayNode array = mapper.createArrayNode();
        for (RuleSet set : sets) {
            array.addObject().put("name", set.name()).put("description", set.description().in(language));
        }
        return write(array);
    }

    public String ruleSet(RuleSet rules) {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", rules.name()).put("description", rules.description().in(language));
        ArrayNode parameters = root.putArray("parameters");
        rules.parameters().forEach((parameter, value) -> parameters.addObject().put("key", parameter.key())
                .put("value", value).put("meaning", parameter.meaning().in(language)));
        return write(root);
    }

    /** The project list: one object per project with its stored result. */
    public String summaries(List<ProjectSummary> summaries) {
        ArrayNode array = mapper.createArrayNode();
        for (ProjectSummary summary : summaries) {
            ObjectNode node = array.addObject().put("id", summary.id()).put("year", summary.key().year())
                    .put("unit", summary.key().unit()).put("name", summary.key().name())
                    .put("code", summary.key().code())
                    .put("kind", summary.kind() == FormKind.DECLARATION ? "declaration" : "self-evaluation")
                    .put("stage", summary.stage().key());
            summary.light().ifPresent(light -> node.put("light", light.key()));
            node.put("total", two(summary.total()))
                    .put("grade", summary.grade().map(Grade::symbol).orElse(null))
                    .put("errors", summary.errors()).put("warnings", summary.warnings())
                    .put("indicators", summary.indicators()).put("revision", summary.revision().number());
        }
        return write(array);
    }

    /**
     * One stored project-year: the figures and findings of the stage shown, its stages, and every
     * indicator explained as that stage explains it (a score; on a monitoring return, a light).
     */
    public String form(StoredProject stored, ReviewedProject reviewed) {
        StageReview review = reviewed.review();
        ObjectNode node = reviewNode(reviewed, true);
        node.put("id", stored.id()).put("revision", stored.revision().number())
                .put("saved_at", stored.revision().savedAt().toString()).put("saved_by", stored.revision().savedBy());
        ArrayNode stages = node.putArray("stage_states");
        for (Stage stage : stored.year().stages()) {
            ObjectNode state = stages.addObject().put("stage", stage.kind().key())
                    .put("read_only", stored.year().isLocked(stage.kind()));
            Optional.ofNullable(stored.year().reopened().get(stage.kind())).ifPresent(why -> state.put("reopened", why));
        }
        ArrayNode indicators = node.putArray("indicators");
        Project form = review.form();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.indicators().get(i);
            ObjectNode row = indicators.addObject().put("level1", indicator.level1()).put("level2", indicator.level2())
                    .put("name", indicator.name()).put("target", indicator.target().text());
            if (review.stage() == StageKind.MONITORING) {
                row.setAll(progressNode(stored.year().monitoring().orElseThrow().progress(i)));
            } else {
                row.put("actual", indicator.actual().text()).put("deviation", indicator.deviation());
                row.setAll(scoreNode(review.scorecard().indicator(i)));
            }
        }
        return write(node);
    }

    public String history(List<Change> changes) {
        ArrayNode array = mapper.createArrayNode();
        for (Change change : changes) {
            ObjectNode node = array.addObject().put("at", change.at().toString()).put("user", change.user())
                    .put("action", change.action().name().toLowerCase(Locale.ROOT))
                    .put("stage", change.stage().map(StageKind::key).orElse(null))
                    .put("rules", change.after().flatMap(Snapshot::ruleSet).orElse(null))
                    .put("note", change.note().map(note -> note.in(language)).orElse(null));
            ArrayNode fields = node.putArray("changes");
            change.fieldChanges().forEach(field -> fields.addObject().put("field", field.field())
                    .put("before", field.before()).put("after", field.after()));
        }
        return write(array);
    }

    /**
     * {@code {"subject": {...}, "money_unit": "元", "years": [...], "indicators": [{..., "years": {"2024": {"target",
     * "actual"}}}]}}: a project over the years, amounts in the trend's money unit.
     */
    public String trend(Trend trend) {
        ObjectNode root = mapper.createObjectNode();
        root.putObject("subject").put("year", trend.subject().year()).put("unit", trend.subject().unit())
                .put("name", trend.subject().name()).put("code", trend.subject().code());
        root.put("money_unit", trend.moneyUnit().orElse(null));
        ArrayNode years = root.putArray("years");
        for (TrendYear year : trend.years()) {
            ObjectNode node = years.addObject().put("year", year.year())
                    .put("matched_by", year.matchedBy().name().toLowerCase(Locale.ROOT))
                    .put("unit", year.form().key().unit()).put("name", year.form().key().name());
            for (FundingColumn column : FundingColumn.values()) {
                node.put(column.name().toLowerCase(Locale.ROOT), year.funding().get(column)
                        .map(BigDecimal::toPlainString).orElse(null));
            }
            node.put("execution_rate", year.executionRate().map(BigDecimal::toPlainString).orElse(null))
                    .put("total", two(year.total())).put("grade", year.grade().map(Grade::symbol).orElse(null));
        }
        ArrayNode indicators = root.putArray("indicators");
        for (TrendIndicator indicator : trend.indicators()) {
            ObjectNode node = indicators.addObject().put("level1", indicator.level1()).put("level2", indicator.level2())
                    .put("name", indicator.name());
            ObjectNode byYear = node.putObject("years");
            indicator.byYear().forEach((year, found) -> byYear.putObject(String.valueOf(year))
                    .put("target", found.target().text()).put("actual", found.actual().text()));
        }
        return write(root);
    }

    public String info(DatabaseInfo info) {
        return write(mapper.createObjectNode().put("file", info.file().toString()).put("bytes", info.bytes())
                .put("schema_version", info.schemaVersion()).put("sqlite_version", info.sqliteVersion())
                .put("journal_mode", info.journalMode()).put("projects", info.projects())
                .put("indicators", info.indicators()).put("changes", info.changes()));
    }

    private ObjectNode scoreNode(IndicatorScore score) {
        ObjectNode node = mapper.createObjectNode();
        node.put("score", two(score.score()));
        node.put("weight", two(score.weight()));
        node.put("suggested", two(score.suggested()));
        score.manual().ifPresent(manual -> node.put("manual", Arithmetic.two(manual)));
        node.put("rule", score.rule().key());
        node.put("status", score.status().key());
        ArrayNode flags = node.putArray("flags");
        score.flags().stream().map(Flag::key).forEach(flags::add);
        score.band().ifPresent(band -> node.put("band", band.toString()));
        explanation(node.putArray("explanation"), score.explanation());
        return node;
    }

    private ObjectNode reviewNode(ReviewedProject item) {
        return reviewNode(item, false);
    }

    /** A project's figures and findings, and its monitoring lights (each explained where {@code explained}). */
    private ObjectNode reviewNode(ReviewedProject item, boolean explained) {
        Project project = item.project();
        StageReview review = item.review();
        Scorecard card = review.scorecard();
        ObjectNode node = mapper.createObjectNode();
        node.put("file", item.source());
        node.put("year", project.key().year());
        node.put("unit", project.key().unit());
        node.put("name", project.key().name());
        node.put("kind", card.kind() == FormKind.DECLARATION ? "declaration" : "self-evaluation");
        node.put("stage", review.stage().key());
        ArrayNode stages = node.putArray("stages");
        item.year().stages().forEach(stage -> stages.add(stage.kind().key()));
        node.put("rules", item.rules().label());
        node.put("stored_rules", item.stored().map(RuleSet::label).orElse(null));
        node.put("what_if", item.isWhatIf());
        node.put("execution_rate", card.execution().flatMap(execution -> execution.rate())
                .map(BigDecimal::toPlainString).orElse(null));
        node.put("execution_score", two(card.execution().map(execution -> execution.score())));
        node.put("total", two(card.total()));
        node.put("grade", card.grade().map(grade -> grade.symbol()).orElse(null));
        item.lights().ifPresent(lights -> node.set("monitoring",
                monitoringNode(item.year().monitoring().orElseThrow(), lights, explained)));
        findings(node.putArray("errors"), review.errors());
        findings(node.putArray("warnings"), review.warnings());
        findings(node.putArray("mismatches"), review.mismatches());
        return node;
    }

    /**
     * monitoring.md's block: {@code {"budget_light": "green", "light": "yellow", "indicators": [{"position": 1,
     * "ratio": "…", "light": "green"}]}}, a light or ratio left out while there is none; with the month and
     * the budget's rate, and each step where {@code explained}.
     */
    private ObjectNode monitoringNode(MonitoringReturn monitored, MonitoringReview lights, boolean explained) {
        ObjectNode node = mapper.createObjectNode();
        node.put("month", String.valueOf(monitored.month().getValue()));
        lights.budget().light().ifPresent(light -> node.put("budget_light", light.key()));
        lights.budget().rate().ifPresent(rate -> node.put("budget_rate", rate.toPlainString()));
        lights.budget().ratio().ifPresent(ratio -> node.put("budget_ratio", ratio.toPlainString()));
        lights.light().ifPresent(light -> node.put("light", light.key()));
        if (explained) {
            explanation(node.putArray("budget_explanation"), lights.budget().explanation());
            explanation(node.putArray("explanation"), lights.explanation());
        }
        ArrayNode indicators = node.putArray("indicators");
        for (IndicatorLight light : lights.indicators()) {
            ObjectNode row = indicators.addObject().put("position", light.indicator().row());
            light.ratio().ifPresent(ratio -> row.put("ratio", ratio.toPlainString()));
            light.light().ifPresent(lit -> row.put("light", lit.key()));
            if (explained) {
                row.put("rule", light.rule().key());
                explanation(row.putArray("explanation"), light.explanation());
            }
        }
        return node;
    }

    /** A monitoring return's row as the exchange format names its fields. */
    private ObjectNode progressNode(IndicatorProgress row) {
        ObjectNode node = mapper.createObjectNode().put("progress", row.progress().text())
                .put("forecast", row.forecast().text())
                .put("likelihood", row.likelihood().map(likelihood -> likelihood.words().zh()).orElse(null));
        ArrayNode causes = node.putArray("causes");
        row.causes().forEach(cause -> causes.add(cause.words().zh()));
        return node.put("cause_note", row.causeNote()).put("correction", row.correction());
    }

    private void explanation(ArrayNode array, Explanation explanation) {
        explanation.in(language).forEach(array::add);
    }

    private void findings(ArrayNode array, List<Finding> findings) {
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("code", finding.code());
            finding.difference().ifPresent(difference -> node.put("field", difference.field())
                    .put("printed", difference.printed()).put("computed", difference.computed()));
            finding.indicator().ifPresent(ref -> node.put("indicator", ref.name()).put("row", ref.row()));
            node.put("message", finding.message().in(language));
        }
    }

    private static String two(Optional<BigDecimal> value) {
        return value.map(Arithmetic::two).orElse(null);
    }

    private String write(Object node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
