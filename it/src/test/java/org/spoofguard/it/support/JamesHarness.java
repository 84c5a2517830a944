package org.spoofguard.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;

import org.apache.commons.net.imap.IMAPSClient;
import org.apache.james.GuiceJamesServer;
import org.apache.james.dnsservice.api.DNSService;
import org.apache.james.utils.TestIMAPClient;
import org.spoofguard.server.ServerPorts;
import org.spoofguard.server.SpoofGuardServer;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.server.tls.TlsMaterial;
import org.spoofguard.server.tls.TlsSettings;
import org.spoofguard.testing.tls.TestTls;

import com.google.inject.Module;

/**
 * A real James 3.8.1 server with SpoofGuard, built from the repository's {@code conf/} exactly as
 * {@code bin/spoofguard-server} builds it, on free loopback ports, in a temporary directory.
 *
 * <p>Tests may patch the copied configuration (text replacement per file) before start, e.g. to point
 * RemoteDelivery at a {@link org.spoofguard.testing.smtp.SmtpSink}. {@link #restart()} keeps the data
 * directory, so persistence across restarts can be tested.
 */
public final class JamesHarness implements AutoCloseable {
    /** The repository's conf/, found relative to the it/ module. */
    public static final Path REPOSITORY_CONF = locateConf();

    private final Path root;
    private final Path conf;
    private final Path data;
    private final List<Module> overrides = new ArrayList<>();
    private final List<Module> additions = new ArrayList<>();
    private GuiceJamesServer server;
    private boolean dnsConfigured;
    private LoopbackDnsServer ownDns;
    private SpoofGuardServer.Ports ports;
    private final HttpClient http = HttpClient.newHttpClient();
    private SpoofGuardServer.Store store = SpoofGuardServer.Store.PERSISTENT;
    private final TestDatabase database;
    private java.util.Optional<String> databaseUrlOverride = java.util.Optional.empty();

