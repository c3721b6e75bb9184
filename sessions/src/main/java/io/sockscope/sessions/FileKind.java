package io.sockscope.sessions;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * Refuses, before it is opened, anything that is not a regular session file, saying what it is:
 * a directory, a named pipe (opening one waits for a writer, for ever), a device such as
 * {@code /dev/zero} (endless), a socket, or a file of the kernel's {@code /proc} or {@code /sys}
 * (sizes of 0 that are not empty, contents that change while read).
 */
final class FileKind {
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "debugfs", "tracefs", "securityfs",
            "cgroup", "cgroup2", "configfs", "bpf");

    private FileKind() {
    }

    static void requireSessionFile(Path file) throws SessionFormatException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new SessionFormatException(file, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new SessionFormatException(file, 0, "permission denied", e);
        } catch (IOException e) {
            throw new SessionFormatException(file, 0, "cannot open: " + e.getMessage(), e);
        }
        if (a.isDirectory()) {
            throw new SessionFormatException(file, 0, "is a directory, not a session file");
        }
        if (!a.isRegularFile()) {
            throw new SessionFormatException(file, 0, special(file));
        }
        String fs = fileSystemType(file);
        if (KERNEL_FILE_SYSTEMS.contains(fs)) {
            throw new SessionFormatException(file, 0, "is a file of the kernel's " + fs
                    + " file system (made up as it is read), not a session file");
        }
    }

    private static String special(Path file) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "is not a regular file (" + e.getClass().getSimpleName() + " finding out what it is), not a session file";
        }
        switch (mode) {
            case FIFO:
                return "is a named pipe (FIFO), not a session file; Sockscope reads only regular files";
            case CHAR_DEVICE:
                return "is a character device (such as /dev/zero or /dev/urandom), not a session file";
            case BLOCK_DEVICE:
                return "is a block device (a disk), not a session file";
            case SOCKET:
                return "is a socket, not a session file";
            default:
                return "is not a regular file, not a session file";
        }
    }

    /** The type of the file system holding {@code file} ("ext4", "proc"...), or "" when the system does not say. */
    private static String fileSystemType(Path file) {
        try {
            FileStore store = Files.getFileStore(file);
            return store.type();
        } catch (IOException e) {
            return ""; // only refines the message for /proc and /sys files; reading goes on and finds what it finds
        }
    }
}
