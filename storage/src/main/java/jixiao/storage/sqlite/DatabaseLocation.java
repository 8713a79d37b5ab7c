package jixiao.storage.sqlite;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database file is: {@code --db PATH}, else {@code JIXIAO_DB}, else {@code jixiao.db} in the
 * user's data folder ({@code $XDG_DATA_HOME/jixiao}, {@code ~/.local/share/jixiao}, or
 * {@code %APPDATA%\jixiao} on Windows).
 */
public final class DatabaseLocation {

    public static final String ENVIRONMENT = "JIXIAO_DB";
    private static final String FILE = "jixiao.db";

    private DatabaseLocation() {
    }

    public static Path resolve(Optional<Path> option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** The program's own folder in the user's data folder, where the database is unless named. */
    public static Path appFolder() {
        return appFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Optional<Path> option, Map<String, String> environment, String osName, Path home) {
        if (option.isPresent()) {
            return option.get();
        }
        String named = environment.getOrDefault(ENVIRONMENT, "");
        if (!named.isBlank()) {
            return Path.of(named);
        }
        return appFolder(environment, osName, home).resolve(FILE);
    }

    private static Path appFolder(Map<String, String> environment, String osName, Path home) {
        return dataFolder(environment, osName, home).resolve("jixiao");
    }

    private static Path dataFolder(Map<String, String> environment, String osName, Path home) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String appData = environment.getOrDefault("APPDATA", "");
            return appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
        }
        String xdg = environment.getOrDefault("XDG_DATA_HOME", "");
        return xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
    }
}
