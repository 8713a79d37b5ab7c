package jixiao.storage.exchange;

import java.util.List;
import jixiao.domain.project.Project;

/**
 * What reading an exchange file produced: the projects, or the problems that stop them being used.
 * All or nothing: a reading with any problem must not be imported, even in part.
 */
public record Reading(List<Project> projects, List<Problem> problems) {

    public Reading {
        projects = List.copyOf(projects);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
