package org.spoofguard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.spoofguard.core.dkim.DkimAlgorithm;
import org.spoofguard.core.dkim.DkimKeyStore;
import org.spoofguard.testing.dns.LoopbackDnsServer;
import org.spoofguard.server.console.ConsoleProbe;

/**
 * Issue 12's console over HTTP, against a real server with a really quarantined invoice: login and its
 * throttle, cookie flags and CSP, CSRF and no state change on GET, one release for many concurrent clicks,
 * bulk delete, hostile subject and file name escaped and cut, downloads, Danish, retention, the audit file,
 * release and trust of a supplier's new bank account, the posture page, Danish letters in raw UTF-8 headers.
 * (The browser flow is {@link ConsoleBrowserIT}.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {
    static ConsoleFixture fixture;
    static final String CLERK = "kreditor@" + ConsoleFixture.DOMAIN;

    @BeforeAll
    static void start() throws Exception {
        fixture = new ConsoleFixture("console.loginFailures", "3");
        fixture.addUser(CLERK);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    ConsoleClient admin() throws Exception {
        ConsoleClient c = new ConsoleClient(fixture.consoleUrl());
        HttpResponse<String> r = c.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        return c;
    }

    @Test
    @Order(1)
    void loginIsRequiredAndTheSessionCookieIsLockedDown() throws Exception {
        ConsoleClient c = new ConsoleClient(fixture.consoleUrl());
        HttpResponse<String> anonymous = c.get("/held/quarantine");
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/login");

        HttpResponse<String> loginPage = c.get("/login");
        assertThat(loginPage.headers().firstValue("Content-Security-Policy").orElse(""))
            .startsWith("default-src 'none'").contains("style-src 'self'").doesNotContain("script-src");
        assertThat(loginPage.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(loginPage.headers().allValues("Server")).containsExactly("SpoofGuard");

        HttpResponse<String> ok = c.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(303);
        String cookie = ok.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("sg_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Secure");
        assertThat(c.get("/held/quarantine").statusCode()).isEqualTo(200);

        // logout is a POST with the token; afterwards the old cookie is worthless
        String session = c.cookies.get("sg_session");
        assertThat(c.post("/logout", List.of(Map.entry("csrf", c.csrf("/audit")))).statusCode()).isEqualTo(303);
        c.cookies.put("sg_session", session);
        assertThat(c.get("/held/quarantine").statusCode()).isEqualTo(303);
    }

    @Test
    @Order(2)
    void onlyAdministratorsGetIn() throws Exception {
        ConsoleClient c = new ConsoleClient(fixture.consoleUrl());
        // a real user with the right password, but not an administrator
        assertThat(c.login(CLERK, ConsoleFixture.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(c.login(ConsoleFixture.ADMIN, "wrong").statusCode()).isEqualTo(401);
        assertThat(c.login("postmaster@elsewhere.example", ConsoleFixture.PASSWORD).statusCode()).isEqualTo(401);
        assertThat(c.login("postmaster@<script>", ConsoleFixture.PASSWORD).statusCode()).isEqualTo(401);
        // a login form posted without its token (cross-site) is refused before the password is looked at
        HttpResponse<String> forged = new ConsoleClient(fixture.consoleUrl()).post("/login", List.of(
            Map.entry("user", ConsoleFixture.ADMIN), Map.entry("password", ConsoleFixture.PASSWORD)));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("sg_session="));
    }

    @Test
    @Order(3)
    void noStateChangeOnGetAndNoPostWithoutTheToken() throws Exception {
        String key = fixture.quarantineSpoof(CLERK, null, null);
        ConsoleClient c = admin();
        HttpResponse<String> get = c.get("/held/quarantine/act?action=release&key=" + ConsoleClient.enc(key));
        assertThat(get.statusCode()).isEqualTo(404);
        HttpResponse<String> noToken = c.post("/held/quarantine/act", List.of(Map.entry("action", "release"), Map.entry("key", key)));
        assertThat(noToken.statusCode()).isEqualTo(403);
        HttpResponse<String> wrongToken = c.post("/held/quarantine/act", List.of(Map.entry("csrf", "x" + c.csrf("/audit")),
            Map.entry("action", "release"), Map.entry("key", key)));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(fixture.quarantineKeys()).contains(key);
        assertThat(fixture.inboxCount(CLERK)).isZero();
        // clean up for the next tests, through the console
        assertThat(c.post("/held/quarantine/act", List.of(Map.entry("csrf", c.csrf("/audit")), Map.entry("action", "delete"),
            Map.entry("key", key))).statusCode()).isEqualTo(303);
        assertThat(fixture.quarantineKeys()).doesNotContain(key);
    }

    @Test
    @Order(4)
    void concurrentReleasesOfOneMailDeliverItOnce() throws Exception {
        String rcpt = "concurrent@" + ConsoleFixture.DOMAIN;
        fixture.addUser(rcpt);
        String key = fixture.quarantineSpoof(rcpt, null, null);
        int clicks = 8;
        List<ConsoleClient> admins = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            ConsoleClient c = admin();
            admins.add(c);
            tokens.add(c.csrf("/held/quarantine"));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clicks);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < clicks; i++) {
                ConsoleClient c = admins.get(i);
                String token = tokens.get(i);
                answers.add(pool.submit(() -> {
                    go.await();
                    return c.post("/held/quarantine/act", List.of(Map.entry("csrf", token), Map.entry("action", "release"),
                        Map.entry("key", key)));
                }));
            }
            go.countDown();
            int released = 0;
            int gone = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).isEqualTo(303);
                String location = r.headers().firstValue("Location").orElseThrow();
                if (location.contains("&n=1&g=0")) {
                    released++;
                } else if (location.contains("&n=0&g=1")) {
                    gone++;
                }
            }
            assertThat(released).isEqualTo(1);
            assertThat(gone).isEqualTo(clicks - 1);
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> fixture.inboxCount(rcpt) >= 1);
        assertThat(fixture.quarantineKeys()).doesNotContain(key);
        String audit = Files.readString(auditFile(), StandardCharsets.UTF_8);
        assertThat(audit.lines().filter(l -> l.contains(" release quarantine " + ConsoleClient.enc(key) + " "))).hasSize(1);
        assertThat(fixture.inboxCount(rcpt)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void bulkDeleteAndTheAuditLog() throws Exception {
        String a = fixture.quarantineSpoof(CLERK, null, null);
        String b = fixture.quarantineSpoof(CLERK, null, null);
        ConsoleClient c = admin();
        Document list = Jsoup.parse(c.get("/held/quarantine").body());
        assertThat(list.select("#held input[name=key]").eachAttr("value")).contains(a, b);
        HttpResponse<String> r = c.post("/held/quarantine/act", List.of(Map.entry("csrf", list.select("input[name=csrf]").first().attr("value")),
            Map.entry("action", "delete"), Map.entry("key", a), Map.entry("key", b)));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(fixture.quarantineKeys()).doesNotContain(a, b);
        Document after = Jsoup.parse(c.get(r.headers().firstValue("Location").orElseThrow()).body());
        assertThat(after.select("#flash").text()).contains("Deleted: 2");
        Document audit = Jsoup.parse(c.get("/audit").body());
        List<String> rows = audit.select("#audit tbody tr").eachText();
        assertThat(rows).anyMatch(t -> t.contains(ConsoleFixture.ADMIN) && t.contains("delete") && t.contains(a));
        assertThat(rows).anyMatch(t -> t.contains(ConsoleFixture.ADMIN) && t.contains("delete") && t.contains(b));
        assertThat(rows).anyMatch(t -> t.contains("login-failed"));
        assertThat(fixture.inboxCount(CLERK)).isZero();
    }

    @Test
    @Order(6)
    void hostileSubjectAndFileNameAreEscapedAndCut() throws Exception {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>\u202Efdp.exe "
            + "A".repeat(10_000);
        String hostileFile = "<b>faktura</b>\u202Efdp.exe";
        String key = fixture.quarantineSpoof(CLERK, hostile, hostileFile);
        ConsoleClient c = admin();
        String listHtml = c.get("/held/quarantine").body();
        String detailHtml = c.get("/held/quarantine/mail?key=" + ConsoleClient.enc(key)).body();
        for (String html : List.of(listHtml, detailHtml)) {
            assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("\u202E").doesNotContain("<b>faktura");
            assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
            assertThat(html.length()).isLessThan(60_000);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
        }
        Document detail = Jsoup.parse(detailHtml);
        String subject = detail.select("#subject").text();
        assertThat(subject).startsWith("<script>alert('x')</script>").endsWith("\u2026");
        assertThat(subject.codePointCount(0, subject.length())).isLessThanOrEqualTo(201);
        assertThat(detail.select("#attachments .filename").text()).isEqualTo("<b>faktura</b>fdp.exe");
        // reasons and their weights are shown
        assertThat(detail.select("#reasons .signal").eachText()).contains("dmarc-fail");
        assertThat(detail.select("#reasons .weight").eachText()).allMatch(w -> w.matches("[+-]?\\d+"));

        // downloads: always attachments, safe names; the part's bytes match the listed SHA-256
        String partHref = detail.select("#attachments a").attr("href");
        HttpResponse<byte[]> part = c.download(partHref);
        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");
        String disposition = part.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).matches("attachment; filename=\"[A-Za-z0-9._-]+\"");
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(part.body()));
        assertThat(detail.select("#attachments .hash").text()).isEqualTo(sha);
        HttpResponse<byte[]> eml = c.download(detail.select("#eml").attr("href"));
        assertThat(eml.headers().firstValue("Content-Disposition").orElseThrow()).matches("attachment; filename=\"[A-Za-z0-9._-]+\\.eml\"");
        assertThat(eml.headers().firstValue("Content-Type").orElse("")).startsWith("application/octet-stream");
        // (the raw UTF-8 From of the corpus mail, as Utf8HeaderHook carried it: an encoded word)
        assertThat(new String(eml.body(), StandardCharsets.UTF_8)).contains("From: =?UTF-8?").contains("<faktura@danfoss.dk>");
    }

    @Test
    @Order(7)
    void danishFromTheBrowserLanguage() throws Exception {
        ConsoleClient c = new ConsoleClient(fixture.consoleUrl());
        c.language = "da-DK,da;q=0.9,en;q=0.5";
        Document login = Jsoup.parse(c.get("/login").body());
        assertThat(login.select("html").attr("lang")).isEqualTo("da");
        assertThat(login.select("button#login").text()).isEqualTo("Log ind");
        c.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);
        assertThat(Jsoup.parse(c.get("/held/quarantine").body()).select("h1").text()).isEqualTo("Tilbageholdte fakturaer");
        // the switch link stores the choice
        HttpResponse<String> toEnglish = c.get("/held/quarantine?lang=en");
        assertThat(toEnglish.statusCode()).isEqualTo(303);
        assertThat(Jsoup.parse(c.get("/held/quarantine").body()).select("h1").text()).isEqualTo("Quarantined invoices");
    }

    @Test
    @Order(8)
    void suppressedBounceIsListedWithItsReasonAndReleasedIntoBounceRelease() throws Exception {
        // a forged sender (SPF -all) writes to a full mailbox: the DSN is suppressed and kept
        fixture.dns.addZone("example.", "$TTL 300\nspf-fail.example. 300 IN TXT \"v=spf1 -all\"\n");
        String full = "full@" + ConsoleFixture.DOMAIN;
        fixture.addUser(full);
        fixture.james.webadminOk("PUT", "/quota/users/" + full + "/size", "1");
        try (org.spoofguard.testing.smtp.SmtpTestClient smtp = org.spoofguard.testing.smtp.SmtpTestClient.connect(
            fixture.james.smtpPort(), "127.0.0.61")) {
            assertThat(smtp.ehlo("client.example").code()).isEqualTo(250);
            assertThat(smtp.mailFrom("victim@spf-fail.example").code()).isEqualTo(250);
            assertThat(smtp.rcptTo(full).code()).isEqualTo(250);
            assertThat(smtp.data("From: victim@spf-fail.example\nTo: " + full + "\nSubject: console-suppressed\n\n"
                + "More than one byte.\n").code()).isEqualTo(250);
            smtp.quit();
        }
        String suppressed = "file://var/mail/suppressed-bounces/";
        ConsoleClient c = admin();
        await().atMost(Duration.ofSeconds(60)).until(() -> c.get("/held/suppressed").body().contains("victim@spf-fail.example"));
        Document list = Jsoup.parse(c.get("/held/suppressed").body());
        assertThat(list.select("h1").text()).isEqualTo("Suppressed bounces");
        // (other suppressed mails of earlier tests may be listed too)
        List<org.jsoup.nodes.Element> rows = list.select("#held tbody tr").stream()
            .filter(tr -> tr.text().contains("victim@spf-fail.example")).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).contains("mailbox-full").contains("SPF=fail");
        List<String> keys = List.of(rows.get(0).select("input[name=key]").attr("value"));
        HttpResponse<String> r = c.post("/held/suppressed/act", List.of(Map.entry("csrf", list.select("input[name=csrf]").first().attr("value")),
            Map.entry("action", "release"), Map.entry("key", keys.get(0))));
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("&n=1&g=0");
        assertThat(fixture.james.repositoryMails(suppressed)).doesNotContain(keys.get(0));
        assertThat(Files.readString(auditFile())).contains(" release suppressed " + ConsoleClient.enc(keys.get(0)) + " ")
            .contains("bounce-release");
        // the error repository has its page too (empty here)
        assertThat(Jsoup.parse(c.get("/held/error").body()).select("#empty")).hasSize(1);
    }

    @Test
    @Order(9)
    void retentionDeletesOldItemsAndAuditsIt() throws Exception {
        String key = fixture.quarantineSpoof(CLERK, null, null);
        ConsoleProbe probe = fixture.james.server().getProbe(ConsoleProbe.class);
        // nothing is 30 days old yet
        assertThat(probe.console().expire()).isZero();
        assertThat(fixture.quarantineKeys()).contains(key);
        // everything held before now is "old" for a zero age
        int deleted = probe.console().held().expire(Duration.ZERO);
        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(fixture.quarantineKeys()).doesNotContain(key);
        assertThat(Files.readString(auditFile())).contains("retention expire quarantine " + ConsoleClient.enc(key) + " ");
    }

    @Test
    @Order(10)
    void releaseAndTrustTheSuppliersNewBankDetails() throws Exception {
        // danfoss.dk is a known supplier whose account the bank-details memory holds
        assertThat(fixture.james.webadmin("PUT", "/spoofguard/bank-details/danfoss.dk/accounts/DK5000400440116243", "")
            .statusCode()).isEqualTo(204);
        String rcpt = "trust@" + ConsoleFixture.DOMAIN;
        fixture.addUser(rcpt);
        String key = fixture.quarantineSpoof(rcpt, null, null, "Kære kunde\n\nFaktura 10234 er forfalden. Bemærk vores nye "
            + "bankoplysninger: betal venligst til IBAN DK95 2000 0123 4567 89.\n\nMed venlig hilsen\nDanfoss Økonomi\n");
        ConsoleClient c = admin();
        Document detail = Jsoup.parse(c.get("/held/quarantine/mail?key=" + ConsoleClient.enc(key)).body());
        assertThat(detail.select("#reasons .signal").eachText()).contains("bank-account-new");
        // the accounts re-read from the mail, masked, for the sender's organisation
        assertThat(detail.select("#trust-accounts").text()).contains("DK95…6789");
        assertThat(detail.select("#trust-offer").text()).contains("danfoss.dk");
        assertThat(detail.html()).doesNotContain("0123456789").doesNotContain("DK9520000123456789");
        String token = detail.select("input[name=csrf]").first().attr("value");
        HttpResponse<String> r = c.post("/held/quarantine/act", List.of(Map.entry("csrf", token), Map.entry("action", "trust"),
            Map.entry("key", key)));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("a=trust&n=1&g=0");
        // a second click finds it gone and trusts nothing more
        HttpResponse<String> again = c.post("/held/quarantine/act", List.of(Map.entry("csrf", token), Map.entry("action", "trust"),
            Map.entry("key", key)));
        assertThat(again.headers().firstValue("Location").orElseThrow()).contains("a=trust&n=0&g=1");
        assertThat(Jsoup.parse(c.get(r.headers().firstValue("Location").orElseThrow()).body()).select("#flash").text())
            .contains("bank details trusted");

        await().atMost(Duration.ofSeconds(60)).until(() -> fixture.inboxCount(rcpt) >= 1);
        assertThat(fixture.inboxCount(rcpt)).isEqualTo(1);
        assertThat(fixture.quarantineKeys()).doesNotContain(key);
        String memory = fixture.james.webadminOk("GET", "/spoofguard/bank-details", null).body();
        assertThat(memory).contains("\"danfoss.dk\"").contains("DK50…6243").contains("DK95…6789");
        List<String> rows = Jsoup.parse(c.get("/audit").body()).select("#audit tbody tr").eachText();
        assertThat(rows.stream().filter(t -> t.contains("release-trust") && t.contains(key))).singleElement()
            .satisfies(t -> assertThat(t).contains(ConsoleFixture.ADMIN).contains("danfoss.dk").contains("DK95…6789"));
        assertThat(Files.readString(auditFile()).lines().filter(l -> l.contains(" release-trust quarantine " + ConsoleClient.enc(key) + " ")))
            .hasSize(1);
        // only on the quarantine, one mail at a time
        assertThat(c.post("/held/suppressed/act", List.of(Map.entry("csrf", token), Map.entry("action", "trust"),
            Map.entry("key", key))).statusCode()).isEqualTo(400);
    }

    @Test
    @Order(11)
    void postureOfEachLocalDomainWithAdviceAndTheDkimRecordToPublish() throws Exception {
        String good = "god-kommune.dk";
        String weak = "svag-kommune.dk";
        fixture.james.addDomain(good);
        fixture.james.addDomain(weak);
        // the key the server made when the domain was added (DkimKeyOnDomainAdd; rsa-sha256, the default)
        DkimKeyStore.SigningKey key = new DkimKeyStore(fixture.james.data().resolve("var/spoofguard/dkim"))
            .loadOrCreate(good, "spoofguard", DkimAlgorithm.RSA_SHA256, 2048);
        fixture.dns.addRecords(
            good + ". 300 IN TXT \"v=spf1 ip4:192.0.2.10 -all\"",
            "_dmarc." + good + ". 300 IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@" + good + "\"",
            good + ". 300 IN MX 10 mx." + good + ".",
            "mx." + good + ". 300 IN A 192.0.2.10",
            "spoofguard._domainkey." + good + ". 300 IN TXT " + LoopbackDnsServer.txt(key.txtRecord()),
            weak + ". 300 IN TXT \"v=spf1 ip4:192.0.2.20 ~all\"",
            "_dmarc." + weak + ". 300 IN TXT \"v=DMARC1; p=none\"");
        ConsoleClient c = admin();
        // a fresh run (the button), then the page shows it
        HttpResponse<String> run = c.post("/posture", List.of(Map.entry("csrf", c.csrf("/audit"))));
        assertThat(run.statusCode()).isEqualTo(303);
        Document page = Jsoup.parse(c.get("/posture").body());
        assertThat(page.select("#posture-running")).as("the loopback DNS answers at once").isEmpty();
        assertThat(page.select("section.posture").eachAttr("data-domain")).contains(good, weak, ConsoleFixture.DOMAIN)
            .doesNotContain("localhost");
        org.jsoup.nodes.Element g = page.selectFirst("section.posture[data-domain=" + good + "]");
        org.jsoup.nodes.Element w = page.selectFirst("section.posture[data-domain=" + weak + "]");
        assertThat(g.select("tr[data-code=spf.hardfail]").attr("data-severity")).isEqualTo("ok");
        assertThat(g.select("tr[data-code=dmarc.reject]").attr("data-severity")).isEqualTo("ok");
        assertThat(g.select("tr[data-code^=dkim.]").eachAttr("data-code")).doesNotContain("dkim.unpublished");
        // an RSA record is longer than one TXT string (255): the console shows it split, as a zone file needs it
        assertThat(g.select("pre.dkim-record").text().replace("\" \"", ""))
            .isEqualTo("spoofguard._domainkey." + good + " IN TXT \"" + key.txtRecord() + "\"");
        assertThat(w.select("tr[data-code=spf.softfail]").attr("data-severity")).isEqualTo("warn");
        assertThat(w.select("tr[data-code=dmarc.none]").attr("data-severity")).isEqualTo("fail");
        String adviceEn = w.select("tr[data-code=dmarc.none] td.advice").text();
        assertThat(adviceEn).contains("p=reject");
        assertThat(w.select("h2 .sev").text()).isEqualTo("Fail");

        // the advice in the session's language
        c.get("/posture?lang=da");
        Document da = Jsoup.parse(c.get("/posture").body());
        String adviceDa = da.selectFirst("section.posture[data-domain=" + weak + "]").select("tr[data-code=dmarc.none] td.advice").text();
        assertThat(adviceDa).isNotBlank().isNotEqualTo(adviceEn);
        assertThat(da.select("h1").text()).isEqualTo("Egne domæners beskyttelse");
        c.get("/posture?lang=en");
    }

    @Test
    @Order(12)
    void danishLettersInRawUtf8AndEncodedHeadersAreShown() throws Exception {
        // spoof/01's From is raw UTF-8 (RFC 6532): "Danfoss Økonomi"; the subject here an encoded word (RFC 2047)
        String key = fixture.quarantineSpoof(CLERK, "Påmindelse: faktura <b>10234</b> – æøå ÆØÅ", null);
        ConsoleClient c = admin();
        Document list = Jsoup.parse(c.get("/held/quarantine").body());
        org.jsoup.nodes.Element row = list.select("#held tbody tr").stream()
            .filter(tr -> tr.select("input[name=key]").attr("value").equals(key)).findFirst().orElseThrow();
        assertThat(row.text()).contains("Danfoss Økonomi").contains("Påmindelse: faktura <b>10234</b> – æøå ÆØÅ")
            .doesNotContain("??");
        Document detail = Jsoup.parse(c.get("/held/quarantine/mail?key=" + ConsoleClient.enc(key)).body());
        assertThat(detail.select("#subject").text()).isEqualTo("Påmindelse: faktura <b>10234</b> – æøå ÆØÅ");
        assertThat(detail.select(".facts").text()).contains("Danfoss Økonomi <faktura@danfoss.dk>");
        assertThat(detail.select("#subject b")).isEmpty();
        c.post("/held/quarantine/act", List.of(Map.entry("csrf", c.csrf("/audit")), Map.entry("action", "delete"), Map.entry("key", key)));
    }

    @Test
    @Order(20)
    void wrongPasswordsAreThrottled() throws Exception {
        ConsoleClient c = new ConsoleClient(fixture.consoleUrl());
        for (int i = 0; i < 3; i++) {
            assertThat(c.login(ConsoleFixture.ADMIN, "guess-" + i).statusCode()).isEqualTo(401);
        }
        // now even the right password is refused without being checked
        HttpResponse<String> blocked = c.login(ConsoleFixture.ADMIN, ConsoleFixture.PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(blocked.body()).select("#message").text()).contains("Too many wrong passwords");
        assertThat(blocked.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("sg_session="));
    }

    /**
     * A guesser who names a new address in X-Forwarded-For with every try, or spells the admin's name another way
     * ("postmaster@[domain]"), is still the one blocked account from the connection's own address: before, Jetty
     * took the header as the client's address (never throttled, any address in the audit log) and the second
     * spelling got five more guesses of its own.
     */
    @Test
    @Order(21)
    void neitherAForgedAddressNorAnotherSpellingOfTheNameGetsMoreGuesses() throws Exception {
        ConsoleClient c = new ConsoleClient(fixture.consoleUrl());
        String bracketed = ConsoleFixture.ADMIN.replace("@", "@[") + "]";
        for (int i = 0; i < 3; i++) {
            c.forwardedFor = "198.51.100." + (70 + i);
            assertThat(c.login(i % 2 == 0 ? bracketed : ConsoleFixture.ADMIN, "guess-" + i).statusCode())
                .isEqualTo(429);
        }
        String audit = Files.readString(auditFile());
        assertThat(audit).doesNotContain("198.51.100.7");
        assertThat(audit).doesNotContain("[" + ConsoleFixture.DOMAIN).doesNotContain("%5B" + ConsoleFixture.DOMAIN);
    }

    static Path auditFile() {
        return fixture.james.data().resolve("var/spoofguard/audit.log");
    }
}
