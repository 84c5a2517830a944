package org.spoofguard.it.support;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The stacks of a child JVM that failed to start in time. A server that hangs rather than dies leaves nothing in
 * its own output; its threads' stacks say where it waits (a lock, a socket, a bind), so a rare hang can be
 * diagnosed from one failed run instead of being retried.
 */
public final class ThreadDump {
    private ThreadDump() {
    }

    /** {@code jcmd <pid> Thread.print} from the test's own JDK, or why it could not be taken. */
    public static String of(Process process) {
        if (!process.isAlive()) {
            return "(no thread dump: the process has exited with " + process.exitValue() + ")";
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                .redirectErrorStream(true).start();
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> copy(dump.getInputStream(), text));
            reader.setDaemon(true);
            reader.start();
            if (!dump.waitFor(30, TimeUnit.SECONDS)) {
                dump.destroyForcibly();
                return "(no thread dump: jcmd did not answer within 30 s)";
            }
            reader.join(5_000);
            synchronized (text) {
                return text.toString(StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            return "(no thread dump: " + e + ")";
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                }
            }
        } catch (Exception ignored) {
            // jcmd ended; what it wrote so far is kept
        }
    }
}
