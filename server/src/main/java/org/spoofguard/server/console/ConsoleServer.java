package org.spoofguard.server.console;

import java.io.OutputStream;
import java.security.SecureRandom;
import java.text.MessageFormat;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.PreDestroy;
import javax.inject.Inject;
import javax.inject.Singleton;
import javax.mail.internet.MimeMessage;

import org.apache.james.core.Domain;
import org.apache.james.core.Username;
import org.apache.james.domainlist.api.DomainList;
import org.apache.james.filesystem.api.FileSystem;
import org.apache.james.lifecycle.api.LifecycleUtil;
import org.apache.james.lifecycle.api.Startable;
import org.apache.james.mailrepository.api.MailRepositoryStore;
import org.apache.james.mailrepository.api.MailRepositoryUrl;
import org.apache.james.queue.api.MailQueueFactory;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.util.streams.Limit;
import org.apache.james.webadmin.service.ReprocessingService;
import org.apache.mailet.Mail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoofguard.core.bounce.BounceCause;
import org.spoofguard.core.bounce.BounceReportHistory;
import org.spoofguard.james.BounceGuardServices;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.james.invoice.InvoiceInspection;
import org.spoofguard.core.dkim.DkimSigningConfig;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.posture.Finding;
import org.spoofguard.core.posture.PostureChecker;
import org.spoofguard.core.posture.PostureReport;
import org.spoofguard.server.Posture;

import com.codahale.metrics.MetricRegistry;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * SpoofGuard's web console: held mail (quarantined invoices, suppressed bounces, the error repository) reviewed,
 * previewed safely, released or deleted by administrators, every action in the audit log; the backscatter and
 * invoice report as server-drawn charts. Danish and English. Served by Spark on its own Jetty (the library James's
 * WebAdmin already runs on), bound to 127.0.0.1:8025 by default: expose it only through a TLS reverse proxy
 * (docs/console.md).
 *
 * <p>Security, because a held mail is hostile by definition: every value is cleaned and escaped ({@link Text});
 * the Content-Security-Policy forbids scripts, frames and any remote load; no state changes on GET; every POST
 * carries a per-session CSRF token (login: a double-submit token); session cookie HttpOnly, SameSite=Strict,
 * Secure; wrong passwords throttled ({@link LoginThrottle}).
 */
@Singleton
public class ConsoleServer implements Startable {
    private static final Logger LOGGER = LoggerFactory.getLogger(ConsoleServer.class);
    static final String AUDIT_FILE = "file://var/spoofguard/audit.log";
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'";
    static final String LOGIN_COOKIE = "sg_login";
    static final String LANG_COOKIE = "sg_lang";
    static final int MAX_BULK = 500;
    private static final Pattern REASON = Pattern.compile("^([^()]+)\\(([+-]?\\d+)\\):\\s*(.*)$", Pattern.DOTALL);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ConsoleSettings settings;
    private final UsersRepository users;
    private final DomainList domains;
    private final BounceGuardServices bounces;
    private final MetricRegistry metrics;
    private final HeldMailService held;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final String authservId;
    private InvoiceInspection invoices;
    private PostureRunner posture;
    private Service http;
    private ScheduledExecutorService retention;
    private int port = -1;

    @Inject
    public ConsoleServer(SpoofGuardSettings settings, MailRepositoryStore store, UsersRepository users, DomainList domains,
                         ReprocessingService reprocessing, FileSystem fileSystem, BounceGuardServices bounces,
                         MetricRegistry metrics, InvoiceInspection invoices, HeldMailLock lock) throws Exception {
        this(ConsoleSettings.parse(settings.section(ConsoleSettings.SECTION), System.getProperty(ConsoleSettings.BIND_PROPERTY)),
            store, users, domains, releaser(reprocessing), new AuditLog(fileSystem.getFile(AUDIT_FILE).toPath(), Clock.systemUTC()),
            bounces, metrics, settings.authservId(), Clock.systemUTC(), lock);
        this.invoices = invoices;
        this.posture = new PostureRunner(postureCheck(settings, domains, fileSystem), POSTURE_WAIT, POSTURE_LIMIT, Clock.systemUTC());
    }

    /** How long a posture page waits for the check before saying it still runs, and when a run is given up. */
    static final Duration POSTURE_WAIT = Duration.ofSeconds(10);
    static final Duration POSTURE_LIMIT = Duration.ofMinutes(2);

