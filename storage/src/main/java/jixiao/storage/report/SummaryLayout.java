package jixiao.storage.report;

import java.util.List;
import jixiao.domain.check.Review;
import jixiao.domain.project.Project;
import jixiao.domain.scoring.Arithmetic;
import jixiao.domain.scoring.Scorecard;
import jixiao.storage.report.Grid.Style;

/** The summary of a report of several forms: each project with its total, grade and errors. */
final class SummaryLayout {

    static final String TITLE = "汇总";
    private static final List<Integer> WIDTHS = List.of(4, 6, 32, 30, 14, 8, 4, 4);

    private SummaryLayout() {
    }

    static Grid of(List<Project> projects, List<Review> reviews) {
        Grid grid = new Grid(TITLE, WIDTHS);
        grid.across(0, 0, 7, "项目支出绩效汇总表", Style.TITLE);
        int header = 1;
        List<String> labels = List.of("序号", "年度", "实施单位", "项目名称", "表", "总分", "等级", "错误");
        for (int column = 0; column < labels.size(); column++) {
            grid.put(header, column, labels.get(column), Style.LABEL);
        }
        grid.repeat(header);
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            Scorecard card = reviews.get(i).scorecard();
            int row = header + 1 + i;
            grid.put(row, 0, String.valueOf(i + 1), Style.CENTER)
                    .put(row, 1, String.valueOf(project.key().year()), Style.CENTER)
                    .put(row, 2, project.key().unit(), Style.TEXT)
                    .put(row, 3, project.key().name(), Style.TEXT)
                    .put(row, 4, card.kind().title().zh(), Style.CENTER)
                    .put(row, 5, card.total().map(Arithmetic::two).orElse("—"), Style.NUMBER)
                    .put(row, 6, card.grade().map(grade -> grade.symbol()).orElse("—"), Style.CENTER)
                    .put(row, 7, String.valueOf(reviews.get(i).errors().size()), Style.NUMBER);
        }
        return grid;
    }
}
