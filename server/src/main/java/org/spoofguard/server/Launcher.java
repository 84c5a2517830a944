package org.spoofguard.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

import org.apache.commons.configuration2.ex.ConfigurationException;
import org.apache.james.GuiceJamesServer;
import org.apache.james.server.core.configuration.FileConfigurationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.config.Bilingual;
import org.spoofguard.core.config.WholeNumbers;
import org.spoofguard.persistence.PersistentJamesServer;
import org.spoofguard.server.tls.CertificateWatcher;
import org.spoofguard.server.tls.TlsSettings;
import org.spoofguard.smtp.rcpt.RecipientValidationConfig;
import org.spoofguard.smtp.rcpt.RecipientValidationHook;

/**
 * {@code bin/spoofguard-server}: starts the bundled James with SpoofGuard and waits for Ctrl-C.
 *
 * <pre>
 * --conf DIR            James configuration (default: conf/ of this checkout)
 * --data DIR            data directory: database, mail queues, repositories (default: data/ of this checkout)
 *                       Paths given (--conf, --data, --tls-cert, --tls-key, a jdbc:derby: directory) are relative
 *                       to the directory the command is run from; the defaults are the checkout's
 * --database URL        JDBC URL of the store (default: embedded Derby under the data directory),
 *                       e.g. jdbc:postgresql://127.0.0.1:5432/mail
 * --ephemeral           James's in-memory stores: users, domains, mailboxes and queues are lost on stop, and so is
 *                       the checks' learned state (bank details, bounce report, callout cache)
 * --listen ADDR         address to bind SMTP/submission/IMAP to (default 127.0.0.1)
 * --smtp-port N         inbound SMTP, STARTTLS offered (default 2525)
 * --submission-port N   submission, AUTH after STARTTLS (default 5587)
 * --submissions-port N  submission with implicit TLS (default 4465)
 * --imap-port N         IMAP, LOGIN after STARTTLS (default 1143)
 * --imaps-port N        IMAP with implicit TLS (default 1993)
 * --webadmin-port N     WebAdmin, always on 127.0.0.1 (default 8000)
 * --console-port N      web console (default 8025; -1: off), docs/console.md
 * --console-listen ADDR address of the web console (default 127.0.0.1: put a TLS reverse proxy in front)
 * --tls-cert FILE       PEM certificate chain (certbot's fullchain.pem); default: self-signed, generated
 * --tls-key FILE        PEM private key (certbot's privkey.pem); both or neither
 * --tls-hostname NAME   host name of the generated self-signed certificate (default: this host's name); a domain
 *                       name (DomainName.configured: tønder.dk is kept as xn--tnder-vua.dk), else refused
 * --no-tls              no TLS at all, plain AUTH/LOGIN: loopback demo only, refused with a public --listen
 * --demo                provision domain spoofguard.test, users alice@ / bob@ / postmaster@ (password
 *                       "demo-password"): loopback only, refused when any listener is on another address
 * </pre>
 */
public final class Launcher {
    static final String DEMO_DOMAIN = "spoofguard.test";
    static final String DEMO_PASSWORD = "demo-password";
    static final java.time.Duration WATCH_INTERVAL = java.time.Duration.ofSeconds(60);
    /** For James's certificate reload, a local re-read of two PEM files: seconds at most, so 10 s means it hangs. */
    static final java.time.Duration RELOAD_TIMEOUT = java.time.Duration.ofSeconds(10);

