package jixiao.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Usage errors on the real command line, as a clerk meets them: in Chinese by default, picocli's English with --lang en. */
class UsageErrorsTest {

    @ParameterizedTest(name = "jixiao {0}")
    @CsvSource(delimiter = '#', value = {
        "stage reopen declaration 2#jixiao: 错误: 缺少必需的选项：'--reason=TEXT'",
        "score --target ≥1#jixiao: 错误: 缺少必需的选项：'--weight=W'",
        "check#jixiao: 错误: 缺少必需的参数：'FILE|PROJECT'",
        "list --db#jixiao: 错误: 选项 '--db' 缺少取值（PATH）",
        "list --year abc#jixiao: 错误: 选项 '--year' 的值无效：“abc”不是整数",
        "show abc#jixiao: 错误: 参数 PROJECT 的值无效：“abc”不是整数",
        "list --format xml#jixiao: 错误: 选项 '--format' 的值无效：应为 [TABLE, JSON, CSV] 之一（不分大小写），而不是“xml”",
        "stage start foo 2#jixiao: 错误: 参数 STAGE 的值无效：“foo”不是阶段：应为 declaration（申报）、adjustment（调整）、monitoring（运行监控）或 self-evaluation（自评）",
        "list --light purple#jixiao: 错误: 选项 '--light' 的值无效：“purple”不是预警灯：应为 red、yellow、green、blue 或 红、黄、绿、蓝",
        "score --target ≥1 --weight abc#jixiao: 错误: 选项 '--weight' 的值无效：“abc”不是数字",
        "score --target ≥1 --weight 1 --weight 2#jixiao: 错误: 选项 '--weight' 只能给一次",
        "list --lang xx#jixiao: 错误: 选项 '--lang' 的值无效：未知的语言“xx”：应为 zh 或 en",
        "score --target ≥1 --weight 6 extra#jixiao: 错误: 无法识别的参数：'extra'",
    })
    void aUsageErrorIsSaidInChineseByDefault(String args, String said) {
        Run run = Run.of(args.split(" "));
        assertEquals(2, run.status(), run.err());
        assertEquals(said, run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void anUnknownOptionIsSaidWithWhatItMayHaveMeant() {
        Run run = Run.of("list", "--formt", "json");
        assertEquals(List.of("jixiao: 错误: 未知的选项：'--formt', 'json'", "可能是：--format"), run.err().lines().toList());
    }

    @Test
    void aMistypedCommandIsSaidWithTheCommandsItMayHaveMeant() {
        Run run = Run.of("lis");
        assertEquals(2, run.status(), run.err());
        assertEquals(List.of("jixiao: 错误: 无法识别的参数：'lis'", "是不是想用：jixiao list 或 jixiao lint 或 jixiao history？"),
                run.err().lines().toList());
    }

    @Test
    void inEnglishTheErrorsArePicocliOwnButOurConvertersSayWhyPlainly() {
        assertEquals("jixiao: error: Missing required option: '--reason=TEXT'",
                Run.of("stage", "reopen", "declaration", "2", "--lang", "en").err().lines().findFirst().orElseThrow());
        assertEquals("jixiao: error: Invalid value for option '--light': 'purple' is no light: red, yellow, green or blue"
                + " (红, 黄, 绿, 蓝)", Run.of("list", "--light", "purple", "--lang", "en").err().lines().findFirst().orElseThrow());
    }
}
