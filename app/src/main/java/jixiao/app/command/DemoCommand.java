package jixiao.app.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jixiao.app.ExitCode;
import jixiao.domain.language.Language;
import jixiao.storage.demo.DemoForms;
import jixiao.storage.sqlite.Database;
import jixiao.storage.sqlite.Import;
import jixiao.storage.sqlite.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao demo}: the real published forms, loaded into a database to explore. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load real published forms (a 2024 self-evaluation and 2025 declarations) into the database, then say what to try.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption languageOption;

    @Mixin
    private DatabaseOption database;

    @Override
    public Integer call() {
        Database opened = database.open();
        int count = 0;
        try (Import batch = opened.startImport(Optional.empty())) {
            for (String name : DemoForms.names()) {
                DemoForms.read(name).projects().forEach(project -> batch.put(project, name));
            }
            List<Import.Refusal> refused = batch.finish();
            if (!refused.isEmpty()) {
                throw new StorageException(refused.get(0).why(), null); // a stored project's code names another
            }
            batch.commit();
            count = batch.added() + batch.replaced() + batch.unchanged();
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean zh = languageOption.language() == Language.ZH;
        out.println(zh ? "已把 " + count + " 个真实项目载入 " + opened.file() : "loaded " + count + " real projects into " + opened.file());
        out.println(zh ? "接下来可以试试：" : "Try next:");
        String db = " --db '" + opened.file() + "'";
        out.println("  jixiao list" + db);
        out.println("  jixiao show 1" + db);
        out.println("  jixiao check 1" + db);
        out.println("  jixiao history 1" + db);
        out.println("  jixiao export --format csv -o demo.csv" + db);
        out.flush();
        return ExitCode.OK;
    }
}
