package jixiao.tui.editing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;

/**
 * What a project's screens type into: the latest stage's form, and what that stage holds beside it
 * rather than in it: a declaration's whole-project funding (项目资金总额 / 其中：财政资金 / 其他资金),
 * an adjustment's reason and approval date. Blank on every other paper.
 */
public record FormEntry(Project form, WholeProjectFunding wholeProject, String adjustmentReason,
        Optional<LocalDate> approvedOn) {

    public FormEntry {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(wholeProject, "wholeProject");
        Objects.requireNonNull(adjustmentReason, "adjustmentReason");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }

    /** A form alone, with nothing of a stage beside it. */
    public static FormEntry of(Project form) {
        return new FormEntry(form, WholeProjectFunding.EMPTY, "", Optional.empty());
    }

    /** The stored year's latest form, with what its latest stage holds beside it. */
    public static FormEntry of(StoredProject stored) {
        FormEntry entry = of(stored.project());
        Stage latest = stored.year().latest();
        if (latest instanceof Declaration declared) {
            return entry.withWholeProject(declared.wholeProject());
        }
        if (latest instanceof Adjustment adjusted) {
            return entry.withAdjustment(adjusted.reason(), adjusted.approvedOn());
        }
        return entry;
    }

    public FormEntry withForm(Project changed) {
        return new FormEntry(changed, wholeProject, adjustmentReason, approvedOn);
    }

    public FormEntry withWholeProject(WholeProjectFunding changed) {
        return new FormEntry(form, changed, adjustmentReason, approvedOn);
    }

    public FormEntry withAdjustment(String reason, Optional<LocalDate> approved) {
        return new FormEntry(form, wholeProject, reason, approved);
    }

    /**
     * The latest stage of {@code year} as this entry has it: a declaration with its whole-project
     * funding, an adjustment of the declaration to this form with its reason and date, any other
     * stage with this form. Refused as {@link ProjectYear#withLatestForm} refuses.
     */
    public Stage asStageOf(ProjectYear year) {
        Stage latest = year.latest();
        if (latest instanceof Declaration declared) {
            return declared.withForm(form).withWholeProject(wholeProject);
        }
        Stage edited = year.withLatestForm(form).latest();
        return edited instanceof Adjustment adjusted ? adjusted.withReason(adjustmentReason).withApprovedOn(approvedOn) : edited;
    }
}
