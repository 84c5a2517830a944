package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review (area config): {@code --data} naming an existing regular FILE (a typo: "--data conf/spoofguard.properties",
 * "--data /etc/hosts" when run as root) is not refused: createPrivateDirectory chmods the file to rwx------ (group and
 * others lose read, the owner gains execute) and James then starts on a "working directory" that is a file.
 */
class DataDirectoryTest {
    @TempDir
    Path dir;

    @Test
    void aRegularFileIsRefusedAndLeftAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("hosts"), "127.0.0.1 localhost\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Throwable thrown = null;
        try {
            PersistentJamesServer.createPrivateDirectory(file);
        } catch (Exception e) {
            thrown = e;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
            .as("permissions of the file given as --data").isEqualTo("rw-r--r--");
        assertThat(thrown).as("a file is not a data directory").isNotNull();
        assertThat(thrown.getMessage()).contains(file.toString());
    }
}
