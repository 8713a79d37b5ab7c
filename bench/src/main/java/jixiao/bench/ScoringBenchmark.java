package jixiao.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Scorer;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring throughput, in indicators per second: single pre-parsed indicators of a realistic mix,
 * whole 20-indicator projects through the scorer and through every check, and the parsers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    /** The mix of a real self-evaluation: met and unmet numbers, reverse targets, phrases, text, a manual score. */
    private static final String[][] MIX = {
        {"≥20.00(个)", "85.00(个)", "6.00", null},
        {"≥360(个)", "144(个)", "5.00", null},
        {"≤5.00(%)", "6.00(%)", "4.00", null},
        {"=4.00(次)", "10.00(次)", "2.00", "1.00"},
        {"=100(%)", "100.00(%)", "4.00", null},
        {"及时", "达成指标", "4.00", null},
        {"及时", "部分达成指标并具有一定效果", "5.00", null},
        {"符合合同", "大部分能在预定时间内响应", "4.00", "3.50"},
        {">10659.00(条)", "470000.00(条)", "5.00", null},
        {"≥85.00(%)", "90.00(%)", "5.00", null}};

    private static final int BATCH = 20;

    private final Scorer scorer = new Scorer(RuleSets.national2020());
    private final Reviewer reviewer = new Reviewer(RuleSets.national2020());
    private final List<Indicator> indicators = new ArrayList<>();
    private Project project;

    public ScoringBenchmark() {
        for (int i = 0; i < BATCH; i++) {
            String[] row = MIX[i % MIX.length];
            indicators.add(Indicator.of("产出指标", "数量指标", "指标" + i, row[0], row[1], new BigDecimal(row[2]),
                    row[3] == null ? null : new BigDecimal(row[3]), row[3] == null ? "" : "偏差说明"));
        }
        FundingLine total = FundingLine.of(new BigDecimal("485.55"), new BigDecimal("485.55"), new BigDecimal("480.42"));
        project = new Project(ProjectKey.of(2024, "上海市医药集中招标采购事务管理所", "信息化运维项目"), Profile.EMPTY,
                new Funding("万元", Map.of(FundingSource.TOTAL, total)), Goals.EMPTY, indicators, Published.NONE);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scoreIndicators(Blackhole sink) {
        for (Indicator indicator : indicators) {
            sink.consume(scorer.score(indicator));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void scoreProject(Blackhole sink) {
        sink.consume(scorer.score(project));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void reviewProject(Blackhole sink) {
        sink.consume(reviewer.review(project));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void parseTargetsAndActuals(Blackhole sink) {
        for (int i = 0; i < BATCH; i++) {
            String[] row = MIX[i % MIX.length];
            sink.consume(Target.parse(row[0]));
            sink.consume(Actual.parse(row[1]));
        }
    }
}
