package jixiao.app;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jixiao.domain.language.Explained;
import jixiao.domain.language.Language;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * picocli's usage errors in the user's language. In English they are picocli's own sentences; in
 * Chinese each of picocli's sentences is said again by its shape (a sentence of a shape not listed
 * here stays in English, whole). A value refused by one of our converters says itself in both
 * languages ({@link Explained}), so no shape is needed for it.
 */
final class UsageErrors {

    /** One of picocli's sentences, and how it reads in Chinese ({@code $1}… are its parts). */
    private record Shape(Pattern english, String chinese) {

        static Shape of(String english, String chinese) {
            return new Shape(Pattern.compile(english, Pattern.DOTALL), chinese);
        }
    }

    private static final String OPTION = "option (\\S+)(?: \\((.+?)\\))?";
    private static final String POSITIONAL = "positional parameter at index [\\d.*]+ \\((.+?)\\)";

    private static final List<Shape> SENTENCES = List.of(
            Shape.of("Missing required options?: (.+)", "缺少必需的选项：$1"),
            Shape.of("Missing required parameters?: (.+)", "缺少必需的参数：$1"),
            Shape.of("Missing required parameter for " + OPTION, "选项 $1 缺少取值（$2）"),
            Shape.of("Missing required parameter for " + POSITIONAL, "缺少参数 $1"),
            Shape.of("Missing required subcommand", "缺少子命令"),
            Shape.of("Unknown option: (\\S+); Expected parameter (?:.*?)for " + OPTION + " but found (.+)",
                    "选项 $2 缺少取值（$3），却遇到未知的选项 $1"),
            Shape.of("Unknown options?: (.+)", "未知的选项：$1"),
            Shape.of("Unmatched arguments? (?:at|from) index \\d+: (.+)", "无法识别的参数：$1"),
            Shape.of(OPTION + " should be specified only once", "选项 $1 只能给一次"),
            Shape.of(POSITIONAL + " should be specified only once", "参数 $1 只能给一次"),
            Shape.of("Expected parameter (?:.*?)for " + OPTION + " but found (.+)", "选项 $1 缺少取值（$2），却遇到 $3"));

    private static final Pattern INVALID_OPTION = Pattern.compile("Invalid value for " + OPTION + ": (.+)", Pattern.DOTALL);
    private static final Pattern INVALID_POSITIONAL = Pattern.compile("Invalid value for " + POSITIONAL + ": (.+)",
            Pattern.DOTALL);

    /** Why a value was refused, as picocli says it, in Chinese. */
    private static final List<Shape> VALUES = List.of(
            Shape.of("'(.*)' is not an? (?:int|long|short|byte|integer)", "“$1”不是整数"),
            Shape.of("expected one of (\\[.*\\]) \\(case-insensitive\\) but was '(.*)'", "应为 $1 之一（不分大小写），而不是“$2”"),
            Shape.of("expected one of (\\[.*\\]) \\(case-sensitive\\) but was '(.*)'", "应为 $1 之一，而不是“$2”"),
            Shape.of("cannot convert '(.*)' to (\\S+) \\((.*)\\)", "无法把“$1”读作 $2（$3）"));

    private UsageErrors() {
    }

    /** The error, said in {@code language}. */
    static String said(ParameterException e, Language language) {
        String english = e.getMessage();
        Matcher option = INVALID_OPTION.matcher(english);
        if (option.matches()) {
            return invalidValue(e, option, 3, "选项 " + option.group(1), language);
        }
        Matcher positional = INVALID_POSITIONAL.matcher(english);
        if (positional.matches()) {
            return invalidValue(e, positional, 2, "参数 " + positional.group(1), language);
        }
        return language == Language.ZH ? translated(english, SENTENCES) : english;
    }

    /**
     * What picocli suggests for a mistyped option or subcommand, in {@code language}; empty when it has
     * nothing to suggest.
     */
    static String suggestions(ParameterException e, Language language) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
            return "";
        }
        List<String> suggested = unmatched.getSuggestions();
        if (unmatched.isUnknownOption()) {
            return (language == Language.ZH ? "可能是：" : "Possible solutions: ") + String.join(", ", suggested);
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        List<String> commands = suggested.stream().map(name -> command + " " + name).toList();
        return language == Language.ZH ? "是不是想用：" + String.join(" 或 ", commands) + "？"
                : "Did you mean: " + String.join(" or ", commands) + "?";
    }

    /**
     * "Invalid value for …: why": the why of our converter where it was one ({@link Explained}), else
     * picocli's, translated; {@code why} is the group of {@code matched} that holds picocli's.
     */
    private static String invalidValue(ParameterException e, Matcher matched, int why, String zhNamed, Language language) {
        String said = e.getCause() instanceof Explained refused ? refused.explanation().in(language)
                : language == Language.ZH ? translated(matched.group(why), VALUES) : matched.group(why);
        return language == Language.ZH ? zhNamed + " 的值无效：" + said : e.getMessage().substring(0, matched.start(why)) + said;
    }

    private static String translated(String english, List<Shape> shapes) {
        for (Shape shape : shapes) {
            Matcher matcher = shape.english().matcher(english);
            if (matcher.matches()) {
                return matcher.replaceFirst(shape.chinese());
            }
        }
        return english;
    }
}
