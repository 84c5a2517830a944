package org.spoofguard.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.apache.james.GuiceJamesServer;

/**
 * {@code bin/spoofguard-server}: starts the bundled James with SpoofGuard and waits for Ctrl-C.
 *
 * <pre>
 * --conf DIR            James configuration (default ./conf)
 * --data DIR            data directory: database, mail queues, repositories (default ./data)
 * --database URL        JDBC URL of the store (default: embedded Derby under the data directory),
 *                       e.g. jdbc:postgresql://127.0.0.1:5432/mail
 * --ephemeral           James's in-memory stores: users, domains, mailboxes and queues are lost on stop
 * --listen ADDR         address to bind SMTP/submission/IMAP to (default 127.0.0.1)
 * --smtp-port N         inbound SMTP (default 2525)
 * --submission-port N   submission with AUTH (default 5587)
 * --imap-port N         IMAP (default 1143)
 * --webadmin-port N     WebAdmin, always on 127.0.0.1 (default 8000)
 * --console-port N      web console (default 8025; -1: off), docs/console.md
 * --console-listen ADDR address of the web console (default 127.0.0.1: put a TLS reverse proxy in front)
 * --demo                provision domain spoofguard.test, users alice@ / bob@ (password "demo-password")
 * </pre>
 */
public final class Launcher {
    static final String DEMO_DOMAIN = "spoofguard.test";
    static final String DEMO_PASSWORD = "demo-password";

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
        String webadmin = "8000";
        String consolePort = "8025";
        String consoleListen = "127.0.0.1";
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--conf" -> conf = Path.of(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--listen" -> listen = value(args, ++i, arg);
                case "--smtp-port" -> smtp = port(value(args, ++i, arg), arg);
                case "--submission-port" -> submission = port(value(args, ++i, arg), arg);
                case "--imap-port" -> imap = port(value(args, ++i, arg), arg);
                case "--webadmin-port" -> webadmin = port(value(args, ++i, arg), arg);
                case "--console-port" -> {
                    String v = value(args, ++i, arg);
                    consolePort = v.equals("-1") ? v : port(v, arg);
                }
                case "--console-listen" -> consoleListen = value(args, ++i, arg);
                case "--database" -> database = Optional.of(value(args, ++i, arg));
                case "--ephemeral" -> store = SpoofGuardServer.Store.EPHEMERAL;
                case "--demo" -> demo = true;
                case "-h", "--help" -> {
                    System.out.println("usage: bin/spoofguard-server [--conf DIR] [--data DIR] [--database JDBC-URL | --ephemeral] "
                        + "[--listen ADDR] [--smtp-port N] [--submission-port N] [--imap-port N] [--webadmin-port N] [--console-port N] [--console-listen ADDR] [--demo]");
                    return;
                }
                default -> usage("unknown option " + arg);
            }
        }
        setIfAbsent(ServerPorts.SMTP, listen + ":" + smtp);
        setIfAbsent(ServerPorts.SUBMISSION, listen + ":" + submission);
        setIfAbsent(ServerPorts.IMAP, listen + ":" + imap);
        setIfAbsent(ServerPorts.WEBADMIN, webadmin);
        setIfAbsent(ServerPorts.CONSOLE, (consoleListen.contains(":") ? "[" + consoleListen + "]" : consoleListen) + ":" + consolePort);

        if (store == SpoofGuardServer.Store.EPHEMERAL && database.isPresent()) {
            usage("--ephemeral and --database exclude each other");
        }
        GuiceJamesServer server = SpoofGuardServer.create(conf, data, store, database, List.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SpoofGuard: stopping James...");
            server.stop();
            stopped.countDown();
        }, "spoofguard-shutdown"));
        server.start();
        SpoofGuardServer.Ports ports = SpoofGuardServer.Ports.of(server);
        System.out.println();
        System.out.println("SpoofGuard is running (Apache James 3.8.1). Data: " + data.toAbsolutePath().normalize());
        System.out.println(store == SpoofGuardServer.Store.PERSISTENT
            ? "  Store: persistent (" + database.orElse("embedded Derby under the data directory") + ")"
            : "  Store: EPHEMERAL - users, domains, mailboxes and queued mail are lost when it stops");
        System.out.println("  SMTP (inbound MX)     " + listen + ":" + ports.smtp());
        System.out.println("  SMTP submission+AUTH " + listen + ":" + ports.submission());
        System.out.println("  IMAP                 " + listen + ":" + ports.imap());
        System.out.println("  WebAdmin             127.0.0.1:" + ports.webadmin());
        System.out.println(ports.console() < 0 ? "  Web console          off"
            : "  Web console          http://" + consoleListen + ":" + ports.console() + "/  (log in as postmaster@<a local domain>)");
        if (demo) {
            provisionDemo(ports.webadmin());
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    /**
     * Adds the demo domain and users through WebAdmin, exactly as an admin would with curl. Idempotent: only what
     * is missing is created, so a restart on the same data keeps a demo password the admin changed.
     */
    static void provisionDemo(int webadminPort) throws Exception {
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
        System.out.println("  Try:  swaks --server 127.0.0.1:2525 --to alice@" + DEMO_DOMAIN);
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

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static String port(String value, String option) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                usage(option + ": port out of range: " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            usage(option + ": not a port number: " + value);
            return value;
        }
    }

    private static void usage(String message) {
        System.err.println("spoofguard-server: " + message + " (see --help)");
        System.exit(2);
    }
}
