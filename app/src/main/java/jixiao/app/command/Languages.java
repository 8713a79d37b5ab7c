package jixiao.app.command;

import java.util.List;
import jixiao.domain.language.Language;

/** Which language to speak before, or without, a parsed {@code --lang}. */
public final class Languages {

    private Languages() {
    }

    /** {@code JIXIAO_LANG} if it says zh or en, else Chinese. */
    public static Language fromEnvironment() {
        String setting = System.getenv("JIXIAO_LANG");
        if (setting != null) {
            try {
                return Language.parse(setting);
            } catch (IllegalArgumentException ignored) {
                return Language.ZH;
            }
        }
        return Language.ZH;
    }

    /** The language asked for on a command line ({@code --lang en} or {@code --lang=en}), read before parsing. */
    public static Language fromArguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                try {
                    return Language.parse(value);
                } catch (IllegalArgumentException ignored) {
                    return fromEnvironment();
                }
            }
        }
        return fromEnvironment();
    }
}
