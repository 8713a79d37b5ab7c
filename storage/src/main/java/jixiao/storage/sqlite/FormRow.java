package jixiao.storage.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import jixiao.domain.project.Funding;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;

/**
 * The form's own columns of a {@code stage} row: who and what, the header, the goals and the printed
 * figures (its funding lines and indicators are rows of their own). An adjustment has no form: {@link #NONE}.
 */
record FormRow(int year, String unit, String name, String code, String department, String nature, String category,
        String start, String end, String moneyUnit, String overallGoal, String goal, String actualSummary,
        String publishedExecutionWeight, String publishedExecutionRate, String publishedExecutionScore,
        String publishedTotalScore, String publishedGrade) {

    static final FormRow NONE = new FormRow(0, "", "", "", "", "", "", "", "", "", "", "", "", null, null, null, null, null);

    static FormRow read(ResultSet rs) throws SQLException {
        return new FormRow(rs.getInt("year"), rs.getString("unit"), rs.getString("name"), rs.getString("code"),
                rs.getString("department"), rs.getString("nature"), rs.getString("category"),
                rs.getString("start_date"), rs.getString("end_date"), rs.getString("money_unit"),
                rs.getString("overall_goal"), rs.getString("goal"), rs.getString("actual_summary"),
                rs.getString("published_execution_weight"), rs.getString("published_execution_rate"),
                rs.getString("published_execution_score"), rs.getString("published_total_score"),
                rs.getString("published_grade"));
    }

    static FormRow of(Project form) {
        Published published = form.published();
        return new FormRow(form.key().year(), form.key().unit(), form.key().name(), form.key().code(),
                form.profile().department(), form.profile().nature(), form.profile().category(), form.profile().start(),
                form.profile().end(), form.funding().moneyUnit(), form.goals().overall(), form.goals().annual(),
                form.goals().actualSummary(), ProjectRow.text(published.executionWeight()),
                ProjectRow.text(published.executionRate()), ProjectRow.text(published.executionScore()),
                ProjectRow.text(published.totalScore()), published.grade().orElse(null));
    }

    /** The form, with its funding (whose money unit is this row's) and indicators. */
    Project toDomain(Funding funding, List<Indicator> indicators) {
        return new Project(new ProjectKey(year, unit, name, code), new Profile(department, nature, category, start, end),
                funding.withMoneyUnit(moneyUnit), new Goals(overallGoal, goal, actualSummary), indicators,
                new Published(ProjectRow.amount(publishedExecutionWeight), ProjectRow.amount(publishedExecutionRate),
                        ProjectRow.amount(publishedExecutionScore), ProjectRow.amount(publishedTotalScore),
                        Optional.ofNullable(publishedGrade)));
    }
}
