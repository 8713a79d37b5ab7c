package jixiao.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptTest {

    @Test
    void statementsEndAtASemicolonExceptInsideATrigger() {
        List<String> statements = new Script("V2__rule_sets_required.sql").statements();
        assertEquals(3, statements.size(), statements.toString());
        assertEquals("ALTER TABLE project DROP COLUMN rule_set", statements.get(0));
        assertTrue(statements.get(1).startsWith("CREATE TRIGGER project_needs_rule_set")
                && statements.get(1).endsWith("END;"), statements.get(1));
    }

    @Test
    void commentsAreLeftOut() {
        assertTrue(new Script("V1__register.sql").statements().stream().noneMatch(statement -> statement.contains("--")));
    }
}
