package org.spoofguard.it.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Issue 12 in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's chromedriver.
 * A new admin logs in, opens a quarantined invoice, reads its reasons, releases it, and finds it in the
 * recipient's IMAP INBOX and in the audit log; once with an English browser and once with a Danish one.
 *
 * <p>Skipped, saying why, only when chromium or chromedriver is not installed ({@code .ci/run} installs both).
 * Screenshots of the main pages go to {@code it/target/console-screenshots/}, and also to the directory named
 * by {@code -Dspoofguard.console.screenshots=...} (how docs/console/*.png were made).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {
    static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String ALICE = "kreditor@" + ConsoleFixture.DOMAIN;
    static final String BOB = "bogholderi@" + ConsoleFixture.DOMAIN;

    static ConsoleFixture fixture;
    static String chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = CHROMIUM.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
        Assumptions.assumeTrue(chromium != null && Files.isExecutable(Path.of(CHROMEDRIVER)),
            "ConsoleBrowserIT skipped: Debian chromium and chromium-driver are not installed "
                + "(apt-get install -y chromium chromium-driver; .ci/run does this)");
        fixture = new ConsoleFixture();
        fixture.addUser(ALICE);
        fixture.addUser(BOB);
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    /** A fresh headless Chromium whose Accept-Language is {@code languages}. */
    static WebDriver browser(String languages) throws IOException {
        Path profile = Files.createTempDirectory("spoofguard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=" + languages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    void login(WebDriver driver) {
        driver.get(fixture.consoleUrl() + "/");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        driver.findElement(By.id("user")).sendKeys(ConsoleFixture.ADMIN);
        driver.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
        driver.findElement(By.id("login")).click();
        waitFor(driver, () -> driver.getCurrentUrl().endsWith("/held/quarantine"));
    }

    @Test
    @Order(1)
    void englishAdminReviewsAndReleasesAnInvoice() throws Exception {
        String hostile = fixture.quarantineSpoof(BOB, "<script>alert('x')</script>\u202Efdp.exe " + "Faktura ".repeat(1250),
            "<img src=x onerror=alert(1)>\u202Efdp.exe");
        String key = fixture.quarantineSpoof(ALICE, null, null);
        long inbox = fixture.inboxCount(ALICE);
        WebDriver driver = browser("en-US,en");
        try {
            driver.get(fixture.consoleUrl() + "/login");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
            screenshot(driver, "login-en");
            login(driver);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quarantined invoices");
            List<WebElement> rows = driver.findElements(By.cssSelector("#held tbody tr"));
            assertThat(rows).hasSize(2);
            screenshot(driver, "quarantine-en");

            // the hostile mail: shown as text, cut, no script ran
            driver.get(fixture.consoleUrl() + "/held/quarantine/mail?key=" + ConsoleClient.enc(hostile));
            assertNoAlert(driver);
            assertThat(driver.findElements(By.tagName("script"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
            String subject = driver.findElement(By.id("subject")).getText();
            assertThat(subject).startsWith("<script>alert('x')</script>fdp.exe Faktura").endsWith("\u2026").hasSizeLessThanOrEqualTo(201);
            assertThat(driver.findElement(By.cssSelector("#attachments .filename")).getText())
                .isEqualTo("<img src=x onerror=alert(1)>fdp.exe");
            screenshot(driver, "hostile-en");

            // open the invoice from the list, read its reasons
            driver.get(fixture.consoleUrl() + "/held/quarantine");
            driver.findElement(By.cssSelector("a[href*='" + ConsoleClient.enc(key) + "']")).click();
            waitFor(driver, () -> !driver.findElements(By.id("score")).isEmpty());
            assertThat(driver.findElement(By.id("score")).getText()).startsWith("quarantine score=").contains("dmarc-fail+40");
            List<String> signals = driver.findElements(By.cssSelector("#reasons .signal")).stream().map(WebElement::getText).toList();
            assertThat(signals).contains("dmarc-fail", "spf-fail");
            assertThat(driver.findElement(By.id("verdict")).getText()).contains("DMARC (danfoss.dk, p=reject): fail");
            assertThat(driver.findElement(By.cssSelector("#attachments .filename")).getText()).isEqualTo("Faktura_10234.pdf");
            screenshot(driver, "invoice-en");

            driver.findElement(By.id("release")).click();
            assertThat(flash(driver)).startsWith("Released: 1");
            await().atMost(Duration.ofSeconds(60)).until(() -> fixture.inboxCount(ALICE) == inbox + 1);
            assertThat(fixture.quarantineKeys()).doesNotContain(key).contains(hostile);

            driver.findElement(By.id("nav-audit")).click();
            waitForH1(driver, "Audit log");
            String audit = driver.findElement(By.id("audit")).getText();
            assertThat(audit).contains(ConsoleFixture.ADMIN).contains("release").contains(key);
            screenshot(driver, "audit-en");

            driver.findElement(By.id("nav-report")).click();
            waitForH1(driver, "Report");
            assertThat(driver.findElements(By.cssSelector("#chart-invoices svg rect"))).isNotEmpty();
            assertThat(driver.findElement(By.id("chart-counters")).getText()).contains("spoofguard_invoice_quarantined");
            screenshot(driver, "report-en");

            // the posture of our domains: one published right, one weak
            fixture.james.addDomain("god-kommune.dk");
            fixture.dns.addRecords("god-kommune.dk. 300 IN TXT \"v=spf1 ip4:192.0.2.10 -all\"",
                "_dmarc.god-kommune.dk. 300 IN TXT \"v=DMARC1; p=reject; rua=mailto:dmarc@god-kommune.dk\"",
                "god-kommune.dk. 300 IN MX 10 mx.god-kommune.dk.", "mx.god-kommune.dk. 300 IN A 192.0.2.10",
                "aarhus.dk. 300 IN TXT \"v=spf1 mx ~all\"", "_dmarc.aarhus.dk. 300 IN TXT \"v=DMARC1; p=none\"");
            driver.findElement(By.id("nav-posture")).click();
            waitForH1(driver, "Own-domain posture");
            driver.findElement(By.id("posture-run")).click();
            waitFor(driver, () -> driver.findElements(By.cssSelector("section.posture[data-domain='god-kommune.dk']")).size() == 1
                && driver.findElements(By.id("posture-running")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("section.posture[data-domain='god-kommune.dk'] tr[data-code='dmarc.reject']"))
                .getAttribute("data-severity")).isEqualTo("ok");
            assertThat(driver.findElements(By.cssSelector("section.posture[data-domain='aarhus.dk'] td.advice"))).isNotEmpty();
            screenshot(driver, "posture-en");
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(2)
    void danishAdminReleasesFromTheList() throws Exception {
        String key = fixture.quarantineSpoof(ALICE, null, null);
        long inbox = fixture.inboxCount(ALICE);
        WebDriver driver = browser("da-DK,da");
        try {
            driver.get(fixture.consoleUrl() + "/login");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Log ind");
            login(driver);
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Tilbageholdte fakturaer");
            screenshot(driver, "quarantine-da");

            driver.findElement(By.cssSelector("a[href*='" + ConsoleClient.enc(key) + "']")).click();
            waitFor(driver, () -> !driver.findElements(By.id("reasons")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#reasons thead")).getText()).contains("Signal").contains("Vægt");
            assertThat(driver.findElements(By.cssSelector("#reasons .signal")).stream().map(WebElement::getText).toList())
                .contains("dmarc-fail");
            screenshot(driver, "invoice-da");
            driver.findElement(By.linkText("Tilbage til listen")).click();
            waitFor(driver, () -> !driver.findElements(By.id("held")).isEmpty());

            driver.findElement(By.cssSelector("#held input[value='" + key + "']")).click();
            driver.findElement(By.id("release-selected")).click();
            assertThat(flash(driver)).startsWith("Frigivet: 1");
            await().atMost(Duration.ofSeconds(60)).until(() -> fixture.inboxCount(ALICE) == inbox + 1);

            driver.findElement(By.id("nav-audit")).click();
            waitForH1(driver, "Revisionslog");
            assertThat(driver.findElement(By.id("audit")).getText()).contains("release").contains(key);
            screenshot(driver, "audit-da");

            // switchable: the language link turns the console English and keeps it so
            driver.findElement(By.id("lang")).click();
            waitForH1(driver, "Audit log");
            driver.findElement(By.id("nav-quarantine")).click();
            waitForH1(driver, "Quarantined invoices");
        } finally {
            driver.quit();
        }
    }

    /** After a click that navigates: waits until the new page is there (a click may return before it loads). */
    static void waitFor(WebDriver driver, java.util.concurrent.Callable<Boolean> loaded) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
            .until(() -> loaded.call(), ok -> ok);
    }

    static void waitForH1(WebDriver driver, String text) {
        waitFor(driver, () -> driver.findElement(By.tagName("h1")).getText().equals(text));
    }

    static String flash(WebDriver driver) {
        waitFor(driver, () -> !driver.findElements(By.cssSelector("#flash, #flash-gone, p.error")).isEmpty());
        List<WebElement> flash = driver.findElements(By.id("flash"));
        assertThat(flash).as(() -> driver.getCurrentUrl() + "\n" + driver.getPageSource()).hasSize(1);
        return flash.get(0).getText();
    }

    static void assertNoAlert(WebDriver driver) {
        try {
            driver.switchTo().alert();
            throw new AssertionError("a script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // good: nothing ran
        }
    }

    static void screenshot(WebDriver driver, String name) throws IOException {
        byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of("target/console-screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), png);
        String extra = System.getProperty("spoofguard.console.screenshots");
        if (extra != null && !extra.isBlank()) {
            Path d = Path.of(extra);
            Files.createDirectories(d);
            Files.write(d.resolve(name + ".png"), png);
        }
    }
}
