package jixiao.domain.scoring;

import java.math.BigDecimal;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Comparator;
import jixiao.domain.target.Quantity;

/** Scores a numeric actual against a quantitative target of one comparator. */
interface ComparisonRule {

    Suggestion score(Quantity target, Quantity actual, BigDecimal weight, RuleSet rules);

    static ComparisonRule of(Comparator comparator) {
        switch (comparator) {
            case AT_LEAST:
                return new AtLeastRule();
            case MORE_THAN:
                return new MoreThanRule();
            case AT_MOST:
                return new AtMostRule();
            case LESS_THAN:
                return new LessThanRule();
            default:
                return new EqualRule();
        }
    }
}
