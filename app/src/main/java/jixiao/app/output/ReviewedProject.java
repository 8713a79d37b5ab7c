package jixiao.app.output;

import jixiao.domain.check.Review;
import jixiao.domain.project.Project;

/** A project, where it came from (a file or the database), and its review. */
public record ReviewedProject(String source, Project project, Review review) {
}
