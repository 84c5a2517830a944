package org.spoofguard.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.spoofguard.core.config.Bilingual;
import org.spoofguard.james.SpoofGuardSettings;
import org.spoofguard.core.dkim.DkimKeyStore;
import org.spoofguard.core.dkim.DkimSigner;
import org.spoofguard.core.dkim.DkimSigningConfig;
import org.spoofguard.core.dmarc.DmarcPolicyDiscovery;
import org.spoofguard.core.dns.CachingDnsResolver;
import org.spoofguard.core.dns.ResolverConfig;
import org.spoofguard.core.net.DomainName;
import org.spoofguard.core.posture.DkimExpectation;
import org.spoofguard.core.posture.Finding;
import org.spoofguard.core.posture.PostureChecker;
import org.spoofguard.core.posture.PostureReport;
import org.spoofguard.core.posture.Severity;

/**
 * {@code bin/spoofguard-posture}: how well our own domains are protected against being forged, and what to
 * publish (SPF, DMARC, DKIM, MX, MTA-STS, TLS-RPT), with the checks of {@link PostureChecker}.
 *
 * <pre>
 * DOMAIN...             domains to check (default: every domain of the running server, from WebAdmin GET /domains,
 *                       without localhost)
 * --conf DIR            configuration (default: conf/ of the checkout): spoofguard.properties gives the resolver (dns.*), the DMARC
 *                       discovery (auth.dmarcDiscovery) and the DKIM settings (dkim.*); mailetcontainer.xml whether
 *                       DkimSign runs
 * --data DIR            data directory with the DKIM keys (default: data/ of the checkout)
 * --webadmin URL        WebAdmin to ask for the domains (default http://127.0.0.1:8000)
 * --dns HOST:PORT       name server(s), overriding dns.servers
 * --lang en|da          language of the advice (default: da when $LANG starts with da, else en)
 * --json                machine-readable output (advice in both languages)
 * </pre>
 * Exit status: 0 nothing failed, 1 at least one FAIL finding, 2 usage or configuration error.
 */
public final class Posture {
    static final String SIGNING_MAILET = "org.spoofguard.mailets.dkim.DkimSign";

