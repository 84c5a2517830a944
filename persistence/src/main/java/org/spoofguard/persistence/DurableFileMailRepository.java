package org.spoofguard.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.Lock;

import javax.inject.Inject;
import javax.mail.MessagingException;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.commons.configuration2.HierarchicalConfiguration;
import org.apache.commons.configuration2.tree.ImmutableNode;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.file.FileMailRepository;
import org.apache.james.repository.file.AbstractFileRepository;
import org.apache.james.repository.file.FilePersistentObjectRepository;
import org.apache.james.repository.file.FilePersistentStreamRepository;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.common.util.concurrent.Striped;

/**
 * James 3.8.1's {@link FileMailRepository} (the {@code file://} protocol in conf/mailrepositorystore.xml) with every
 * store and remove forced to disk before it returns. Once a mailet has put a mail here (quarantine, a suppressed
 * bounce, the error repository) the spool acks it: from then on these files are the only copy, and James writes them
 * without fsync, so a power loss or kernel crash in the next seconds could lose a mail SpoofGuard reported as held,
 * or leave its key listed over an empty message file (James's retrieve then deletes it as unreadable).
 *
 * <p>The files are James's own (same names, same serialised {@code Mail}, same message bytes, written by James's
 * code): a repository written before stays readable, and James's class reads ours. A store writes both files with a
 * second FileMailRepository into {@value #STAGING}/ inside the repository directory, where no listing sees them,
 * forces both, moves the message file in and forces the directory, and only then moves the object file in (its
 * presence is what lists the key) and forces the directory again. So after a crash at any point a listed key has
 * its message on disk; a half-moved pair or a staged leftover belongs to a store that never returned, whose mail the
 * spool still has, and is deleted at the next start (James's init drops unpaired files, ours empties staging).
 * A remove deletes the object file first, then the message, and forces the directory.
 *
 * <p>James's in-memory key cache is turned off: stores bypass it, and the directory is the truth after a crash.
 */
public class DurableFileMailRepository extends FileMailRepository {
    static final String STAGING = "staging";
    private static final Logger LOGGER = LoggerFactory.getLogger(DurableFileMailRepository.class);

    /** How the repository forces to disk; a test records the calls. */
    interface DiskSync {
        /**
         * fsync(2) on a descriptor of our own: on Linux it writes out the file's data whichever descriptor wrote it
         * (James closed its stream); on directories, that is what makes a create, rename or unlink survive a power
         * loss.
         */
        DiskSync FORCE = new DiskSync() {
            @Override
            public void file(Path file) throws IOException {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }

            @Override
            public void directory(Path directory) throws IOException {
                try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        };

        void file(Path file) throws IOException;

        void directory(Path directory) throws IOException;
    }

    private final DiskSync disk;
    /** Store and remove of one key never interleave (James's own per-key lock is private to its store). */
    private final Striped<Lock> keyLocks = Striped.lock(64);
    private FileSystem fileSystem;
    private String destination;
    private FileMailRepository staging;
    private Names names;
    private Names stagedNames;

    @Inject
    public DurableFileMailRepository() {
        this(DiskSync.FORCE);
    }

    DurableFileMailRepository(DiskSync disk) {
        this.disk = disk;
    }

    @Inject
    @Override
    public void setFileSystem(FileSystem fileSystem) {
        super.setFileSystem(fileSystem);
        this.fileSystem = fileSystem;
    }

    @Override
    public void configure(HierarchicalConfiguration<ImmutableNode> config) {
        destination = config.getString("[@destinationURL]");
        super.configure(withoutKeyCache(config));
    }

    @Override
    public void init() throws Exception {
        String stagingUrl = (destination.endsWith("/") ? destination : destination + "/") + STAGING + "/";
        names = Names.of(fileSystem, destination);
        stagedNames = Names.of(fileSystem, stagingUrl);
        staging = new FileMailRepository();
        staging.setFileSystem(fileSystem);
        staging.configure(location(stagingUrl));
        staging.init();
        // left by a store a crash interrupted: it never returned, so the spool still has that mail
        staging.removeAll();
        // the repository directory may have just been created: its own name must survive a power loss as well
        for (Path dir = names.directory(); dir != null && dir.startsWith(base()); dir = dir.getParent()) {
            disk.directory(dir);
        }
        super.init();
    }

