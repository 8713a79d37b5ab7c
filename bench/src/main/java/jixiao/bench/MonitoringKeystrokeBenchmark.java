package jixiao.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jixiao.domain.language.Language;
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
import jixiao.tui.window.Screens;
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

    private DefaultVirtualTerminal terminal;
    private MultiWindowTextGUI gui;
    private boolean typeDigit;

    @Setup
    public void openTheReturnAndStartTyping() throws IOException {
        terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        gui = new MultiWindowTextGUI(screen);
        ProjectYear year = ProjectYear.of(Declaration.of(declaration())).startMonitoring(Month.JULY);
        gui.addWindow(Screens.start(gui, new OneProject(year), Language.ZH, Runnable::run));
        gui.getGUIThread().processEventsAndUpdate();
        key(new KeyStroke(KeyType.Enter));
        key(new KeyStroke(KeyType.F8));
        key(new KeyStroke('1', false, false));
        if (!editLine().startsWith("1–7月实际完成值: 1")) {
            throw new IllegalStateException("the benchmark must type a progress, but the edit line shows: " + editLine());
        }
    }

    /** The edit line, third from the bottom, as text (a wide character's padding cell skipped). */
    private String editLine() {
        StringBuilder line = new StringBuilder();
        int row = terminal.getTerminalSize().getRows() - 3;
        for (int column = 0; column < terminal.getTerminalSize().getColumns(); column++) {
            line.append(terminal.getCharacter(column, row).getCharacterString());
            if (terminal.getCharacter(column, row).isDoubleWidth()) {
                column++;
            }
        }
        return line.toString();
    }

    @Benchmark
    public void keystrokeToRelitScreen() throws IOException {
        typeDigit = !typeDigit;
        key(typeDigit ? new KeyStroke('7', false, false) : new KeyStroke(KeyType.Backspace));
    }

    private void key(KeyStroke stroke) throws IOException {
        terminal.addInput(stroke);
        while (gui.getGUIThread().processEventsAndUpdate()) {
            // until the key and everything it caused are drawn
        }
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
