package jixiao.domain.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredTest {

    @Test
    void makesItsValueWhenFirstAskedAndKeepsIt() {
        AtomicInteger made = new AtomicInteger();
        Deferred<Bilingual> words = Deferred.of(() -> new Bilingual("第" + made.incrementAndGet() + "次", "made"));

        assertEquals(0, made.get(), "nothing is made before it is asked for");
        Bilingual first = words.get();
        assertSame(first, words.get());
        assertEquals(1, made.get());
        assertEquals("第1次", first.zh());
    }

    @Test
    void aValueMadeAlreadyIsGivenAsItIs() {
        Bilingual words = Bilingual.same("x");
        assertSame(words, Deferred.done(words).get());
    }

    @Test
    void aMakerThatMakesNothingIsABugSaidWhenAsked() {
        Deferred<String> nothing = Deferred.of(() -> null);
        assertThrows(NullPointerException.class, nothing::get);
    }
}
