package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/zhangsan");

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertEquals(Path.of("x.db"), DatabaseLocation.resolve(Optional.of(Path.of("x.db")),
                Map.of("JIXIAO_DB", "/env.db"), "Linux", HOME));
    }

    @Test
    void theEnvironmentVariableWinsOverTheDataFolder() {
        assertEquals(Path.of("/env.db"), DatabaseLocation.resolve(Optional.empty(), Map.of("JIXIAO_DB", "/env.db"),
                "Linux", HOME));
    }

    @Test
    void onLinuxTheDataFolderFollowsXdg() {
        assertEquals(Path.of("/home/zhangsan/.local/share/jixiao/jixiao.db"),
                DatabaseLocation.resolve(Optional.empty(), Map.of(), "Linux", HOME));
        assertEquals(Path.of("/data/jixiao/jixiao.db"),
                DatabaseLocation.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME));
    }

    @Test
    void onWindowsTheDataFolderIsAppData() {
        assertEquals(Path.of("/appdata/jixiao/jixiao.db"),
                DatabaseLocation.resolve(Optional.empty(), Map.of("APPDATA", "/appdata"), "Windows 10", HOME));
    }
}
