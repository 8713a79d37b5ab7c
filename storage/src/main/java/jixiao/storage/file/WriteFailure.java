package jixiao.storage.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import jixiao.domain.language.Bilingual;

/**
 * An I/O failure while writing a file, said as the user's situation with what to do: a full disk,
 * a read-only folder or disk, a folder that went away. The operating system's own words are kept at
 * the end, for whoever must look further.
 */
public final class WriteFailure {

    private WriteFailure() {
    }

    public static CannotWriteException explain(Path file, IOException e) {
        String reason = reason(e);
        String lower = reason.toLowerCase(Locale.ROOT);
        Bilingual said;
        if (isDiskFull(e)) {
            said = new Bilingual("磁盘已满（或已达配额、文件大小上限）：" + file + " 没有写成，原有文件不变。请腾出空间后再试",
                    "the disk is full (or a quota or file-size limit is reached): " + file
                            + " was not written, and what was there is unchanged. Free some space and try again");
        } else if (lower.contains("read-only file system")) {
            said = new Bilingual(file.getParent() + " 所在的磁盘是只读的：请写到别处", "the disk holding "
                    + file.getParent() + " is read-only: write somewhere else");
        } else if (e instanceof AccessDeniedException) {
            said = new Bilingual("没有权限写 " + file + "（文件夹或文件是只读的）：请换一个文件夹，或改权限后再试",
                    "no permission to write " + file + " (the folder or the file is read-only): choose another folder,"
                            + " or change the permissions and try again");
        } else if (e instanceof FileAlreadyExistsException) {
            said = new Bilingual(file + " 刚被别人创建：备份从不覆盖文件，请换一个名字", file
                    + " was just made by someone else: a backup never replaces a file; choose a new name");
        } else if (e instanceof NoSuchFileException) {
            said = new Bilingual("文件夹 " + file.getParent() + " 不存在了：请先创建它", "the folder " + file.getParent()
                    + " is gone: create it first");
        } else {
            said = new Bilingual("无法写 " + file + "：" + reason, "cannot write " + file + ": " + reason);
        }
        return new CannotWriteException(said, e);
    }

    /** ENOSPC, EDQUOT and EFBIG as Java reports them. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota") || message.contains("file too large")
                    || message.contains("disk is full") || message.contains("database or disk is full")) {
                return true;
            }
        }
        return false;
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException system && system.getReason() != null ? system.getReason()
                : String.valueOf(e.getMessage());
    }
}
