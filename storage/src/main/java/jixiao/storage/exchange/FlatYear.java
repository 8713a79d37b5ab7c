package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.Published;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.TargetChange;
import jixiao.domain.target.Target;

/**
 * A project-year as one exchange object: the latest stage's form, and the stage keys beside it
 * (docs/exchange.md). Reading rebuilds each earlier stage from the form as the year went: the
 * declaration is the form with the targets as first declared and only its initial budgets, targets
 * and no actual values; an adjustment changes the rows {@code declared} names to the form's targets;
 * a monitoring return starts on the targets in force. Writing gives the form of any stage that this
 * does not rebuild exactly under {@code forms}, so what export writes, import reads back unchanged.
 */
record FlatYear(Project form, StageKeys keys) {

    /** Something in the object that its year cannot be made of: the key it is about, and why. */
    record Problem(String key, Bilingual message) {
    }

    FlatYear {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(keys, "keys");
    }

    /**
     * The year as one object: its stages always listed, a stage's form given only where it must be.
     * Which stages were reopened is the history's to say, not the object's.
     */
    static FlatYear of(ProjectYear reopened) {
        ProjectYear year = ProjectYear.of(reopened.stages(), Map.of());
        Map<Integer, Target> declared = new TreeMap<>();
        year.declaredTargets().forEach(change -> declared.put(change.index(), change.target()));
        StageKeys keys = new StageKeys(Optional.of(year.stages().stream().map(Stage::kind).toList()), declared,
                year.adjustment().map(FlatYear::adjustmentKeys), year.monitoring().map(FlatYear::monitoringKeys),
                year.declaration().map(Declaration::wholeProject).orElse(WholeProjectFunding.EMPTY),
                Map.of());
        FlatYear flat = new FlatYear(year.latestForm(), keys);
        Map<StageKind, Project> forms = new EnumMap<>(StageKind.class);
        // Each form given may change how a later one is rebuilt: give forms until the year reads back.
        for (Stage stage : year.stages()) {
            Optional<ProjectYear> rebuilt = flat.toYear().year();
            if (rebuilt.isPresent() && rebuilt.get().equals(year)) {
                return flat;
            }
            if (rebuilt.isEmpty() || !rebuilt.get().stage(stage.kind()).equals(Optional.of(stage))) {
                forms.put(stage.kind(), year.form(stage.kind()).orElseThrow());
                flat = new FlatYear(flat.form(), keys.withForms(forms));
            }
        }
        if (!flat.toYear().year().equals(Optional.of(year))) {
            throw new IllegalStateException("the year " + year.key() + " does not read back from its exchange object");
        }
        return flat;
    }

    /** What reading the object gives: the year, or why it cannot be one. */
    record Read(Optional<ProjectYear> year, List<Problem> problems) {
    }

