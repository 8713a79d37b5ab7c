package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.storage.exchange.JsonWriter;
import org.junit.jupiter.api.Test;

class AuditFormatTest {

    @Test
    void everySnapshotWrittenTodayReadsBackUnchanged() {
        for (Project project : Demo.projects()) {
            assertEquals(Optional.of(project), AuditFormat.read(AuditFormat.CURRENT, AuditFormat.write(project)));
        }
    }

    @Test
    void todaysFormatIsTheExchangeFormatItsNumberNames() {
        assertEquals("jixiao/" + AuditFormat.CURRENT, JsonWriter.FORMAT,
                "a new exchange format needs a new audit format number and a reader for the old one");
    }

    @Test
    void formatOneIsReadLeniently() {
        String old = "{\"year\":2024,\"name\":\"课题经费\",\"unit\":\"某单位\",\"a_key_from_elsewhere\":1,"
                + "\"funding\":{\"total\":{\"adjusted\":\"1,000.00\",\"executed\":\"abc\"}},"
                + "\"indicators\":[{\"level1\":\"产出指标\",\"name\":\"数量\",\"target\":\"≥1(个)\",\"weight\":\"10\"}]}";
        Project project = AuditFormat.read(1, old).orElseThrow();
        assertEquals("课题经费", project.key().name());
        assertEquals(Optional.of(new BigDecimal("1000.00")), project.funding().total().adjusted());
        assertEquals(Optional.empty(), project.funding().total().executed(), "an amount that does not read is blank");
        assertEquals(Optional.of(new BigDecimal("10")), project.indicators().get(0).weight());
    }

    @Test
    void aRecordThatCannotBeReadIsLeftOutNotFatal() {
        assertEquals(Optional.empty(), AuditFormat.read(1, "not json"));
        assertEquals(Optional.empty(), AuditFormat.read(1, "[1, 2]"));
        assertEquals(Optional.empty(), AuditFormat.read(99, AuditFormat.write(Demo.projects().get(0))));
        assertTrue(AuditFormat.unreadable(99).in(Language.EN).contains("audit format 99"));
    }
}
