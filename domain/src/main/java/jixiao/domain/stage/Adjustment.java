package jixiao.domain.stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.target.Target;

/**
 * A target adjustment during the year: the targets it changes (by row), the budgets it changes (调整预算数,
 * by funding line), why, and when it was approved. It records changes only, so it cannot change
 * anything else, and the declaration underneath keeps the values as declared.
 */
public record Adjustment(List<TargetChange> targets, Map<FundingSource, BigDecimal> budgets, String reason,
        Optional<LocalDate> approvedOn) implements Stage {

    public static final Adjustment EMPTY = new Adjustment(List.of(), Map.of(), "", Optional.empty());

    public Adjustment {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approvedOn, "approvedOn");
        List<TargetChange> sorted = new ArrayList<>(targets);
        sorted.sort(Comparator.comparingInt(TargetChange::index));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).index() == sorted.get(i - 1).index()) {
                throw new IllegalArgumentException("row " + sorted.get(i).position() + " is adjusted twice");
            }
        }
        targets = List.copyOf(sorted);
        budgets = budgets.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(budgets));
    }

    @Override
    public StageKind kind() {
        return StageKind.ADJUSTMENT;
    }

    /** The adjusted target of a row (from 0), if this adjustment changes it. */
    public Optional<Target> target(int index) {
        return targets.stream().filter(change -> change.index() == index).map(TargetChange::target).findFirst();
    }

    /** The highest row this adjustment changes, from 0; -1 when it changes none. */
    public int lastRow() {
        return targets.isEmpty() ? -1 : targets.get(targets.size() - 1).index();
    }

    /** The declared form with these targets and budgets: what is monitored and evaluated. */
    public Project applyTo(Project declared) {
        if (lastRow() >= declared.indicators().size()) {
            throw new IllegalArgumentException("the adjustment changes row " + (lastRow() + 1) + " of a form with "
                    + declared.indicators().size() + " indicators");
        }
        List<Indicator> indicators = new ArrayList<>(declared.indicators());
        for (TargetChange change : targets) {
            indicators.set(change.index(), indicators.get(change.index()).withTarget(change.target().text()));
        }
        Funding funding = declared.funding();
        for (Map.Entry<FundingSource, BigDecimal> budget : budgets.entrySet()) {
            funding = funding.with(budget.getKey(),
                    funding.line(budget.getKey()).with(FundingColumn.ADJUSTED, Optional.of(budget.getValue())));
        }
        return declared.withIndicators(indicators).withFunding(funding);
    }

    public Adjustment withTarget(int index, Target target) {
        List<TargetChange> changed = targets.stream().filter(change -> change.index() != index)
                .collect(Collectors.toCollection(ArrayList::new));
        changed.add(new TargetChange(index, target));
        return new Adjustment(changed, budgets, reason, approvedOn);
    }

    /** This adjustment leaving a row's target as declared. */
    public Adjustment withoutTarget(int index) {
        return new Adjustment(targets.stream().filter(change -> change.index() != index).toList(), budgets, reason,
                approvedOn);
    }

    /** The adjusted budget of a funding line; empty leaves the line as declared. */
    public Adjustment withBudget(FundingSource source, Optional<BigDecimal> budget) {
        Map<FundingSource, BigDecimal> changed = new EnumMap<>(FundingSource.class);
        changed.putAll(budgets);
        budget.ifPresentOrElse(amount -> changed.put(source, amount), () -> changed.remove(source));
        return new Adjustment(targets, changed, reason, approvedOn);
    }

    public Adjustment withReason(String changed) {
        return new Adjustment(targets, budgets, changed, approvedOn);
    }

    public Adjustment withApprovedOn(Optional<LocalDate> changed) {
        return new Adjustment(targets, budgets, reason, changed);
    }
}
