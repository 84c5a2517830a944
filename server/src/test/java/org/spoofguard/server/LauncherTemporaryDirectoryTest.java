package org.spoofguard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

    /** What a kill -9 left (an IMAP literal's spool file, a PDF spill, Jetty's work directory). */
    private Path leftOvers() throws Exception {
        Path tmp = Launcher.temporaryDirectoryUnder(data, List.of());
        Files.write(tmp.resolve("imap-literal1234.tmp"), new byte[1000]);
        Files.write(tmp.resolve("mimescan5678.pdf"), new byte[24]);
        Path jetty = Files.createDirectories(tmp.resolve("jetty-127.0.0.1-8000/webapp"));
        Files.write(jetty.resolve("work.bin"), new byte[1]);
        return tmp;
    }

    @Test
    void whatAPreviousRunLeftIsDeletedWhenThisStartHoldsTheDataDirectory() throws Exception {
        Path tmp = leftOvers();
        Path outside = Files.writeString(data.resolve("outside.txt"), "kept");
        Files.createSymbolicLink(tmp.resolve("link"), outside);

        assertThat(Launcher.deleteLeftOvers(data, tmp)).get()
            .isEqualTo(new Launcher.LeftOvers(4, 2, 1025, 0));
        assertThat(tmp).isEmptyDirectory();
        assertThat(outside).as("a link is deleted, not what it points to").hasContent("kept");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tmp))).isEqualTo("rwx------");
    }

    @Test
    void anAdminsOwnTmpdirIsNeverCleaned() throws Exception {
        leftOvers();
        Path elsewhere = Files.createDirectories(data.resolve("elsewhere"));
        Path someoneElses = Files.writeString(elsewhere.resolve("someone-elses.tmp"), "kept");
        assertThat(Launcher.deleteLeftOvers(data, elsewhere)).isEmpty();
        assertThat(someoneElses).hasContent("kept");
    }

    /**
     * Another server on this data directory (a second start by mistake, a service manager's restart racing the old
     * process) is using those files: an IMAP literal it is receiving, a PDF it is scanning. They stay.
     */
    @Test
    void nothingIsDeletedWhileAnotherProcessHoldsTheDataDirectory() throws Exception {
        Path tmp = leftOvers();
        Path lock = data.resolve(Launcher.TEMPORARY_DIRECTORY_LOCK);
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), HoldLock.class.getName(), lock.toString())
            .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            assertThat(Launcher.deleteLeftOvers(data, tmp)).isEmpty();
            assertThat(tmp.resolve("imap-literal1234.tmp")).exists();
            assertThat(tmp.resolve("jetty-127.0.0.1-8000/webapp/work.bin")).exists();
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        // the holder is gone (as after its kill -9): the OS dropped its lock, and the next start cleans
        assertThat(Launcher.deleteLeftOvers(data, tmp)).get().extracting(Launcher.LeftOvers::files).isEqualTo(3);
        assertThat(tmp).isEmptyDirectory();
    }

    /**
     * The launched server, after a kill -9 (left-overs in var/tmp): its next start deletes them before James writes
     * anything and says so in one INFO line. The start ends at a taken SMTP port, which is after that point.
     */
    @Test
    void theNextStartDeletesWhatAKillLeftWithOneInfoLine() throws Exception {
        Path tmp = leftOvers();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Path log = Files.createTempFile("launcher", ".log");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dlogback.configurationFile=" + Path.of("../conf/logback.xml").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--conf", Path.of("../conf").toAbsolutePath().toString(), "--data", data.toString(),
                "--ephemeral", "--no-tls", "--smtp-port", String.valueOf(taken.getLocalPort()), "--submission-port", "0",
                "--imap-port", "0", "--webadmin-port", "0", "--console-port", "-1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean exited = p.waitFor(150, TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            assertThat(exited).as(output).isTrue();
            // an --ephemeral run keeps its decision state under var/tmp too (EphemeralStateFileSystem): not a left-over
            Path state = data.resolve(EphemeralStateFileSystem.DIRECTORY);
            assertThat(output.lines().filter(l -> l.contains("[INFO ]") && l.contains(tmp.toString())
                    && !l.contains(state.toString())))
                .as(output).singleElement().asString()
                .contains("deleted 3 files and 2 directories (1025 bytes) a previous run left in " + tmp);
            assertThat(tmp.resolve("imap-literal1234.tmp")).doesNotExist();
            assertThat(tmp.resolve("jetty-127.0.0.1-8000")).doesNotExist();
        }
    }

    /** Another process holding the launcher's lock file, as a running server does. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
