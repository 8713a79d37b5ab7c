package jixiao.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProfileTest {

    private final Profile profile = new Profile("上海市医疗保障局", "经常性项目", "其他", "2024-01", "2024-12");

    @Test
    void eachPartCanBeChangedAloneLeavingTheOthers() {
        assertEquals(new Profile("某局", "经常性项目", "其他", "2024-01", "2024-12"), profile.withDepartment("某局"));
        assertEquals(new Profile("上海市医疗保障局", "一次性项目", "其他", "2024-01", "2024-12"), profile.withNature("一次性项目"));
        assertEquals(new Profile("上海市医疗保障局", "经常性项目", "信息化", "2024-01", "2024-12"), profile.withCategory("信息化"));
        assertEquals(new Profile("上海市医疗保障局", "经常性项目", "其他", "2024-03", "2024-12"), profile.withStart("2024-03"));
        assertEquals(new Profile("上海市医疗保障局", "经常性项目", "其他", "2024-01", "2025-06"), profile.withEnd("2025-06"));
    }
}