    @Override
    public MailKey store(Mail mail) throws MessagingException {
        MailKey key = MailKey.forMail(mail);
        String name = key.asString();
        Lock lock = keyLocks.get(name);
        lock.lock();
        try {
            staging.store(mail);
            Path stagedMessage = stagedNames.message(name);
            Path stagedObject = stagedNames.object(name);
            disk.file(stagedMessage);
            disk.file(stagedObject);
            Files.move(stagedMessage, names.message(name), StandardCopyOption.ATOMIC_MOVE);
            disk.directory(names.directory());
            Files.move(stagedObject, names.object(name), StandardCopyOption.ATOMIC_MOVE);
            disk.directory(names.directory());
            return key;
        } catch (IOException | RuntimeException e) {
            discardStaged(key);
            // thrown, not logged and swallowed: the mailet fails and the spool keeps the mail
            throw new MessagingException("mail " + name + " not stored durably in " + destination, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void remove(MailKey key) throws MessagingException {
        String name = key.asString();
        Lock lock = keyLocks.get(name);
        lock.lock();
        try {
            // the object file first: it is what lists the key, so a crash in between leaves an unlisted message
            // file (deleted at the next start), never a listed key without its message
            Files.deleteIfExists(names.object(name));
            Files.deleteIfExists(names.message(name));
            disk.directory(names.directory());
        } catch (IOException | RuntimeException e) {
            throw new MessagingException("mail " + name + " not removed from " + destination, e);
        } finally {
            lock.unlock();
        }
    }

    private void discardStaged(MailKey key) {
        try {
            staging.remove(key);
        } catch (MessagingException | RuntimeException e) {
            LOGGER.warn("staged copy of {} in {} not removed (it will be at the next start): {}", key.asString(),
                destination, e.toString());
        }
    }

    private Path base() throws IOException {
        return fileSystem.getBasedir().toPath().toAbsolutePath().normalize();
    }

    private static HierarchicalConfiguration<ImmutableNode> withoutKeyCache(
            HierarchicalConfiguration<ImmutableNode> config) {
        BaseHierarchicalConfiguration copy = new BaseHierarchicalConfiguration(config);
        copy.setProperty("[@CACHEKEYS]", false);
        return copy;
    }

    private static HierarchicalConfiguration<ImmutableNode> location(String url) {
        BaseHierarchicalConfiguration config = new BaseHierarchicalConfiguration();
        config.addProperty("[@destinationURL]", url);
        config.addProperty("[@CACHEKEYS]", false);
        return config;
    }

    /**
     * The two files of a key in one directory, named by James's own AbstractFileRepository (hex of the key plus
     * {@code .Repository.FileStreamStore} / {@code .FileObjectStore}), so the naming is never written twice.
     */
    private static final class Names {
        private final MessageFiles messages;
        private final ObjectFiles objects;

        private Names(MessageFiles messages, ObjectFiles objects) {
            this.messages = messages;
            this.objects = objects;
        }

        static Names of(FileSystem fileSystem, String url) throws Exception {
            MessageFiles messages = new MessageFiles();
            ObjectFiles objects = new ObjectFiles();
            for (AbstractFileRepository files : new AbstractFileRepository[] {messages, objects}) {
                files.setFileSystem(fileSystem);
                files.configure(location(url));
                files.init();
            }
            return new Names(messages, objects);
        }

        Path message(String key) throws IOException {
            return messages.path(key);
        }

        Path object(String key) throws IOException {
            return objects.path(key);
        }

        Path directory() {
            return messages.directory();
        }
    }

    private static final class MessageFiles extends FilePersistentStreamRepository {
        Path path(String key) throws IOException {
            return getFile(key).toPath().toAbsolutePath().normalize();
        }

        Path directory() {
            return baseDirectory.toPath().toAbsolutePath().normalize();
        }
    }

    private static final class ObjectFiles extends FilePersistentObjectRepository {
        Path path(String key) throws IOException {
            return getFile(key).toPath().toAbsolutePath().normalize();
        }
    }
}
