package jixiao.storage.exchange;

import java.io.IOException;
import java.util.Objects;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;

/**
 * One thing wrong with an input file, located as precisely as the format allows: {@code FILE:LINE:
 * column} for CSV, {@code FILE: project N (name): key} for JSON.
 */
public record Problem(String source, String where, Bilingual message) {

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
    }

    /** A file that could not be read at all (missing, unreadable, a folder). */
    public static Problem unreadable(String source, IOException e) {
        String kind = e.getClass().getSimpleName();
        return new Problem(source, "", new Bilingual("无法读取文件（" + kind + "：" + e.getMessage() + "）",
                "cannot read the file (" + kind + ": " + e.getMessage() + ")"));
    }

    /** {@code FILE: where: message}, the form every importer reports problems in. */
    public String format(Language language) {
        String separator = where.startsWith(":") || where.isEmpty() ? "" : ": ";
        return source + separator + where + ": " + message.in(language);
    }
}
