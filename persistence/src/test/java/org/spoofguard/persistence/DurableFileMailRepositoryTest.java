package org.spoofguard.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.commons.configuration2.BaseHierarchicalConfiguration;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.file.FileMailRepository;
import org.apache.james.server.core.JamesServerResourceLoader;
import org.apache.james.server.core.MailImpl;
import org.apache.james.server.core.filesystem.FileSystemImpl;
import org.apache.mailet.Mail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Held mail (quarantine, suppressed bounces, errors) exists only in its file repository once the spool has acked it:
 * James 3.8.1's FileMailRepository writes the two files of a mail and returns without forcing either, so a power
 * loss in the following seconds could lose a mail SpoofGuard reported as held, or leave it listed with an empty
 * message. These tests watch the repository's disk-sync calls and what is listed at each of them.
 */
class DurableFileMailRepositoryTest {
    private static final String URL = "file://var/mail/quarantine/";
    private static final String STREAM = ".Repository.FileStreamStore";
    private static final String OBJECT = ".Repository.FileObjectStore";

    @TempDir
    Path root;
    FileSystem fileSystem;
    Path directory;
    final List<String> syncs = new ArrayList<>();

    @BeforeEach
    void fileSystem() {
        fileSystem = new FileSystemImpl(new JamesServerResourceLoader(root.toString()));
        directory = root.resolve("var/mail/quarantine");
    }

    /** Records each sync with what a restart would list at that moment: the key is listed when its object file is. */
    final DurableFileMailRepository.DiskSync recording = new DurableFileMailRepository.DiskSync() {
        @Override
        public void file(Path file) throws IOException {
            DurableFileMailRepository.DiskSync.FORCE.file(file);
            syncs.add("file " + kind(file) + (file.getParent().equals(directory) ? " in place" : " staged")
                + " " + state());
        }

        @Override
        public void directory(Path dir) throws IOException {
            DurableFileMailRepository.DiskSync.FORCE.directory(dir);
            syncs.add("directory " + (dir.equals(directory) ? "repository" : dir.toString()) + " " + state());
        }
    };

    @Test
    void storeForcesBothFilesThenTheNamesAndListsTheKeyOnlyOnceItsMessageIsDurable() throws Exception {
        DurableFileMailRepository repository = open(recording);
        syncs.clear();

        MailKey key = repository.store(mail("held-1", "keep me"));

        assertThat(key.asString()).isEqualTo("held-1");
        assertThat(syncs).containsExactly(
            // both contents forced under names no listing sees
            "file stream staged message=no listed=no",
            "file object staged message=no listed=no",
            // the message moved in and its name forced before the key can appear
            "directory repository message=yes listed=no",
            // then the key: listed only now, and its name forced before store() returns
            "directory repository message=yes listed=yes");
        assertThat(subject(repository.retrieve(key))).isEqualTo("keep me");
    }

    @Test
    void removeForcesTheDirectoryAfterTheKeyAndItsMessageAreGone() throws Exception {
        DurableFileMailRepository repository = open(recording);
        MailKey key = repository.store(mail("held-1", "keep me"));
        syncs.clear();

        repository.remove(key);

        assertThat(syncs).containsExactly("directory repository message=no listed=no");
        assertThat(repository.list()).toIterable().isEmpty();
    }

    @Test
    void aFailedSyncFailsTheStoreSoTheSpoolKeepsTheMail() throws Exception {
        DurableFileMailRepository repository = open(new DurableFileMailRepository.DiskSync() {
            @Override
            public void file(Path file) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void directory(Path dir) throws IOException {
                DurableFileMailRepository.DiskSync.FORCE.directory(dir);
            }
        });

        assertThatThrownBy(() -> repository.store(mail("held-1", "keep me"))).isInstanceOf(MessagingException.class);
        assertThat(repository.list()).toIterable().isEmpty();
        try (Stream<Path> left = Files.list(directory.resolve(DurableFileMailRepository.STAGING))) {
            assertThat(left).as("the staged copy is discarded").isEmpty();
        }
    }

    @Test
    void theOnDiskFormatIsJamessOwnBothWays() throws Exception {
        FileMailRepository james = new FileMailRepository();
        james.setFileSystem(fileSystem);
        james.configure(config());
        james.init();
        james.store(mail("written-by-james", "old"));

        DurableFileMailRepository repository = open(DurableFileMailRepository.DiskSync.FORCE);
        assertThat(subject(repository.retrieve(new MailKey("written-by-james")))).isEqualTo("old");
        repository.store(mail("written-by-us", "new"));

        FileMailRepository jamesAgain = new FileMailRepository();
        jamesAgain.setFileSystem(fileSystem);
        jamesAgain.configure(config());
        jamesAgain.init();
        assertThat(jamesAgain.list()).toIterable()
            .containsExactlyInAnyOrder(new MailKey("written-by-james"), new MailKey("written-by-us"));
        assertThat(subject(jamesAgain.retrieve(new MailKey("written-by-us")))).isEqualTo("new");
    }

