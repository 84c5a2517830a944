package org.spoofguard.server;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.apache.james.filesystem.api.FileSystem;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.invoice.InvoiceInspection;
import org.spoofguard.smtp.rcpt.RecipientValidationConfig;

/**
 * James's file system for an {@code --ephemeral} run: the state our checks decide with (the invoice bank-details
 * memory, the bounce report, the callout cache) and the users' Sieve scripts go to {@link #directory} instead of
 * the data directory.
 * Without this an experiment's learned bank details and bounce counts stayed in the data directory and fed the
 * decisions of a later persistent run on it (a test sender "known" with a test IBAN). Keys (DKIM, TLS) and the
 * audit log keep their places: they are worth keeping across runs, and an audit log must not be lost.
 */
final class EphemeralStateFileSystem implements FileSystem {
    /** Under the data directory's temporary directory: what a killed run leaves is deleted at the next start. */
    static final String DIRECTORY = Launcher.TEMPORARY_DIRECTORY + "/ephemeral-state";
    static final String SIEVE_ROOT = "file://sieve";
    static final List<String> DECISION_STATE = List.of(InvoiceInspection.BANK_FILE, BounceGuardServices.REPORT_FILE,
        RecipientValidationConfig.DEFAULT_CACHE_DIRECTORY,
        // James's memory app keeps Sieve scripts in files (SieveFileRepository, file://sieve/): lost with their users
        SIEVE_ROOT);

    private final FileSystem delegate;
    private final Path directory;

    EphemeralStateFileSystem(FileSystem delegate, Path directory) {
        this.delegate = delegate;
        this.directory = directory;
    }

    /** Where {@code url} is kept in this run: for decision state, under {@link #directory}. */
    @Override
    public File getFile(String url) throws FileNotFoundException {
        for (String state : DECISION_STATE) {
            if (url.equals(state) || url.startsWith(state + "/")) {
                return directory.resolve(url.substring("file://".length())).toFile();
            }
        }
        return delegate.getFile(url);
    }

    @Override
    public InputStream getResource(String url) throws IOException {
        return delegate.getResource(url);
    }

    @Override
    public File getBasedir() throws FileNotFoundException {
        return delegate.getBasedir();
    }

    /** Deletes the run's decision state; links are deleted, never followed. */
    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
