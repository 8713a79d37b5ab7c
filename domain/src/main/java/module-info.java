/**
 * The heart of jixiao: the forms, target parsing, the scoring rules and the checks.
 * Depends on nothing but the JDK.
 */
module jixiao.domain {
    exports jixiao.domain.language;
    exports jixiao.domain.project;
    exports jixiao.domain.target;
    exports jixiao.domain.rules;
    exports jixiao.domain.scoring;
    exports jixiao.domain.check;
    exports jixiao.domain.lint;
    exports jixiao.domain.register;
    exports jixiao.domain.stage;
    exports jixiao.domain.monitoring;
    exports jixiao.domain.trend;
    exports jixiao.domain.review;
}
