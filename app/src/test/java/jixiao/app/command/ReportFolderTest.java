package jixiao.app.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.rules.RuleSets;
import jixiao.storage.demo.DemoForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWorkbookAndThePrintablePageNamedByYearAndName() throws Exception {
        Project audit = DemoForms.read(DemoForms.SELF_EVALUATIONS).projects().get(1);
        List<Path> written = new ReportFolder(folder).write(audit, RuleSets.national2020());

        assertEquals(List.of(folder.resolve("2024-财务专项审计和资产评估鉴定费.xlsx"),
                folder.resolve("2024-财务专项审计和资产评估鉴定费.html")), written);
        assertTrue(Files.size(written.get(0)) > 0);
        assertTrue(Files.readString(written.get(1)).contains("财政项目支出绩效自评表"));
    }

    @Test
    void charactersFileSystemsRefuseBecomeUnderscores() {
        Project odd = DemoForms.read(DemoForms.SELF_EVALUATIONS).projects().get(0)
                .withKey(ProjectKey.of(2024, "某单位", "运维/升级: 一期?"));
        assertEquals("2024-运维_升级_ 一期_", ReportFolder.fileName(odd));
    }
}
