package jixiao.storage.sqlite;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.register.Revision;

/** A row of {@code project}: the form's own fields, its rule set's id and its revision (not its cached scores). */
record ProjectRow(long id, int year, String unit, String name, String code, String department, String nature,
        String category, String start, String end, String moneyUnit, String overallGoal, String goal,
        String actualSummary, String publishedExecutionWeight, String publishedExecutionRate,
        String publishedExecutionScore, String publishedTotalScore, String publishedGrade, long ruleSetId,
        long revision, String savedAt, String savedBy) {

    static ProjectRow read(ResultSet rs) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getInt("year"), rs.getString("unit"), rs.getString("name"),
                rs.getString("code"), rs.getString("department"), rs.getString("nature"), rs.getString("category"),
                rs.getString("start_date"), rs.getString("end_date"), rs.getString("money_unit"),
                rs.getString("overall_goal"), rs.getString("goal"), rs.getString("actual_summary"),
                rs.getString("published_execution_weight"), rs.getString("published_execution_rate"),
                rs.getString("published_execution_score"), rs.getString("published_total_score"),
                rs.getString("published_grade"), rs.getLong("rule_set_id"), rs.getLong("revision"),
                rs.getString("saved_at"), rs.getString("saved_by"));
    }

    /** The project, with the funding lines and indicators stored beside it. */
    Project toDomain(List<FundingLineRow> lines, List<IndicatorRow> indicators) {
        Map<FundingSource, FundingLine> funding = new EnumMap<>(FundingSource.class);
        lines.forEach(line -> funding.put(line.toSource(), line.toDomain()));
        return new Project(new ProjectKey(year, unit, name, code),
                new Profile(department, nature, category, start, end), new Funding(moneyUnit, funding),
                new Goals(overallGoal, goal, actualSummary), indicators.stream().map(IndicatorRow::toDomain).toList(),
                new Published(amount(publishedExecutionWeight), amount(publishedExecutionRate),
                        amount(publishedExecutionScore), amount(publishedTotalScore), Optional.ofNullable(publishedGrade)));
    }

    Revision toRevision() {
        return new Revision(revision, Instant.parse(savedAt), savedBy);
    }

    /** Amounts are TEXT, so that 485.55 and 20.00 keep their decimals exactly. */
    static Optional<BigDecimal> amount(String text) {
        return Optional.ofNullable(text).map(BigDecimal::new);
    }

    static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse(null);
    }
}
