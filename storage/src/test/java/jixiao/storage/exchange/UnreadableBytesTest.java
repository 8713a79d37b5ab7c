package jixiao.storage.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableBytesTest {

    @TempDir
    Path folder;

    @Test
    void theLineOfTheFirstByteTheEncodingCannotReadIsCountedFromOne() throws IOException {
        Path file = write(utf8("year,unit\r\n2024,单位\r\n"), new byte[] {'2', '0', (byte) 0xFF, '\n'}, utf8("2025,x\n"));
        assertEquals(OptionalInt.of(3), UnreadableBytes.firstLine(file, StandardCharsets.UTF_8));
    }

    @Test
    void linesAreCountedAcrossBlocksAndACharacterCutByABlockIsNoError() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            text.append("2024,某单位,项目").append(i).append('\n'); // 3-byte characters: some cut by the 64 KB blocks
        }
        Path clean = write(utf8(text.toString()));
        assertEquals(OptionalInt.empty(), UnreadableBytes.firstLine(clean, StandardCharsets.UTF_8));
        Path broken = write(utf8(text.toString()), new byte[] {(byte) 0xC3, '\n'});
        assertEquals(OptionalInt.of(20_001), UnreadableBytes.firstLine(broken, StandardCharsets.UTF_8));
    }

    @Test
    void aFileCutInsideACharacterIsUnreadableOnItsLastLine() throws IOException {
        byte[] chinese = utf8("年度\n单位");
        byte[] cut = new byte[chinese.length - 1];
        System.arraycopy(chinese, 0, cut, 0, cut.length);
        assertEquals(OptionalInt.of(2), UnreadableBytes.firstLine(write(cut), StandardCharsets.UTF_8));
    }

    private Path write(byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return Files.write(Files.createTempFile(folder, "f", ".csv"), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
