package jixiao.storage.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.stage.Cause;

/**
 * How the exchange formats write a monitoring return's answers in text: the causes of a deviation as
 * the form's words ({@code 经费保障、人员保障}; any of 、 , ， ; ； / or spaces between them when read), and
 * 是否需要整改 as 是 or 否 (yes, no, true, false read too; blank is not answered).
 */
final class StageWords {

    /** The causes a deviation may have, as the form lists them. */
    static final Bilingual LIST = new Bilingual(
            Arrays.stream(Cause.values()).map(cause -> cause.words().zh()).collect(Collectors.joining("、")),
            Arrays.stream(Cause.values()).map(cause -> cause.words().zh() + " (" + cause.words().en() + ")")
                    .collect(Collectors.joining(", ")));

    private static final String YES = "是";
    private static final String NO = "否";

    private StageWords() {
    }

    static List<String> split(String causes) {
        return Arrays.stream(causes.split("[、,，;；/\\s]+")).map(String::strip).filter(cause -> !cause.isEmpty()).toList();
    }

    static String join(Set<Cause> causes) {
        return causes.stream().map(cause -> cause.words().zh()).collect(Collectors.joining("、"));
    }

    /** The answer a text gives: empty when it is none of the words, an empty answer when blank. */
    static Optional<Optional<Boolean>> yesOrNo(String text) {
        String folded = HalfWidth.of(text).strip().toLowerCase(Locale.ROOT);
        if (folded.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (List.of(YES, "yes", "y", "true").contains(folded)) {
            return Optional.of(Optional.of(true));
        }
        if (List.of(NO, "no", "n", "false").contains(folded)) {
            return Optional.of(Optional.of(false));
        }
        return Optional.empty();
    }

    static String yesOrNo(Optional<Boolean> answer) {
        return answer.map(yes -> yes ? YES : NO).orElse("");
    }
}
