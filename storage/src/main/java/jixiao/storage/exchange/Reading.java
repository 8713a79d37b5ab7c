package jixiao.storage.exchange;

import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.stage.ProjectYear;

/**
 * What reading an exchange file produced: the project-years, or the problems that stop them being
 * used. All or nothing: a reading with any problem must not be imported, even in part.
 */
public record Reading(List<ProjectYear> years, List<Problem> problems) {

    public Reading {
        years = List.copyOf(years);
        problems = List.copyOf(problems);
    }

    /** Each year's latest form ({@link ProjectYear#latestForm()}), for what takes forms. */
    public List<Project> projects() {
        return years.stream().map(ProjectYear::latestForm).toList();
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