    public JamesHarness() {
        try {
            root = Files.createTempDirectory("spoofguard-it");
            conf = root.resolve("conf");
            data = root.resolve("data");
            copyTree(REPOSITORY_CONF, conf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stopWithoutNettyQuietPeriods();
        overrides.add(binder -> binder.bind(DNSService.class).toInstance(new OfflineJamesDns()));
        database = TestDatabase.forThisRun();
    }

    /**
     * James 3.8.1 stops each SMTP/IMAP listener by waiting for Netty's graceful shutdown, whose quiet period is 2 s,
     * one listener after the other: five listeners made every stop (and restart) of these servers last 10 s, about a
     * third of the end-to-end run. The tests here stop a server only once its clients are done (what a restart keeps
     * is what was stored before it), so the copied conf does not wait: {@code gracefulShutdown=false} per listener
     * (James's own setting). The shipped conf keeps the graceful stop, which {@code CrashRecoveryIT} exercises on a
     * forked server with SIGTERM.
     */
    private void stopWithoutNettyQuietPeriods() {
        for (String file : List.of("smtpserver.xml", "imapserver.xml")) {
            String element = file.replace(".xml", "");
            patch(file, xml -> xml.replaceAll("(<" + element + "(?: [^>]*)?>)",
                "$1\n        <gracefulShutdown>false</gracefulShutdown>"));
        }
    }

    /**
     * James's in-memory stores instead of the persistent default: for tests that need a stock-like server only.
     */
    public JamesHarness ephemeral() {
        store = SpoofGuardServer.Store.EPHEMERAL;
        return this;
    }

    /** Overrides the store's JDBC URL (e.g. the test database behind a {@link TcpProxy}). */
    public JamesHarness databaseUrl(String url) {
        databaseUrlOverride = java.util.Optional.of(url);
        return this;
    }

    /** The store this server uses: embedded Derby, or a fresh PostgreSQL database in the PostgreSQL run. */
    public TestDatabase database() {
        return database;
    }

    /** Edits a copied configuration file before {@link #start()}. */
    public JamesHarness patch(String file, UnaryOperator<String> edit) {
        Path path = conf.resolve(file);
        try {
            String before = Files.readString(path);
            String after = edit.apply(before);
            if (after.equals(before)) {
                throw new IllegalStateException("patch of " + file + " changed nothing");
            }
            Files.writeString(path, after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sends RemoteDelivery's outgoing mail to a loopback SMTP server (the test sink) instead of MX hosts. */
    public JamesHarness relayThrough(int sinkPort) {
        return patch("mailetcontainer.xml", xml -> xml.replace(
            "<outgoingQueue>outgoing</outgoingQueue>",
            "<outgoingQueue>outgoing</outgoingQueue>\n                <gateway>127.0.0.1</gateway>\n"
                + "                <gatewayPort>" + sinkPort + "</gatewayPort>")
            .replace("<delayTime>2*5 minutes, 4*30 minutes, 8*2 hours, 24*4 hours</delayTime>", "<delayTime>200, 500, 1000</delayTime>")
            .replace("<maxRetries>38</maxRetries>", "<maxRetries>1</maxRetries>"));
    }

    /**
     * Points SpoofGuard's resolver (conf/spoofguard.properties) at a loopback DNS server, with a short
     * timeout so fault-injection tests stay fast.
     */
    public JamesHarness dns(LoopbackDnsServer dnsServer) {
        dnsConfigured = true;
        return property("dns.servers", dnsServer.hostAndPort())
            .property("dns.timeout", "1s")
            .property("dns.retries", "0");
    }

    /** Sets one key of the copied conf/spoofguard.properties (replacing it, commented out or not). */
    public JamesHarness property(String key, String value) {
        return patch("spoofguard.properties", properties -> withProperty(properties, key, value));
    }

    /** A properties text with {@code key=value} set once (replacing the key, commented out or not). */
    public static String withProperty(String properties, String key, String value) {
        String line = key + "=" + value;
        String replaced = properties.replaceAll("(?m)^#?" + java.util.regex.Pattern.quote(key) + "=.*$",
            java.util.regex.Matcher.quoteReplacement(line));
        return replaced.equals(properties) && !properties.contains(line) ? properties + "\n" + line + "\n" : replaced;
    }

    /** Adds a Guice module (e.g. a test probe) to the server. */
    public JamesHarness with(Module module) {
        additions.add(module);
        return this;
    }

    public JamesHarness override(Module module) {
        overrides.add(module);
        return this;
    }

    public Path conf() {
        return conf;
    }

    public Path data() {
        return data;
    }

    public JamesHarness start() throws Exception {
        if (!dnsConfigured) {
            // This machine has no usable DNS: without a test DNS server every SPF/DMARC lookup would wait for
            // the system resolver to time out. An empty loopback server answers at once (REFUSED: temperror).
            ownDns = LoopbackDnsServer.start();
            dns(ownDns);
        }
        useFreeLoopbackPorts();
        server = SpoofGuardServer.create(conf, data, store,
                store == SpoofGuardServer.Store.PERSISTENT ? databaseUrlOverride.or(database::url) : java.util.Optional.empty(),
                overrides)
            .combineWith(additions);
        server.start();
        ports = SpoofGuardServer.Ports.of(server);
        return this;
    }

    /** Every listener of the next server on 127.0.0.1 with a port the OS chooses (read back through the probes). */
    public static void useFreeLoopbackPorts() {
        System.setProperty(ServerPorts.SMTP, "127.0.0.1:0");
        System.setProperty(ServerPorts.SUBMISSION, "127.0.0.1:0");
        System.setProperty(ServerPorts.IMAP, "127.0.0.1:0");
        System.setProperty(ServerPorts.SUBMISSIONS, "127.0.0.1:0");
        System.setProperty(ServerPorts.IMAPS, "127.0.0.1:0");
        System.setProperty(ServerPorts.WEBADMIN, "0");
        System.setProperty(ServerPorts.CONSOLE, "127.0.0.1:0");
    }

    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public JamesHarness restart() throws Exception {
        stop();
        return start();
    }

    public GuiceJamesServer server() {
        return server;
    }

    public int smtpPort() {
        return ports.smtp();
    }

    public int submissionPort() {
        return ports.submission();
    }

    public int imapPort() {
        return ports.imap();
    }

    public int webadminPort() {
        return ports.webadmin();
    }

    /** The web console's port (docs/console.md). */
    public int consolePort() {
        return ports.console();
    }

    /** Submission with implicit TLS (RFC 8314), -1 when TLS is off. */
    public int submissionsPort() {
        return ports.submissions();
    }

    /** IMAP with implicit TLS (RFC 8314), -1 when TLS is off. */
    public int imapsPort() {
        return ports.imaps();
    }

    // ---- TLS: every client of these tests trusts exactly the certificate the server generated ----

    /** Client TLS trusting this server's self-signed certificate (data/var/tls/fullchain.pem). */
    public SSLContext clientTls() {
        return clientTls(data);
    }

    public static SSLContext clientTls(Path dataDirectory) {
        return TestTls.trusting(dataDirectory.resolve(TlsSettings.SELF_SIGNED_DIRECTORY).resolve(TlsMaterial.CHAIN_FILE));
    }

    /** JavaMail properties for the {@code imaps} store, trusting {@code tls}. */
    public static java.util.Properties javaMailImaps(SSLContext tls) {
        java.util.Properties properties = new java.util.Properties();
        properties.put("mail.imaps.ssl.socketFactory", tls.getSocketFactory());
        properties.put("mail.imaps.connectiontimeout", "10000");
        properties.put("mail.imaps.timeout", "30000");
        return properties;
    }

    // ---- WebAdmin, as an admin would use it with curl ----

    public HttpResponse<String> webadmin(String method, String path, String body) {
        return webadmin(http, ports.webadmin(), method, path, body);
    }

    /** One WebAdmin request on 127.0.0.1:{@code port}, as an admin would send it with curl. */
    public static HttpResponse<String> webadmin(HttpClient http, int port, String method, String path, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> webadminOk(String method, String path, String body) {
        HttpResponse<String> response = webadmin(method, path, body);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    public JamesHarness addDomain(String domain) {
        webadminOk("PUT", "/domains/" + domain, null);
        return this;
    }

    public JamesHarness addUser(String address, String password) {
        webadminOk("PUT", "/users/" + address, "{\"password\":\"" + password + "\"}");
        return this;
    }

    /** Mail to {@code address} goes on to {@code target} (WebAdmin {@code /address/forwards}). */
    public JamesHarness addForward(String address, String target) {
        webadminOk("PUT", "/address/forwards/" + address + "/targets/" + target, null);
        return this;
    }

    /**
     * The sender verdict hooks (SPF at MAIL FROM, verdict + our Authentication-Results at end of DATA), unless
     * conf/smtpserver.xml already has them; SpfHook's default "record" keeps SPF-failing mail accepted.
     */
    public JamesHarness senderAuthentication() {
        return patch("smtpserver.xml", xml -> xml.contains("org.spoofguard.smtp.auth.SenderVerdictHook")
            ? xml + "\n<!-- sender authentication already configured -->\n"
            : xml.replace("<handler class=\"org.spoofguard.smtp.SessionContextHook\"/>",
                "<handler class=\"org.spoofguard.smtp.SessionContextHook\"/>\n"
                    + "            <handler class=\"org.spoofguard.smtp.auth.SpfHook\"/>\n"
                    + "            <handler class=\"org.spoofguard.smtp.auth.SenderVerdictHook\"/>"));
    }

    /**
     * The end of a test class: each of {@code resources} closed in the order given (the server before the sink and
     * the DNS it uses), null ones (a start that failed part way) skipped, all closed even when one fails; the first
     * failure is thrown, with the others suppressed in it.
     */
    public static void closeAll(AutoCloseable... resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * WebAdmin names a repository by its URL-encoded path without the protocol:
     * "file://var/mail/quarantine/" is {@code var%2Fmail%2Fquarantine%2F}.
     */
    /**
     * WebAdmin's details of one held mail ({@code fields}: e.g. "attributes,headers"), read once James has
     * finished storing it. James 3.8.1's file repository lists a key as soon as its first file is written, while
     * {@code store} still holds the key's lock; a read then answers 500 "Cannot lock MailKey" (retrieve, failing
     * to read the half-written mail, tries to remove it and the held lock refuses: nothing is lost). That answer
     * means "still being stored", so it is waited out; any other failure fails the test.
     */
    public String heldMailDetails(String repositoryUrl, String key, String fields) {
        String path = "/mailRepositories/" + encodeRepository(repositoryUrl) + "/mails/"
            + URLEncoder.encode(key, StandardCharsets.UTF_8) + "?additionalFields=" + fields;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> response = webadmin("GET", path, null);
            if (response.statusCode() == 200) {
                return response.body();
            }
            if (!(response.statusCode() == 500 && response.body().contains("Cannot lock")) || System.nanoTime() > deadline) {
                throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + " " + response.body());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A counter from WebAdmin's Prometheus {@code /metrics} (0 while it has not been created yet). */
    public long metric(String name) {
        return metricSum(name);
    }

    /** The sum of several counters read from one {@code /metrics} page (one request, not one per counter). */
    public long metricSum(String... names) {
        String metrics = webadminOk("GET", "/metrics", null).body();
        long sum = 0;
        for (String name : names) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?m)^" + name + "(?:_total)?(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(metrics);
            sum += m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
        }
        return sum;
    }

    public static String encodeRepository(String url) {
        int scheme = url.indexOf("://");
        String path = scheme < 0 ? url : url.substring(scheme + 3);
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** Keys of the mails in a repository (WebAdmin {@code GET /mailRepositories/{url}/mails}). */
    public String repositoryMails(String url) {
        return webadminOk("GET", "/mailRepositories/" + encodeRepository(url) + "/mails", null).body();
    }

    /** The keys listed by {@link #repositoryMails}, in WebAdmin's order. */
    public List<String> repositoryKeys(String url) {
        List<String> keys = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(repositoryMails(url));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    // ---- IMAP ----

    /** Logged in over IMAPS (implicit TLS), INBOX selected: LOGIN in clear text is refused since TLS is on. */
    public TestIMAPClient imap(String user, String password) throws IOException {
        return imapsSession(null).login(user, password).select(TestIMAPClient.INBOX);
    }

    /**
     * An IMAPS session (implicit TLS, this server's certificate trusted), connected and greeted but not logged in.
     * {@code readTimeout} bounds the connect and each answer (null: the client's defaults), for tests where a
     * server that stalls must fail the test rather than hang it.
     */
    public TestIMAPClient imapsSession(Duration readTimeout) throws IOException {
        IMAPSClient imaps = new IMAPSClient(true, clientTls());
        if (readTimeout != null) {
            imaps.setDefaultTimeout((int) readTimeout.toMillis());
            imaps.setConnectTimeout((int) readTimeout.toMillis());
        }
        return new TestIMAPClient(imaps).connect("127.0.0.1", ports.imaps());
    }

    /**
     * The header section of the first message in a user's INBOX ("" when empty), CRLF line ends, folded lines
     * kept. Read on one IMAP session that never sends CLOSE (see {@link ImapHeaderReader} for why).
     */
    public String firstMessageHeaders(String user, String password) {
        return awaitFirstMessageHeaders(user, password, Duration.ZERO);
    }

    /** As {@link #firstMessageHeaders}, waiting up to {@code wait} for the first message to arrive. */
    public String awaitFirstMessageHeaders(String user, String password, Duration wait) {
        // IMAPS once TLS is on (the STARTTLS port refuses LOGIN before TLS); plain IMAP with TLS switched off.
        return ports.imaps() >= 0
            ? ImapHeaderReader.firstMessageHeaders(ports.imaps(), clientTls(), user, password, wait)
            : ImapHeaderReader.firstMessageHeaders(ports.imap(), null, user, password, wait);
    }

    /**
     * The header section of the first message in a user's INBOX, unfolded ({@link DeliveredHeaders#unfold}), waiting
     * up to 30 s for it to be delivered; fails the test when nothing arrived.
     */
    public String awaitDeliveredHeaders(String user, String password) {
        String headers = awaitFirstMessageHeaders(user, password, Duration.ofSeconds(30));
        assertThat(headers).as("delivered to " + user + " within 30 s").isNotEmpty();
        return DeliveredHeaders.unfold(headers);
    }

    @Override
    public void close() throws IOException {
        stop();
        if (ownDns != null) {
            ownDns.close();
        }
        database.drop();
        deleteTree(root);
    }

    private static Path locateConf() {
        for (Path candidate : List.of(Path.of("../conf"), Path.of("conf"))) {
            if (Files.isRegularFile(candidate.resolve("mailetcontainer.xml"))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find the repository's conf/ from " + Path.of("").toAbsolutePath());
    }

    /** Copies a directory tree (used to give each server its own copy of conf/). */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
