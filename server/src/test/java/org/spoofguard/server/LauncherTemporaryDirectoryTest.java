package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launched server's temporary files (IMAP literals, PDF spills) are under the data directory, for its user alone. */
class LauncherTemporaryDirectoryTest {
    @TempDir
    Path data;

    private final String before = System.getProperty("java.io.tmpdir");

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", before);
    }

    @Test
    void temporaryFilesGoUnderTheDataDirectoryOwnerOnly() throws Exception {
        Path tmp = Launcher.temporaryDirectoryUnder(data, List.of("-Xmx512m"));
        assertThat(tmp).isEqualTo(data.resolve("var/tmp"));
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(tmp.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rwx------");
    }

    @Test
    void anAdminsExplicitTmpdirIsKept() throws Exception {
        Path tmp = Launcher.temporaryDirectoryUnder(data, List.of("-Djava.io.tmpdir=" + before));
        assertThat(tmp).isEqualTo(Path.of(before));
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(before);
        assertThat(data.resolve("var/tmp")).doesNotExist();
    }
}
