package jixiao.domain.stage;

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

    /** The year with a reopened stage read-only again (once a later stage exists). */
    public ProjectYear lockAgain(StageKind kind) {
        Map<StageKind, String> reasons = new EnumMap<>(StageKind.class);
        reasons.putAll(reopened);
        reasons.remove(kind);
        return new ProjectYear(declaration, adjustment, monitoring, selfEvaluation, reasons);
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

    /** The form a stage holds; an adjustment holds changes only. */
    private static Optional<Project> formOf(Stage stage) {
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