    private Posture() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv("LANG")));
    }

    /** The whole command; returns the exit status. Never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err, String langEnv) {
        Path conf = Launcher.checkoutDefault("conf");
        Path data = Launcher.checkoutDefault("data");
        String webadmin = "http://127.0.0.1:8000";
        String dns = null;
        String lang = langEnv != null && langEnv.toLowerCase(Locale.ROOT).startsWith("da") ? "da" : "en";
        boolean json = false;
        List<String> domains = new ArrayList<>();
        Map<String, String> properties;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--conf" -> conf = Path.of(value(args, ++i, arg));
                    case "--data" -> data = Path.of(value(args, ++i, arg));
                    case "--webadmin" -> webadmin = value(args, ++i, arg).replaceAll("/+$", "");
                    case "--dns" -> dns = value(args, ++i, arg);
                    case "--lang" -> {
                        lang = value(args, ++i, arg).toLowerCase(Locale.ROOT);
                        if (!lang.equals("en") && !lang.equals("da")) {
                            throw new IllegalArgumentException(Bilingual.of("--lang must be en or da", "--lang skal være en eller da"));
                        }
                    }
                    case "--json" -> json = true;
                    case "-h", "--help" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new IllegalArgumentException(Bilingual.of("unknown option " + arg, "ukendt tilvalg " + arg));
                        }
                        // the one rule for a domain an admin gives (tønder.dk is checked as xn--tnder-vua.dk)
                        String domain = DomainName.configured(arg);
                        if (!domains.contains(domain)) {
                            domains.add(domain);
                        }
                    }
                }
            }
            properties = readProperties(conf.resolve("spoofguard.properties"));
        } catch (IllegalArgumentException e) {
            err.println("spoofguard-posture: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        ResolverConfig resolverConfig;
        DmarcPolicyDiscovery.Mode mode;
        DkimSigningConfig dkim;
        boolean signingMailet;
        try {
            Map<String, String> dnsSettings = section(properties, "dns.");
            if (dns != null) {
                try {
                    ResolverConfig.parse(Map.of(ResolverConfig.SERVERS, dns));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(Bilingual.prefixed("--dns: ", e.getMessage()), e);
                }
                dnsSettings.put(ResolverConfig.SERVERS, dns);
            }
            String file = SpoofGuardSettings.FILE + ".properties: ";
            try {
                resolverConfig = ResolverConfig.parse(dnsSettings);
            } catch (IllegalArgumentException e) {
                // the resolver names its keys without the section; the admin edits "dns.timeout", as the server says
                throw new IllegalArgumentException(Bilingual.prefixed(file + SpoofGuardSettings.DNS_PREFIX, e.getMessage()), e);
            }
            mode = discoveryMode(properties.get("auth.dmarcDiscovery"));
            try {
                dkim = DkimSigningConfig.parse(section(properties, "dkim."));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Bilingual.prefixed(file, e.getMessage()), e);
            }
            signingMailet = signingMailetConfigured(conf.resolve("mailetcontainer.xml"));
            if (domains.isEmpty()) {
                domains = serverDomains(webadmin);
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println("spoofguard-posture: " + e.getMessage());
            return 2;
        }
        List<PostureReport> reports = check(new PostureChecker(new CachingDnsResolver(resolverConfig), mode), dkim,
            signingMailet, data, domains, e -> err.println("spoofguard-posture: " + e));
        out.print(json ? json(reports) : human(reports, lang));
        out.flush();
        return reports.stream().anyMatch(r -> r.worst() == Severity.FAIL) ? 1 : 0;
    }

    /**
     * {@code auth.dmarcDiscovery} (treewalk, the default, or publicsuffix) as the server reads it: the same parser
     * ({@link DmarcPolicyDiscovery.Mode#parse}), so posture and the console accept every spelling the mail path does.
     */
    public static DmarcPolicyDiscovery.Mode discoveryMode(String setting) {
        try {
            return DmarcPolicyDiscovery.Mode.parse(setting == null ? "treewalk" : setting);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bilingual.prefixed("auth.dmarcDiscovery ", e.getMessage()), e);
        }
    }

    /**
     * The posture of {@code domains} as this server is configured: our DKIM expectation per domain from the
     * {@code dkim.*} settings, whether the signing mailet runs, and the public keys under {@code data}. For the
     * command and for anything else that shows posture (e.g. a console inside the server, with the server's own
     * resolver in {@code checker}).
     */
    public static List<PostureReport> check(PostureChecker checker, DkimSigningConfig dkim, boolean signingMailet, Path data,
                                            List<String> domains, java.util.function.Consumer<String> problems) {
        DkimKeyStore keys = new DkimKeyStore(data.resolve(dkim.keyDirectory()));
        List<PostureReport> reports = new ArrayList<>();
        for (String written : domains) {
            // the key files and DNS names are A-labels, whatever spelling the caller had
            Optional<String> ascii = DomainName.ascii(written);
            if (ascii.isEmpty()) {
                problems.accept("not a domain name: '" + written + "'");
                continue;
            }
            String domain = ascii.get();
            Optional<String> txt;
            try {
                txt = keys.publicKey(domain, dkim.selector()).map(DkimSigner::keyRecord);
            } catch (RuntimeException e) {
                problems.accept("cannot read the DKIM key of " + domain + ": " + e.getMessage());
                txt = Optional.empty();
            }
            reports.add(checker.check(domain, new DkimExpectation(signingMailet && dkim.signs(domain, true), dkim.selector(), txt)));
        }
        return reports;
    }

    static Map<String, String> readProperties(Path file) {
        // the server's own reading (UTF-8, or Latin-1 from an older editor), so both see the same settings
        return Files.isRegularFile(file) ? new LinkedHashMap<>(SpoofGuardSettings.read(file)) : new LinkedHashMap<>();
    }

    private static Map<String, String> section(Map<String, String> properties, String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v);
            }
        });
        return out;
    }

    /** Whether an uncommented DkimSign mailet is in the pipeline. */
    public static boolean signingMailetConfigured(Path mailetcontainer) {
        try {
            String xml = Files.readString(mailetcontainer).replaceAll("(?s)<!--.*?-->", "");
            return xml.contains("class=\"" + SIGNING_MAILET + "\"");
        } catch (IOException e) {
            throw new IllegalArgumentException(Bilingual.of("cannot read " + mailetcontainer + ": " + e.getMessage(),
                "kan ikke læse " + mailetcontainer + ": " + e.getMessage()), e);
        }
    }

    /** The running server's local domains (WebAdmin GET /domains), without localhost and IP literals. */
    static List<String> serverDomains(String webadmin) {
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                HttpRequest.newBuilder(URI.create(webadmin + "/domains")).timeout(Duration.ofSeconds(10))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("no domains given and WebAdmin at " + webadmin + " cannot be asked for them ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "): start the server, pass --webadmin URL, or name the domains");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("WebAdmin GET " + webadmin + "/domains answered " + response.statusCode());
        }
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"\\\\]+)\"").matcher(response.body());
        while (m.find()) {
            DomainName.ofDomainList(m.group(1)).filter(d -> !out.contains(d)).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("the server at " + webadmin + " has no domains but localhost: add one (PUT /domains/NAME)");
        }
        return out;
    }

    static String human(List<PostureReport> reports, String lang) {
        StringBuilder sb = new StringBuilder();
        for (PostureReport r : reports) {
            sb.append(r.domain()).append("  (").append(lang.equals("da") ? "værst" : "worst").append(": ")
                .append(r.worst().keyword().toUpperCase(Locale.ROOT)).append(")\n");
            for (Finding f : r.findings()) {
                sb.append(String.format("  %-6s %-8s %s%n", "[" + f.severity().keyword().toUpperCase(Locale.ROOT) + "]", f.area().keyword(),
                    terminalSafe(f.detail())));
                if (f.severity() != Severity.OK) {
                    sb.append("                  -> ").append(terminalSafe(f.advice(lang))).append('\n');
                }
            }
            if (r.dkimRecord().isPresent()) {
                sb.append(lang.equals("da") ? "  DKIM-post der skal udgives:\n" : "  DKIM record to publish:\n");
                sb.append("    ").append(zoneLine(r.dkimRecordName().orElseThrow(), r.dkimRecord().get())).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * {@code s} with control and format characters written as {@code \\uXXXX}: details quote TXT records from DNS,
     * and a hostile answer must not send terminal escape sequences (ESC, BEL: retitle, clear or rewrite the
     * screen), fake finding lines (CR, LF) or reverse the text (U+202E) in the admin's terminal.
     */
    static String terminalSafe(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A zone-file line; TXT strings longer than 255 octets are split (RFC 1035 §3.3.14, RFC 6376 §3.6.2.2). */
    static String zoneLine(String name, String txt) {
        StringBuilder sb = new StringBuilder(name).append(". IN TXT (");
        for (int i = 0; i < txt.length(); i += 250) {
            sb.append(" \"").append(txt, i, Math.min(txt.length(), i + 250)).append('"');
        }
        return sb.append(" )").toString();
    }

    static String json(List<PostureReport> reports) {
        StringBuilder sb = new StringBuilder("{\"domains\":[");
        for (int i = 0; i < reports.size(); i++) {
            PostureReport r = reports.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"domain\":").append(CheckSender.quote(r.domain()))
                .append(",\"worst\":").append(CheckSender.quote(r.worst().keyword())).append(",\"findings\":[");
            for (int j = 0; j < r.findings().size(); j++) {
                Finding f = r.findings().get(j);
                sb.append(j == 0 ? "" : ",").append('{')
                    .append("\"area\":").append(CheckSender.quote(f.area().keyword()))
                    .append(",\"code\":").append(CheckSender.quote(f.code()))
                    .append(",\"severity\":").append(CheckSender.quote(f.severity().keyword()))
                    .append(",\"detail\":").append(CheckSender.quote(f.detail()))
                    .append(",\"advice\":{\"en\":").append(CheckSender.quote(f.adviceEn()))
                    .append(",\"da\":").append(CheckSender.quote(f.adviceDa())).append("}}");
            }
            sb.append("],\"dkimRecord\":");
            if (r.dkimRecord().isPresent()) {
                sb.append("{\"name\":").append(CheckSender.quote(r.dkimRecordName().orElseThrow()))
                    .append(",\"value\":").append(CheckSender.quote(r.dkimRecord().get())).append('}');
            } else {
                sb.append("null");
            }
            sb.append('}');
        }
        return sb.append("]}\n").toString();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static String usage() {
        return "usage: bin/spoofguard-posture [--conf DIR] [--data DIR] [--webadmin URL] [--dns HOST:PORT[,...]]"
            + " [--lang en|da] [--json] [DOMAIN...]";
    }
}
