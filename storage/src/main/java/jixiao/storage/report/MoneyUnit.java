package jixiao.storage.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingSource;

/**
 * The money unit of a summary. Forms of one unit and year usually agree (all 万元, or all 元); where
 * they mix 元 and 万元, the summary converts to 元 exactly, so that its totals add like with like.
 * Where a form writes a unit nobody can convert, amounts print with their own unit and are not summed.
 */
final class MoneyUnit {

    private static final Map<String, BigDecimal> IN_YUAN = Map.of("元", BigDecimal.ONE, "万元", BigDecimal.valueOf(10_000));

    private final Optional<String> unit;

    private MoneyUnit(Optional<String> unit) {
        this.unit = unit;
    }

    static MoneyUnit common(List<String> units) {
        List<String> distinct = units.stream().map(String::strip).distinct().toList();
        if (distinct.size() == 1) {
            return new MoneyUnit(Optional.of(distinct.get(0)));
        }
        return new MoneyUnit(IN_YUAN.keySet().containsAll(distinct) ? Optional.of("元") : Optional.empty());
    }

    String caption() {
        return unit.map(name -> name.isEmpty() ? "" : "金额单位：" + name).orElse("金额单位：见各项目");
    }

    /** An amount written in {@code from}, in the summary's unit. */
    Value value(Optional<BigDecimal> amount, String from) {
        if (amount.isEmpty()) {
            return Value.BLANK;
        }
        return unit.<Value>map(to -> new Value.Money(convert(amount.get(), from.strip(), to)))
                .orElseGet(() -> Value.text(new Value.Money(amount.get()).printed() + from.strip()));
    }

    /** The sum of one cell over the forms, in the summary's unit; empty where they cannot be added. */
    Optional<BigDecimal> sum(List<Form> forms, FundingSource source, FundingColumn column) {
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Form form : forms) {
            BigDecimal amount = form.project().funding().line(source).amount(column);
            sum = sum.add(convert(amount, form.project().funding().moneyUnit().strip(), unit.get()));
        }
        return Optional.of(sum);
    }

    private static BigDecimal convert(BigDecimal amount, String from, String to) {
        return from.equals(to) ? amount : amount.multiply(IN_YUAN.get(from)).divide(IN_YUAN.get(to));
    }
}