    private static final Logger LOGGER = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path conf = Path.of("conf");
        Path data = Path.of("data");
        Optional<String> database = Optional.empty();
        SpoofGuardServer.Store store = SpoofGuardServer.Store.PERSISTENT;
        String listen = "127.0.0.1";
        String smtp = "2525";
        String submission = "5587";
        String imap = "1143";
        String submissions = "4465";
        String imaps = "1993";
        String webadmin = "8000";
        String consolePort = "8025";
        String consoleListen = "127.0.0.1";
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--conf" -> conf = given(value(args, ++i, arg));
                case "--data" -> data = given(value(args, ++i, arg));
                case "--listen" -> listen = value(args, ++i, arg);
                case "--smtp-port" -> smtp = port(value(args, ++i, arg), arg);
                case "--submission-port" -> submission = port(value(args, ++i, arg), arg);
                case "--imap-port" -> imap = port(value(args, ++i, arg), arg);
                case "--submissions-port" -> submissions = port(value(args, ++i, arg), arg);
                case "--imaps-port" -> imaps = port(value(args, ++i, arg), arg);
                case "--tls-cert" -> System.setProperty(TlsSettings.CHAIN, given(value(args, ++i, arg)).toString());
                case "--tls-key" -> System.setProperty(TlsSettings.KEY, given(value(args, ++i, arg)).toString());
                case "--tls-hostname" -> System.setProperty(TlsSettings.HOSTNAME, value(args, ++i, arg));
                case "--no-tls" -> System.setProperty(TlsSettings.ENABLED, "false");
                case "--webadmin-port" -> webadmin = port(value(args, ++i, arg), arg);
                case "--console-port" -> {
                    String v = value(args, ++i, arg);
                    consolePort = v.equals("-1") ? v : port(v, arg);
                }
                case "--console-listen" -> consoleListen = value(args, ++i, arg);
                case "--database" -> database = Optional.of(givenDatabaseUrl(value(args, ++i, arg), callerDirectory()));
                case "--ephemeral" -> store = SpoofGuardServer.Store.EPHEMERAL;
                case "--demo" -> demo = true;
                case "-h", "--help" -> {
                    System.out.println("usage: bin/spoofguard-server [--conf DIR] [--data DIR] [--database JDBC-URL | --ephemeral] "
                        + "[--listen ADDR] [--smtp-port N] [--submission-port N] [--submissions-port N] [--imap-port N] [--imaps-port N] "
                        + "[--webadmin-port N] [--console-port N] [--console-listen ADDR] "
                        + "[--tls-cert FULLCHAIN.pem --tls-key PRIVKEY.pem] [--tls-hostname NAME] [--no-tls] "
                        + "[--demo]   (docs/tls.md, docs/console.md)");
                    System.out.println("Paths given (--conf, --data, --tls-cert, --tls-key, a jdbc:derby: directory) are relative to the"
                        + " current directory; without --conf/--data: conf/ and data/ of the checkout (" + Path.of("").toAbsolutePath() + ")");
                    return;
                }
                default -> usage("unknown option " + arg, "ukendt tilvalg " + arg);
            }
        }
        setIfAbsent(ServerPorts.SMTP, listen + ":" + smtp);
        setIfAbsent(ServerPorts.SUBMISSION, listen + ":" + submission);
        setIfAbsent(ServerPorts.IMAP, listen + ":" + imap);
        setIfAbsent(ServerPorts.SUBMISSIONS, listen + ":" + submissions);
        setIfAbsent(ServerPorts.IMAPS, listen + ":" + imaps);
        boolean tls;
        try {
            tls = TlsSettings.enabled();
        } catch (IllegalArgumentException e) {
            usage(Bilingual.english(e.getMessage()), "TLS-indstillingerne kan ikke bruges: " + Bilingual.danish(e.getMessage()));
            return;
        }
        // each listener as it will be bound: -Dspoofguard.*.bind (SPOOFGUARD_JAVA_OPTS) overrides --listen, and
        // "--no-tls -Dspoofguard.submission.bind=0.0.0.0:587" opened a clear-text AUTH port to the network
        for (String key : java.util.List.of(ServerPorts.SMTP, ServerPorts.SUBMISSION, ServerPorts.IMAP)) {
            for (String host : bindHosts(System.getProperty(key, listen))) {
                Optional<String> refusal = clearTextRefusal(host, tls);
                if (refusal.isPresent()) {
                    refuse(refusal.get());
                }
            }
        }
        setIfAbsent(ServerPorts.WEBADMIN, webadmin);
        setIfAbsent(ServerPorts.CONSOLE, (consoleListen.contains(":") ? "[" + consoleListen + "]" : consoleListen) + ":" + consolePort);
        if (demo) {
            // checked before anything is bound or written: the demo users would be stored for good
            for (Listener l : listeners(tls)) {
                Optional<String> refusal = demoRefusal(l.host());
                if (refusal.isPresent()) {
                    refuse(refusal.get());
                }
            }
        }

        if (store == SpoofGuardServer.Store.EPHEMERAL && database.isPresent()) {
            usage("--ephemeral and --database exclude each other", "--ephemeral og --database udelukker hinanden");
        }
        // host names this server gives others (its certificate, the callouts' EHLO): refused before anything is written
        tlsHostnameRefusal().ifPresent(Launcher::refuse);
        calloutHeloRefusal(conf).ifPresent(Launcher::refuse);
        Path dataDirectory = data.toAbsolutePath().normalize();
        try {
            PersistentJamesServer.createPrivateDirectory(dataDirectory);
        } catch (java.io.IOException e) {
            // a usage message rather than a stack trace: the path given is the admin's to correct
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                && dataDirectory.toString().equals(f.getFile()) ? f.getReason() : null;
            usage("--data " + data + ": " + (reason != null ? reason : "cannot create the data directory: " + e),
                "--data " + data + ": datamappen kan ikke oprettes: " + (reason != null ? reason : e.toString()));
        }
        Path tmpdir = null;
        try {
            tmpdir = temporaryDirectoryUnder(dataDirectory,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        } catch (java.io.IOException e) {
            usage("--data " + data + ": cannot create " + TEMPORARY_DIRECTORY + " in it: " + e,
                "--data " + data + ": " + TEMPORARY_DIRECTORY + " kan ikke oprettes i den: " + e);
        }
        deleteLeftOvers(dataDirectory, tmpdir);
        // James's own reaction to a failed start is System.exit(1) after its stack trace, which names no address;
        // with this off start() throws and startFailed says which listener could not be bound (read once, when
        // GuiceJamesServer is first initialised, i.e. in create below)
        setIfAbsent("james.exit.on.startup.error", "false");
        GuiceJamesServer server;
        try {
            server = SpoofGuardServer.create(conf, data, store, database, List.of());
        } catch (IllegalArgumentException e) {
            usage(Bilingual.english(e.getMessage()), "konfigurationen kan ikke bruges: " + Bilingual.danish(e.getMessage()));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        boolean ephemeral = store == SpoofGuardServer.Store.EPHEMERAL;
        List<CertificateWatcher> watchers = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                System.out.println("SpoofGuard: stopping James...");
                watchers.forEach(CertificateWatcher::close);
                server.stop();
                if (ephemeral) {
                    // after James's stop: the bounce report and the bank-details memory are written one last time there
                    try {
                        EphemeralStateFileSystem.delete(dataDirectory.resolve(EphemeralStateFileSystem.DIRECTORY));
                    } catch (IOException e) {
                        LOGGER.warn("SpoofGuard: cannot delete this --ephemeral run's state in {}: {}",
                            dataDirectory.resolve(EphemeralStateFileSystem.DIRECTORY), e.toString());
                    }
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, "spoofguard-shutdown"));
        try {
            server.start();
        } catch (Exception e) {
            startFailed(e, stop, tls);
            return;
        }
        SpoofGuardServer.Ports ports = SpoofGuardServer.Ports.of(server);
        System.out.println();
        System.out.println("SpoofGuard is running (Apache James 3.8.1). Data: " + data.toAbsolutePath().normalize());
        System.out.println(store == SpoofGuardServer.Store.PERSISTENT
            ? "  Store: persistent (" + database.orElse("embedded Derby under the data directory") + ")"
            : "  Store: EPHEMERAL - users, domains, mailboxes and queued mail are lost when it stops");
        if (tls) {
            System.out.println("  SMTP (inbound MX)     " + listen + ":" + ports.smtp() + "  STARTTLS offered");
            System.out.println("  SMTP submission      " + listen + ":" + ports.submission() + "  STARTTLS, then AUTH");
            System.out.println("  SMTP submissions     " + listen + ":" + ports.submissions() + "  implicit TLS, AUTH");
            System.out.println("  IMAP                 " + listen + ":" + ports.imap() + "  STARTTLS, then LOGIN");
            System.out.println("  IMAPS                " + listen + ":" + ports.imaps() + "  implicit TLS");
            String key = System.getProperty(TlsSettings.KEY_URL).substring("file://".length());
            String chain = System.getProperty(TlsSettings.CHAIN_URL).substring("file://".length());
            System.out.println("  TLS certificate      " + chain + (System.getProperty(TlsSettings.CHAIN) == null
                ? " (self-signed, generated; replace with --tls-cert/--tls-key, docs/tls.md)"
                : " (reloaded when renewed, checked every " + WATCH_INTERVAL.toSeconds() + " s)"));
            if (System.getProperty(TlsSettings.CHAIN) != null) {
                int webadminPort = ports.webadmin();
                // the baseline is the pair as read before James started, not the files now: a renewal meanwhile is loaded
                watchers.add(new CertificateWatcher(TlsSettings.prepared().orElseThrow(), () -> reloadCertificates(webadminPort))
                    .start(WATCH_INTERVAL));
            }
        } else {
            System.out.println("  SMTP (inbound MX)     " + listen + ":" + ports.smtp() + "  NO TLS (--no-tls)");
            System.out.println("  SMTP submission+AUTH " + listen + ":" + ports.submission() + "  NO TLS: password in clear text");
            System.out.println("  IMAP                 " + listen + ":" + ports.imap() + "  NO TLS: password in clear text");
        }
        System.out.println("  WebAdmin             127.0.0.1:" + ports.webadmin());
        System.out.println(ports.console() < 0 ? "  Web console          off"
            : "  Web console          http://" + consoleListen + ":" + ports.console() + "/  (log in as postmaster@<a local domain>)");
        if (demo) {
            provisionDemo(ports.webadmin(), ports.smtp(), tls);
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    /**
     * Why the server must not start in clear text on this address, if it must not: without TLS, SMTP AUTH and IMAP
     * LOGIN passwords and every mail would cross the network readable by anyone on the path.
     */
    static Optional<String> clearTextRefusal(String listen, boolean tls) {
        if (tls) {
            return Optional.empty();
        }
        if (loopback(listen)) {
            return Optional.empty();
        }
        return Optional.of("refusing to listen on " + listen + " without TLS: SMTP AUTH and IMAP passwords and all mail"
            + " would cross the network in clear text. --no-tls is for a loopback demo (--listen 127.0.0.1) only;"
            + " drop --no-tls (a self-signed certificate is generated) or give --tls-cert/--tls-key (docs/tls.md)"
            + " / afviser at lytte på " + listen + " uden TLS: adgangskoder til SMTP AUTH og IMAP og al post ville gå"
            + " over netværket i klartekst. --no-tls er kun til en demo på loopback (--listen 127.0.0.1); udelad"
            + " --no-tls (et selvsigneret certifikat laves) eller angiv --tls-cert/--tls-key (docs/tls.md)");
    }

    /**
     * Why {@code --demo} must not run with a listener on this address, if it must not: it creates alice@, bob@ and
     * postmaster@spoofguard.test with the password printed in the README, persisted; reachable from the network
     * they are an open authenticated relay and an administrator login to the console.
     */
    static Optional<String> demoRefusal(String host) {
        if (loopback(host)) {
            return Optional.empty();
        }
        return Optional.of("refusing --demo with a listener on " + (host.isBlank() ? "every interface" : host)
            + ": it creates users alice@, bob@ and postmaster@" + DEMO_DOMAIN + " with the published password "
            + DEMO_PASSWORD + ", which anyone who reaches that address could use to send mail through this server"
            + " and to log in to the web console. --demo is for a loopback start (--listen 127.0.0.1, the default);"
            + " on a public address create real users through WebAdmin"
            + " / afviser --demo med en lytter på " + (host.isBlank() ? "alle netværkskort" : host)
            + ": den opretter brugerne alice@, bob@ og postmaster@" + DEMO_DOMAIN + " med den offentlige adgangskode "
            + DEMO_PASSWORD + ", som alle der når den adresse, kunne bruge til at sende post gennem denne server"
            + " og til at logge ind i webkonsollen. --demo er til en start på loopback (--listen 127.0.0.1, standard);"
            + " på en offentlig adresse oprettes rigtige brugere via WebAdmin");
    }

    private static boolean loopback(String host) {
        try {
            // an empty host is every interface to a server, but the local host to getByName
            return !host.isBlank() && java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** One address a listener binds; port 0 = chosen by the OS. */
    record Listener(String host, int port) {
        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    /**
     * Every address this start binds, as the system properties say (after {@code --listen} and the options):
     * SMTP, submission, IMAP, with TLS also submissions and IMAPS, WebAdmin (always 127.0.0.1), the console
     * unless off.
     */
    static List<Listener> listeners(boolean tls) {
        List<Listener> listeners = new java.util.ArrayList<>();
        List<String> keys = tls
            ? List.of(ServerPorts.SMTP, ServerPorts.SUBMISSION, ServerPorts.IMAP, ServerPorts.SUBMISSIONS, ServerPorts.IMAPS)
            : List.of(ServerPorts.SMTP, ServerPorts.SUBMISSION, ServerPorts.IMAP);
        for (String key : keys) {
            listeners.addAll(listeners(System.getProperty(key, "")));
        }
        listeners.addAll(listeners("127.0.0.1:" + System.getProperty(ServerPorts.WEBADMIN, "")));
        listeners(System.getProperty(ServerPorts.CONSOLE, "")).stream().filter(l -> l.port() >= 0).forEach(listeners::add);
        return listeners;
    }

    /** The addresses of a James {@code <bind>} value; an entry without a readable port counts as port 0. */
    static List<Listener> listeners(String bind) {
        List<Listener> result = new java.util.ArrayList<>();
        List<String> hosts = bindHosts(bind);
        String[] entries = bind.split(",");
        for (int i = 0; i < entries.length && i < hosts.size(); i++) {
            String b = entries[i].strip();
            int colon = b.lastIndexOf(':');
            int port = 0;
            if (colon >= 0 && (b.startsWith("[") || b.indexOf(':') == colon)) {
                try {
                    port = Integer.parseInt(b.substring(colon + 1));
                } catch (NumberFormatException e) {
                    port = 0;
                }
            }
            result.add(new Listener(hosts.get(i), port));
        }
        return result;
    }

    /**
     * James did not start. A taken port surfaced only as James's BindException stack trace, which names no
     * address, and James's non-daemon threads kept the JVM running half-started (a service manager then sees a
     * "running" server that accepts no mail). Stops what was started, names the taken address(es), exits.
     */
    private static void startFailed(Exception e, Runnable stop, boolean tls) {
        Optional<Throwable> bind = Optional.empty();
        for (Throwable t = e; t != null && bind.isEmpty(); t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.BindException) {
                bind = Optional.of(t);
            }
        }
        try {
            stop.run();  // frees what James did bind, so the probe below finds only the ports others hold
        } catch (RuntimeException stopFailed) {
            System.err.println("spoofguard-server: stopping after the failed start: " + stopFailed
                + " / stop efter den mislykkede start: " + stopFailed);
        }
        if (bind.isEmpty()) {
            e.printStackTrace();
            System.err.println("spoofguard-server: James did not start: " + e + " / James startede ikke: " + e);
            System.exit(1);
        }
        List<Listener> all = listeners(tls).stream().filter(l -> l.port() > 0).toList();
        List<Listener> taken = all.stream().filter(l -> !bindable(l)).toList();
        String cause = bind.get().getMessage() == null ? bind.get().toString() : bind.get().getMessage();
        if (taken.isEmpty()) {
            System.err.println("spoofguard-server: cannot bind one of " + all + ": " + cause
                + " / kan ikke binde en af " + all + ": " + cause);
        }
        for (Listener l : taken) {
            System.err.println("spoofguard-server: cannot bind " + l + ": " + cause + " / kan ikke binde " + l + ": " + cause);
        }
        System.exit(2);
    }

    private static boolean bindable(Listener l) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(l.host().isBlank() ? new java.net.InetSocketAddress(l.port())
                : new java.net.InetSocketAddress(l.host(), l.port()));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The hosts of a James {@code <bind>} value: "host:port", "[v6]:port", several separated by commas. */
    static java.util.List<String> bindHosts(String bind) {
        java.util.List<String> hosts = new java.util.ArrayList<>();
        for (String one : bind.split(",")) {
            String b = one.strip();
            if (b.startsWith("[") && b.indexOf(']') > 0) {
                hosts.add(b.substring(1, b.indexOf(']')));
            } else {
                int colon = b.lastIndexOf(':');
                hosts.add(colon < 0 || b.indexOf(':') != colon ? b : b.substring(0, colon));
            }
        }
        return hosts;
    }

    /** Where the server's temporary files go, relative to the data directory. */
    public static final String TEMPORARY_DIRECTORY = "var/tmp";

    /**
     * Points {@code java.io.tmpdir} at {@code DATA/var/tmp} (created for the server's user alone, rwx------) unless the
     * admin set it with {@code -Djava.io.tmpdir} ({@code jvmArguments}); returns the directory used. James spools an
     * IMAP literal over its in-memory limit there (ImapRequestFrameDecoder, before any login), we spill PDFs
     * (MimeScan) and PDFBox its stream cache there, Jetty (WebAdmin) its work files: in a shared /tmp these were
     * mail content outside the data directory (README: everything written is under it), readable per the umask of
     * whoever else, not in the admin's backups or disk accounting. Called before anything creates a temporary file:
     * the JDK reads the property once, at the first one.
     */
    static Path temporaryDirectoryUnder(Path data, List<String> jvmArguments) throws java.io.IOException {
        if (jvmArguments.stream().anyMatch(a -> a.startsWith("-Djava.io.tmpdir="))) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
        Path tmp = data.resolve(TEMPORARY_DIRECTORY);
        PersistentJamesServer.createPrivateDirectory(tmp);
        System.setProperty("java.io.tmpdir", tmp.toString());
        return tmp;
    }

    /**
     * Held (an OS file lock, relative to the data directory) by the launched server from before it writes its first
     * temporary file until its process ends; the OS drops it when the process dies, {@code kill -9} included.
     */
    static final String TEMPORARY_DIRECTORY_LOCK = "var/tmp.lock";
    /** Kept reachable for the process's life: a collected channel is closed, and closing it drops the lock. */
    private static FileChannel temporaryDirectoryLock;

    /** What {@link #deleteLeftOvers} deleted: files (links included), directories, the files' bytes; and what it could not. */
    record LeftOvers(int files, int directories, long bytes, int failed) {
    }

    /**
     * Deletes what a previous run left in {@code DATA/var/tmp} (a {@code kill -9} ends no command or scan, so their
     * IMAP literals of up to 50 MB each, PDF spills and Jetty work files stay, docs/tls.md), with one INFO
     * line counting it. Only when {@code tmpdir} is that directory (an admin's own {@code -Djava.io.tmpdir} may be
     * shared with other programs) and only when this process takes {@link #TEMPORARY_DIRECTORY_LOCK}: a server
     * running on the same data directory holds it, and its files are a literal it is receiving or a PDF it is
     * scanning. The stores' own locks (Derby, ActiveMQ) are taken later, in James's start, after those files may be
     * in use; Derby's is not there with PostgreSQL, and {@code --ephemeral} has none. Empty when nothing was done.
     * Called before this process creates any temporary file. Links are deleted, never followed.
     */
    static Optional<LeftOvers> deleteLeftOvers(Path data, Path tmpdir) {
        Path tmp = data.resolve(TEMPORARY_DIRECTORY);
        if (!tmpdir.toAbsolutePath().normalize().equals(tmp)) {
            return Optional.empty();
        }
        Path lockFile = data.resolve(TEMPORARY_DIRECTORY_LOCK);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                LOGGER.info("SpoofGuard: {} is held by another process (a server on this data directory?): the temporary"
                    + " files in {} are left as they are", lockFile, tmp);
                return Optional.empty();
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(channel);  // this JVM holds it already (tests): its files are in use
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            LOGGER.warn("SpoofGuard: cannot lock {} ({}): the temporary files in {} are left as they are", lockFile, e, tmp);
            return Optional.empty();
        }
        temporaryDirectoryLock = channel;
        int[] counts = new int[3];  // files, directories, failed
        long[] bytes = new long[1];
        try {
            Files.walkFileTree(tmp, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    try {
                        Files.delete(file);
                        counts[0]++;
                        bytes[0] += attributes.isRegularFile() ? attributes.size() : 0;
                    } catch (IOException e) {
                        counts[2]++;
                        LOGGER.warn("SpoofGuard: cannot delete the temporary file {}: {}", file, e.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    counts[2]++;
                    LOGGER.warn("SpoofGuard: cannot read {}: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (!dir.equals(tmp)) {
                        try {
                            Files.delete(dir);
                            counts[1]++;
                        } catch (IOException notEmpty) {
                            counts[2]++;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            counts[2]++;
            LOGGER.warn("SpoofGuard: cannot read {}: {}", tmp, e.toString());
        }
        LeftOvers deleted = new LeftOvers(counts[0], counts[1], bytes[0], counts[2]);
        if (deleted.files() + deleted.directories() + deleted.failed() > 0) {
            LOGGER.info("SpoofGuard: deleted {} files and {} directories ({} bytes) a previous run left in {}{}",
                deleted.files(), deleted.directories(), deleted.bytes(), tmp,
                deleted.failed() > 0 ? "; " + deleted.failed() + " could not be deleted (see the WARN lines above)" : "");
        }
        return Optional.of(deleted);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // only opened to lock; nothing written
            }
        }
    }

    /** The refusal of a bad {@code --tls-hostname} ({@link TlsSettings#hostname()}), in English and Danish. */
    static Optional<String> tlsHostnameRefusal() {
        try {
            TlsSettings.hostname();
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The refusal of a bad {@code calloutHeloName} in {@code conf/smtpserver.xml}, checked by the hook's own rule
     * ({@link RecipientValidationConfig#configuredHeloName}) before anything is bound or written: James would read it
     * only when the SMTP servers start, and its failure is a stack trace and exit 1. A file James cannot parse is
     * left to James to report, as before.
     */
    static Optional<String> calloutHeloRefusal(Path conf) {
        Path file = conf.toAbsolutePath().normalize().resolve("smtpserver.xml");
        org.apache.commons.configuration2.XMLConfiguration xml;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            xml = FileConfigurationProvider.getConfig(in);
        } catch (IOException | ConfigurationException | RuntimeException e) {
            return Optional.empty();
        }
        for (var server : xml.configurationsAt("smtpserver")) {
            for (var handler : server.configurationsAt("handlerchain.handler")) {
                if (RecipientValidationHook.class.getName().equals(handler.getString("[@class]"))) {
                    try {
                        RecipientValidationConfig.configuredHeloName(handler);
                    } catch (ConfigurationException e) {
                        return Optional.of(Bilingual.prefixed(file + ": ", e.getMessage()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * James's own certificate reload: every SMTP/IMAP server re-reads the PEM files for new connections. Bounded in
     * time ({@link #RELOAD_TIMEOUT}): the watcher has one thread, and a WebAdmin that never answered would stop every
     * later renewal from being loaded; a failure is thrown, logged by the watcher and tried again at its next poll.
     */
    public static void reloadCertificates(int webadminPort) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(RELOAD_TIMEOUT).build().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webadminPort + "/servers?reload-certificate"))
                .timeout(RELOAD_TIMEOUT).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 204) {
            throw new IllegalStateException("WebAdmin POST /servers?reload-certificate answered " + response.statusCode()
                + ": " + response.body());
        }
    }

    /**
     * Adds the demo domain and users through WebAdmin, exactly as an admin would with curl. Idempotent: only what
     * is missing is created, so a restart on the same data keeps a demo password the admin changed.
     */
    static void provisionDemo(int webadminPort, int smtpPort, boolean tls) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + webadminPort;
        List<String> created = new java.util.ArrayList<>();
        // WebAdmin documents GET for a domain's existence and HEAD for a user's (its HEAD on /domains always says 200).
        if (!exists(http, "GET", base + "/domains/" + DEMO_DOMAIN)) {
            put(http, base + "/domains/" + DEMO_DOMAIN, "");
            created.add("domain " + DEMO_DOMAIN);
        }
        for (String user : List.of("alice", "bob", "postmaster")) {
            String address = user + "@" + DEMO_DOMAIN;
            if (!exists(http, "HEAD", base + "/users/" + address)) {
                put(http, base + "/users/" + address, "{\"password\":\"" + DEMO_PASSWORD + "\"}");
                created.add(address);
            }
        }
        System.out.println("  Demo: domain " + DEMO_DOMAIN + ", users alice@, bob@, postmaster@" + DEMO_DOMAIN
            + " (password " + DEMO_PASSWORD + ")" + (created.isEmpty() ? ", all already there" : ", created now: "
            + String.join(", ", created)));
        System.out.println("  Try:  swaks --server 127.0.0.1:" + smtpPort + (tls ? " --tls" : "") + " --to alice@" + DEMO_DOMAIN);
    }

    private static boolean exists(HttpClient http, String method, String uri) throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(uri))
            .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 == 2) {
            return true;
        }
        if (response.statusCode() == 404) {
            return false;
        }
        throw new IllegalStateException("WebAdmin " + method + " " + uri + " answered " + response.statusCode());
    }

    private static void put(HttpClient http, String uri, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
            throw new IllegalStateException("WebAdmin PUT " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /**
     * Set by {@code bin/spoofguard-server} to the directory it was run from. The script then changes to the checkout
     * (conf/logback.xml, the defaults ./conf and ./data), so without this a relative {@code --data mydata} run from
     * /srv put the mail store inside the checkout, and {@code --tls-cert fullchain.pem} read (or missed) a file there.
     */
    static final String CALLER_DIRECTORY = "spoofguard.caller.directory";

    static Path callerDirectory() {
        return Path.of(System.getProperty(CALLER_DIRECTORY, System.getProperty("user.dir")));
    }

    /**
     * Set by {@code bin/spoofguard-check} and {@code bin/spoofguard-posture} to the checkout they belong to. Their
     * defaults are that checkout's conf/ and data/, as the server's are: run from another directory, the checker
     * computed with no settings and posture found no DKIM key, both saying nothing of it.
     */
    static final String CHECKOUT = "spoofguard.checkout";

    /** conf/ or data/ of the checkout the command came from; relative to the working directory without one. */
    static Path checkoutDefault(String name) {
        String root = System.getProperty(CHECKOUT);
        return root == null || root.isEmpty() ? Path.of(name) : Path.of(root, name);
    }

    /** A path given on the command line, as the admin meant it: relative to where the command was run. */
    static Path given(String value) {
        return callerDirectory().resolve(value).normalize();
    }

    /**
     * {@code --database}, with an embedded Derby database's relative directory made absolute against the caller's
     * directory (Derby would resolve it against the process's, i.e. the checkout). Other URLs (PostgreSQL) and
     * Derby's non-directory kinds ({@code memory:}, {@code classpath:}, {@code jar:}) are kept as given.
     */
    static String givenDatabaseUrl(String url, Path caller) {
        String derby = "jdbc:derby:";
        if (!url.startsWith(derby)) {
            return url;
        }
        String[] nameAndAttributes = url.substring(derby.length()).split(";", 2);
        String name = nameAndAttributes[0];
        String kind = "";
        if (name.startsWith("directory:")) {
            kind = "directory:";
            name = name.substring(kind.length());
        } else if (name.matches("[A-Za-z]+:.*")) {
            return url;
        }
        if (name.isEmpty() || Path.of(name).isAbsolute()) {
            return url;
        }
        return derby + kind + caller.resolve(name).normalize()
            + (nameAndAttributes.length > 1 ? ";" + nameAndAttributes[1] : "");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value", option + " skal have en værdi");
        }
        return args[i];
    }

    private static String port(String value, String option) {
        // the one whole-number rule (WholeNumbers): "+25" or other scripts' digits were passed on to James as given
        OptionalInt port = WholeNumbers.value(value, 0, Integer.MAX_VALUE);
        if (port.isEmpty()) {
            usage(option + ": not a port number: " + value, option + ": ikke et portnummer: " + value);
        } else if (port.getAsInt() > 65535) {
            usage(option + ": port out of range: " + value, option + ": porten er uden for 0-65535: " + value);
        }
        return Integer.toString(port.orElse(0));
    }

    /**
     * A refusal the admin must correct, exit 2: in English and Danish ("English / Danish", as the other messages
     * admins read), English first so scripts and searches that know the English text still find it.
     */
    private static void usage(String english, String danish) {
        refuse(english + " (see --help) / " + danish + " (se --help)");
    }

    /** A refusal already in both languages, exit 2. */
    private static void refuse(String bilingual) {
        System.err.println("spoofguard-server: " + bilingual);
        System.exit(2);
    }
}
