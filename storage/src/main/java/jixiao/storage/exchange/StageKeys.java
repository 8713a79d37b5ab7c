package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.StageKind;
import jixiao.domain.target.Target;

/**
 * What one exchange object (a JSON project, a project's spreadsheet rows) says of its year beside
 * the form it carries (docs/exchange.md): which stages it holds ({@code stages}, empty when the file
 * does not say), the targets as first declared of the rows an adjustment changed ({@code declared},
 * by row from 0), the adjustment, the monitoring return, the whole project's funding
 * ({@code project_funding}), and the forms of stages that differ from what the object rebuilds
 * ({@code forms}, the escape hatch).
 */
record StageKeys(Optional<List<StageKind>> stages, Map<Integer, Target> declared, Optional<AdjustmentKeys> adjustment,
        Optional<MonitoringKeys> monitoring, WholeProjectFunding projectFunding, Map<StageKind, Project> forms) {

    static final StageKeys NONE = new StageKeys(Optional.empty(), Map.of(), Optional.empty(), Optional.empty(),
            WholeProjectFunding.EMPTY, Map.of());

    StageKeys {
        Objects.requireNonNull(stages, "stages");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(projectFunding, "projectFunding");
        stages = stages.map(List::copyOf);
        declared = Collections.unmodifiableMap(new TreeMap<>(declared));
        forms = forms.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(forms));
    }

    StageKeys withForms(Map<StageKind, Project> changed) {
        return new StageKeys(stages, declared, adjustment, monitoring, projectFunding, changed);
    }

    /**
     * {@code adjustment}: why and when, and the budgets it changes where the file says ({@code budgets};
     * without them they are the lines whose adjusted budget differs from the initial one).
     */
    record AdjustmentKeys(String reason, Optional<LocalDate> approvedOn, Optional<Map<FundingSource, BigDecimal>> budgets) {

        AdjustmentKeys {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(approvedOn, "approvedOn");
            budgets = budgets.map(Map::copyOf);
        }
    }

    /** {@code monitoring}: the return's month, its funding lines' progress, and its rows by row from 0. */
    record MonitoringKeys(Month month, Map<FundingSource, FundingProgress> funding, String budgetCause,
            Map<Integer, IndicatorProgress> indicators, Conclusion conclusion) {

        MonitoringKeys {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(budgetCause, "budgetCause");
            Objects.requireNonNull(conclusion, "conclusion");
            funding = Map.copyOf(funding);
            indicators = Collections.unmodifiableMap(new TreeMap<>(indicators));
        }
    }
}