    Read toYear() {
        List<Problem> problems = new ArrayList<>();
        List<StageKind> stages = keys.stages().orElseGet(this::inferred);
        check(stages, problems);
        if (!problems.isEmpty()) {
            return new Read(Optional.empty(), problems);
        }
        StageKind latest = stages.get(stages.size() - 1);
        List<Stage> built = new ArrayList<>();
        try {
            for (StageKind kind : stages) {
                built.add(stage(kind, latest, built, problems));
            }
            return problems.isEmpty() ? new Read(Optional.of(ProjectYear.of(built, Map.of())), problems)
                    : new Read(Optional.empty(), problems);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("stages", new Bilingual("各阶段无法组成一个项目年度：" + e.getMessage(),
                    "the stages do not make one project-year: " + e.getMessage())));
            return new Read(Optional.empty(), problems);
        }
    }

    /** The stages an object holds when it does not say: as docs/exchange.md infers them. */
    private List<StageKind> inferred() {
        List<StageKind> stages = new ArrayList<>();
        boolean evaluated = form.kind() == FormKind.SELF_EVALUATION;
        if (keys.adjustment().isPresent() || !keys.declared().isEmpty()) {
            stages.add(StageKind.DECLARATION);
            stages.add(StageKind.ADJUSTMENT);
        } else if (keys.monitoring().isEmpty() && !evaluated) {
            stages.add(StageKind.DECLARATION);
        }
        keys.monitoring().ifPresent(monitoring -> stages.add(StageKind.MONITORING));
        if (evaluated) {
            stages.add(StageKind.SELF_EVALUATION);
        }
        return stages;
    }

    private void check(List<StageKind> stages, List<Problem> problems) {
        if (stages.isEmpty()) {
            problems.add(new Problem("stages", new Bilingual("至少要有一个阶段", "there must be at least one stage")));
            return;
        }
        if (stages.contains(StageKind.ADJUSTMENT) && !stages.contains(StageKind.DECLARATION)) {
            problems.add(new Problem("stages", new Bilingual("目标调整须有申报", "an adjustment needs the declaration")));
        }
        refuseUnless(stages.contains(StageKind.ADJUSTMENT) || keys.adjustment().isEmpty() && keys.declared().isEmpty(),
                "adjustment", "目标调整", "adjustment", problems);
        refuseUnless(stages.contains(StageKind.MONITORING) == keys.monitoring().isPresent(), "monitoring", "运行监控",
                "monitoring", problems);
        if (!stages.contains(StageKind.SELF_EVALUATION) && form.kind() == FormKind.SELF_EVALUATION
                && !keys.forms().containsKey(StageKind.SELF_EVALUATION)) {
            problems.add(new Problem("stages", new Bilingual("有执行数或实际完成值，却没有自评阶段：这些数据会丢失",
                    "there are executed amounts or actual values but no self-evaluation stage: they would be lost")));
        }
        keys.forms().keySet().stream().filter(kind -> !stages.contains(kind)).forEach(kind -> problems.add(new Problem(
                "forms." + kind.key(), new Bilingual("“stages”中没有这个阶段", "this stage is not in \"stages\""))));
    }

    private static void refuseUnless(boolean consistent, String key, String zh, String en, List<Problem> problems) {
        if (!consistent) {
            problems.add(new Problem(key, new Bilingual("“" + key + "”与“stages”不一致：有" + zh + "数据须有" + zh + "阶段，反之亦然",
                    "\"" + key + "\" disagrees with \"stages\": " + en + " data needs the " + en
                            + " stage, and the other way round")));
        }
    }

    private Stage stage(StageKind kind, StageKind latest, List<Stage> before, List<Problem> problems) {
        Optional<Project> given = Optional.ofNullable(keys.forms().get(kind));
        return switch (kind) {
            case DECLARATION -> new Declaration(given.orElseGet(() -> kind == latest ? form : declared()),
                    keys.projectFunding());
            case ADJUSTMENT -> adjustment(given.orElse(form), problems);
            case MONITORING -> monitoring(given.orElseGet(() -> kind == latest ? form : inForce(before)), problems);
            case SELF_EVALUATION -> new SelfEvaluation(given.orElse(form));
        };
    }

    /** The declaration as declared: the targets {@code declared} names put back, no adjusted budget, nothing of the year. */
    private Project declared() {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            Indicator indicator = form.indicators().get(i).withActual("").withManualScore(Optional.empty())
                    .withDeviation("").withWeight(Optional.empty());
            Target target = keys.declared().get(i);
            indicators.add(target == null ? indicator : indicator.withTarget(target.text()));
        }
        Funding funding = form.funding();
        for (FundingSource source : FundingSource.values()) {
            funding = funding.with(source, FundingLine.EMPTY.with(FundingColumn.INITIAL, funding.line(source).initial()));
        }
        return new Project(form.key(), form.profile(), funding, form.goals().withActualSummary(""), indicators,
                Published.NONE);
    }

    private Adjustment adjustment(Project adjusted, List<Problem> problems) {
        StageKeys.AdjustmentKeys given = keys.adjustment().orElse(new StageKeys.AdjustmentKeys("", Optional.empty(),
                Optional.empty()));
        List<TargetChange> targets = new ArrayList<>();
        for (int row : keys.declared().keySet()) {
            if (row < adjusted.indicators().size()) {
                targets.add(new TargetChange(row, adjusted.indicators().get(row).target()));
            } else {
                problems.add(new Problem("declared", new Bilingual("第 " + (row + 1) + " 行超出指标数 " + adjusted.indicators().size(),
                        "row " + (row + 1) + " is beyond the " + adjusted.indicators().size() + " indicators")));
            }
        }
        Map<FundingSource, BigDecimal> budgets = given.budgets().orElseGet(() -> changedBudgets(adjusted.funding()));
        return new Adjustment(targets, budgets, given.reason(), given.approvedOn());
    }

    /** Without {@code budgets}: the lines whose adjusted budget differs from the initial one. */
    private static Map<FundingSource, BigDecimal> changedBudgets(Funding funding) {
        Map<FundingSource, BigDecimal> budgets = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = funding.line(source);
            line.adjusted().filter(amount -> line.initial().map(initial -> initial.compareTo(amount) != 0).orElse(true))
                    .ifPresent(amount -> budgets.put(source, amount));
        }
        return budgets;
    }

    /** The targets in force after the stages before, as a monitoring return started in jixiao copies them. */
    private Project inForce(List<Stage> before) {
        if (before.isEmpty()) {
            return ProjectYear.of(new SelfEvaluation(form)).formInForce();
        }
        return ProjectYear.of(before, Map.of()).formInForce();
    }

    private MonitoringReturn monitoring(Project monitored, List<Problem> problems) {
        StageKeys.MonitoringKeys given = keys.monitoring().orElseThrow();
        int size = monitored.indicators().size();
        List<IndicatorProgress> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            rows.add(given.indicators().getOrDefault(i, IndicatorProgress.EMPTY));
        }
        given.indicators().keySet().stream().filter(row -> row >= size).forEach(row ->
                problems.add(new Problem("monitoring.indicators", new Bilingual(
                        "position " + (row + 1) + " 超出指标数 " + size,
                        "position " + (row + 1) + " is beyond the " + size + " indicators"))));
        Project targets = monitored;
        if (monitored.kind() != FormKind.DECLARATION) {
            problems.add(new Problem("monitoring", new Bilingual("运行监控的表单不能有执行数或实际完成值（进度填在 monitoring 中）",
                    "a monitoring return's form has no executed amounts or actual values (progress goes in monitoring)")));
            targets = ProjectYear.of(new SelfEvaluation(monitored)).formInForce();
        }
        return new MonitoringReturn(targets, given.month(), given.funding(), given.budgetCause(), rows,
                given.conclusion());
    }

    private static StageKeys.AdjustmentKeys adjustmentKeys(Adjustment adjusted) {
        return new StageKeys.AdjustmentKeys(adjusted.reason(), adjusted.approvedOn(), Optional.of(adjusted.budgets()));
    }

    private static StageKeys.MonitoringKeys monitoringKeys(MonitoringReturn monitored) {
        Map<Integer, IndicatorProgress> rows = new TreeMap<>();
        for (int i = 0; i < monitored.indicators().size(); i++) {
            if (!monitored.progress(i).equals(IndicatorProgress.EMPTY)) {
                rows.put(i, monitored.progress(i));
            }
        }
        return new StageKeys.MonitoringKeys(monitored.month(), monitored.funding(), monitored.budgetCause(), rows,
                monitored.conclusion());
    }
}
