package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.project.Project;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;
import jixiao.storage.demo.FullYear;
import jixiao.storage.exchange.JsonWriter;
import org.junit.jupiter.api.Test;

class AuditFormatTest {

    @Test
    void everySnapshotWrittenTodayReadsBackUnchanged() {
        for (Project project : Demo.projects()) {
            ProjectYear year = ProjectYear.ofForm(project);
            assertEquals(Optional.of(year), AuditFormat.read(AuditFormat.CURRENT, AuditFormat.write(year)));
        }
        for (ProjectYear year : List.of(FullYear.evaluated(), FullYear.monitored().reopen(StageKind.ADJUSTMENT, "补批复"))) {
            assertEquals(Optional.of(year), AuditFormat.read(AuditFormat.CURRENT, AuditFormat.write(year)));
        }
    }

    @Test
    void todaysFormatHoldsEachStagesFormAsAFormatOneProjectObject() throws Exception {
        JsonNode stages = new ObjectMapper().readTree(AuditFormat.write(FullYear.evaluated())).get("stages");
        assertEquals(List.of("declaration", "adjustment", "monitoring", "self-evaluation"),
                List.of(stages.get(0), stages.get(1), stages.get(2), stages.get(3)).stream()
                        .map(stage -> stage.get("kind").asText()).toList());
        assertEquals(FullYear.declared(), SnapshotFormat1.read(stages.get(0).get("form").toString()).orElseThrow());
        assertEquals("jixiao/1", JsonWriter.FORMAT,
                "a new exchange format needs a new audit format number: the forms of format 2 are jixiao/1 objects");
    }

    @Test
    void formatOneIsReadLeniently() {
        String old = "{\"year\":2024,\"name\":\"课题经费\",\"unit\":\"某单位\",\"a_key_from_elsewhere\":1,"
                + "\"funding\":{\"total\":{\"adjusted\":\"1,000.00\",\"executed\":\"abc\"}},"
                + "\"indicators\":[{\"level1\":\"产出指标\",\"name\":\"数量\",\"target\":\"≥1(个)\",\"weight\":\"10\"}]}";
        Project project = AuditFormat.read(1, old).orElseThrow().latestForm();
        assertEquals("课题经费", project.key().name());
        assertEquals(Optional.of(new BigDecimal("1000.00")), project.funding().total().adjusted());
        assertEquals(Optional.empty(), project.funding().total().executed(), "an amount that does not read is blank");
        assertEquals(Optional.of(new BigDecimal("10")), project.indicators().get(0).weight());
        assertEquals(StageKind.DECLARATION, AuditFormat.read(1, old).orElseThrow().latest().kind(),
                "a record of version 0.1 is the stage its data shows");
    }

    @Test
    void formatTwoIsReadLeniently() {
        String written = AuditFormat.write(FullYear.monitored());
        String odd = written.replace("\"month\":7", "\"month\":7,\"a_key_from_elsewhere\":1")
                .replace("\"likelihood\":\"有可能\"", "\"likelihood\":\"大概\"");
        MonitoringReturn read = AuditFormat.read(2, odd).orElseThrow().monitoring().orElseThrow();
        assertEquals(Optional.empty(), read.progress(1).likelihood(), "a likelihood that does not read is blank");
        assertEquals("2(套)", read.progress(1).progress().text());
        assertEquals(Optional.empty(), AuditFormat.read(2, written.replace("\"month\":7", "\"month\":13")),
                "a record the domain refuses is left out");
    }

    @Test
    void aRecordThatCannotBeReadIsLeftOutNotFatal() {
        assertEquals(Optional.empty(), AuditFormat.read(1, "not json"));
        assertEquals(Optional.empty(), AuditFormat.read(1, "[1, 2]"));
        assertEquals(Optional.empty(), AuditFormat.read(99, AuditFormat.write(FullYear.declaration())));
        assertEquals(Optional.empty(), AuditFormat.read(2, "{\"stages\": []}"));
        assertTrue(AuditFormat.unreadable(99).in(Language.EN).contains("audit format 99"));
    }
}