    @Test
    void storingAMailTakenFromTheRepositoryAgainKeepsItsMessage() throws Exception {
        DurableFileMailRepository repository = open(DurableFileMailRepository.DiskSync.FORCE);
        MailKey key = repository.store(mail("held-1", "keep me"));

        Mail again = repository.retrieve(key);
        again.setErrorMessage("reviewed");
        repository.store(again);

        Mail read = open(DurableFileMailRepository.DiskSync.FORCE).retrieve(key);
        assertThat(subject(read)).isEqualTo("keep me");
        assertThat(read.getErrorMessage()).isEqualTo("reviewed");
    }

    @Test
    void whatACrashLeftHalfDoneIsGoneAtTheNextStartAndNothingElse() throws Exception {
        DurableFileMailRepository before = open(DurableFileMailRepository.DiskSync.FORCE);
        before.store(mail("held-1", "keep me"));
        before.store(mail("cut-short", "never acked"));
        // a crash after the message moved in, before the key did: the spool never got its ack and has the mail
        Files.delete(file("cut-short", OBJECT));
        // a crash while staging
        Path staging = directory.resolve(DurableFileMailRepository.STAGING);
        Files.write(staging.resolve(encode("staged") + STREAM), "partial".getBytes(StandardCharsets.US_ASCII));

        DurableFileMailRepository after = open(DurableFileMailRepository.DiskSync.FORCE);

        assertThat(after.list()).toIterable().containsExactly(new MailKey("held-1"));
        assertThat(Files.exists(file("cut-short", STREAM))).isFalse();
        try (Stream<Path> left = Files.list(staging)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theShippedConfigurationUsesItForTheFileProtocol() throws Exception {
        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(Path.of("..", "conf", "mailrepositorystore.xml").toFile());
        org.w3c.dom.NodeList repositories = xml.getElementsByTagName("mailrepository");
        List<String> forFile = new ArrayList<>();
        for (int i = 0; i < repositories.getLength(); i++) {
            org.w3c.dom.Element repository = (org.w3c.dom.Element) repositories.item(i);
            org.w3c.dom.NodeList protocols = repository.getElementsByTagName("protocol");
            for (int p = 0; p < protocols.getLength(); p++) {
                if (protocols.item(p).getTextContent().trim().equals("file")) {
                    forFile.add(repository.getAttribute("class"));
                }
            }
        }
        assertThat(forFile).containsExactly(DurableFileMailRepository.class.getName());
    }

    private DurableFileMailRepository open(DurableFileMailRepository.DiskSync sync) throws Exception {
        DurableFileMailRepository repository = new DurableFileMailRepository(sync);
        repository.setFileSystem(fileSystem);
        repository.configure(config());
        repository.init();
        return repository;
    }

    private static BaseHierarchicalConfiguration config() {
        // as MailRepositoryStore hands it over: conf/mailrepositorystore.xml's <config> plus the URL
        BaseHierarchicalConfiguration config = new BaseHierarchicalConfiguration();
        config.addProperty("[@FIFO]", false);
        config.addProperty("[@CACHEKEYS]", true);
        config.addProperty("[@destinationURL]", URL);
        return config;
    }

    private static Mail mail(String name, String subject) throws Exception {
        byte[] bytes = ("From: a@sender.example\r\nTo: b@spoofguard.test\r\nSubject: " + subject + "\r\n\r\nbody\r\n")
            .getBytes(StandardCharsets.US_ASCII);
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()),
            new ByteArrayInputStream(bytes));
        return MailImpl.builder().name(name).sender("a@sender.example").addRecipient("b@spoofguard.test")
            .mimeMessage(message).build();
    }

    private static String subject(Mail mail) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.getMessage().writeTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).contains("body");
        return mail.getMessage().getSubject();
    }

    private String state() {
        return "message=" + (Files.exists(file("held-1", STREAM)) ? "yes" : "no")
            + " listed=" + (Files.exists(file("held-1", OBJECT)) ? "yes" : "no");
    }

    private Path file(String key, String extension) {
        return directory.resolve(encode(key) + extension);
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(STREAM) ? "stream" : name.endsWith(OBJECT) ? "object" : name;
    }

    /** James's file name for a key: its bytes in upper-case hex (AbstractFileRepository.encode). */
    private static String encode(String key) {
        StringBuilder hex = new StringBuilder();
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }
}
