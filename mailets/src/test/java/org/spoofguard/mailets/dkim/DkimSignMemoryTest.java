package org.spoofguard.mailets.dkim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.james.core.Domain;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.metrics.tests.RecordingMetricFactory;
import org.apache.james.server.core.MimeMessageSource;
import org.apache.james.server.core.MimeMessageWrapper;
import org.apache.mailet.Mail;
import org.apache.mailet.base.test.FakeMail;
import org.apache.mailet.base.test.FakeMailContext;
import org.apache.mailet.base.test.FakeMailetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoofguard.james.SpoofGuardSettings;

/**
 * "Memory must not grow with attachment size": DkimSign (relay processor, every mail from our domains) copies the
 * whole message into a ByteArrayOutputStream and then into a byte[] (toByteArray) to sign it, although
 * DkimSigner.signatureField(InputStream) streams. The message itself here is a James MimeMessageWrapper read from a
 * file, so anything allocated in proportion to its size is DkimSign's own.
 */
class DkimSignMemoryTest {
    @TempDir
    Path data;

    DkimSign mailet() throws Exception {
        FileSystem fs = mock(FileSystem.class);
        when(fs.getFile(anyString())).thenAnswer(i -> data.resolve(((String) i.getArgument(0)).substring("file://".length())).toFile());
        DomainList domains = mock(DomainList.class);
        when(domains.getDomains()).thenReturn(List.of(Domain.of("localhost"), Domain.of("example.dk")));
        DkimSign m = new DkimSign(new SpoofGuardSettings(Map.of("dkim.domains", "example.dk")), fs, domains, new RecordingMetricFactory(), new DkimKeyring());
        m.init(FakeMailetConfig.builder().mailetName("DkimSign").mailetContext(FakeMailContext.defaultContext()).build());
        return m;
    }

    Path messageFile(int attachmentBytes) throws Exception {
        Path file = data.resolve("m-" + attachmentBytes + ".eml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(("From: Alice <alice@example.dk>\r\nTo: friend@remote.example\r\nSubject: big\r\n"
                + "Message-ID: <big-" + attachmentBytes + "@example.dk>\r\nDate: Sun, 6 Dec 2026 05:00:00 +0000\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
                + "Content-Type: text/plain\r\n\r\nsee attachment\r\n--b\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n"
                .getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < attachmentBytes; written += line.length) {
                out.write(line);
            }
            out.write("--b--\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        return file;
    }

    /** What James itself does with the same message on the way out: the header edit, save, and one write to the wire. */
    long allocatedByJames(int attachmentBytes) throws Exception {
        MimeMessageWrapper message = new MimeMessageWrapper(source(messageFile(attachmentBytes)));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        message.saveChanges();
        message.addHeader("DKIM-Signature", "v=1; a=rsa-sha256; d=example.dk; s=spoofguard; b=abc");
        message.saveChanges();
        message.writeTo(OutputStream.nullOutputStream());
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    }

    static MimeMessageSource source(Path file) {
        return new MimeMessageSource() {
            @Override
            public String getSourceId() {
                return file.toString();
            }

            @Override
            public InputStream getInputStream() throws java.io.IOException {
                return new BufferedInputStream(Files.newInputStream(file));
            }

            @Override
            public long getMessageSize() throws java.io.IOException {
                return Files.size(file);
            }
        };
    }

    long allocatedBySigning(DkimSign m, int attachmentBytes) throws Exception {
        Path file = messageFile(attachmentBytes);
        MimeMessageSource source = new MimeMessageSource() {
            @Override
            public String getSourceId() {
                return file.toString();
            }

            @Override
            public InputStream getInputStream() throws java.io.IOException {
                return new BufferedInputStream(Files.newInputStream(file));
            }

            @Override
            public long getMessageSize() throws java.io.IOException {
                return Files.size(file);
            }
        };
        MimeMessageWrapper message = new MimeMessageWrapper(source);
        Mail mail = FakeMail.builder().name("big").sender("alice@example.dk").recipient("friend@remote.example")
            .mimeMessage(message).build();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        m.service(mail);
        long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(mail.getMessage().getHeader("DKIM-Signature")).as("signed").hasSize(1);
        return allocated;
    }

    @Test
    void signingAMailDoesNotAllocateInProportionToItsSize() throws Exception {
        DkimSign m = mailet();
        allocatedBySigning(m, 1 << 20); // warm-up
        allocatedByJames(1 << 20);
        long small = allocatedBySigning(m, 4 << 20);
        long large = allocatedBySigning(m, 36 << 20);
        long jamesSmall = allocatedByJames(4 << 20);
        long jamesLarge = allocatedByJames(36 << 20);
        System.out.printf("DkimSign allocated %d MB for a 4 MB attachment, %d MB for a 36 MB one;"
            + " James's own save + header edit + write of the same messages: %d MB, %d MB%n",
            small >> 20, large >> 20, jamesSmall >> 20, jamesLarge >> 20);
        // A streaming signer (DkimSigner.signatureField(InputStream)) adds buffers of constant size to what James
        // does anyway; 32 MB more message must not cost 32 MB more heap beyond James's own.
        assertThat((large - small) - (jamesLarge - jamesSmall))
            .as("bytes DkimSign allocates beyond James for 32 MB more message").isLessThan(16L << 20);
    }
}
