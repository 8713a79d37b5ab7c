package jixiao.domain.language;

import java.util.Locale;

/** The two languages jixiao speaks: Chinese by default, English on request. */
public enum Language {
    ZH, EN;

    /** Reads {@code zh} or {@code en} (any case); anything else is rejected with a message. */
    public static Language parse(String code) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("unknown language '" + code + "' (expected zh or en)");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
