package jixiao.storage.sqlite;

import java.util.Map;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;

/**
 * How long a writer waits for another to finish before giving up with "busy": 60 seconds, or the
 * seconds in {@code JIXIAO_BUSY_TIMEOUT} (docs/exchange.md). A long import holds the write lock for
 * a while, so the default is generous; tests and impatient scripts shorten it.
 */
final class BusyTimeout {

    static final String ENVIRONMENT = "JIXIAO_BUSY_TIMEOUT";
    private static final int DEFAULT_SECONDS = 60;
    private static final int MOST_SECONDS = 24 * 60 * 60;

    private BusyTimeout() {
    }

    static int millis() {
        return millis(System.getenv());
    }

    /** The setting in whole seconds from 0 to a day, or the default where it is unset; anything else is refused. */
    static int millis(Map<String, String> environment) {
        String seconds = environment.getOrDefault(ENVIRONMENT, "").strip();
        if (seconds.isEmpty()) {
            return DEFAULT_SECONDS * 1000;
        }
        if (seconds.matches("\\d{1,6}") && Integer.parseInt(seconds) <= MOST_SECONDS) {
            return Integer.parseInt(seconds) * 1000;
        }
        throw new StorageException(new Bilingual(ENVIRONMENT + " 应为 0 至 " + MOST_SECONDS + " 的整秒数，而不是“"
                + Excerpt.of(seconds).zh() + "”", ENVIRONMENT + " must be whole seconds from 0 to " + MOST_SECONDS + ", not '"
                + Excerpt.of(seconds).en() + "'"), null);
    }
}
