package org.spoofguard.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadDumpTest {
    @TempDir
    Path dir;

    @Test
    void aHangingChildShowsWhereItWaits() throws Exception {
        Path source = dir.resolve("Hang.java");
        Files.writeString(source, "public class Hang { public static void main(String[] a) throws Exception {"
            + " System.out.println(\"up\"); System.out.flush(); Thread.sleep(600_000); } }");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), source.toString())
            .redirectErrorStream(true).start();
        try {
            assertThat(new String(child.getInputStream().readNBytes(2))).isEqualTo("up");
            assertThat(ThreadDump.of(child)).contains("\"main\"").contains("Hang.main");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ThreadDump.of(child)).startsWith("(no thread dump: the process has exited");
    }
}
