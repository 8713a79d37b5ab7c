package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GoalsTest {

    private final Goals goals = new Goals("总体", "年度", "完成");

    @Test
    void eachPartCanBeChangedAloneLeavingTheOthers() {
        assertEquals(new Goals("新总体", "年度", "完成"), goals.withOverall("新总体"));
        assertEquals(new Goals("总体", "新年度", "完成"), goals.withAnnual("新年度"));
        assertEquals(new Goals("总体", "年度", "已完成"), goals.withActualSummary("已完成"));
    }
}
