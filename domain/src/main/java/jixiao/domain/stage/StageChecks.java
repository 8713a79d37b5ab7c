package jixiao.domain.stage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.check.Finding;
import jixiao.domain.check.FindingKind;
import jixiao.domain.check.Severity;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.WholeProjectFunding;

/**
 * What the stages add to the checks of their forms ({@code Reviewer} checks each form, {@code Monitor}
 * each monitoring return): a declaration's whole-project funding that does not add up, and an
 * adjustment without a reason (an error) or an approval date (a warning).
 */
public final class StageChecks {

    private StageChecks() {
    }

    public static List<Finding> of(Declaration declaration) {
        WholeProjectFunding whole = declaration.wholeProject();
        if (whole.addsUp()) {
            return List.of();
        }
        String parts = whole.fiscal().orElse(BigDecimal.ZERO).add(whole.other().orElse(BigDecimal.ZERO)).toPlainString();
        String total = whole.total().orElseThrow().toPlainString();
        return List.of(about(Severity.ERROR, FindingKind.WHOLE_PROJECT_FUNDING_NOT_SUMMED.code(), new Bilingual(
                "项目资金总额 " + total + " ≠ 财政资金 + 其他资金 = " + parts,
                "the whole project's funding " + total + " is not its fiscal plus other funding = " + parts)));
    }

    public static List<Finding> of(Adjustment adjustment) {
        List<Finding> found = new ArrayList<>();
        if (adjustment.reason().isBlank()) {
            found.add(about(Severity.ERROR, FindingKind.ADJUSTMENT_WITHOUT_REASON.code(), new Bilingual(
                    "目标调整须说明调整原因", "a target adjustment needs its reason")));
        }
        if (adjustment.approvedOn().isEmpty()) {
            found.add(about(Severity.WARNING, FindingKind.ADJUSTMENT_WITHOUT_DATE.code(), new Bilingual(
                    "目标调整未填批复日期", "the target adjustment has no approval date")));
        }
        return found;
    }

    private static Finding about(Severity severity, String code, Bilingual message) {
        return new Finding(severity, code, message, Optional.empty(), Optional.empty());
    }
}
