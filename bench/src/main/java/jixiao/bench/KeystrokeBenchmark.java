package jixiao.bench;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4's latency: from a keystroke typed into an actual in the indicators table of a
 * 200-indicator project to the recalculated screen drawn on Lanterna's virtual terminal (100×30).
 * One operation is one key (a digit or a backspace, in turn) and every GUI pass it causes:
 * scoring and reviewing the whole project, the table, the total and the redraw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KeystrokeBenchmark {

    private static final int INDICATORS = 200;
    private static final String[][] MIX = {
        {"≥20(个)", "18(个)", "5"}, {"≤5(%)", "6(%)", "10"}, {"=100(%)", "100(%)", "5"}, {"及时", "达成指标", "5"},
        {">10659(条)", "470000(条)", "2"}, {"≥85(%)", "90(%)", "5"}, {"规范", "部分达成", "5"}};

    private ScreensOnAVirtualTerminal screens;
    private boolean typeDigit;

    @Setup
    public void openTheIndicatorsAndStartTyping() throws IOException {
        screens = new ScreensOnAVirtualTerminal(new OneProject(project()));
        screens.key(new KeyStroke(KeyType.Enter));
        screens.key(new KeyStroke(KeyType.Enter));
        if (!screens.editLine().startsWith("实际完成值: 18(个)")) {
            throw new IllegalStateException("the benchmark must type into an actual, but the edit line shows: "
                    + screens.editLine());
        }
    }

    @Benchmark
    public void keystrokeToRecalculatedScreen() throws IOException {
        typeDigit = !typeDigit;
        screens.key(typeDigit ? new KeyStroke('7', false, false) : new KeyStroke(KeyType.Backspace));
    }

    static Project project() {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            String[] row = MIX[i % MIX.length];
            indicators.add(Indicator.of("产出指标", "数量指标" + i / 10, "指标" + i, row[0], row[1], new BigDecimal(row[2]),
                    null, ""));
        }
        Funding funding = Funding.EMPTY.withMoneyUnit("万元").with(FundingSource.TOTAL,
                FundingLine.of(new BigDecimal("127.00"), new BigDecimal("127.00"), new BigDecimal("118.35")));
        return new Project(ProjectKey.of(2024, "某单位", "二百个指标的项目"), Profile.EMPTY, funding, Goals.EMPTY,
                indicators, Published.NONE);
    }
}
