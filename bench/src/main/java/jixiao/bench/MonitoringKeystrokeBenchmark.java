package jixiao.bench;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Month;
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
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.ProjectYear;
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
 * The keystroke latency on the monitoring return (issue 12): from a key typed into the progress of
 * row 1 of a 200-row July return to the relit screen on Lanterna's virtual terminal (100×30). One
 * operation is one key (a digit or a backspace, in turn) and every GUI pass it causes: the return
 * relit whole by the domain's monitor (200 lights, the budget light, the findings), the sheet, the
 * status line and the redraw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MonitoringKeystrokeBenchmark {

    private static final int INDICATORS = 200;
    private static final String[] TARGETS = {"≥20(个)", "≤5(%)", "=100(%)", "及时", ">10659(条)", "≥85(%)", "规范"};

    private ScreensOnAVirtualTerminal screens;
    private boolean typeDigit;

    @Setup
    public void openTheReturnAndStartTyping() throws IOException {
        screens = new ScreensOnAVirtualTerminal(new OneProject(
                ProjectYear.of(Declaration.of(declaration())).startMonitoring(Month.JULY)));
        screens.key(new KeyStroke(KeyType.Enter));
        screens.key(new KeyStroke(KeyType.F8));
        screens.key(new KeyStroke('1', false, false));
        if (!screens.editLine().startsWith("1–7月实际完成值: 1")) {
            throw new IllegalStateException("the benchmark must type a progress, but the edit line shows: "
                    + screens.editLine());
        }
    }

    @Benchmark
    public void keystrokeToRelitScreen() throws IOException {
        typeDigit = !typeDigit;
        screens.key(typeDigit ? new KeyStroke('7', false, false) : new KeyStroke(KeyType.Backspace));
    }

    /** A 200-row declaration: targets only, a budget to monitor. */
    static Project declaration() {
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            indicators.add(Indicator.of("产出指标", "数量指标" + i / 10, "指标" + i, TARGETS[i % TARGETS.length], "", null,
                    null, ""));
        }
        Funding funding = Funding.EMPTY.withMoneyUnit("万元").with(FundingSource.TOTAL,
                FundingLine.of(new BigDecimal("127.00"), null, null));
        return new Project(ProjectKey.of(2025, "某单位", "二百个指标的项目"), Profile.EMPTY, funding, Goals.EMPTY,
                indicators, Published.NONE);
    }
}
