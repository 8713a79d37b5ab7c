package jixiao.tui.editing;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;

/** The header of the form: who and what the project is, its dates and its goals. */
public enum ProjectField implements Field {
    YEAR(new Bilingual("年度", "Year")) {
        @Override
        public String read(Project project) {
            return String.valueOf(project.key().year());
        }

        @Override
        public Project write(Project project, String text) throws InvalidEntry {
            ProjectKey key = project.key();
            return project.withKey(new ProjectKey(year(text), key.unit(), key.name(), key.code()));
        }
    },
    NAME(new Bilingual("项目名称", "Project name")) {
        @Override
        public String read(Project project) {
            return project.key().name();
        }

        @Override
        public Project write(Project project, String text) throws InvalidEntry {
            if (text.isBlank()) {
                throw new InvalidEntry(new Bilingual("项目名称不能为空", "a project needs a name"));
            }
            ProjectKey key = project.key();
            return project.withKey(new ProjectKey(key.year(), key.unit(), text.strip(), key.code()));
        }
    },
    CODE(new Bilingual("项目编码", "Project code")) {
        @Override
        public String read(Project project) {
            return project.key().code();
        }

        @Override
        public Project write(Project project, String text) {
            ProjectKey key = project.key();
            return project.withKey(new ProjectKey(key.year(), key.unit(), key.name(), text.strip()));
        }
    },
    UNIT(new Bilingual("实施单位", "Implementing unit")) {
        @Override
        public String read(Project project) {
            return project.key().unit();
        }

        @Override
        public Project write(Project project, String text) {
            ProjectKey key = project.key();
            return project.withKey(new ProjectKey(key.year(), text.strip(), key.name(), key.code()));
        }
    },
    DEPARTMENT(new Bilingual("主管部门", "Department")) {
        @Override
        public String read(Project project) {
            return project.profile().department();
        }

        @Override
        public Project write(Project project, String text) {
            Profile p = project.profile();
            return project.withProfile(new Profile(text.strip(), p.nature(), p.category(), p.start(), p.end()));
        }
    },
    NATURE(new Bilingual("项目属性", "Nature")) {
        @Override
        public String read(Project project) {
            return project.profile().nature();
        }

        @Override
        public Project write(Project project, String text) {
            Profile p = project.profile();
            return project.withProfile(new Profile(p.department(), text.strip(), p.category(), p.start(), p.end()));
        }
    },
    CATEGORY(new Bilingual("项目类别", "Category")) {
        @Override
        public String read(Project project) {
            return project.profile().category();
        }

        @Override
        public Project write(Project project, String text) {
            Profile p = project.profile();
            return project.withProfile(new Profile(p.department(), p.nature(), text.strip(), p.start(), p.end()));
        }
    },
    START(new Bilingual("开始日期", "Start")) {
        @Override
        public String read(Project project) {
            return project.profile().start();
        }

        @Override
        public Project write(Project project, String text) {
            Profile p = project.profile();
            return project.withProfile(new Profile(p.department(), p.nature(), p.category(), text.strip(), p.end()));
        }
    },
    END(new Bilingual("结束日期", "End")) {
        @Override
        public String read(Project project) {
            return project.profile().end();
        }

        @Override
        public Project write(Project project, String text) {
            Profile p = project.profile();
            return project.withProfile(new Profile(p.department(), p.nature(), p.category(), p.start(), text.strip()));
        }
    },
    MONEY_UNIT(new Bilingual("金额单位", "Money unit")) {
        @Override
        public String read(Project project) {
            return project.funding().moneyUnit();
        }

        @Override
        public Project write(Project project, String text) {
            return project.withFunding(project.funding().withMoneyUnit(text.strip()));
        }
    },
    OVERALL_GOAL(new Bilingual("总体目标", "Overall goal")) {
        @Override
        public String read(Project project) {
            return project.goals().overall();
        }

        @Override
        public Project write(Project project, String text) {
            Goals g = project.goals();
            return project.withGoals(new Goals(text.strip(), g.annual(), g.actualSummary()));
        }
    },
    ANNUAL_GOAL(new Bilingual("年度目标", "Annual goal")) {
        @Override
        public String read(Project project) {
            return project.goals().annual();
        }

        @Override
        public Project write(Project project, String text) {
            Goals g = project.goals();
            return project.withGoals(new Goals(g.overall(), text.strip(), g.actualSummary()));
        }
    },
    ACTUAL_SUMMARY(new Bilingual("实际完成情况", "What was achieved")) {
        @Override
        public String read(Project project) {
            return project.goals().actualSummary();
        }

        @Override
        public Project write(Project project, String text) {
            Goals g = project.goals();
            return project.withGoals(new Goals(g.overall(), g.annual(), text.strip()));
        }
    };

    private final Bilingual label;

    ProjectField(Bilingual label) {
        this.label = label;
    }

    @Override
    public Bilingual label() {
        return label;
    }

    private static int year(String text) throws InvalidEntry {
        String folded = HalfWidth.of(text).strip();
        if (!folded.matches("(19|20|21)\\d\\d")) {
            throw new InvalidEntry(new Bilingual("年度须为四位年份，如 2025", "the year is four digits, e.g. 2025"));
        }
        return Integer.parseInt(folded);
    }
}
