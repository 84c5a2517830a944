package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An --ephemeral run's decision state goes to its own directory, deleted at stop; keys and the audit log stay. */
class EphemeralStateFileSystemTest {
    @TempDir
    Path data;

    @Test
    void decisionStateIsTheRunsKeysAndAuditLogStayInTheDataDirectory() throws Exception {
        Path state = data.resolve(EphemeralStateFileSystem.DIRECTORY);
        FileSystem files = new EphemeralStateFileSystem(
            new FileSystemImpl(new JamesServerResourceLoader(data.toString())), state);

        assertThat(files.getFile("file://var/spoofguard/bank-details.txt").toPath()).isEqualTo(state.resolve("var/spoofguard/bank-details.txt"));
        assertThat(files.getFile("file://var/spoofguard/bounce-report.txt").toPath()).isEqualTo(state.resolve("var/spoofguard/bounce-report.txt"));
        assertThat(files.getFile("file://var/spoofguard/callout-cache").toPath()).isEqualTo(state.resolve("var/spoofguard/callout-cache"));
        assertThat(files.getFile("file://sieve/").toPath()).isEqualTo(state.resolve("sieve"));
        assertThat(files.getFile("file://var/spoofguard/audit.log").toPath().toAbsolutePath().normalize())
            .isEqualTo(data.resolve("var/spoofguard/audit.log"));
        assertThat(files.getFile("file://var/spoofguard/dkim").toPath().toAbsolutePath().normalize())
            .isEqualTo(data.resolve("var/spoofguard/dkim"));
        assertThat(files.getFile("file://var/spoofguard/bank-details.txt.bak").toPath().toAbsolutePath().normalize())
            .as("only the state's own names").isEqualTo(data.resolve("var/spoofguard/bank-details.txt.bak"));
    }

    @Test
    void theStateIsDeletedWholeLinksNotFollowed() throws Exception {
        Path state = Files.createDirectories(data.resolve(EphemeralStateFileSystem.DIRECTORY).resolve("callout-cache"));
        Files.writeString(state.resolve("callout-cache.txt"), "x");
        Path outside = Files.writeString(data.resolve("keep.txt"), "keep");
        Files.createSymbolicLink(state.resolve("link"), outside);

        EphemeralStateFileSystem.delete(data.resolve(EphemeralStateFileSystem.DIRECTORY));
        EphemeralStateFileSystem.delete(data.resolve(EphemeralStateFileSystem.DIRECTORY));

        assertThat(data.resolve(EphemeralStateFileSystem.DIRECTORY)).doesNotExist();
        assertThat(outside).hasContent("keep");
    }
}
