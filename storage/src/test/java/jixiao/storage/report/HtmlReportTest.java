package jixiao.storage.report;

import static jixiao.storage.report.Fixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The printable page parsed back: the paper's headings in order, pages that each say what they are. */
class HtmlReportTest {

    private static final List<String> SELF_EVALUATION_HEADINGS = List.of("财政项目支出绩效自评表", "（2024年度）", "项目名称",
            "主管部门", "实施单位", "项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
            "年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况", "绩效指标",
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "总分", "评分等级");
    private static final List<String> DECLARATION_HEADINGS = List.of("财政项目支出绩效目标申报表", "（2025年度）", "项目名称",
            "项目性质", "项目类别", "主管部门", "实施单位", "计划开始日期", "计划完成日期", "项目资金（元）", "项目资金总额",
            "年度资金申请总额", "其中：财政资金", "其中：当年财政拨款", "其他资金", "上年结转资金", "其他资金", "项目绩效目标",
            "项目总目标", "年度总体目标", "绩效指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值");

    @Test
    void theSelfEvaluationsHeadingsComeWordForWordInThePapersOrder() throws IOException {
        assertEquals(SELF_EVALUATION_HEADINGS, headings(page(List.of(published("工作服置装费", 2024)))));
    }

    @Test
    void theDeclarationsHeadingsComeWordForWordInThePapersOrder() throws IOException {
        assertEquals(DECLARATION_HEADINGS, headings(page(List.of(published("工作服置装费", 2025)))));
    }

    @Test
    void aLongFormContinuesOnPagesThatRepeatTheTitleTheProjectAndTheTableHeader() throws IOException {
        Project project = published("信息化运维项目", 2025);
        Document page = page(List.of(project));
        Elements sections = page.select("section");
        assertTrue(sections.size() >= 2, "39 indicators do not fit one page");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Element section = sections.get(i);
            Element title = section.selectFirst("tr td.title");
            assertEquals(i == 0 ? "财政项目支出绩效目标申报表" : "财政项目支出绩效目标申报表（续表）", title.text());
            assertEquals(i == 0 ? "（2025年度）" : "信息化运维项目（2025年度）", section.selectFirst("td.caption").text());
            List<String> labels = section.select("td.label").eachText();
            assertTrue(labels.containsAll(List.of("绩效指标", "一级指标", "二级指标", "三级指标", "年度(/项目)指标值")), labels.toString());
            Element indicators = section.select("td.label").stream().filter(td -> td.text().equals("绩效指标")).findFirst().orElseThrow();
            int rows = section.select("tr").size() - indicators.parent().elementSiblingIndex();
            assertEquals(String.valueOf(rows), indicators.attr("rowspan"), "绩效指标 spans the header and every row under it");
            section.select("tr").stream().skip(indicators.parent().elementSiblingIndex() + 1L)
                    .forEach(tr -> names.add(tr.select("td.text").first().text()));
            assertEquals("page: p" + (i + 1), section.attr("style"));
        }
        assertEquals(project.indicators().stream().map(Indicator::name).toList(), names, "every indicator once, in order");
        String style = page.select("style").html();
        for (int i = 1; i <= sections.size(); i++) {
            assertTrue(style.contains("@page p" + i + " {"), style);
            assertTrue(style.contains("第 " + i + " 页，共 " + sections.size() + " 页"), style);
        }
        assertTrue(style.contains("\"信息化运维项目（续表）\""), "pages after the first say 续表 in their header");
    }

    @Test
    void aFormThatFitsOnePageIsOneTable() throws IOException {
        assertEquals(1, page(List.of(published("工作服置装费", 2024))).select("section").size());
    }

    @Test
    void severalFormsComeAfterTheirSummaryEachStartingAPage() throws IOException {
        List<Project> projects = Fixtures.selfEvaluations();
        Document page = page(projects);
        List<String> titles = page.select("section td.title").eachText().stream().filter(t -> !t.endsWith("（续表）")).toList();
        assertEquals(projects.size() + 1, titles.size());
        assertEquals(projects.get(0).key().unit() + "2024年度项目绩效自评汇总表", titles.get(0).replace(" ", ""));
        assertTrue(titles.subList(1, titles.size()).stream().allMatch("财政项目支出绩效自评表"::equals), titles.toString());
    }

    @Test
    void aDifferingPrintedFigureIsMarkedAndFootnoted() throws IOException {
        Document page = page(List.of(Fixtures.cases().get(0)));
        assertEquals(List.of("¹", "²", "³"), page.select("td span.mark").eachText());
        List<String> notes = page.select("td.note").eachText();
        assertEquals("¹ 执行率：表上印 94.04 / 按规则 94.05", notes.get(0));
        assertTrue(notes.stream().anyMatch(note -> note.startsWith("错误：分值合计应为 100")), notes.toString());
    }

    @Test
    void thePageIsSelfContained() throws IOException {
        Document page = page(Fixtures.everyPublishedForm().toList());
        assertEquals(0, page.select("script, link, img, iframe, object, [src], [href]").size());
        assertFalse(page.select("style").html().contains("url("), "no fonts or images from elsewhere");
        assertTrue(page.select("style").html().contains("size: A4"));
    }

    @Test
    void textThatLooksLikeMarkupIsShownAsTyped() throws IOException {
        Project project = published("课题经费", 2024);
        project = project.withKey(new ProjectKey(2024, "某单位", "<b>课题</b> & \"经费\"", ""))
                .withIndicator(0, project.indicators().get(0).withTarget("<5(%)"));
        String html = html(List.of(project));
        assertFalse(html.contains("<b>"));
        Document page = Jsoup.parse(html);
        assertEquals("<b>课题</b> & \"经费\"", page.select("td.text").first().text());
        assertTrue(page.select("td.center").eachText().contains("<5(%)"));
    }

    @Test
    void aProjectNamedAfterTheStyleElementCannotEndIt() throws IOException {
        Project project = published("课题经费", 2024);
        project = project.withKey(new ProjectKey(2024, "某单位", "</style><script>alert(1)</script>", ""));
        Document page = Jsoup.parse(html(List.of(project)));
        assertEquals(0, page.select("script").size());
        assertEquals("</style><script>alert(1)</script>", page.select("td.text").first().text());
    }

    @Test
    void controlCharactersAreShownAsTheirPicturesNeverRaw() throws IOException {
        String html = html(Fixtures.controlCharacters());
        assertTrue(html.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F), "no raw control character");
        assertTrue(html.contains("目标␛[31m红字␛[0m"), "ESC shows as ␛");
    }

    private static List<String> headings(Document page) {
        List<String> headings = new ArrayList<>();
        for (Element cell : page.select("td.title, td.caption, td.label")) {
            if (!cell.text().isEmpty()) {
                headings.add(cell.text());
            }
        }
        return headings;
    }

    private static Document page(List<Project> projects) throws IOException {
        return Jsoup.parse(html(projects));
    }

    private static String html(List<Project> projects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fixtures.reports().write(projects, ReportFormat.HTML, out);
        return out.toString(StandardCharsets.UTF_8);
    }

}
