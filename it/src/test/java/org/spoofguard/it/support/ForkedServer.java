package org.spoofguard.it.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.GuiceJamesServer;
import org.apache.james.dnsservice.api.DNSService;
import org.spoofguard.server.SpoofGuardServer;

/**
 * The persistent SpoofGuard server in a JVM of its own, so a test can kill it the hard way (SIGKILL) and start
 * it again on the same data directory. The child runs the shipped wiring ({@link SpoofGuardServer#create}) with
 * the same James DNS stand-in as every in-process test ({@link OfflineJamesDns}: this machine has no DNS).
 */
public final class ForkedServer implements AutoCloseable {
    private static final Pattern READY = Pattern.compile("SPOOFGUARD-READY smtp=(\\d+) imap=(\\d+) webadmin=(\\d+)");

    private final Process process;
    private final Path log;
    private final int smtp;
    private final int imap;
    private final int webadmin;
    private final HttpClient http = HttpClient.newHttpClient();

    private ForkedServer(Process process, Path log, int smtp, int imap, int webadmin) {
        this.process = process;
        this.log = log;
        this.smtp = smtp;
        this.imap = imap;
        this.webadmin = webadmin;
    }

    /** Starts a server on {@code conf}/{@code data} and waits until it listens (at most 120 s). */
    public static ForkedServer start(Path conf, Path data, Optional<String> databaseUrl, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx1g",
            "-Dlogback.configurationFile=" + conf.resolve("logback.xml"),
            "-cp", System.getProperty("java.class.path"),
            ForkedServer.class.getName(), conf.toString(), data.toString()));
        databaseUrl.ifPresent(command::add);
        Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            Matcher ready = READY.matcher(Files.readString(log));
            Matcher last = null;
            while (ready.find()) {
                last = READY.matcher(ready.group());
                last.matches();
            }
            if (last != null && process.isAlive() && startedAfter(log)) {
                return new ForkedServer(process, log, Integer.parseInt(last.group(1)), Integer.parseInt(last.group(2)),
                    Integer.parseInt(last.group(3)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("forked server exited with " + process.exitValue() + "; log: " + log);
            }
            Thread.sleep(200);
        }
        String threads = ThreadDump.of(process);
        process.destroyForcibly();
        throw new IllegalStateException("forked server did not start within 120 s; log: " + log + "\nIts threads:\n" + threads);
    }

    /** A log reused across starts: the newest READY line must follow the newest start marker. */
    private static boolean startedAfter(Path log) throws IOException {
        String text = Files.readString(log);
        return text.lastIndexOf("SPOOFGUARD-READY") > text.lastIndexOf("SPOOFGUARD-STARTING");
    }

    public int smtpPort() {
        return smtp;
    }

    /** IMAPS (implicit TLS): see {@link JamesHarness#clientTls(Path)} for the client side. */
    public int imapPort() {
        return imap;
    }

    public int webadminPort() {
        return webadmin;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no flush, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: James's shutdown hook stops the server as Ctrl-C would. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("server did not stop within 60 s of SIGTERM; log: " + log);
        }
        return process.exitValue();
    }

    public HttpResponse<String> webadmin(String method, String path, String body) {
        return JamesHarness.webadmin(http, webadmin, method, path, body);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The child: args conf data [database-url]. */
    public static void main(String[] args) throws Exception {
        System.out.println("SPOOFGUARD-STARTING");
        JamesHarness.useFreeLoopbackPorts();
        Optional<String> database = args.length > 2 ? Optional.of(args[2]) : Optional.empty();
        GuiceJamesServer server = SpoofGuardServer.create(Path.of(args[0]), Path.of(args[1]),
            SpoofGuardServer.Store.PERSISTENT, database,
            List.of(binder -> binder.bind(DNSService.class).toInstance(new OfflineJamesDns())));
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "spoofguard-shutdown"));
        server.start();
        SpoofGuardServer.Ports ports = SpoofGuardServer.Ports.of(server);
        // imap= is the IMAPS port: LOGIN over clear-text IMAP is refused since TLS is on.
        System.out.println("SPOOFGUARD-READY smtp=" + ports.smtp() + " imap=" + ports.imaps() + " webadmin=" + ports.webadmin());
        System.out.flush();
        Thread.currentThread().join();
    }

    /**
     * After a test: keeps the servers' logs ({@code server.log}, {@code server-restarted.log} under {@code root}) in
     * {@code target/<keepDirectory>/} for a failed or slow run, then deletes {@code root}.
     */
    public static void keepLogsAndDelete(Path root, String keepDirectory) throws IOException {
        for (String name : List.of("server.log", "server-restarted.log")) {
            Path log = root.resolve(name);
            if (Files.exists(log)) {
                Path keep = Path.of("target", keepDirectory);
                Files.createDirectories(keep);
                Files.copy(log, keep.resolve(root.getFileName() + "-" + name));
            }
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