    /**
     * bin/spoofguard-posture's check ({@link Posture#check}) as this server runs: its resolver, its DMARC discovery
     * mode, its dkim.* settings and keys, whether DkimSign is in its mailetcontainer.xml, its local domains.
     */
    static Supplier<List<PostureReport>> postureCheck(SpoofGuardSettings settings, DomainList domains, FileSystem fileSystem)
        throws Exception {
        DmarcPolicyDiscovery.Mode mode = Posture.discoveryMode(settings.all().get("auth.dmarcDiscovery"));
        DkimSigningConfig dkim = DkimSigningConfig.parse(settings.section("dkim"));
        Path mailetcontainer = fileSystem.getFile("file://conf/mailetcontainer.xml").toPath();
        // dkim.keyDirectory is relative to the data directory, as DkimSign resolves it ("file://" + directory)
        Path data = fileSystem.getFile("file://var").toPath().getParent();
        PostureChecker checker = new PostureChecker(settings.resolver(), mode);
        return () -> {
            List<String> local = new ArrayList<>();
            try {
                for (Domain d : domains.getDomains()) {
                    // autodetected entries (localhost, the host's addresses) publish nothing; a U-label the admin
                    // added is checked under its A-label, once
                    DomainName.ofDomainList(d.asString()).filter(name -> !local.contains(name)).ifPresent(local::add);
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the domain list: " + e.getMessage(), e);
            }
            boolean signing;
            try {
                signing = Posture.signingMailetConfigured(mailetcontainer);
            } catch (IllegalArgumentException e) {
                signing = false;
            }
            return Posture.check(checker, dkim, signing, data, local,
                problem -> LOGGER.warn("SpoofGuard console posture: {}", problem));
        };
    }

    public ConsoleServer(ConsoleSettings settings, MailRepositoryStore store, UsersRepository users, DomainList domains,
                         HeldMailService.Releaser releaser, AuditLog audit, BounceGuardServices bounces, MetricRegistry metrics,
                         String authservId, Clock clock) {
        this(settings, store, users, domains, releaser, audit, bounces, metrics, authservId, clock, new HeldMailLock());
    }

    /** {@code lock}: the one James's WebAdmin reprocessing takes as well ({@link LockedReprocessingService}). */
    public ConsoleServer(ConsoleSettings settings, MailRepositoryStore store, UsersRepository users, DomainList domains,
                         HeldMailService.Releaser releaser, AuditLog audit, BounceGuardServices bounces, MetricRegistry metrics,
                         String authservId, Clock clock, HeldMailLock lock) {
        this.settings = settings;
        this.metrics = metrics;
        this.users = users;
        this.domains = domains;
        this.bounces = bounces;
        this.clock = clock;
        this.authservId = authservId;
        this.held = new HeldMailService(store, releaser, audit, authservId, clock, List.of(
            new HeldMailService.Held("quarantine", settings.quarantine(), "invoice-release"),
            new HeldMailService.Held("suppressed", settings.suppressed(), "bounce-release"),
            // a copy local delivery kept (its recipients already rewritten) resumes where it stopped
            new HeldMailService.Held("error", settings.error(), "root", true)), lock);
        this.sessions = new Sessions(settings.sessionIdle(), settings.sessionMax(), clock);
        this.throttle = new LoginThrottle(settings.loginFailures(), settings.loginWindow(), clock);
    }

    /**
     * A release is James's WebAdmin reprocessing (ReprocessingService): the mail is enqueued in the spool with
     * the processor chosen for it ({@link HeldMailService#release}) as its state, then removed from the repository.
     */
    static HeldMailService.Releaser releaser(ReprocessingService reprocessing) {
        return (repository, key, processor) -> reprocessing.reprocess(MailRepositoryUrl.from(repository.url()).getPath(), key,
            new ReprocessingService.Configuration(MailQueueFactory.SPOOL, Optional.of(processor),
                Optional.empty(), true, Limit.unlimited()));
    }

    public HeldMailService held() {
        return held;
    }

    public int port() {
        return port;
    }

    public synchronized void start() {
        if (!settings.enabled()) {
            LOGGER.info("SpoofGuard console: off");
            return;
        }
        http = Service.ignite();
        http.ipAddress(settings.host());
        http.port(settings.port());
        http.threadPool(16, 2, 60_000);
        java.util.concurrent.atomic.AtomicReference<Exception> failure = new java.util.concurrent.atomic.AtomicReference<>();
        // Spark's default handler exits the JVM; a console that cannot listen stops James's start instead, saying why.
        http.initExceptionHandler(failure::set);
        routes();
        http.init();
        http.awaitInitialization();
        if (failure.get() != null) {
            http.stop();
            http = null;
            throw new IllegalStateException("SpoofGuard console cannot listen on " + settings.host() + ":" + settings.port()
                + " (" + failure.get().getMessage() + "); choose another port with --console-port, or -1 to turn it off",
                failure.get());
        }
        port = http.port();
        LOGGER.info("SpoofGuard console on http://{}:{}/ (admins: {})", settings.host(), port,
            settings.admins().isEmpty() ? "the postmaster@ account of each local domain" : String.join(", ", settings.admins()));
        if (settings.retentionDays() > 0) {
            retention = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "spoofguard-console-retention");
                t.setDaemon(true);
                return t;
            });
            retention.scheduleAtFixedRate(this::expire, 1, Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES);
        }
    }

    /** The daily retention run (also callable by tests). */
    public int expire() {
        try {
            int n = held.expire(Duration.ofDays(settings.retentionDays()));
            if (n > 0) {
                LOGGER.info("SpoofGuard console: retention deleted {} held mails older than {} days", n, settings.retentionDays());
            }
            return n;
        } catch (Exception e) {
            LOGGER.error("SpoofGuard console: retention run failed", e);
            return 0;
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (posture != null) {
            posture.close();
        }
        if (retention != null) {
            retention.shutdownNow();
            retention = null;
        }
        if (http != null) {
            http.stop();
            http.awaitStop();
            http = null;
            LOGGER.info("SpoofGuard console stopped");
        }
    }

    // ---------------------------------------------------------------- routes

    private void routes() {
        http.before((req, res) -> {
            res.header("Content-Security-Policy", CSP);
            res.header("X-Content-Type-Options", "nosniff");
            res.header("X-Frame-Options", "DENY");
            res.header("Referrer-Policy", "no-referrer");
            res.header("Cache-Control", "no-store");
            // Jetty writes its own (name and version: "Jetty(9.4.…)") only when none is set
            res.header("Server", "SpoofGuard");
            String path = req.pathInfo();
            if (path.equals("/login") || path.equals("/console.css")) {
                return;
            }
            if (path.equals("/favicon.ico")) {
                http.halt(404, "");
            }
            Optional<Sessions.Session> session = sessions.get(req.cookie(Sessions.COOKIE));
            if (session.isPresent() && !stillAdmin(session.get().user())) {
                // the account was removed (or is no admin any more) since the login: its session ends with it
                sessions.end(session.get().id());
                session = Optional.empty();
            }
            if (session.isEmpty()) {
                if (req.requestMethod().equals("GET")) {
                    res.header("Location", "/login");
                    http.halt(303, "");
                }
                http.halt(403, page(req, text(req, "error.title"), "<p class=\"error\">" + text(req, "error.csrf") + "</p>", null));
            }
            req.attribute("session", session.get());
            if (req.requestMethod().equals("POST") && !Sessions.csrfMatches(session.get(), req.queryParams("csrf"))) {
                http.halt(403, page(req, text(req, "error.title"), "<p class=\"error\">" + text(req, "error.csrf") + "</p>", session.get()));
            }
            if (!req.requestMethod().equals("GET") && !req.requestMethod().equals("POST")) {
                http.halt(405, "");
            }
        });
        http.get("/console.css", (req, res) -> {
            res.type("text/css; charset=utf-8");
            res.header("Cache-Control", "max-age=3600");
            return CSS;
        });
        http.get("/login", this::loginPage);
        http.post("/login", this::login);
        http.post("/logout", (req, res) -> {
            sessions.end(req.cookie(Sessions.COOKIE));
            res.header("Set-Cookie", cookie(Sessions.COOKIE, "", 0));
            res.redirect("/login", 303);
            return "";
        });
        http.get("/", (req, res) -> {
            res.redirect("/held/quarantine", 303);
            return "";
        });
        http.get("/held/:repo", this::list);
        http.get("/held/:repo/mail", this::detail);
        http.get("/held/:repo/eml", this::eml);
        http.get("/held/:repo/part", this::part);
        http.post("/held/:repo/act", this::act);
        http.get("/audit", this::audit);
        http.get("/posture", this::posture);
        http.post("/posture", (req, res) -> {
            if (posture != null) {
                posture.result(true);
            }
            res.redirect("/posture", 303);
            return "";
        });
        http.get("/report", this::report);
        http.notFound((req, res) -> page(req, text(req, "error.title"), "<p>" + text(req, "error.notfound") + "</p>",
            session(req).orElse(null)));
        http.exception(Exception.class, (e, req, res) -> {
            LOGGER.error("SpoofGuard console: {} {} failed", req.requestMethod(), req.pathInfo(), e);
            res.status(500);
            res.type("text/html; charset=utf-8");
            res.body(page(req, text(req, "error.title"), "<p class=\"error\">" + text(req, "error.internal") + "</p>",
                session(req).orElse(null)));
        });
    }

    private Optional<Sessions.Session> session(Request req) {
        return Optional.ofNullable(req.attribute("session"));
    }

    // ---------------------------------------------------------------- login

    private Object loginPage(Request req, Response res) {
        if (langSwitch(req, res)) {
            return "";
        }
        return loginForm(req, res, "");
    }

    private String loginForm(Request req, Response res, String message) {
        // One token per browser, not per page view: a second view (another tab, the browser fetching
        // /favicon.ico through the login redirect) must not invalidate the form already shown.
        String existing = req.cookie(LOGIN_COOKIE);
        String token = existing != null && existing.matches("[A-Za-z0-9_-]{43}") ? existing : token();
        res.header("Set-Cookie", cookie(LOGIN_COOKIE, token, -1));
        res.type("text/html; charset=utf-8");
        String body = "<h1>" + text(req, "login.title") + "</h1>"
            + "<p>" + text(req, "login.intro") + "</p>"
            + message
            + "<form method=\"post\" action=\"/login\" class=\"login\">"
            + "<input type=\"hidden\" name=\"csrf\" value=\"" + token + "\">"
            + "<label>" + text(req, "login.user") + "<br><input id=\"user\" name=\"user\" type=\"email\" autocomplete=\"username\" required maxlength=\"320\"></label><br>"
            + "<label>" + text(req, "login.password") + "<br><input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"1000\"></label><br>"
            + "<button id=\"login\" type=\"submit\">" + text(req, "login.submit") + "</button></form>";
        return page(req, text(req, "login.title"), body, null);
    }

    private Object login(Request req, Response res) throws Exception {
        String expected = req.cookie(LOGIN_COOKIE);
        String submitted = req.queryParams("csrf");
        if (expected == null || submitted == null || !java.security.MessageDigest.isEqual(expected.getBytes(), submitted.getBytes())) {
            res.status(403);
            return loginForm(req, res, "<p class=\"error\">" + text(req, "login.expired") + "</p>");
        }
        String user = canonicalUser(Optional.ofNullable(req.queryParams("user")).orElse(""));
        String password = Optional.ofNullable(req.queryParams("password")).orElse("");
        String address = clientAddress(req);
        if (user.length() > 320 || password.length() > 1000) {
            res.status(400);
            return loginForm(req, res, "<p class=\"error\">" + text(req, "login.failed") + "</p>");
        }
        if (!throttle.attempt(user, address)) {
            res.status(429);
            held.audit().appendUnauthenticated(user, "login-blocked", "from " + address);
            return loginForm(req, res, "<p class=\"error\" id=\"message\">" + text(req, "login.blocked") + "</p>");
        }
        boolean ok;
        try {
            ok = isAdmin(user) && users.test(Username.of(user), password);
        } catch (IllegalArgumentException e) {
            ok = false; // not even a well-formed address or domain (Username.of, Domain.of): a failed login like any other
        }
        if (!ok) {
            held.audit().appendUnauthenticated(user, "login-failed", "from " + address);
            res.status(401);
            return loginForm(req, res, "<p class=\"error\" id=\"message\">" + text(req, "login.failed") + "</p>");
        }
        throttle.succeeded(user, address);
        Sessions.Session s = sessions.create(user);
        held.audit().append(user, "login", "", "", Optional.empty(), "from " + address);
        res.header("Set-Cookie", cookie(Sessions.COOKIE, s.id(), -1));
        res.redirect("/held/quarantine", 303);
        return "";
    }

    private boolean stillAdmin(String user) {
        try {
            return isAdmin(user) && users.contains(Username.of(user));
        } catch (Exception e) {
            return false; // the user store cannot say: no access, as for a login it cannot check
        }
    }

    /**
     * The account a login names, as James names it ("postmaster@[spoofguard.test]" is postmaster@spoofguard.test):
     * one throttle count and one audit name per account, whatever spelling a guesser tries.
     */
    static String canonicalUser(String typed) {
        String user = typed.trim().toLowerCase(Locale.ROOT);
        try {
            return Username.of(user).asString().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return user;
        }
    }

    /**
     * The address of the connection itself. Spark's Jetty connector applies X-Forwarded-For/Forwarded to the
     * request's remote address, so a guesser naming a new address in each request was never throttled and wrote
     * any address he liked into the audit log. Behind a reverse proxy every admin shares the proxy's address.
     */
    static String clientAddress(Request req) {
        org.eclipse.jetty.server.Request base = org.eclipse.jetty.server.Request.getBaseRequest(req.raw());
        if (base != null && base.getHttpChannel() != null) {
            java.net.InetSocketAddress remote = base.getHttpChannel().getRemoteAddress();
            if (remote != null && remote.getAddress() != null) {
                return remote.getAddress().getHostAddress();
            }
        }
        return "unknown";
    }

    /** console.admins, or when it is empty the postmaster of any local domain (RFC 5321 §4.5.1's mandatory mailbox). */
    boolean isAdmin(String user) throws Exception {
        int at = user.lastIndexOf('@');
        if (at <= 0 || at == user.length() - 1) {
            return false;
        }
        if (!settings.admins().isEmpty()) {
            return settings.admins().contains(user);
        }
        return user.substring(0, at).equals("postmaster") && domains.containsDomain(Domain.of(user.substring(at + 1)));
    }

    // ---------------------------------------------------------------- held mail

    private Optional<HeldMailService.Held> repo(Request req) {
        return held.repository(req.params("repo"));
    }

    private Object list(Request req, Response res) throws Exception {
        if (langSwitch(req, res)) {
            return "";
        }
        Sessions.Session s = session(req).orElseThrow();
        HeldMailService.Held repo = repo(req).orElse(null);
        if (repo == null) {
            res.status(404);
            return page(req, text(req, "error.title"), "<p>" + text(req, "error.notfound") + "</p>", s);
        }
        HeldMailService.Listing listing = held.list(repo);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(text(req, "nav." + repo.id())).append("</h1>");
        b.append("<p>").append(text(req, "held." + repo.id() + ".intro")).append("</p>");
        flash(req, b);
        b.append("<p class=\"retention\">").append(settings.retentionDays() > 0
            ? text(req, "retention", settings.retentionDays()) : text(req, "retention.off")).append("</p>");
        if (listing.mails().isEmpty()) {
            b.append("<p id=\"empty\">").append(text(req, "held.empty")).append("</p>");
            return page(req, text(req, "nav." + repo.id()), b.toString(), s);
        }
        if (listing.truncated()) {
            b.append("<p>").append(text(req, "held.truncated", HeldMailService.MAX_LISTED)).append("</p>");
        }
        b.append("<form method=\"post\" action=\"/held/").append(repo.id()).append("/act\">");
        b.append(csrf(s));
        b.append("<table class=\"held\" id=\"held\"><thead><tr><th>").append(text(req, "col.select")).append("</th><th>")
            .append(text(req, "col.date")).append("</th><th>").append(text(req, "col.envelope")).append("</th><th>")
            .append(text(req, "col.from")).append("</th><th>").append(text(req, "col.to")).append("</th><th>")
            .append(text(req, "col.subject")).append("</th><th>").append(text(req, "col.verdict")).append("</th><th>")
            .append(text(req, repo.id().equals("quarantine") ? "col.score" : repo.id().equals("suppressed") ? "col.reason" : "col.error"))
            .append("</th></tr></thead><tbody>");
        for (HeldMail m : listing.mails()) {
            String link = "/held/" + repo.id() + "/mail?key=" + url(m.key());
            b.append("<tr><td><input type=\"checkbox\" name=\"key\" value=\"").append(Text.esc(m.key())).append("\"></td>");
            b.append("<td>").append(DATE.format(m.date())).append("</td>");
            b.append("<td>").append(Text.show(m.envelopeSender(), 80)).append("</td>");
            b.append("<td>").append(Text.showSender(m.from(), m.fromAddresses(), 80)).append("</td>");
            b.append("<td>").append(Text.show(String.join(", ", m.recipients()), 120)).append("</td>");
            b.append("<td class=\"subject\"><a href=\"").append(Text.esc(link)).append("\">")
                .append(m.subject().isBlank() ? "(…)" : Text.show(m.subject(), 120)).append("</a></td>");
            b.append("<td>").append(Text.show(m.shortVerdict(), 80)).append("</td>");
            // the score line without its reason list (the detail page shows every reason with its weight)
            String last = repo.id().equals("quarantine") ? m.invoice().map(d -> d.summary().replaceFirst(" reasons=.*$", "")).orElse("")
                : repo.id().equals("suppressed") ? m.bounceReason() : m.error();
            b.append("<td>").append(Text.show(last, 160)).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"actions\">");
        b.append("<button type=\"submit\" name=\"action\" value=\"release\" id=\"release-selected\">")
            .append(text(req, "action.releaseSelected")).append("</button> ");
        b.append("<button type=\"submit\" name=\"action\" value=\"delete\" class=\"danger\" id=\"delete-selected\">")
            .append(text(req, "action.deleteSelected")).append("</button>");
        b.append("</p></form>");
        return page(req, text(req, "nav." + repo.id()), b.toString(), s);
    }

    private Object detail(Request req, Response res) throws Exception {
        if (langSwitch(req, res)) {
            return "";
        }
        Sessions.Session s = session(req).orElseThrow();
        HeldMailService.Held repo = repo(req).orElse(null);
        String key = Optional.ofNullable(req.queryParams("key")).orElse("");
        Optional<Mail> found = repo == null || key.isEmpty() ? Optional.empty() : held.retrieve(repo, key);
        if (found.isEmpty()) {
            res.status(404);
            return page(req, text(req, "detail.title"), "<p id=\"notfound\">" + text(req, "detail.notfound") + "</p>"
                + (repo == null ? "" : "<p><a href=\"/held/" + repo.id() + "\">" + text(req, "detail.back") + "</a></p>"), s);
        }
        Mail mail = found.get();
        try {
            HeldMail m = HeldMail.of(mail, authservId, repo.url());
            StringBuilder b = new StringBuilder();
            b.append("<p><a href=\"/held/").append(repo.id()).append("\">").append(text(req, "detail.back")).append("</a></p>");
            b.append("<h1 class=\"subject\" id=\"subject\">").append(Text.show(m.subject(), Text.FIELD)).append("</h1>");
            b.append("<table class=\"facts\">");
            fact(b, text(req, "col.date"), DATE.format(m.date()));
            fact(b, text(req, "col.envelope"), Text.show(m.envelopeSender(), Text.FIELD));
            fact(b, text(req, "col.from"), Text.showSender(m.from(), m.fromAddresses(), Text.FIELD));
            fact(b, text(req, "col.to"), Text.show(String.join(", ", m.recipients()), Text.LONG_FIELD));
            fact(b, text(req, "detail.size"), m.size() < 0 ? "?" : Long.toString(m.size()));
            fact(b, text(req, "detail.key"), Text.show(m.key(), Text.FIELD));
            b.append("</table>");
            actions(req, b, s, repo, m.key());
            if (repo.id().equals("quarantine")) {
                trustOffer(req, b, s, repo, mail);
            }
            b.append("<h2>").append(text(req, "detail.verdict")).append("</h2>");
            if (m.verdict().isEmpty()) {
                b.append("<p>").append(text(req, "detail.noverdict")).append("</p>");
            } else {
                b.append("<ul id=\"verdict\">");
                m.verdict().forEach(v -> b.append("<li>").append(Text.show(v, Text.LONG_FIELD)).append("</li>"));
                b.append("</ul>");
            }
            m.invoice().ifPresent(d -> {
                b.append("<h2>").append(text(req, "detail.invoice")).append("</h2>");
                b.append("<p id=\"score\">").append(Text.show(d.summary(), Text.LONG_FIELD)).append("</p>");
                b.append("<h3>").append(text(req, "detail.reasons")).append("</h3>");
                b.append("<table id=\"reasons\"><thead><tr><th>").append(text(req, "detail.reason.signal")).append("</th><th>")
                    .append(text(req, "detail.reason.weight")).append("</th><th>").append(text(req, "detail.reason.evidence"))
                    .append("</th></tr></thead><tbody>");
                for (String r : d.reasons()) {
                    Matcher rm = REASON.matcher(r);
                    if (rm.matches()) {
                        b.append("<tr><td class=\"signal\">").append(Text.show(rm.group(1).trim(), 80)).append("</td><td class=\"weight\">")
                            .append(Text.show(rm.group(2), 10)).append("</td><td>").append(Text.show(rm.group(3), Text.LONG_FIELD))
                            .append("</td></tr>");
                    } else {
                        b.append("<tr><td colspan=\"3\">").append(Text.show(r, Text.LONG_FIELD)).append("</td></tr>");
                    }
                }
                b.append("</tbody></table>");
            });
            if (!m.bounceReason().isBlank()) {
                b.append("<h2>").append(text(req, "detail.bounce")).append("</h2><p>").append(Text.show(m.bounceReason(), Text.LONG_FIELD)).append("</p>");
            }
            if (!m.error().isBlank()) {
                b.append("<h2>").append(text(req, "detail.error")).append("</h2><p>").append(Text.show(m.error(), Text.LONG_FIELD)).append("</p>");
            }
            preview(req, b, repo, mail);
            return page(req, text(req, "detail.title"), b.toString(), s);
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }

    private void preview(Request req, StringBuilder b, HeldMailService.Held repo, Mail mail) throws Exception {
        MimeMessage message = mail.getMessage();
        if (message == null) {
            return;
        }
        List<HeldMail.PartView> parts = HeldMail.parts(message);
        b.append("<h2>").append(text(req, "detail.preview")).append("</h2>");
        int shown = 0;
        for (HeldMail.PartView p : parts) {
            if (p.text() && shown >= HeldMail.MAX_TOTAL_TEXT) {
                b.append("<p class=\"note\">").append(text(req, "detail.textlimit")).append("</p>");
                break;
            }
            if (p.text()) {
                shown += p.body().length();
                if (p.html()) {
                    b.append("<p class=\"note\">").append(text(req, "detail.htmlsource")).append("</p>");
                }
                b.append("<pre class=\"body\">").append(Text.esc(Text.lines(p.body(), HeldMail.MAX_TEXT))).append("</pre>");
            }
        }
        List<HeldMail.PartView> attachments = parts.stream().filter(p -> !p.text()).toList();
        if (!attachments.isEmpty()) {
            b.append("<h2>").append(text(req, "detail.attachments")).append("</h2><table id=\"attachments\"><thead><tr><th>")
                .append(text(req, "detail.att.name")).append("</th><th>").append(text(req, "detail.att.type")).append("</th><th>")
                .append(text(req, "detail.att.size")).append("</th><th>").append(text(req, "detail.att.sha")).append("</th><th></th></tr></thead><tbody>");
            for (HeldMail.PartView p : attachments) {
                b.append("<tr><td class=\"filename\">").append(Text.show(p.filename(), 120)).append("</td><td>")
                    .append(Text.show(p.contentType(), 80)).append("</td><td>").append(p.size()).append("</td><td class=\"hash\">")
                    .append(p.sha256()).append("</td><td><a href=\"/held/").append(repo.id()).append("/part?key=")
                    .append(Text.esc(url(mail.getName()))).append("&amp;n=").append(p.index()).append("\">")
                    .append(text(req, "action.download")).append("</a></td></tr>");
            }
            b.append("</tbody></table>");
        }
    }

    private void actions(Request req, StringBuilder b, Sessions.Session s, HeldMailService.Held repo, String key) {
        b.append("<form method=\"post\" action=\"/held/").append(repo.id()).append("/act\" class=\"actions\">").append(csrf(s))
            .append("<input type=\"hidden\" name=\"key\" value=\"").append(Text.esc(key)).append("\">")
            .append("<input type=\"hidden\" name=\"back\" value=\"detail\">")
            .append("<button type=\"submit\" name=\"action\" value=\"release\" id=\"release\">").append(text(req, "action.release"))
            .append("</button> <button type=\"submit\" name=\"action\" value=\"delete\" class=\"danger\" id=\"delete\">")
            .append(text(req, "action.delete")).append("</button> <a id=\"eml\" href=\"/held/").append(repo.id()).append("/eml?key=")
            .append(Text.esc(url(key))).append("\">").append(text(req, "action.eml")).append("</a></form>");
    }

    /** The accounts the mail asks for (masked) next to "release and trust", when the memory can take them. */
    private void trustOffer(Request req, StringBuilder b, Sessions.Session s, HeldMailService.Held repo, Mail mail) {
        Optional<BankTrust.Offer> offer;
        try {
            offer = BankTrust.offer(mail, invoices);
        } catch (Exception | LinkageError e) {
            LOGGER.warn("SpoofGuard console: cannot read the bank details of {}: {}", mail.getName(), e.toString());
            offer = Optional.empty();
        }
        if (offer.isEmpty()) {
            return;
        }
        b.append("<form method=\"post\" action=\"/held/").append(repo.id()).append("/act\" class=\"actions trust\">").append(csrf(s))
            .append("<input type=\"hidden\" name=\"key\" value=\"").append(Text.esc(mail.getName())).append("\">")
            .append("<p id=\"trust-offer\">").append(text(req, "trust.offer", Text.show(offer.get().orgDomain(), 120))).append(" <span id=\"trust-accounts\">")
            .append(Text.show(String.join(", ", offer.get().masked()), Text.LONG_FIELD)).append("</span></p>")
            .append("<button type=\"submit\" name=\"action\" value=\"trust\" id=\"release-trust\">").append(text(req, "action.releaseTrust"))
            .append("</button></form>");
    }

    private static void fact(StringBuilder b, String label, String escapedValue) {
        b.append("<tr><th>").append(label).append("</th><td>").append(escapedValue).append("</td></tr>");
    }

    private Object eml(Request req, Response res) throws Exception {
        HeldMailService.Held repo = repo(req).orElse(null);
        String key = Optional.ofNullable(req.queryParams("key")).orElse("");
        Optional<Mail> found = repo == null || key.isEmpty() ? Optional.empty() : held.retrieve(repo, key);
        if (found.isEmpty() || found.get().getMessage() == null) {
            found.ifPresent(LifecycleUtil::dispose);
            http.halt(404, text(req, "error.notfound"));
        }
        Mail mail = found.get();
        try {
            res.type("application/octet-stream"); // a browser must not open a hostile mail (docs/console.md)
            res.header("Content-Disposition", "attachment; filename=\"" + Text.safeFilename(key, "mail") + ".eml\"");
            OutputStream out = res.raw().getOutputStream();
            mail.getMessage().writeTo(out);
            out.flush();
            return res.raw();
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }

    private Object part(Request req, Response res) throws Exception {
        HeldMailService.Held repo = repo(req).orElse(null);
        String key = Optional.ofNullable(req.queryParams("key")).orElse("");
        int n;
        try {
            n = Integer.parseInt(Optional.ofNullable(req.queryParams("n")).orElse("-1"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        Optional<Mail> found = repo == null || key.isEmpty() ? Optional.empty() : held.retrieve(repo, key);
        if (found.isEmpty() || found.get().getMessage() == null) {
            found.ifPresent(LifecycleUtil::dispose);
            http.halt(404, text(req, "error.notfound"));
        }
        Mail mail = found.get();
        try {
            java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
            Optional<HeldMail.PartView> view = HeldMail.writePart(mail.getMessage(), n, buffer);
            if (view.isEmpty()) {
                http.halt(404, text(req, "error.notfound"));
            }
            // Always a download, never rendered by the browser: the content is the sender's.
            res.type("application/octet-stream");
            res.header("Content-Disposition", "attachment; filename=\"" + Text.safeFilename(view.get().filename(), "part-" + n) + "\"");
            OutputStream out = res.raw().getOutputStream();
            buffer.writeTo(out);
            out.flush();
            return res.raw();
        } finally {
            LifecycleUtil.dispose(mail);
        }
    }

    private Object act(Request req, Response res) throws Exception {
        Sessions.Session s = session(req).orElseThrow();
        HeldMailService.Held repo = repo(req).orElse(null);
        String action = Optional.ofNullable(req.queryParams("action")).orElse("");
        String[] raw = Optional.ofNullable(req.queryParamsValues("key")).orElse(new String[0]);
        if (repo == null || !(action.equals("release") || action.equals("delete") || action.equals("trust")) || raw.length > MAX_BULK) {
            http.halt(400, text(req, "error.notfound"));
        }
        if (action.equals("trust")) {
            return trust(req, res, s, repo, raw);
        }
        Set<String> keys = new LinkedHashSet<>(List.of(raw));
        List<String> done = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String key : keys) {
            HeldMailService.Outcome outcome = action.equals("release") ? held.release(s.user(), repo, key) : held.delete(s.user(), repo, key);
            (outcome == HeldMailService.Outcome.DONE ? done : gone).add(key);
        }
        StringBuilder q = new StringBuilder("?a=").append(action).append("&n=").append(done.size()).append("&g=").append(gone.size());
        if (keys.size() == 1) {
            q.append("&k=").append(url(keys.iterator().next()));
        }
        res.redirect("/held/" + repo.id() + q, 303);
        return "";
    }

    /** "Release and trust this supplier's bank details": one quarantined invoice at a time. */
    private Object trust(Request req, Response res, Sessions.Session s, HeldMailService.Held repo, String[] keys) throws Exception {
        if (!repo.id().equals("quarantine") || keys.length != 1 || invoices == null) {
            http.halt(400, text(req, "error.notfound"));
        }
        String key = keys[0];
        InvoiceInspection memory = invoices;
        HeldMailService.Outcome outcome = held.releaseAndTrust(s.user(), repo, key, new HeldMailService.Trust() {
            @Override
            public Optional<BankTrust.Offer> offer(Mail mail) throws Exception {
                return BankTrust.offer(mail, memory);
            }

            @Override
            public void trust(String orgDomain, String account) throws java.io.IOException {
                // on disk before "trusted" is said (as WebAdmin's PUT): after a restart an account the admin
                // verified with the supplier must not be "new" again
                memory.trustAccountSaved(orgDomain, account);
            }
        });
        if (outcome == HeldMailService.Outcome.NOT_OFFERED) {
            res.status(409);
            return page(req, text(req, "error.title"), "<p class=\"error\" id=\"message\">" + text(req, "trust.unavailable")
                + "</p><p><a href=\"/held/" + repo.id() + "\">" + text(req, "detail.back") + "</a></p>", s);
        }
        boolean released = outcome != HeldMailService.Outcome.GONE;
        String a = outcome == HeldMailService.Outcome.TRUST_NOT_SAVED ? "trust-unsaved" : "trust";
        res.redirect("/held/" + repo.id() + "?a=" + a + "&n=" + (released ? 1 : 0) + "&g=" + (released ? 0 : 1) + "&k=" + url(key), 303);
        return "";
    }

    /** The outcome of the last action, from the redirect's query (numbers and one key: nothing else reflected). */
    private void flash(Request req, StringBuilder b) {
        String a = req.queryParams("a");
        if (a == null || !(a.equals("release") || a.equals("delete") || a.equals("trust") || a.equals("trust-unsaved"))) {
            return;
        }
        int n = parse(req.queryParams("n"));
        int g = parse(req.queryParams("g"));
        String k = Optional.ofNullable(req.queryParams("k")).orElse("");
        String what = k.isEmpty() ? "" : " (" + Text.show(k, 80) + ")";
        if (n == 0 && g == 0) {
            b.append("<p class=\"flash\" id=\"flash\">").append(text(req, "done.none")).append("</p>");
        }
        if (n > 0) {
            b.append("<p class=\"flash").append(a.equals("trust-unsaved") ? " warn" : "").append("\" id=\"flash\">")
                .append(text(req, "done." + a, n + what)).append("</p>");
        }
        if (g > 0) {
            b.append("<p class=\"flash warn\" id=\"flash-gone\">").append(text(req, "done.gone", g + what)).append("</p>");
        }
    }

    private static int parse(String s) {
        try {
            return s == null ? 0 : Math.max(0, Integer.parseInt(s));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- audit and report

    private Object audit(Request req, Response res) {
        if (langSwitch(req, res)) {
            return "";
        }
        Sessions.Session s = session(req).orElseThrow();
        StringBuilder b = new StringBuilder("<h1>").append(text(req, "audit.title")).append("</h1><p>")
            .append(text(req, "audit.intro", "data/var/spoofguard/audit.log")).append("</p>");
        b.append("<table id=\"audit\"><thead><tr><th>").append(text(req, "audit.time")).append("</th><th>").append(text(req, "audit.actor"))
            .append("</th><th>").append(text(req, "audit.action")).append("</th><th>").append(text(req, "audit.repository"))
            .append("</th><th>").append(text(req, "audit.key")).append("</th><th>").append(text(req, "audit.detail"))
            .append("</th></tr></thead><tbody>");
        for (AuditLog.Entry e : held.audit().newest(1000)) {
            b.append("<tr><td>").append(Text.esc(e.time().toString())).append("</td><td>").append(Text.show(e.actor(), 80))
                .append("</td><td class=\"action\">").append(Text.show(e.action(), 40)).append("</td><td>").append(Text.show(e.repository(), 40))
                .append("</td><td>").append(Text.show(e.key(), 80)).append("</td><td>").append(Text.show(e.detail(), 200))
                .append("</td></tr>");
        }
        b.append("</tbody></table>");
        return page(req, text(req, "audit.title"), b.toString(), s);
    }

    private Object report(Request req, Response res) throws Exception {
        if (langSwitch(req, res)) {
            return "";
        }
        Sessions.Session s = session(req).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        StringBuilder b = new StringBuilder("<h1>").append(text(req, "report.title")).append("</h1>");

        BounceReportHistory history = bounces.stats().history();
        List<Charts.Day> days = Charts.lastDays(today, 14);
        List<String> causes = new ArrayList<>();
        for (BounceCause c : BounceCause.values()) {
            causes.add(c.code());
        }
        for (Charts.Day d : days) {
            Map<BounceCause, BounceReportHistory.Counts> ofDay = new EnumMap<>(BounceCause.class);
            ofDay.putAll(history.days().getOrDefault(d.date(), Map.of()));
            ofDay.forEach((cause, counts) -> {
                d.left().put(cause.code(), counts.sent());
                d.right().put(cause.code(), counts.suppressed());
            });
        }
        b.append("<h2>").append(text(req, "report.bounces")).append("</h2><div class=\"chart\" id=\"chart-bounces\">")
            .append(Charts.bars(text(req, "report.bounces"), days, causes, text(req, "report.sent"), text(req, "report.suppressed")))
            .append("</div>");
        b.append("<p>").append(text(req, "report.totals", bounces.stats().totalSent(), bounces.stats().totalSuppressed())).append("</p>");

        // Quarantined per day: what is held now plus what was released/deleted/expired since, by the day it was held.
        List<Charts.Day> inv = Charts.lastDays(today, 14);
        Map<LocalDate, Charts.Day> byDate = new java.util.HashMap<>();
        inv.forEach(d -> byDate.put(d.date(), d));
        String quarantined = text(req, "report.series.quarantined");
        String released = text(req, "report.series.released");
        String deleted = text(req, "report.series.deleted");
        String expired = text(req, "report.series.expired");
        HeldMailService.Held q = held.repository("quarantine").orElseThrow();
        HeldMailService.Listing listing = held.list(q);
        for (HeldMail m : listing.mails()) {
            Optional.ofNullable(byDate.get(LocalDate.ofInstant(m.date(), ZoneOffset.UTC)))
                .ifPresent(d -> d.left().merge(quarantined, 1L, Long::sum));
        }
        // Only the chart's period is read, entry by entry (an action is never older than the mail it acts on, so an
        // entry before the first day cannot count in either series); the log itself may hold years.
        Instant periodStart = inv.get(0).date().atStartOfDay(ZoneOffset.UTC).toInstant();
        held.audit().since(periodStart, e -> {
            if (!e.repository().equals("quarantine")) {
                return;
            }
            String series = switch (e.action()) {
                case "release", "release-trust" -> released;
                case "delete" -> deleted;
                case "expire" -> expired;
                default -> null;
            };
            if (series == null) {
                return;
            }
            e.heldSince().map(h -> byDate.get(LocalDate.ofInstant(h, ZoneOffset.UTC)))
                .ifPresent(d -> d.left().merge(quarantined, 1L, Long::sum));
            Optional.ofNullable(byDate.get(LocalDate.ofInstant(e.time(), ZoneOffset.UTC)))
                .ifPresent(d -> d.right().merge(series, 1L, Long::sum));
        });
        b.append("<h2>").append(text(req, "report.invoices")).append("</h2><div class=\"chart\" id=\"chart-invoices\">")
            .append(Charts.bars(text(req, "report.invoices"), inv, List.of(quarantined, released, deleted, expired),
                text(req, "report.quarantined"), text(req, "report.handled")))
            .append("</div>");
        long suppressedNow = held.list(held.repository("suppressed").orElseThrow()).mails().size();
        long errorNow = held.list(held.repository("error").orElseThrow()).mails().size();
        // SpoofGuard's counters (the spoofguard_* metrics WebAdmin's /metrics exports), since this start.
        List<Map.Entry<String, Long>> counters = new ArrayList<>();
        if (metrics != null) {
            // James's DropWizardMetricFactory keeps each counter as a Meter
            metrics.getMeters((name, metric) -> name.startsWith("spoofguard_"))
                .forEach((name, meter) -> counters.add(Map.entry(name, meter.getCount())));
        }
        if (!counters.isEmpty()) {
            b.append("<h2>").append(text(req, "report.counters")).append("</h2><div class=\"chart\" id=\"chart-counters\">")
                .append(Charts.hbars(text(req, "report.counters"), counters)).append("</div>");
        }
        b.append("<p id=\"held-now\">").append(text(req, "report.held", listing.mails().size(), suppressedNow, errorNow)).append("</p>");
        return page(req, text(req, "report.title"), b.toString(), s);
    }

    // ---------------------------------------------------------------- posture

    private Object posture(Request req, Response res) {
        if (langSwitch(req, res)) {
            return "";
        }
        Sessions.Session s = session(req).orElseThrow();
        String lang = locale(req).getLanguage();
        StringBuilder b = new StringBuilder("<h1>").append(text(req, "posture.title")).append("</h1><p>")
            .append(text(req, "posture.intro")).append("</p>");
        b.append("<form method=\"post\" action=\"/posture\" class=\"actions\">").append(csrf(s))
            .append("<button type=\"submit\" id=\"posture-run\">").append(text(req, "posture.run")).append("</button></form>");
        if (posture == null) {
            b.append("<p id=\"posture-off\">").append(text(req, "posture.off")).append("</p>");
            return page(req, text(req, "posture.title"), b.toString(), s);
        }
        Optional<PostureRunner.Result> result = posture.result(false);
        if (posture.running()) {
            b.append("<p class=\"flash warn\" id=\"posture-running\">").append(text(req, "posture.running")).append("</p>");
        }
        if (result.isEmpty()) {
            return page(req, text(req, "posture.title"), b.toString(), s);
        }
        PostureRunner.Result r = result.get();
        b.append("<p id=\"posture-time\">").append(text(req, "posture.time", DATE.format(r.at()))).append("</p>");
        if (!r.problem().isEmpty()) {
            b.append("<p class=\"error\" id=\"posture-problem\">").append(text(req, "posture.problem", Text.show(r.problem(), Text.FIELD)))
                .append("</p>");
        }
        if (r.reports().isEmpty() && r.problem().isEmpty()) {
            b.append("<p id=\"posture-none\">").append(text(req, "posture.none")).append("</p>");
        }
        for (PostureReport report : r.reports()) {
            String domain = report.domain();
            b.append("<section class=\"posture\" data-domain=\"").append(Text.esc(domain)).append("\"><h2>")
                .append(Text.show(domain, 200)).append(" <span class=\"sev sev-").append(report.worst().keyword()).append("\">")
                .append(text(req, "posture.sev." + report.worst().keyword())).append("</span></h2>");
            b.append("<table class=\"findings\"><thead><tr><th>").append(text(req, "posture.area")).append("</th><th>")
                .append(text(req, "posture.severity")).append("</th><th>").append(text(req, "posture.detail")).append("</th><th>")
                .append(text(req, "posture.advice")).append("</th></tr></thead><tbody>");
            for (Finding f : report.findings()) {
                b.append("<tr class=\"finding sev-").append(f.severity().keyword()).append("\" data-code=\"").append(Text.esc(f.code()))
                    .append("\" data-severity=\"").append(f.severity().keyword()).append("\"><td>").append(Text.esc(f.area().keyword()))
                    .append("</td><td class=\"severity\">").append(text(req, "posture.sev." + f.severity().keyword()))
                    .append("</td><td class=\"detail\">").append(Text.show(f.detail(), Text.LONG_FIELD))
                    .append("</td><td class=\"advice\">").append(Text.show(f.advice(lang), Text.LONG_FIELD)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (report.dkimRecordName().isPresent() && report.dkimRecord().isPresent()) {
                b.append("<p>").append(text(req, "posture.dkim")).append("</p><pre class=\"dkim-record\">")
                    .append(Text.esc(report.dkimRecordName().get())).append(" IN TXT ")
                    .append(Text.esc(txtStrings(report.dkimRecord().get()))).append("</pre>");
            }
            b.append("</section>");
        }
        return page(req, text(req, "posture.title"), b.toString(), s);
    }

    /** A TXT value as zone-file strings of at most 255 characters each (RFC 1035 §3.3.14). */
    static String txtStrings(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 255) {
            out.append(i == 0 ? "" : " ").append('"').append(value, i, Math.min(value.length(), i + 255)).append('"');
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- page frame, language, cookies

    private String page(Request req, String title, String body, Sessions.Session session) {
        Locale locale = locale(req);
        String path = req.pathInfo() == null ? "/" : req.pathInfo();
        String query = req.queryString() == null ? "" : req.queryString().replaceAll("(^|&)(lang|a|n|g|k)=[^&]*", "");
        String switchTo = locale.getLanguage().equals("da") ? "en" : "da";
        String switchHref = path + "?" + (query.isEmpty() || query.equals("&") ? "" : query.replaceFirst("^&", "") + "&") + "lang=" + switchTo;
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html><html lang=\"").append(locale.getLanguage()).append("\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<title>").append(Text.esc(title)).append(" – ").append(text(req, "title")).append("</title>")
            .append("<link rel=\"stylesheet\" href=\"/console.css\"></head><body><header><span class=\"brand\">")
            .append(text(req, "title")).append("</span>");
        if (session != null) {
            b.append("<nav>");
            for (String n : List.of("quarantine", "suppressed", "error")) {
                b.append("<a id=\"nav-").append(n).append("\" href=\"/held/").append(n).append("\">").append(text(req, "nav." + n)).append("</a>");
            }
            b.append("<a id=\"nav-audit\" href=\"/audit\">").append(text(req, "nav.audit")).append("</a>");
            b.append("<a id=\"nav-report\" href=\"/report\">").append(text(req, "nav.report")).append("</a>");
            b.append("<a id=\"nav-posture\" href=\"/posture\">").append(text(req, "nav.posture")).append("</a></nav>");
        }
        b.append("<span class=\"right\"><a id=\"lang\" href=\"").append(Text.esc(switchHref)).append("\" hreflang=\"").append(switchTo)
            .append("\">").append(text(req, "lang.switch")).append("</a>");
        if (session != null) {
            b.append(" <span class=\"user\">").append(text(req, "signedin", Text.show(session.user(), 80))).append("</span>")
                .append("<form method=\"post\" action=\"/logout\" class=\"inline\">").append(csrf(session))
                .append("<button type=\"submit\" id=\"logout\">").append(text(req, "logout")).append("</button></form>");
        }
        b.append("</span></header><main>").append(body).append("</main></body></html>");
        return b.toString();
    }

    /** ?lang=da|en stores the choice in a cookie and redirects without it; true when it redirected. */
    private boolean langSwitch(Request req, Response res) {
        String lang = req.queryParams("lang");
        if (lang == null) {
            return false;
        }
        if (lang.equals("da") || lang.equals("en")) {
            res.header("Set-Cookie", LANG_COOKIE + "=" + lang + "; Path=/; Max-Age=31536000; SameSite=Strict"
                + (settings.secureCookie() ? "; Secure" : ""));
        }
        String query = Optional.ofNullable(req.queryString()).orElse("").replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        res.redirect(req.pathInfo() + (query.isEmpty() ? "" : "?" + query), 303);
        return true;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("da"));

    Locale locale(Request req) {
        String forced = req.attribute("lang");
        if (forced == null) {
            String q = req.queryParams("lang");
            forced = q != null && (q.equals("da") || q.equals("en")) ? q : req.cookie(LANG_COOKIE);
        }
        if ("da".equals(forced) || "en".equals(forced)) {
            return Locale.forLanguageTag(forced);
        }
        String accept = req.headers("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String lang = range.getRange().split("-")[0];
                    if (lang.equals("da") || lang.equals("en")) {
                        return Locale.forLanguageTag(lang);
                    }
                    // nb/nn/sv readers read Danish better than English
                    if (lang.equals("nb") || lang.equals("nn") || lang.equals("no")) {
                        return Locale.forLanguageTag("da");
                    }
                }
            } catch (IllegalArgumentException e) {
                // malformed header: default
            }
        }
        return Locale.ENGLISH;
    }

    /** A message of the request's language; arguments are inserted as given (escape untrusted ones before). */
    String text(Request req, String key, Object... args) {
        return text(locale(req), key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return Text.esc(pattern);
        }
        return new MessageFormat(Text.esc(pattern).replace("'", "''"), locale).format(args);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.spoofguard.server.console.messages",
            locale.getLanguage().equals("da") ? Locale.forLanguageTag("da") : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private String cookie(String name, String value, int maxAge) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (settings.secureCookie() ? "; Secure" : "")
            + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    private static String csrf(Sessions.Session s) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Text.esc(s.csrf()) + "\">";
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static final String CSS = """
        body{font-family:system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
        header{background:#1d3557;color:#fff;padding:.5em 1em;display:flex;flex-wrap:wrap;gap:1em;align-items:center}
        header a{color:#fff;margin-right:1em}header .brand{font-weight:bold}header .right{margin-left:auto}
        header form.inline{display:inline;margin-left:.5em}
        main{padding:1em;max-width:100%;overflow-x:auto}
        table{border-collapse:collapse;margin:.5em 0;background:#fff}
        th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top;max-width:40em;overflow-wrap:anywhere}
        td.hash{font-family:monospace;font-size:.8em}
        pre.body{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ccc;padding:.5em;max-height:40em;overflow:auto}
        h1.subject{overflow-wrap:anywhere;font-size:1.3em}
        .error{color:#b00020;font-weight:bold}.flash{background:#e6f4ea;padding:.5em}.flash.warn{background:#fff4e5}
        button{padding:.3em .8em;cursor:pointer}button.danger{color:#b00020}
        form.login input{width:20em;padding:.3em;margin:.2em 0 .6em}
        .chart{background:#fff;border:1px solid #ccc;display:inline-block;padding:.5em}
        tr.sev-fail td.severity,.sev-fail{color:#b00020;font-weight:bold}tr.sev-warn td.severity,.sev-warn{color:#a15c00}
        tr.sev-ok td.severity,.sev-ok{color:#1b7a2b}
        pre.dkim-record{white-space:pre-wrap;overflow-wrap:anywhere;background:#fff;border:1px solid #ccc;padding:.5em}
        """;
}
