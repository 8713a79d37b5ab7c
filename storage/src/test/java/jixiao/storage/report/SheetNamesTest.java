package jixiao.storage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetNamesTest {

    private static final List<String> NONE = List.of();

    @Test
    void charactersExcelForbidsBecomeTheirFullWidthFormsAndQuotesLeaveTheEnds() {
        assertEquals(List.of("数据［平台］运维", "a：b／c＼d？e＊f", "it's", "表"),
                SheetNames.of(List.of("'数据[平台]运维'", "a:b/c\\d?e*f", " 'it's' ", "''"), List.of(NONE, NONE, NONE, NONE)));
    }

    @Test
    void aLongNameKeepsItsBeginningAndItsEnd() {
        String name = "上海市医药采购服务与监管信息系统（二〇二五年运维项目）业务监测分析数据有效利用";
        String sheet = SheetNames.of(List.of(name), List.of(NONE)).get(0);
        assertEquals(31, sheet.length());
        assertTrue(sheet.startsWith("上海市医药采购服务") && sheet.endsWith("数据有效利用") && sheet.contains("…"), sheet);
    }

    @Test
    void namesakesAreToldApartByTheFirstQualifierThatDiffers() {
        List<String> names = SheetNames.of(List.of("课题经费", "课题经费", "课题经费", "工作服"),
                List.of(List.of("2024", "自评", "甲单位"), List.of("2025", "自评", "甲单位"), List.of("2024", "自评", "乙单位"),
                        List.of("2024", "自评", "甲单位")));
        assertEquals(List.of("课题经费 2024 甲单位", "课题经费 2025", "课题经费 2024 乙单位", "工作服"), names);
    }

    @Test
    void namesakesNothingTellsApartAreNumbered() {
        assertEquals(List.of("课题经费", "课题经费(2)", "KETI", "keti(2)"),
                SheetNames.of(List.of("课题经费", "课题经费", "KETI", "keti"), List.of(NONE, NONE, NONE, NONE)));
    }

    @Test
    void historyIsReservedByExcel() {
        assertEquals("History表", SheetNames.of(List.of("History"), List.of(NONE)).get(0));
    }

    @Test
    void aReferenceQuotesTheNameAndDoublesItsQuotes() {
        assertEquals("'it''s'", SheetNames.reference("it's"));
    }
}
