package jixiao.domain.project;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The money block of a form: the unit it is written in (元 or 万元) and the four funding lines, always
 * all four, in the order of {@link FundingSource}.
 */
public record Funding(String moneyUnit, Map<FundingSource, FundingLine> lines) {

    public static final Funding EMPTY = new Funding("", Map.of());

    public Funding {
        Objects.requireNonNull(moneyUnit, "moneyUnit");
        EnumMap<FundingSource, FundingLine> complete = new EnumMap<>(FundingSource.class);
        for (FundingSource source : FundingSource.values()) {
            complete.put(source, lines.getOrDefault(source, FundingLine.EMPTY));
        }
        lines = Collections.unmodifiableMap(complete);
    }

    public FundingLine line(FundingSource source) {
        return lines.get(source);
    }

    public FundingLine total() {
        return line(FundingSource.TOTAL);
    }

    public Funding with(FundingSource source, FundingLine line) {
        EnumMap<FundingSource, FundingLine> changed = new EnumMap<>(lines);
        changed.put(source, line);
        return new Funding(moneyUnit, changed);
    }

    public Funding withMoneyUnit(String unit) {
        return new Funding(unit, lines);
    }
}
