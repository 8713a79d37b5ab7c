package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlGuardTest {

    private static final int LIMIT = 64;

    @Test
    void textOfAnyLengthPassesAndTagsWithinTheLimitToo() throws IOException {
        String xml = "<?xml version=\"1.0\"?><t a=\"x>y\">" + "长".repeat(10_000) + "</t><!-- a > b --><![CDATA[x]]]>";
        assertArrayEquals(xml.getBytes(StandardCharsets.UTF_8), read(xml));
    }

    @Test
    void aTagLongerThanTheLimitIsRefusedEvenWithGreaterThanSignsInItsQuotes() {
        assertThrows(XmlGuard.Refused.class, () -> read("<c r=\"" + "a>".repeat(LIMIT) + "\"/>"));
    }

    @Test
    void aCommentOrCdataSectionLongerThanTheLimitIsRefusedWhateverItHolds() {
        assertThrows(XmlGuard.Refused.class, () -> read("<!--" + "<>".repeat(LIMIT) + "-->"));
        assertThrows(XmlGuard.Refused.class, () -> read("<![CDATA[" + "]>".repeat(LIMIT) + "]]>"));
        assertThrows(XmlGuard.Refused.class, () -> read("<?pi " + ">".repeat(LIMIT) + "?>"));
    }

    @Test
    void aDtdIsRefusedAtOnce() {
        XmlGuard.Refused refused = assertThrows(XmlGuard.Refused.class, () -> read("<!DOCTYPE x [<!ENTITY a \"b\">]><x/>"));
        assertTrue(refused.isDtd());
    }

    private static byte[] read(String xml) throws IOException {
        try (InputStream in = new XmlGuard(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), LIMIT)) {
            return in.readAllBytes();
        }
    }
}
