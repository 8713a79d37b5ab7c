package jixiao.storage.sqlite;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.InvalidRuleSetException;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Grade;
import org.jdbi.v3.core.Handle;

/**
 * Schema 2: projects keep their rule set in the database. Version 0.1 kept only the text typed
 * after {@code --rules}: a built-in name, or a path that was read again by every command (and
 * failed from another folder, or once the file was gone). Each such text becomes a stored set:
 *
 * <ul>
 *   <li>a built-in name: that built-in set;</li>
 *   <li>a path to a file that still exists — as given, else beside the database — and still reads:
 *       that file's set;</li>
 *   <li>anything else: {@code national-2020}, and the project's history says so: which file was
 *       missing or unreadable, and the total it had under it. Its score is then the national one.</li>
 * </ul>
 *
 * The SQL here is this step's own, written against schema 2; later steps must not change it.
 */
final class RuleSetMigration implements Migration {

    /** What the text a project kept comes to: the set it is scored under now, and why if not its own. */
    private record Resolved(RuleSet rules, Optional<Bilingual> fallback) {
    }

    @Override
    public void apply(Handle handle, Upgrade upgrade) {
        new Script("V2__rule_sets.sql").apply(handle, upgrade);
        List<String> typed = handle.createQuery("SELECT DISTINCT rule_set FROM project ORDER BY rule_set")
                .mapTo(String.class).list();
        for (String text : typed) {
            Resolved resolved = resolve(text, upgrade.databaseFolder());
            long id = pin(handle, resolved.rules());
            resolved.fallback().ifPresent(why -> recordFallback(handle, upgrade, text, id, why));
            handle.createUpdate("UPDATE project SET rule_set_id = :id WHERE rule_set = :text")
                    .bind("id", id).bind("text", text).execute();
        }
        new Script("V2__rule_sets_required.sql").apply(handle, upgrade);
    }

    private static Resolved resolve(String text, Path databaseFolder) {
        Optional<RuleSet> builtIn = RuleSets.builtIn(text);
        if (builtIn.isPresent()) {
            return new Resolved(builtIn.get(), Optional.empty());
        }
        Optional<Path> file = find(text, databaseFolder);
        if (file.isEmpty()) {
            return fallback(new Bilingual("规则集文件“" + text + "”已不存在（当前目录和数据库所在目录都没有）",
                    "the rule-set file '" + text + "' no longer existed (neither in the working folder nor beside"
                            + " the database)"));
        }
        try {
            return new Resolved(RuleSets.readFile(file.get()), Optional.empty());
        } catch (InvalidRuleSetException e) {
            Bilingual first = e.problems().get(0);
            return fallback(new Bilingual("规则集文件“" + text + "”已无法使用：" + first.zh(),
                    "the rule-set file '" + text + "' could no longer be used: " + first.en()));
        }
    }

    /** Where version 0.1 looked (the working folder), then beside the database. */
    private static Optional<Path> find(String text, Path databaseFolder) {
        try {
            Path typed = Path.of(text);
            return Optional.of(typed).filter(Files::isRegularFile)
                    .or(() -> Optional.of(databaseFolder.resolve(typed)).filter(Files::isRegularFile));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Resolved fallback(Bilingual why) {
        return new Resolved(RuleSets.national2020(), Optional.of(why));
    }

    private static long pin(Handle handle, RuleSet rules) {
        String hash = rules.hash();
        return handle.createQuery("SELECT id FROM rule_set WHERE hash = :hash").bind("hash", hash)
                .mapTo(Long.class).findOne()
                .orElseGet(() -> handle.createUpdate("INSERT INTO rule_set (name, hash, content)"
                                + " VALUES (:name, :hash, :content)")
                        .bind("name", rules.name()).bind("hash", hash).bind("content", RuleSets.write(rules))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * A change for each project that lost its rule set: the project itself unchanged (copied from its
     * last record), the new set after, and the reason with the total it had before. A new revision,
     * since its score may differ.
     */
    private static void recordFallback(Handle handle, Upgrade upgrade, String text, long ruleSetId, Bilingual why) {
        List<Long> ids = handle.createQuery("SELECT id FROM project WHERE rule_set = :text ORDER BY id")
                .bind("text", text).mapTo(Long.class).list();
        for (long id : ids) {
            Bilingual note = note(why, handle.createQuery("SELECT total, grade FROM project WHERE id = :id")
                    .bind("id", id).map((rs, ctx) -> total(rs.getString("total"), rs.getString("grade"))).one());
            handle.createUpdate("INSERT INTO change (at, os_user, action, project_id, project, format, before, after,"
                            + " rules_before, rules_after, note_zh, note_en) SELECT :at, :user, 'update', project_id,"
                            + " project, format, after, after, NULL, :rules, :zh, :en FROM change"
                            + " WHERE id = (SELECT max(id) FROM change WHERE project_id = :id)")
                    .bind("at", upgrade.at().toString()).bind("user", upgrade.user()).bind("rules", ruleSetId)
                    .bind("zh", note.zh()).bind("en", note.en()).bind("id", id).execute();
            handle.createUpdate("UPDATE project SET revision = revision + 1, saved_at = :at, saved_by = :user"
                            + " WHERE id = :id")
                    .bind("at", upgrade.at().toString()).bind("user", upgrade.user()).bind("id", id).execute();
        }
    }

    private static Bilingual note(Bilingual why, Bilingual total) {
        String name = RuleSets.DEFAULT_NAME;
        return new Bilingual("升级数据库时" + why.zh() + "；此项目改按 " + name + " 计分" + total.zh() + "。",
                "when the database was upgraded, " + why.en() + "; the project is scored under " + name
                        + " from now on" + total.en() + ".");
    }

    private static Bilingual total(String total, String grade) {
        if (total == null) {
            return new Bilingual("", "");
        }
        String symbol = grade == null ? "" : Grade.valueOf(grade).symbol();
        return new Bilingual("（按原规则集总分为 " + total + " " + symbol + "）",
                " (its total under the old rule set was " + total + " " + symbol + ")");
    }
}
