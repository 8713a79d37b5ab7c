package jixiao.domain.stage;

/**
 * One stage of a project-year. The set is closed: code that handles stages handles these four,
 * and the compiler says so.
 */
public sealed interface Stage permits Declaration, Adjustment, MonitoringReturn, SelfEvaluation {

    StageKind kind();
}
