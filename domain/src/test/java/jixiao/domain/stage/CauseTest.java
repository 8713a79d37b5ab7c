package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CauseTest {

    @Test
    void theFixedListIsTheFormsInItsOrder() {
        assertEquals(List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"),
                List.of(Cause.values()).stream().map(cause -> cause.words().zh()).toList());
    }

    @Test
    void readsTheFormsWordsAndTheirEnglishButNothingElse() {
        assertEquals(Optional.of(Cause.EQUIPMENT), Cause.of("硬件条件保障"));
        assertEquals(Optional.of(Cause.STAFF), Cause.of("staff"));
        assertEquals(Optional.empty(), Cause.of("天气原因"));
    }
}
