package jixiao.domain.lint;

import java.util.List;
import jixiao.domain.project.Project;

/**
 * One target-quality rule. It looks at one form, and may compare it with the other forms it is
 * given ({@code others}: the same unit's other projects, last year's forms).
 */
interface LintRule {

    List<LintFinding> check(Project project, List<Project> others);
}
