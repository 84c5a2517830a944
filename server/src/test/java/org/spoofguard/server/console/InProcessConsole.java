package org.spoofguard.server.console;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.mail.Session;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.MailAddress;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.mailrepository.api.MailKey;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.memory.MemoryMailRepository;
import org.apache.james.server.core.MailImpl;
import org.apache.james.user.api.UsersRepository;
import org.apache.mailet.Mail;

/**
 * An in-process console (real Spark/Jetty, real HeldMailService and AuditLog) over one
 * in-memory repository used for all three held-mail repositories, a domain list that knows every domain and a
 * user store that accepts every password. A release removes the mail from the repository and counts it.
 */
final class InProcessConsole implements AutoCloseable {
    static final String ADMIN = "postmaster@aarhus.dk";

    final MemoryMailRepository repository = new MemoryMailRepository();
    final java.util.concurrent.atomic.AtomicInteger releases = new java.util.concurrent.atomic.AtomicInteger();
    final ConsoleServer console;
    final AuditLog audit;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    String cookies = "";

    InProcessConsole(Path dir, Map<String, String> settings) {
        MailRepositoryStore store = (MailRepositoryStore) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailRepositoryStore.class}, (p, m, a) -> switch (m.getName()) {
                case "select", "create" -> repository;
                case "get" -> Optional.of(repository);
                case "getByPath" -> Stream.of(repository);
                case "getUrls" -> Stream.empty();
                case "defaultProtocol" -> Optional.empty();
                default -> throw new UnsupportedOperationException(m.getName());
            });
        UsersRepository users = (UsersRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {UsersRepository.class}, (p, m, a) -> switch (m.getName()) {
                case "contains", "test" -> true;
                case "hashCode" -> 1;
                case "equals" -> p == a[0];
                default -> throw new UnsupportedOperationException(m.getName());
            });
        DomainList domains = (DomainList) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {DomainList.class}, (p, m, a) -> switch (m.getName()) {
                case "containsDomain" -> true;
                case "getDomains" -> List.of();
                default -> throw new UnsupportedOperationException(m.getName());
            });
        audit = new AuditLog(dir.resolve("audit.log"), Clock.systemUTC());
        java.util.Map<String, String> s = new java.util.HashMap<>(Map.of("retentionDays", "0", "secureCookie", "false"));
        s.putAll(settings);
        console = new ConsoleServer(ConsoleSettings.parse(s, "127.0.0.1:0"), store, users, domains,
            (repo, key, processor) -> {
                releases.incrementAndGet();
                repository.remove(key);
            }, audit, null, null, "mx.aarhus.dk", Clock.systemUTC());
        console.start();
    }

    /** Stores a mail parsed from {@code raw} (LF line ends allowed) under {@code key}. */
    Mail store(String key, String raw, java.util.function.Consumer<Mail> attributes) throws Exception {
        MimeMessage message = new MimeMessage(Session.getDefaultInstance(new Properties()),
            new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        MailImpl mail = MailImpl.builder().name(key).sender(new MailAddress("faktura@danfoss.dk"))
            .addRecipient(new MailAddress("kreditor@aarhus.dk")).mimeMessage(message).lastUpdated(new Date()).build();
        attributes.accept(mail);
        repository.store(mail);
        return mail;
    }

    boolean held(String key) throws Exception {
        return repository.retrieve(new MailKey(key)) != null;
    }

    String url(String path) {
        return "http://127.0.0.1:" + console.port() + path;
    }

    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        remember(r);
        return r;
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) throws Exception {
        String body = form.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies)
            .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
        remember(r);
        return r;
    }

    private void remember(HttpResponse<String> r) {
        Map<String, String> jar = new java.util.LinkedHashMap<>();
        for (String c : cookies.split("; ")) {
            int eq = c.indexOf('=');
            if (eq > 0) {
                jar.put(c.substring(0, eq), c.substring(eq + 1));
            }
        }
        for (String set : r.headers().allValues("Set-Cookie")) {
            String nv = set.split(";", 2)[0];
            int eq = nv.indexOf('=');
            if (nv.substring(eq + 1).isEmpty()) {
                jar.remove(nv.substring(0, eq));
            } else {
                jar.put(nv.substring(0, eq), nv.substring(eq + 1));
            }
        }
        cookies = jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no csrf token in " + html);
        }
        return m.group(1);
    }

    /** Logs in as the admin; returns the session's CSRF token. */
    String login() throws Exception {
        String token = csrf(get("/login").body());
        HttpResponse<String> r = post("/login", List.of(Map.entry("csrf", token), Map.entry("user", ADMIN),
            Map.entry("password", "x")));
        if (r.statusCode() != 303) {
            throw new AssertionError("login: " + r.statusCode() + " " + r.body());
        }
        return csrf(get("/held/quarantine").body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        console.stop();
    }
}
