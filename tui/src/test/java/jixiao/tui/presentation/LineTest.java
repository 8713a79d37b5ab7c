package jixiao.tui.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jixiao.domain.language.Columns;
import org.junit.jupiter.api.Test;

class LineTest {

    @Test
    void fittedPadsShortTextToTheWidth() {
        Line line = Line.fitted("总分", Tone.HEADING, 8);

        assertEquals("总分    ", line.text());
        assertEquals(List.of(new Segment("总分    ", Tone.HEADING)), line.segments());
    }

    @Test
    void fittedCutsLongTextWithAnEllipsisWithoutSplittingAWideCharacter() {
        Line line = Line.fitted("财务专项审计", Tone.NORMAL, 6);

        assertEquals("财务… ", line.text());
        assertEquals(6, Columns.width(line.text()));
    }

    @Test
    void fittedSegmentsKeepTheirTonesAndStopAtTheWidth() {
        Line line = Line.fitted(List.of(new Segment("总分 ", Tone.HEADING), new Segment("99.32", Tone.GOOD),
                new Segment("  等级 优", Tone.NORMAL)), 10);

        assertEquals(10, Columns.width(line.text()));
        assertEquals(new Segment("总分 ", Tone.HEADING), line.segments().get(0));
        assertEquals(new Segment("99.32", Tone.GOOD), line.segments().get(1));
        assertEquals(2, line.segments().size(), "the segment that does not fit is left out");
    }

    @Test
    void aSegmentAcrossTheEdgeIsCutWithAnEllipsis() {
        Line line = Line.fitted(List.of(new Segment("总分 ", Tone.HEADING), new Segment("99.32", Tone.GOOD)), 8);

        assertEquals(List.of(new Segment("总分 ", Tone.HEADING), new Segment("99…", Tone.GOOD)), line.segments());
    }

    @Test
    void fittedSegmentsArePaddedToCoverWhatWasDrawnBefore() {
        Line line = Line.fitted(List.of(new Segment("ab", Tone.ERROR)), 5);

        assertEquals("ab   ", line.text());
    }

    @Test
    void wrappedLinesAreEachExactlyTheWidthAndKeepEveryCharacter() {
        String text = "偏差原因分析:课题立项时间较晚,导致后期时间不足。改进措施:总结经验教训";
        for (int width : List.of(5, 7, 10, 11, 40)) {
            List<Line> lines = Line.wrapped(text, Tone.NORMAL, width);

            StringBuilder joined = new StringBuilder();
            for (Line line : lines) {
                assertEquals(width, Columns.width(line.text()), width + ": " + line.text());
                assertTrue(!line.text().contains("…"), "wrapping never cuts: " + line.text());
                joined.append(line.text().stripTrailing());
            }
            assertEquals(text, joined.toString(), "at width " + width);
        }
    }

    @Test
    void aWideCharacterThatDoesNotFitGoesWholeToTheNextLine() {
        List<Line> lines = Line.wrapped("a一二三", Tone.NORMAL, 4);

        assertEquals(List.of("a一 ", "二三"), lines.stream().map(Line::text).toList());
    }

    @Test
    void wrappedBreaksAtNewlines() {
        List<Line> lines = Line.wrapped("规则\n未完成", Tone.WARNING, 10);

        assertEquals(List.of("规则      ", "未完成    "), lines.stream().map(Line::text).toList());
        assertTrue(lines.stream().allMatch(line -> line.segments().get(0).tone() == Tone.WARNING));
    }

    @Test
    void aNumberStaysWholeAndClosingPunctuationDoesNotStartALine() {
        List<String> lines = Line.wrapped("评分 1.00 为人工判断，规则建议 2.00（已填偏差说明）", Tone.NORMAL, 32).stream()
                .map(line -> line.text().stripTrailing()).toList();

        assertEquals(List.of("评分 1.00 为人工判断，规则建议", "2.00（已填偏差说明）"), lines);
        List<String> comma = Line.wrapped("一二三四五，六", Tone.NORMAL, 10).stream().map(line -> line.text().stripTrailing()).toList();
        assertEquals(List.of("一二三四", "五，六"), comma);
    }

    @Test
    void emptyTextWrapsToOneBlankLine() {
        assertEquals(List.of("   "), Line.wrapped("", Tone.NORMAL, 3).stream().map(Line::text).toList());
    }
}
