package jixiao.domain.stage;

import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;

/**
 * One project of one unit for one budget year, with the stages it has been through
 * (monitoring.md): a declaration, an adjustment of it, a monitoring return, a self-evaluation.
 * None overwrites another. In jixiao each stage starts from the one before
 * ({@link #startMonitoring} copies the tree and the targets in force; nothing is retyped); a form
 * that came from elsewhere may bring any stage alone. A stage is read-only once a later one
 * exists, unless it was reopened on purpose: {@code reopened} holds why, for the history.
 */
public record ProjectYear(Optional<Declaration> declaration, Optional<Adjustment> adjustment,
        Optional<MonitoringReturn> monitoring, Optional<SelfEvaluation> selfEvaluation,
        Map<StageKind, String> reopened) {

    public ProjectYear {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(selfEvaluation, "selfEvaluation");
        List<Stage> present = inOrder(declaration, adjustment, monitoring, selfEvaluation);
        if (present.isEmpty()) {
            throw new IllegalArgumentException("a project-year has at least one stage");
        }
        adjustment.ifPresent(adjusted -> {
            int rows = declaration.orElseThrow(() -> new IllegalArgumentException(
                    "an adjustment changes a declaration, and there is none")).form().indicators().size();
            if (adjusted.lastRow() >= rows) {
                throw new IllegalArgumentException("the adjustment changes row " + (adjusted.lastRow() + 1)
                        + " of a declaration with " + rows + " indicators");
            }
        });
        if (present.stream().map(ProjectYear::formOf).flatMap(Optional::stream)
                .map(form -> form.key().year()).distinct().count() > 1) {
            throw new IllegalArgumentException("the stages of a project-year belong to one year");
        }
        EnumMap<StageKind, String> reasons = new EnumMap<>(StageKind.class);
        reasons.putAll(reopened);
        reasons.forEach((kind, reason) -> {
            if (present.stream().noneMatch(stage -> stage.kind() == kind) || reason.isBlank()) {
                throw new IllegalArgumentException("only a stage that exists is reopened, and with a reason: " + kind);
            }
        });
        reopened = reasons.isEmpty() ? Map.of() : Collections.unmodifiableMap(reasons);
    }

    /** A year that starts with one stage: a new declaration, or a form imported from elsewhere. */
    public static ProjectYear of(Stage first) {
        return of(List.of(first), Map.of());
    }

    /**
     * A year from a form that says nothing of stages (a file written before them, a record of
     * version 0.1): the stage its data shows, a self-evaluation once it has an executed amount or an
     * actual value ({@link Project#kind()}), else a declaration.
     */
    public static ProjectYear ofForm(Project form) {
        return of(form.kind() == FormKind.DECLARATION ? Declaration.of(form) : new SelfEvaluation(form));
    }

    /** A year from its stages as stored, at most one of each kind, and the stages reopened (with why). */
    public static ProjectYear of(Collection<? extends Stage> stages, Map<StageKind, String> reopened) {
        Map<StageKind, Stage> byKind = new EnumMap<>(StageKind.class);
        for (Stage stage : stages) {
            if (byKind.put(stage.kind(), stage) != null) {
                throw new IllegalArgumentException("a project-year has one " + stage.kind().key());
            }
        }
        return new ProjectYear(stage(byKind, Declaration.class), stage(byKind, Adjustment.class),
                stage(byKind, MonitoringReturn.class), stage(byKind, SelfEvaluation.class), reopened);
    }

    /** The stages there are, in their order. */
    public List<Stage> stages() {
        return inOrder(declaration, adjustment, monitoring, selfEvaluation);
    }

    public Optional<Stage> stage(StageKind kind) {
        return stages().stream().filter(stage -> stage.kind() == kind).findFirst();
    }

    public Stage latest() {
        List<Stage> stages = stages();
        return stages.get(stages.size() - 1);
    }

    /**
     * The form a stage is printed on: its own; for an adjustment, the declaration with the targets
     * and budgets it changed ({@link Adjustment#applyTo}). Empty when the year has no such stage.
     */
    public Optional<Project> form(StageKind kind) {
        return stage(kind).map(stage -> stage instanceof Adjustment adjusted
                ? adjusted.applyTo(declaration.orElseThrow().form()) : formOf(stage).orElseThrow());
    }

    /** The latest stage's form ({@link #form}): what the year shows now, and what an edit of the year changes. */
    public Project latestForm() {
        return form(latest().kind()).orElseThrow();
    }

    /** Who and what the year is about, as its latest form says. */
    public ProjectKey key() {
        Stage latest = latest();
        return formOf(latest).orElseGet(() -> declaration.orElseThrow().form()).key();
    }

    /**
     * The tree, targets and budgets a new stage starts from, with no actual values: the monitoring
     * return's (the stage before the self-evaluation, whose budgets the clerk may have brought up
     * to date); else the declaration with the adjustment's targets and budgets (a budget never
     * adjusted is the one declared); else the targets a self-evaluation alone holds. A change to a
     * reopened stage does not flow into copies already made: each stage is on record as filed.
     */
    public Project formInForce() {
        if (monitoring.isPresent()) {
            return monitoring.get().form();
        }
        if (declaration.isPresent()) {
            Project declared = declaration.get().form();
            return budgetsInForce(adjustment.map(adjusted -> adjusted.applyTo(declared)).orElse(declared));
        }
        return targetsOf(selfEvaluation.orElseThrow().form());
    }

    /**
     * The one form that says most about the year, for comparing it with other years ({@code Trend},
     * the lint's last-year check): the self-evaluation's where there is one, else the targets in force.
     */
    public Project comparableForm() {
        return selfEvaluation.map(SelfEvaluation::form).orElseGet(this::formInForce);
    }

    /** For each row the adjustment changed, its target as first declared (the exchange format's {@code declared}). */
    public List<TargetChange> declaredTargets() {
        return adjustment.map(adjusted -> adjusted.targets().stream()
                .map(change -> new TargetChange(change.index(),
                        declaration.orElseThrow().form().indicators().get(change.index()).target()))
                .toList()).orElse(List.of());
    }

    public boolean isLocked(StageKind kind) {
        return whyLocked(kind).isPresent();
    }

    /** Why a stage cannot be changed: a later stage exists and it was not reopened. Empty when it can (or does not exist). */
    public Optional<Bilingual> whyLocked(StageKind kind) {
        if (stage(kind).isEmpty() || reopened.containsKey(kind)) {
            return Optional.empty();
        }
        return firstAfter(kind).map(later -> new Bilingual(
                kind.label().zh() + "已有后续阶段（" + later.kind().label().zh() + "），为只读；确需修改请先重新打开（记入历史）",
                "the " + kind.label().en() + " is read-only because a later stage (" + later.kind().label().en()
                        + ") exists; reopen it on purpose (recorded in the history) to change it"));
    }

    /** Why a stage cannot be started now; empty when it can. */
    public Optional<Bilingual> whyNotStart(StageKind kind) {
        if (stage(kind).isPresent()) {
            return Optional.of(new Bilingual("本年度已有" + kind.label().zh(), "the year already has a " + kind.label().en()));
        }
        if (kind == StageKind.DECLARATION) {
            return Optional.of(new Bilingual("申报是一年的第一个阶段，不从其他阶段开始：请新建项目或导入申报表",
                    "the declaration is the first stage of a year and starts from nothing: add a project or import one"));
        }
        if (kind == StageKind.ADJUSTMENT && declaration.isEmpty()) {
            return Optional.of(noDeclarationToAdjust());
        }
        return firstAfter(kind).map(later -> new Bilingual(
                "已有" + later.kind().label().zh() + "，不能再开始" + kind.label().zh(),
                "a " + later.kind().label().en() + " exists, so a " + kind.label().en() + " can no longer start"));
    }

    /** Starts a target adjustment of the declaration, changing nothing yet. */
    public ProjectYear startAdjustment() {
        refuseUnlessStartable(StageKind.ADJUSTMENT);
        return put(Adjustment.EMPTY);
    }

    /** Starts the monitoring return for January to {@code month} on a copy of the tree, targets and budgets in force. */
    public ProjectYear startMonitoring(Month month) {
        refuseUnlessStartable(StageKind.MONITORING);
        return put(MonitoringReturn.start(formInForce(), month));
    }

    /** Starts the self-evaluation on a copy of the tree, targets and budgets in force, with no actual values yet. */
    public ProjectYear startSelfEvaluation() {
        refuseUnlessStartable(StageKind.SELF_EVALUATION);
        return put(new SelfEvaluation(formInForce()));
    }

    /**
     * The year with a stage put in: a changed stage, or one that came from elsewhere (which may
     * fill in an earlier stage, read-only at once). Refused for the reasons {@link #whyRefused} gives.
     */
    public ProjectYear with(Stage stage) {
        whyRefused(stage).ifPresent(why -> {
            throw new StageRefusedException(why);
        });
        return put(stage);
    }

    /**
     * Why a stage cannot be put in; empty when it can. Refused: a read-only stage; a stage of
     * another year; an adjustment without a declaration or of a row the declaration lacks; a
     * declaration under an adjustment that adds, removes, moves or renames rows (the adjustment
     * counts them).
     */
    public Optional<Bilingual> whyRefused(Stage stage) {
        Optional<Bilingual> locked = whyLocked(stage.kind());
        if (locked.isPresent()) {
            return locked;
        }
        Optional<Project> form = formOf(stage).filter(other -> other.key().year() != key().year());
        if (form.isPresent()) {
            int year = form.get().key().year();
            return Optional.of(new Bilingual(
                    "该" + stage.kind().label().zh() + "属于 " + year + " 年度，本项目年度为 " + key().year(),
                    "the " + stage.kind().label().en() + " is of " + year + ", this project-year of " + key().year()));
        }
        if (stage instanceof Adjustment adjusted) {
            return whyAdjustmentRefused(adjusted);
        }
        if (stage instanceof Declaration declared && adjustment.isPresent()
                && !sameRows(declared.form(), declaration.orElseThrow().form())) {
            return Optional.of(new Bilingual("已有目标调整（按行记录）：申报的指标行不能增删、移动或改名",
                    "an adjustment exists and counts the rows: the declaration's indicators cannot be added, "
                            + "removed, moved or renamed"));
        }
        return Optional.empty();
    }

    /**
     * The year with its latest stage's form changed: what an edit of the latest form does. An
     * adjustment takes the targets and budgets that now differ from the declaration's; it changes
     * nothing else, so any other change is refused, as is an executed amount or an actual value on a
     * declaration or a monitoring return (they hold targets: the money spent and the values reached
     * belong to the self-evaluation and the return's own progress), and a monitoring return's rows
     * added, removed, moved or renamed (its progress is row by row).
     */
    public ProjectYear withLatestForm(Project changed) {
        Stage latest = latest();
        if (latest instanceof SelfEvaluation evaluated) {
            return with(evaluated.withForm(changed));
        }
        if (changed.kind() != FormKind.DECLARATION) {
            throw new StageRefusedException(new Bilingual(
                    latest.kind().label().zh() + "只填目标：实际完成值和执行数属于自评，请先开始自评",
                    "a " + latest.kind().label().en() + " holds targets: actual values and money spent belong to the"
                            + " self-evaluation, so start it first"));
        }
        if (latest instanceof Declaration declared) {
            return with(declared.withForm(changed));
        }
        if (latest instanceof MonitoringReturn monitored) {
            if (!sameRows(monitored.form(), changed)) {
                throw new StageRefusedException(new Bilingual(
                        "运行监控按行填报进度：指标行不能增删、移动或改名（指标应在申报或目标调整中修改）",
                        "a monitoring return reports progress row by row: its indicators cannot be added, removed, moved"
                                + " or renamed (change them in the declaration or an adjustment)"));
            }
            return with(monitored.withForm(changed));
        }
        return with(adjustmentTo(changed));
    }

    /**
     * The year with the stages of {@code other} put in, in their order: the same project-year as it
     * came from a file. A stage held already exactly so stays as it is; any other is put in as
     * {@link #with} puts it (a changed stage replaces the stored one, an earlier one fills in the
     * record). Refused, with nothing put in, for the first stage {@link #whyRefused} refuses.
     */
    public ProjectYear merge(ProjectYear other) {
        Merged merged = merged(other);
        merged.refusal().ifPresent(why -> {
            throw new StageRefusedException(why);
        });
        return merged.year();
    }

    /** Why {@link #merge} would refuse; empty when it would not. */
    public Optional<Bilingual> whyNotMerge(ProjectYear other) {
        return merged(other).refusal();
    }

    /** The year with a read-only stage open to change again, and why (for the history). */
    public ProjectYear reopen(StageKind kind, String reason) {
        if (!isLocked(kind)) {
            throw new StageRefusedException(new Bilingual(kind.label().zh() + "不是只读，无需重新打开",
                    "the " + kind.label().en() + " is not read-only: there is nothing to reopen"));
        }
        if (reason.isBlank()) {
            throw new StageRefusedException(new Bilingual("重新打开须说明原因", "say why the stage is reopened"));
        }
        Map<StageKind, String> reasons = new EnumMap<>(StageKind.class);
        reasons.putAll(reopened);
        reasons.put(kind, reason.strip());
        return new ProjectYear(declaration, adjustment, monitoring, selfEvaluation, reasons);
    }

    /** The year with a reopened stage read-only again (once a later stage exists); only a reopened stage is. */
    public ProjectYear lockAgain(StageKind kind) {
        if (!reopened.containsKey(kind)) {
            throw new StageRefusedException(new Bilingual(kind.label().zh() + "没有被重新打开，无需恢复只读",
                    "the " + kind.label().en() + " was not reopened: there is nothing to lock again"));
        }
        Map<StageKind, String> reasons = new EnumMap<>(StageKind.class);
        reasons.putAll(reopened);
        reasons.remove(kind);
        return new ProjectYear(declaration, adjustment, monitoring, selfEvaluation, reasons);
    }

    /** The outcome of a merge: the year so far, and why the stage it stopped at was refused. */
    private record Merged(ProjectYear year, Optional<Bilingual> refusal) {
    }

    private Merged merged(ProjectYear other) {
        ProjectYear year = this;
        for (Stage stage : other.stages()) {
            if (year.stage(stage.kind()).filter(stage::equals).isPresent()) {
                continue;
            }
            Optional<Bilingual> why = year.whyRefused(stage);
            if (why.isPresent()) {
                return new Merged(year, why);
            }
            year = year.put(stage);
        }
        return new Merged(year, Optional.empty());
    }

    /**
     * The adjustment that turns the declaration into {@code inForce}: the rows whose target differs,
     * the lines whose 调整预算数 differs, its reason and date kept. Refused for any other difference.
     */
    private Adjustment adjustmentTo(Project inForce) {
        Adjustment adjusted = adjustment.orElseThrow();
        Project declared = declaration.orElseThrow().form();
        Adjustment changed = new Adjustment(List.of(), Map.of(), adjusted.reason(), adjusted.approvedOn());
        if (sameRows(declared, inForce)) {
            for (int i = 0; i < inForce.indicators().size(); i++) {
                if (!inForce.indicators().get(i).target().equals(declared.indicators().get(i).target())) {
                    changed = changed.withTarget(i, inForce.indicators().get(i).target());
                }
            }
            for (FundingSource source : FundingSource.values()) {
                Optional<BigDecimal> budget = inForce.funding().line(source).adjusted();
                if (!budget.equals(declared.funding().line(source).adjusted())) {
                    changed = changed.withBudget(source, budget);
                }
            }
        }
        if (!changed.applyTo(declared).equals(inForce)) {
            throw new StageRefusedException(new Bilingual(
                    "目标调整只改指标值和调整预算数；其他内容请在申报中修改（申报为只读时先重新打开）",
                    "an adjustment changes targets and adjusted budgets only; change anything else in the declaration"
                            + " (reopen it first if it is read-only)"));
        }
        return changed;
    }

    private Optional<Bilingual> whyAdjustmentRefused(Adjustment adjusted) {
        if (declaration.isEmpty()) {
            return Optional.of(noDeclarationToAdjust());
        }
        int rows = declaration.get().form().indicators().size();
        if (adjusted.lastRow() < rows) {
            return Optional.empty();
        }
        return Optional.of(new Bilingual("目标调整改动第 " + (adjusted.lastRow() + 1) + " 行，申报只有 " + rows + " 个指标",
                "the adjustment changes row " + (adjusted.lastRow() + 1) + " but the declaration has " + rows
                        + " indicators"));
    }

    private void refuseUnlessStartable(StageKind kind) {
        whyNotStart(kind).ifPresent(why -> {
            throw new StageRefusedException(why);
        });
    }

    private ProjectYear put(Stage stage) {
        Map<StageKind, Stage> byKind = new EnumMap<>(StageKind.class);
        stages().forEach(existing -> byKind.put(existing.kind(), existing));
        byKind.put(stage.kind(), stage);
        return new ProjectYear(stage(byKind, Declaration.class), stage(byKind, Adjustment.class),
                stage(byKind, MonitoringReturn.class), stage(byKind, SelfEvaluation.class), reopened);
    }

    private Optional<Stage> firstAfter(StageKind kind) {
        return stages().stream().filter(stage -> kind.isBefore(stage.kind())).findFirst();
    }

    private static Bilingual noDeclarationToAdjust() {
        return new Bilingual("没有申报，无从调整目标", "there is no declaration to adjust");
    }

    private static List<Stage> inOrder(Optional<? extends Stage> first, Optional<? extends Stage> second,
            Optional<? extends Stage> third, Optional<? extends Stage> fourth) {
        List<Stage> stages = new ArrayList<>(4);
        for (Optional<? extends Stage> stage : List.of(first, second, third, fourth)) {
            stage.ifPresent(stages::add);
        }
        return List.copyOf(stages);
    }

    private static <T extends Stage> Optional<T> stage(Map<StageKind, Stage> byKind, Class<T> type) {
        return byKind.values().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The form a stage holds of its own; an adjustment holds changes only, and none. */
    public static Optional<Project> formOf(Stage stage) {
        if (stage instanceof Declaration declared) {
            return Optional.of(declared.form());
        }
        if (stage instanceof MonitoringReturn monitored) {
            return Optional.of(monitored.form());
        }
        if (stage instanceof SelfEvaluation evaluated) {
            return Optional.of(evaluated.form());
        }
        return Optional.empty();
    }

    private static boolean sameRows(Project one, Project other) {
        if (one.indicators().size() != other.indicators().size()) {
            return false;
        }
        for (int i = 0; i < one.indicators().size(); i++) {
            Indicator a = one.indicators().get(i);
            Indicator b = other.indicators().get(i);
            if (!a.level1().equals(b.level1()) || !a.level2().equals(b.level2()) || !a.name().equals(b.name())) {
                return false;
            }
        }
        return true;
    }

    /** A budget never adjusted is the one declared: 调整预算数 falls back to 年初预算数, line by line. */
    private static Project budgetsInForce(Project form) {
        Funding funding = form.funding();
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = funding.line(source);
            if (line.adjusted().isEmpty() && line.initial().isPresent()) {
                funding = funding.with(source, line.with(FundingColumn.ADJUSTED, line.initial()));
            }
        }
        return form.withFunding(funding);
    }

    /** A self-evaluation's tree, targets, weights and budgets, without what the year brought. */
    private static Project targetsOf(Project evaluated) {
        List<Indicator> targets = evaluated.indicators().stream()
                .map(indicator -> indicator.withActual("").withManualScore(Optional.empty()).withDeviation(""))
                .toList();
        Funding funding = evaluated.funding();
        for (FundingSource source : FundingSource.values()) {
            funding = funding.with(source, funding.line(source).with(FundingColumn.EXECUTED, Optional.empty()));
        }
        return budgetsInForce(new Project(evaluated.key(), evaluated.profile(), funding,
                evaluated.goals().withActualSummary(""), targets, Published.NONE));
    }
}
