package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * the data directory holds every mailbox (Derby), the spool bodies, the quarantined
 * invoices (full account numbers), bank-details.txt, the audit log and the DKIM/TLS private keys. The server creates
 * it with the process umask (0755 under the usual 022) and James writes the held mail and the spool blobs with
 * FileOutputStream (0644): any local account reads every user's mail. bank-details.txt alone is made 0600, which
 * protects nothing while the same accounts sit world-readable in var/mail/quarantine/.
 */
class DataDirectoryPermissionsTest {
    @TempDir
    Path tmp;

    @Test
    void theDataDirectoryIsNotReadableByOtherLocalUsers() throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        Path data = tmp.resolve("data");
        PersistentJamesServer.create(conf, data, Optional.empty());
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(data);
        System.out.println("data directory " + data + ": " + PosixFilePermissions.toString(perms));
        assertThat(perms).as("permissions of the data directory")
            .doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
    }

    @Test
    void anExistingWorldReadableDataDirectoryIsTightenedAtStart() throws Exception {
        Path conf = Files.createDirectories(tmp.resolve("conf"));
        Path data = Files.createDirectory(tmp.resolve("old-data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        PersistentJamesServer.create(conf, data, Optional.empty());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
