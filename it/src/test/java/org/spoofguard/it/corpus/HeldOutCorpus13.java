package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The thirteenth held-out invoice corpus (issue 11 item 5): a fourteenth test set in a world nobody tuned on. "Our"
 * public body is Hjørring Kommune ({@value #OWN}, p=reject) with sixteen listed suppliers from Hjørring, Hirtshals,
 * Sindal, Vrå, Løkken, Tårs, Bindslev and Tversted in the DNS postures real Danish firms have, three Vendsyssel
 * invoicing services ({@code nordfaktura.dk}, {@code fakturatoppen.dk}, {@code vendsysselbogholderi.dk}), banks,
 * neighbouring municipalities, a Vendsyssel creditor list, forwarders (with and without SRS), free mail, foreign
 * suppliers (Kristiansand, Kiel, Zwolle), SaaS, auditors, camp-school centres and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings, without reading the invoice engine, its tests, tuning
 * notes or any earlier result. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived
 * from the mail's kind (a legitimate invoice, credit note, reminder, collection demand for a real debt,
 * intermunicipal invoice, camp-school deposit or SaaS invoice) and its computed authentication (DMARC pass, or
 * aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus13GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus13 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout13");
    public static final String OWN = "hjorring.dk";
    private static final String OWN_IP = "127.191.0.1";
    private static final String ROGUE = "127.199.";
    private static final String EAN = "5798000421240";
    private static final String TOWN_HALL = "Springvandspladsen 5, 9800 Hjørring";
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter NUM = DateTimeFormatter.ofPattern("dd-MM-yyyy", DA);

    private final Random dice = new Random(13_2027_1104L);
    private final Set<String> payable = new TreeSet<>();
    private final Map<String, Earlier> earlier = new LinkedHashMap<>();
    private int rogueHost = 20;

    /** A listed supplier's wave-1 invoice, which later mails (genuine and fraudulent) cite. */
    private record Earlier(String number, Money money, String subject, String messageId) {
    }

    /** An invoice amount in øre: net, 25 % VAT, gross. */
    private record Money(long net) {
        String netText() {
            return kr(net);
        }

        String vatText() {
            return kr(net / 4);
        }

        String grossText() {
            return kr(net + net / 4);
        }

        Money negate() {
            return new Money(-net);
        }
    }

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2027, 10, 4, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2027, 11, 4, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return ROGUE + "7.";
    }

    // ------------------------------------------------------------------------------------------ the world

    private final Supplier vand = new Supplier("Hjørring Vandselskab A/S", "hjoerring-vandselskab.dk", "Vandselskabets Debitorservice",
        "debitor", "127.192.1.1", iban("DK", "30001287440196"), "vandafledningsbidrag og vand, kommunale ejendomme, 3. kvartal 2027");
    private final Supplier elnet = new Supplier("Vendsyssel Elnet A/S", "vendsyssel-elnet.dk", "Vendsyssel Elnet Afregning", "afregning",
        "127.192.2.1", iban("DK", "91800004471288"), "nettarif for vejbelysning og pumpestationer, september");
    private final Supplier bus = new Supplier("Sindal Turistbusser ApS", "sindal-busser.dk", "Lis Mosbjerg", "lis",
        "127.192.3.1", bank("9070", "1680442917"), "svømmekørsel for 4.-klasser, Sindal og Tårs skoler, september");
    private final Supplier toemrer = new Supplier("Vrå Tømrer & Snedker ApS", "vraa-toemrer.dk", "Palle Vrå Nielsen", "palle",
        "127.192.4.1", bank("9070", "1680228810"), "nye vinduespartier i personalerummet, Vrå Skole");
    private final Supplier anlaeg = new Supplier("Løkken Anlæg & Have ApS", "loekken-anlaeg.dk", "Birthe Nørlev", "bogholderi",
        "127.192.5.1", bank("7451", "0001129384"), "græsslåning og hækklipning, Løkken Torv og Furreby Kirkevej");
    private final Supplier maler = new Supplier("Tårs Malerforretning v/ Kurt Ugilt", "taars-maler.dk", "Kurt Ugilt", "kurt",
        "127.192.6.1", bank("7451", "0003318007"), "maling af gange og trappeopgang, Tårs Ældrecenter");
    private final Supplier avis = new Supplier("Vendsyssel Ugeavis A/S", "vendsyssel-ugeavis.dk", "Ugeavisens Annoncesalg", "annoncer",
        "127.192.7.1", iban("DK", "50470001934412"), "stillingsannoncer og høringsannoncer, september");
    private final Supplier vognmand = new Supplier("Bindslev Vognmandsforretning", "bindslev-vognmand.dk", "Erik Bindslev", "erik",
        "127.192.8.1", bank("9070", "0445718823"), "kørsel med stabilgrus til stien ved Uggerby Å");
    private final Supplier rengoering = new Supplier("Hjørring Rengøringsservice ApS", "hjoerring-rengoering.dk", "Rengøringsservice Fakturering",
        "faktura", "127.192.9.1", bank("9070", "1680973341"), "daglig rengøring, Rådhuset og Jobcenter Hjørring, september");
    private final Supplier kloak = new Supplier("Tversted Kloak & Miljø A/S", "tversted-kloak.dk", "Kloak & Miljø Ordrekontor",
        "ordre", "127.192.10.1", bank("7451", "0002274416"), "slamsugning og TV-inspektion, Tversted Strandvej");
    private final Supplier traelast = new Supplier("Vendsyssel Trælast A/S", "vendsyssel-traelast.dk", "Trælastens Proffsalg", "proff",
        "127.192.11.1", iban("DK", "50470006620173"), "byggematerialer til Ejendomscentret, aftale 2027");
    private final Supplier el = new Supplier("Hirtshals El-Service ApS", "hirtshals-el.dk", "Morten Tornby", "morten", "127.192.12.1",
        bank("9070", "0445330298"), "eftersyn af nødbelysning og ABA, Hirtshals Skole og Idrætscenter");
    private final Supplier koekken = new Supplier("Vrå Køkken & Catering A/S", "vraa-koekken.dk", "Køkkenets Kundeservice",
        "kundeservice", "127.192.13.1", bank("7451", "0004419625"), "varm mad til hjemmeboende, uge 38-39");
    private final Supplier kontor = new Supplier("Hjørring Kontorcenter ApS", "hjoerring-kontor.dk", "Kontorcentret Salg", "salg",
        "127.192.14.1", iban("DK", "91800002758806"), "kopipapir, toner og mødebøger, rammeaftale, september");
    private final Supplier it = new Supplier("Sindal IT & Netværk ApS", "sindal-it.dk", "Sindal IT Regnskab", "regnskab",
        "127.192.15.1", bank("9070", "1681550472"), "drift af skolernes trådløse net og 60 nye Chromebooks");
    private final Supplier vvs = new Supplier("Hirtshals VVS & Blik ApS", "hirtshals-vvs.dk", "Hirtshals VVS Kontoret", "kontor",
        "127.192.16.1", bank("7451", "0002936651"), "udskiftning af varmtvandsbeholder, Hirtshals Svømmehal");
    // unlisted local firms and one-person businesses
    private final Supplier snedker = new Supplier("Tornby Snedkeri v/ Jens Tornby", "tornby-snedkeri.dk", "Jens Tornby", "jens",
        "127.193.1.1", bank("9070", "0448110365"), "reoler og garderobebænke, Tornby Børnehave");
    private final Supplier smed = new Supplier("Bjergby Smedie ApS", "bjergby-smedie.dk", "Hans Bjergby", "hans",
        "127.193.2.1", bank("7451", "0006641127"), "nye cykelstativer ved Bjergby Skole");
    private final Supplier skadedyr = new Supplier("Hirtshals Skadedyrsservice", "hirtshals-skadedyr.dk", "Anne Emmersbæk", "anne",
        "127.193.3.1", bank("9070", "0447209918"), "bekæmpelse af rotter og kontrolbesøg, Hirtshals Havnekontor");
    private final Supplier keramik = new Supplier("Lønstrup Keramik v/ Ida Lønstrup", "gmail.com", "Ida Lønstrup", "ida.loenstrup.keramik",
        "127.196.1.1", bank("9070", "0449832211"), "keramikworkshop for ældre, Aktivitetscentret Hjørring, 4 gange");
    private final Supplier supervision = new Supplier("Sigrid Mygdal, autoriseret psykolog", "outlook.com", "Sigrid Mygdal",
        "sigrid.mygdal.psykolog", "127.196.2.1", bank("7451", "0008815530"), "gruppesupervision af socialrådgivere, 3 x 2 timer");
    private final Supplier drone = new Supplier("Rubjerg Luftfoto", "icloud.com", "Nikolaj Rubjerg", "rubjerg.luftfoto",
        "127.196.5.1", bank("9070", "0441177308"), "dronefotos af kysten ved Lønstrup til klimatilpasningsplanen");
    private final Supplier klaver = new Supplier("Vennebjerg Klaverstemning", "live.dk", "Poul Vennebjerg", "vennebjerg.klaver",
        "127.196.2.1", bank("7451", "0005527794"), "stemning af 7 klaverer, Hjørring Musikskole");

    private final List<Supplier> listed = List.of(vand, elnet, bus, toemrer, anlaeg, maler, avis, vognmand, rengoering, kloak,
        traelast, el, koekken, kontor, it, vvs);

    /** Fraudsters' domains: each owner publishes its own SPF, mostly a DKIM key, sometimes DMARC. */
    private static final String[] ROGUE_DOMAINS = {"hjoerring-vandselskab.com", "hjorring-vandselskab.dk", "vendsyssel-traelast.net",
        "sindal-lt.dk", "hirtshals-vvs-as.dk", idn("hjoerring-k\u043entor.dk"), idn("hj\u00f8rring.dk"), "nordfaktura-betaling.dk",
        "fakturatoppen.com", "vendsysselbogholderi.net", "hjoerring-vandselskab.net", "tversted-kloak.com", "vraa-koekken.com",
        "bindslev-vognmand.com", "taars-maler.com", "inkasso-nordkyst.com", "danske-fordringer.net", "erhvervspost-digital.com",
        "nemhandel-gln-drift.com", "domaenefornyelse-nord.com", "offentlige-institutioner-register.org", "ordre-refusion-service.com",
        "mobilepay-erhverv-qr.com", "sindal-busser.com", "north-sea-port-consulting.com", "taars-maler.net", "bindslev-vognmand.net",
        "tversted-kloak.net", "vendsyssel-elnet.com", "vis-dokument-sikkert.net", "faktura-arkiv-login.com", "hjoerring-kontor.com",
        "sindal-it.com", "revision-saldobekraeftelse.com", "revisorgruppen-vendsyssel.com", "nordkyst-entreprise.dk",
        "hirtshals-stillads.com", "hirtshals-el.com", "vendsyssel-elnet.net", "sindal-it.net", "loekken-anlaeg.com"};

    /**
     * Publishes a domain from a short spec: IPv4 addresses (none: no SPF record), an all-qualifier, {@code rsa} or
     * {@code ed} for a DKIM key, {@code p=<policy>} for DMARC.
     */
    private void publish(String domain, String spec) {
        List<String> ips = new ArrayList<>();
        String all = "-all";
        DkimAlgorithm key = null;
        String policy = null;
        for (String t : spec.trim().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            if (t.endsWith("all")) {
                all = t;
            } else if (t.equals("rsa")) {
                key = DkimAlgorithm.RSA_SHA256;
            } else if (t.equals("ed")) {
                key = DkimAlgorithm.ED25519_SHA256;
            } else if (t.startsWith("p=")) {
                policy = t.substring(2);
            } else {
                ips.add(t);
            }
        }
        domain(domain, ips.isEmpty() ? null : ips, ips.isEmpty() ? null : all, key, policy);
    }

    private void world() {
        publish(OWN, OWN_IP + " -all rsa p=reject");
        publish(vand.domain(), vand.ip() + " -all rsa p=reject");
        publish(elnet.domain(), "ed p=quarantine"); // Ed25519 DKIM only, no SPF record
        publish(bus.domain(), bus.ip() + " ~all rsa p=none");
        publish(toemrer.domain(), toemrer.ip() + " -all ed"); // no DMARC
        publish(anlaeg.domain(), anlaeg.ip() + " ~all"); // SPF only
        publish(maler.domain(), ""); // nothing at all
        publish(avis.domain(), avis.ip() + " -all rsa p=reject");
        publish(vognmand.domain(), "127.192.98.4 ?all p=none"); // SPF names only the web host
        publish(rengoering.domain(), "rsa p=none"); // DKIM only
        publish(kloak.domain(), kloak.ip() + " -all rsa p=quarantine");
        publish(traelast.domain(), traelast.ip() + " 127.192.11.2 -all ed p=reject");
        publish(el.domain(), el.ip() + " -all"); // SPF only, no DMARC
        publish(koekken.domain(), koekken.ip() + " -all p=reject"); // SPF only, enforcing
        publish(kontor.domain(), kontor.ip() + " ?all ed p=none");
        publish(it.domain(), it.ip() + " 127.192.15.2 -all rsa p=quarantine");
        publish(vvs.domain(), vvs.ip() + " -all rsa p=reject");
        publish(snedker.domain(), "ed");
        publish(smed.domain(), smed.ip() + " ~all rsa");
        publish(skadedyr.domain(), skadedyr.ip() + " ~all rsa p=none");
        // invoicing services of the region
        publish("nordfaktura.dk", "127.194.1.1 -all rsa p=reject");
        publish("fakturatoppen.dk", "127.194.2.1 ~all ed p=none");
        publish("vendsysselbogholderi.dk", "127.194.3.1 -all rsa p=quarantine");
        // public bodies, banks, lawyers, auditors, camp centres, lists, relays
        publish("frederikshavn.dk", "127.195.1.1 -all rsa p=reject");
        publish("laesoe.dk", "127.195.2.1 ~all rsa p=quarantine");
        publish("bronderslev.dk", "127.195.3.1 -all ed p=none");
        publish("hjoerring-gymnasium.dk", "127.195.4.1 -all rsa p=reject");
        publish("kreditornet-vendsyssel.dk", "127.195.5.1 -all rsa p=none");
        publish("toppen-andelsbank.dk", "127.195.6.1 -all rsa p=reject");
        publish("vendsyssel-sparekasse.dk", "127.195.7.1 -all ed p=quarantine");
        publish("advokat-vennebjerg-inkasso.dk", "127.195.8.1 -all rsa p=reject");
        publish("revisorgruppen-vendsyssel.dk", "127.195.9.1 -all rsa p=quarantine");
        publish("revisionsfirmaet-toppen.dk", "127.195.10.1 ~all ed");
        publish("rubjerg-lejrcenter.dk", "127.195.11.1 -all rsa p=quarantine");
        publish("skallerup-lejrskole.dk", "127.195.12.1 ~all rsa p=none");
        publish("kommunal-regnskab.dk", "127.195.13.1 -all rsa p=quarantine");
        publish("revisor-nord.dk", "127.195.14.1 -all rsa p=reject");
        publish("vendsyssel-lys.dk", "127.195.15.1 -all rsa p=none");
        publish("mailgun.net", "127.195.20.1 ~all rsa");
        publish("srs.toppen-net.dk", "127.197.1.1 -all");
        publish("relay.hirtshals-fiber.dk", "127.197.2.1 -all");
        // free mail, foreign suppliers, SaaS, shops
        publish("gmail.com", "127.196.1.1 ~all rsa p=none");
        publish("outlook.com", "127.196.2.1 ~all rsa p=none");
        publish("hotmail.com", "127.196.2.1 ~all rsa p=none");
        publish("live.dk", "127.196.2.1 ~all rsa p=none");
        publish("yahoo.com", "127.196.3.1 ?all rsa p=reject");
        publish("icloud.com", "127.196.5.1 ~all rsa p=quarantine");
        publish("sorlandet-havneutstyr.no", "127.198.1.1 -all rsa p=none");
        publish("kuestentechnik-kiel.de", "127.198.2.1 ~all rsa");
        publish("playline-zwolle.nl", "127.198.3.1 -all rsa p=quarantine");
        publish("nearpod.com", "127.198.4.1 ~all rsa p=reject");
        publish("wordwall.net", "127.198.5.1 -all rsa p=none");
        publish("hjoerring-byggemarked.dk", "127.198.6.1 -all ed p=none");
        publish("hirtshals-boghandel.dk", "127.198.7.1 ~all");
        publish("salling.dk", "127.198.8.1 -all rsa p=quarantine");
        for (int i = 0; i < ROGUE_DOMAINS.length; i++) {
            String qualifier = i % 4 == 2 ? " ~all" : " -all";
            String key = switch (i % 5) {
                case 1 -> " ed";
                case 4 -> "";
                default -> " rsa";
            };
            String policy = switch (i % 6) {
                case 0, 3 -> " p=reject";
                case 1 -> " p=none";
                case 4 -> " p=quarantine";
                default -> "";
            };
            publish(ROGUE_DOMAINS[i], ROGUE + "8." + (i + 1) + qualifier + key + policy);
        }
    }

    // ------------------------------------------------------------------------------------------ small helpers

    private Money money(int spreadOre) {
        return new Money(65_000 + dice.nextInt(spreadOre));
    }

    /** Each firm numbers its invoices in its own style. */
    private String number(Supplier s) {
        int style = Math.floorMod(sha256("style13:" + s.domain()).hashCode(), 4);
        return switch (style) {
            case 0 -> "HJ-27-" + String.format("%04d", 100 + dice.nextInt(9_800));
            case 1 -> "27/" + (3_000 + dice.nextInt(6_000));
            case 2 -> "F27" + String.format("%05d", dice.nextInt(99_999));
            default -> String.valueOf(71_000 + dice.nextInt(28_000));
        };
    }

    private static final String[] BOXES = {"kreditor@hjorring.dk", "faktura@hjorring.dk", "kreditor@hjorring.dk", "oekonomi@hjorring.dk",
        "teknik-miljoe@hjorring.dk", "skole-dagtilbud@hjorring.dk", "sundhed-aeldre@hjorring.dk", "kultur-fritid@hjorring.dk",
        "ejendomme@hjorring.dk", "indkoeb@hjorring.dk", "faktura@hjorring.dk"};

    private String box() {
        return BOXES[dice.nextInt(BOXES.length)];
    }

    private static long pdfId(M m, String tag) {
        return Long.parseLong(sha256("doc13:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvrOf(String domain) {
        return String.valueOf(41_000_000 + Math.floorMod(sha256("cvr13:" + domain).hashCode(), 4_500_000));
    }

    private static String fikCreditor(String domain) {
        return String.valueOf(71_000_000 + Math.floorMod(sha256("kreditor13:" + domain).hashCode(), 8_900_000));
    }

    private String longDate(M m, int days) {
        return sentPlus(m, days, LONG);
    }

    private String numDate(M m, int days) {
        return sentPlus(m, days, NUM);
    }

    private static String paragraphs(String text) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Calibri,Helvetica,sans-serif;font-size:11pt\">");
        for (String p : text.split("\n\n")) {
            b.append("<p>").append(p.replace("\n", "<br>\n")).append("</p>\n");
        }
        return b.append("</body></html>").toString();
    }

    private String closing(Supplier s) {
        int k = Math.floorMod(sha256("close13:" + s.domain()).hashCode(), 4);
        return switch (k) {
            case 0 -> "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name();
            case 1 -> "\n\nVh\n" + s.person() + "\n" + s.name() + " | CVR " + cvrOf(s.domain()) + " | tlf. 98 " + (20 + dice.nextInt(70))
                + " " + (10 + dice.nextInt(89)) + " " + (10 + dice.nextInt(89));
            case 2 -> "\n\nHilsen\n" + s.person() + "\n\n" + s.name() + "\nwww." + s.domain();
            default -> "\n\nVenlig hilsen\n" + s.person() + ", " + s.name();
        };
    }

    // ------------------------------------------------------------------------------------------ documents

    /**
     * This corpus's three invoice prints: a wholesaler's item list ("Varenr."), a craftsman's invoice split into
     * labour and materials with a work-order number, and an accounting program's print with a "+71" payment id that
     * only the firm's own account gets.
     */
    private byte[] invoicePdf(M m, Supplier s, String heading, String no, Money x, String account, int layout, List<String> notes) {
        List<String> rows = new ArrayList<>();
        String title;
        int customer = 30_000 + Math.floorMod(sha256("kunde13:" + s.domain()).hashCode(), 60_000);
        int shape = Math.floorMod(layout, 3);
        if (shape == 0) {
            title = heading.toUpperCase(DA) + "  " + no;
            rows.add(s.name() + "  -  CVR-nr. " + cvrOf(s.domain()));
            rows.add("Dato: " + numDate(m, 0) + "    Kundenr.: " + customer + "    EAN: " + EAN);
            rows.add("Hjørring Kommune, " + TOWN_HALL);
            rows.add("Varenr.   Tekst   Antal   Beløb");
            rows.add((1_000 + customer % 900) + "   " + s.what() + "   1   " + x.netText());
            rows.add("Beløb ekskl. moms " + x.netText());
            rows.add("Moms 25 % " + x.vatText());
            rows.add("At betale DKK " + x.grossText());
            rows.addAll(notes);
            rows.add("Betalingsbetingelser: netto 30 dage. Betaling til " + account);
        } else if (shape == 1) {
            long labour = x.net() * 3 / 5;
            title = s.name();
            rows.add(heading + " nr. " + no + " vedr. arbejdsseddel " + (customer % 9_000 + 500));
            rows.add("Udført for: Hjørring Kommune (EAN " + EAN + ")");
            rows.add("Opgave: " + s.what());
            rows.add("Arbejdsløn " + kr(labour) + "   Materialer " + kr(x.net() - labour));
            rows.add("I alt ekskl. moms " + x.netText() + " + moms " + x.vatText() + " = " + x.grossText() + " kr.");
            rows.addAll(notes);
            rows.add("Beløbet bedes indbetalt på " + account + " senest " + longDate(m, 21) + ".");
        } else {
            title = heading + " " + no;
            rows.add(s.name() + " | " + s.domain() + " | CVR " + cvrOf(s.domain()));
            rows.add("Fakturadato " + sentPlus(m, 0, DateTimeFormatter.ISO_LOCAL_DATE) + " | Forfald " + sentPlus(m, 30,
                DateTimeFormatter.ISO_LOCAL_DATE));
            rows.add("Debitor: Hjørring Kommune, att. Kreditorbogholderiet, EAN " + EAN);
            rows.add("Linje 1: " + s.what() + " ........ " + x.netText());
            rows.add("Subtotal " + x.netText() + " | Moms " + x.vatText() + " | Total DKK " + x.grossText());
            rows.addAll(notes);
            rows.add("Kontonummer: " + account);
            if (account.equals(s.account())) {
                String digits = no.replaceAll("\\D", "");
                rows.add("Betalings-id: +71<" + String.format("%015d", Long.parseLong(digits.isEmpty() ? "0" : digits)) + "+"
                    + fikCreditor(s.domain()) + "<");
            }
        }
        return Attachments.pdf(pdfId(m, no), title, rows);
    }

    private static String attachmentName(String no, int k) {
        String n = no.replace('/', '_');
        return switch (Math.floorMod(k, 5)) {
            case 0 -> "Faktura_" + n + ".pdf";
            case 1 -> "faktura-" + n.toLowerCase(Locale.ROOT) + ".pdf";
            case 2 -> "Hjoerring Kommune faktura " + n + ".pdf";
            case 3 -> "Fak" + n.replaceAll("\\D", "") + ".pdf";
            default -> n + ".pdf";
        };
    }

    private static final String[] OPENINGS = {"Hej", "Kære Kreditorbogholderi", "Til Hjørring Kommune", "Goddag",
        "Hej Økonomi", "Att. Kreditorer"};

    private static final String[] LEADS = {
        "Vedhæftet er faktura %s for %s.",
        "Hermed fremsendes faktura %s vedrørende %s. Den er også sendt til jeres EAN-nummer.",
        "Tak for opgaven. Her er faktura %s for %s.",
        "I får her vores faktura %s (%s) som PDF.",
        "Fakturaen for %s er vedhæftet; nummeret er %s.",
        "Som aftalt med jeres kontaktperson sender vi faktura %s for %s."};

    /** Writes a supplier's invoice mail (headers, text, PDF) and returns its number and amount; routing is the caller's. */
    private Earlier invoiceMail(M m, Supplier s, String account, int k, List<String> notes, String addition) {
        String no = number(s);
        Money x = money(listed.contains(s) ? 9_500_000 : 650_000);
        String lead = Math.floorMod(k, LEADS.length) == 4 ? String.format(LEADS[4], s.what(), no)
            : String.format(LEADS[Math.floorMod(k, LEADS.length)], no, s.what());
        String body = OPENINGS[Math.floorMod(k + 1, OPENINGS.length)] + "\n\n" + lead + " Beløbet er " + x.grossText()
            + " kr. inkl. moms med forfald " + longDate(m, 30) + "." + addition + closing(s);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + s.name(), "Hjørring Kommune: faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura nr. " + no + " (EAN " + EAN + ")", "Regning " + no};
        String subject = subjects[Math.floorMod(k, subjects.length)];
        Mime mime = headers(m, k % 2 == 0 ? s.person() : s.name(), addr(s), box(), subject);
        if (Math.floorMod(k, 4) == 2) {
            mime.html(paragraphs(body));
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", attachmentName(no, k), invoicePdf(m, s, "Faktura", no, x, account, k, notes));
        return new Earlier(no, x, subject, messageId(m, domainOf(addr(s))));
    }

    // ------------------------------------------------------------------------------------------ legitimate traffic

    private void legitimate() {
        history();
        ordinaryInvoices();
        creditNotes();
        statementsAndThanks();
        reminders();
        collectionLetter();
        neighbours();
        campDeposits();
        auditConfirmations();
        platformInvoices();
        eInvoiceFiles();
        bankChange();
        firstInvoices();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        abroad();
        paidToUs();
        receiptsAndOrders();
        lettersAndQuotes();
    }

    /** Wave 1: each listed supplier's previous invoice, usual account, its own server. */
    private void history() {
        int k = 0;
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            payable.add(m.id);
            earlier.put(s.domain(), invoiceMail(m, s, s.account(), k++, List.of(), ""));
            genuine(m, s.ip());
            m.description = "history: " + s.domain() + " invoice to its usual account, its own server";
        }
    }

    private void ordinaryInvoices() {
        List<Supplier> round = List.of(traelast, kloak, avis, toemrer, maler, vognmand, koekken, vand, el, anlaeg, kontor, it,
            bus, rengoering, elnet, traelast);
        for (int i = 0; i < round.size(); i++) {
            Supplier s = round.get(i);
            M m = mail("supplier-invoice", false);
            payable.add(m.id);
            List<String> notes = i % 3 == 0 ? List.of("Rekvirent: " + box().replace("@hjorring.dk", "") + ", ordre " + (660_100 + i * 17))
                : List.of();
            invoiceMail(m, s, s.account(), i * 3 + 1, notes, i % 5 == 2 ? "\n\nArbejdssedler med jeres underskrift ligger med som bilag."
                : "");
            if (i % 5 == 2) {
                m.mime.attach("application/pdf", "arbejdssedler.pdf", Attachments.pdf(pdfId(m, "seddel"), "Arbejdssedler",
                    List.of(s.what(), "Timer: " + (4 + i), "Kvitteret af tilsynsførende", "Kørsel " + (12 + i * 3) + " km")));
            } else if (i % 5 == 4) {
                m.mime.attach("image/jpeg", "foto_" + (1_100 + i) + ".jpg", Attachments.image(pdfId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account, its own server";
        }
        for (Supplier s : List.of(vand, elnet, rengoering, koekken)) {
            M m = mail("supplier-invoice", false);
            payable.add(m.id);
            invoiceMail(m, s, s.account(), s.domain().length(), List.of("Periode: oktober 2027"), "\n\nFakturaen dækker oktober måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for October, usual account";
        }
    }

    private void creditNotes() {
        String[][] why = {{"traelast", "Der blev leveret 40 plader for meget til Ejendomscentret; de er hentet igen, og vi krediterer dem."},
            {"rengoering", "Jobcentret holdt lukket i efterårsferien, så de fem dages rengøring krediteres."},
            {"kontor", "Tonerpatronerne til Musikskolen var forkerte og er sendt retur. Vi krediterer dem her."}};
        Map<String, Supplier> byKey = Map.of("traelast", traelast, "rengoering", rengoering, "kontor", kontor);
        int k = 0;
        for (String[] w : why) {
            Supplier s = byKey.get(w[0]);
            M m = mail("credit-note", false);
            payable.add(m.id);
            String no = "KR-" + (4_100 + dice.nextInt(800));
            Money x = money(250_000);
            Earlier e = earlier.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@hjorring.dk", "Kreditnota " + no + " til faktura " + e.number())
                .text("Hej\n\n" + w[1] + " Kreditnotaen på " + x.grossText() + " kr. er vedhæftet og kan modregnes i næste betaling."
                    + closing(s))
                .attach("application/pdf", "kreditnota_" + no + ".pdf", invoicePdf(m, s, "Kreditnota", no, x.negate(), s.account(), k,
                    List.of("Vedrører faktura " + e.number())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its earlier invoice";
            k++;
        }
    }

    private void statementsAndThanks() {
        for (Supplier s : List.of(traelast, vvs)) {
            M m = mail("statement-of-account", false);
            Earlier e = earlier.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@hjorring.dk", "Saldooversigt " + numDate(m, 0))
                .text("Hej\n\nTil jeres afstemning: vores saldooversigt pr. dags dato. Faktura " + e.number() + " er registreret betalt, "
                    + "og der er ingen åbne poster." + closing(s))
                .attach("application/pdf", "saldo_hjoerring_kommune.pdf", Attachments.pdf(pdfId(m, "saldo"), "Saldooversigt",
                    List.of("Kunde: Hjørring Kommune", "Faktura " + e.number() + "  betalt", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, el.person(), addr(el), "kreditor@hjorring.dk", "Betaling modtaget")
            .text("Hej\n\nBare en kvittering: betalingen for faktura " + earlier.get(el.domain()).number() + " er modtaget. Tak.\n\n"
                + "Morten, Hirtshals El-Service");
        genuine(m, el.ip());
        m.description = el.domain() + " acknowledges our payment";
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Vi kan ikke se, at fakturaen herunder er betalt. Har I betalt inden for de seneste "
            + "dage, kan I se bort fra påmindelsen."},
            {maler, "Rykker", "hej igen. fakturaen for gangene på Tårs Ældrecenter er ikke betalt endnu, er den blevet væk?"},
            {kloak, "Påmindelse om betaling", "Fakturaen er forfalden. Der er ikke pålagt gebyr, men vi beder om betaling hurtigst "
                + "muligt."}};
        int k = 2;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Earlier e = earlier.get(s.domain());
            M m = mail("payment-reminder", false);
            payable.add(m.id);
            headers(m, s.person(), addr(s), "kreditor@hjorring.dk", x[1] + " - faktura " + e.number())
                .text(x[2] + "\n\nFaktura " + e.number() + ": " + e.money().grossText() + " kr. Betales som altid til " + s.account() + "."
                    + closing(s))
                .attach("application/pdf", "paamindelse_" + e.number().replace('/', '_') + ".pdf", invoicePdf(m, s, "Påmindelse",
                    e.number(), e.money(), s.account(), k++, List.of("Påmindelse om faktura " + e.number())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real earlier invoice, usual account";
        }
    }

    private void collectionLetter() {
        M m = mail("collection-notice", false);
        payable.add(m.id);
        String sag = "V" + (27_000 + dice.nextInt(9_000));
        String konto = bank("9070", "2110457781");
        headers(m, "Advokat Vennebjerg, inkasso", "inkasso@advokat-vennebjerg-inkasso.dk", "kreditor@hjorring.dk",
            "Sag " + sag + " - Hirtshals Skadedyrsservice")
            .text("Hjørring Kommune\n\nVi er af Hirtshals Skadedyrsservice bedt om at inddrive faktura 1187 af 19. august 2027 "
                + "(rottebekæmpelse, Hirtshals Havnekontor, 4.937,50 kr.), som ikke er betalt trods påmindelse.\n\nEr kravet betalt "
                + "eller bestrider I det, så skriv til os med sagsnummeret. Ellers bedes beløbet og 100 kr. i rykkergebyr indbetalt på "
                + "vores klientkonto " + konto + ".\n\nAdvokat Vennebjerg, inkassoafdelingen")
            .attach("application/pdf", "inkasso_" + sag + ".pdf", Attachments.pdf(pdfId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Hirtshals Skadedyrsservice", "Faktura 1187: 4.937,50", "Rykkergebyr 100,00", "Klientkonto "
                    + konto)));
        genuine(m, "127.195.8.1");
        m.description = "real lawyer's collection letter for an unlisted supplier's real unpaid invoice, DMARC pass";
    }

    private void neighbours() {
        M m = mail("intermunicipal-invoice", false);
        payable.add(m.id);
        String no = String.valueOf(880_000 + dice.nextInt(99_000));
        String konto = bank("0216", "4069887712");
        headers(m, "Frederikshavn Kommune, Debitor", "debitor@frederikshavn.dk", "kreditor@hjorring.dk",
            "Faktura " + no + " - mellemkommunal refusion, botilbud")
            .text("Til Hjørring Kommune\n\nVedlagt faktura for en borger med Hjørring som betalingskommune i vores botilbud i "
                + "september og oktober. Fakturaen er samtidig sendt til jeres EAN. Beløbet kan også indbetales på Frederikshavn "
                + "Kommunes konto " + konto + ".\n\nMed venlig hilsen\nFrederikshavn Kommune, Debitorbogholderiet")
            .attach("application/pdf", "Frederikshavn_" + no + ".pdf", Attachments.pdf(pdfId(m, "fhk"), "Faktura " + no,
                List.of("Frederikshavn Kommune", "Debitor: Hjørring Kommune, EAN " + EAN, "Botilbud, 61 døgn", "71.370,00 momsfrit",
                    "Konto " + konto)));
        genuine(m, "127.195.1.1");
        m.description = "neighbouring municipality invoices a care placement, its own account, DMARC pass";
    }

    /** New legitimate family: camp-school centres invoice the deposit for a class's stay, to their own account. */
    private void campDeposits() {
        Object[][] c = {{"rubjerg-lejrcenter.dk", "Rubjerg Lejrcenter", "booking@", "127.195.11.1", "6.A fra Vrå Skole, uge 19",
            bank("9070", "1682230065"), "8.400,00"},
            {"skallerup-lejrskole.dk", "Skallerup Lejrskole", "kontor@", "127.195.12.1", "5.B fra Bagterpskolen, uge 22",
                iban("DK", "91800006653190"), "5.250,00"}};
        for (Object[] x : c) {
            M m = mail("camp-deposit-invoice", false);
            payable.add(m.id);
            String no = "D" + (2_800 + dice.nextInt(700));
            headers(m, (String) x[1], x[2] + (String) x[0], "skole-dagtilbud@hjorring.dk", "Depositum for lejrskole - " + x[4])
                .text("Kære skole\n\nTak for bookingen af lejrskoleophold for " + x[4] + ". Vedlagt er depositumfaktura " + no + " på "
                    + x[6] + " kr., som skal være betalt senest " + longDate(m, 28) + " på " + x[5] + ". Restbeløbet faktureres efter "
                    + "opholdet.\n\nVenlig hilsen\n" + x[1])
                .attach("application/pdf", "depositum_" + no + ".pdf", Attachments.pdf(pdfId(m, "lejr"), "Depositumfaktura " + no,
                    List.of((String) x[1], "Kunde: Hjørring Kommune, EAN " + EAN, "Lejrskole " + x[4], "Depositum " + x[6] + " kr.",
                        "Betales til " + x[5])));
            genuine(m, (String) x[3]);
            m.description = "camp-school centre " + x[0] + " invoices a class's deposit to its own account";
        }
    }

    /** New legitimate family: a supplier's auditor asks us to confirm our balance with it (reply to the auditor, nothing to pay). */
    private void auditConfirmations() {
        Object[][] a = {{"revisorgruppen-vendsyssel.dk", "Revisorgruppen Vendsyssel", "saldo@", "127.195.9.1", traelast},
            {"revisionsfirmaet-toppen.dk", "Revisionsfirmaet Toppen", "revision@", "127.195.10.1", it}};
        for (Object[] x : a) {
            Supplier s = (Supplier) x[4];
            M m = mail("audit-balance-confirmation", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "kreditor@hjorring.dk", "Anmodning om saldobekræftelse - " + s.name())
                .text("Til Hjørring Kommune\n\nSom led i revisionen af årsregnskabet for " + s.name() + " beder vi, efter aftale med "
                    + "selskabet, om en bekræftelse af kommunens saldo over for selskabet pr. 30. september 2027. Selskabets bøger viser "
                    + "en saldo på 0,00 kr.\n\nUdfyld venligst den vedlagte blanket og returnér den direkte til os. Der skal ikke "
                    + "betales noget, og blanketten indeholder ingen betalingsoplysninger.\n\nMed venlig hilsen\n" + x[1])
                .attach("application/pdf", "saldobekraeftelse.pdf", Attachments.pdf(pdfId(m, "saldo"), "Saldobekræftelse",
                    List.of("Revisionsklient: " + s.name(), "Modpart: Hjørring Kommune", "Saldo ifølge klienten pr. 30.09.2027: 0,00",
                        "[ ] Saldoen er korrekt   [ ] Afvigelse: ________", "Returneres til " + x[1])));
            genuine(m, (String) x[3]);
            m.description = "real auditor of listed " + s.domain() + " asks for a balance confirmation, nothing to pay";
        }
    }

    private void platformInvoices() {
        Object[][] p = {{"nordfaktura.dk", "NordFaktura", "faktura@", "returnering@", it},
            {"nordfaktura.dk", "NordFaktura", "faktura@", "returnering@", drone},
            {"fakturatoppen.dk", "FakturaToppen", "udsendelse@", "bounce@", anlaeg},
            {"fakturatoppen.dk", "FakturaToppen", "udsendelse@", "bounce@", snedker},
            {"vendsysselbogholderi.dk", "Vendsyssel Bogholderi", "kunder@", "retur@", toemrer},
            {"vendsysselbogholderi.dk", "Vendsyssel Bogholderi", "kunder@", "retur@", klaver}};
        int k = 0;
        for (Object[] x : p) {
            String d = (String) x[0];
            Supplier s = (Supplier) x[4];
            M m = mail("platform-invoice", false);
            payable.add(m.id);
            String no = "NF" + (10_000 + dice.nextInt(80_000));
            Money money = money(1_200_000);
            m.mailFrom = x[3] + d;
            headers(m, s.name() + " (via " + x[1] + ")", x[2] + d, "faktura@hjorring.dk", s.name() + " har sendt faktura " + no)
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"margin:0;background:#f4f6f8\"><div style=\"max-width:540px;margin:20px auto;background:#fff;"
                    + "padding:22px;font-family:Helvetica,Arial\"><h2 style=\"font-size:17px\">Faktura " + no + "</h2><p>Til Hjørring "
                    + "Kommune</p><p>" + s.name() + " har udstedt en faktura på <strong>" + money.grossText() + " kr.</strong> med "
                    + "betalingsfrist " + longDate(m, 10 + k) + ". Den ligger som PDF i denne mail.</p><p>Har du spørgsmål til "
                    + "fakturaen, så svar på mailen; svaret går direkte til " + s.person() + ".</p><hr><small>Sendt via " + x[1]
                    + " på vegne af " + s.name() + "</small></div></body></html>")
                .attach("application/pdf", no + ".pdf", invoicePdf(m, s, "Faktura", no, money, s.account(), k + 2, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice sent by invoicing service " + d
                + ", usual account";
            k++;
        }
    }

    /** An OIOUBL 2.02 invoice: the fields a receiving system books from. */
    private String oioubl(Supplier s, String no, Money x, String account, M m) {
        String payee = plain(account);
        boolean foreign = account.startsWith("IBAN");
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
            .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"")
            .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">\n");
        b.append(" <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n");
        b.append(" <cbc:ProfileID schemeID=\"urn:oioubl:id:profileid-1.6\" schemeAgencyID=\"320\">urn:www.nesubl.eu:profiles:profile5:ver2.0")
            .append("</cbc:ProfileID>\n");
        b.append(" <cbc:ID>").append(no).append("</cbc:ID>\n <cbc:IssueDate>").append(sentPlus(m, 0, DateTimeFormatter.ISO_LOCAL_DATE))
            .append("</cbc:IssueDate>\n <cbc:InvoiceTypeCode listID=\"urn:oioubl:codelist:invoicetypecode-1.1\" listAgencyID=\"320\">380")
            .append("</cbc:InvoiceTypeCode>\n <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        b.append(" <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"DK:CVR\">DK").append(cvrOf(s.domain()))
            .append("</cbc:EndpointID><cac:PartyName><cbc:Name>").append(s.name().replace("&", "&amp;"))
            .append("</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n");
        b.append(" <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"GLN\" schemeAgencyID=\"9\">").append(EAN)
            .append("</cbc:EndpointID><cac:PartyName><cbc:Name>Hjørring Kommune</cbc:Name></cac:PartyName></cac:Party>")
            .append("</cac:AccountingCustomerParty>\n");
        b.append(" <cac:PaymentMeans><cbc:ID>1</cbc:ID><cbc:PaymentMeansCode>").append(foreign ? "42" : "31")
            .append("</cbc:PaymentMeansCode><cbc:PaymentDueDate>").append(sentPlus(m, 30, DateTimeFormatter.ISO_LOCAL_DATE))
            .append("</cbc:PaymentDueDate><cbc:PaymentChannelCode>").append(foreign ? "IBAN" : "DK:BANK")
            .append("</cbc:PaymentChannelCode><cac:PayeeFinancialAccount><cbc:ID>").append(payee)
            .append("</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n");
        b.append(" <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">").append(decimal(x.net() / 4)).append("</cbc:TaxAmount></cac:TaxTotal>\n");
        b.append(" <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">").append(decimal(x.net()))
            .append("</cbc:LineExtensionAmount><cbc:PayableAmount currencyID=\"DKK\">").append(decimal(x.net() + x.net() / 4))
            .append("</cbc:PayableAmount></cac:LegalMonetaryTotal>\n");
        b.append(" <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"C62\">1</cbc:InvoicedQuantity>")
            .append("<cbc:LineExtensionAmount currencyID=\"DKK\">").append(decimal(x.net())).append("</cbc:LineExtensionAmount><cac:Item>")
            .append("<cbc:Name>").append(s.what().replace("&", "&amp;")).append("</cbc:Name></cac:Item></cac:InvoiceLine>\n");
        return b.append("</Invoice>\n").toString();
    }

    private static String decimal(long ore) {
        return String.format(Locale.ROOT, "%d.%02d", ore / 100, Math.abs(ore % 100));
    }

    private void eInvoiceFiles() {
        int k = 0;
        for (Supplier s : List.of(vand, kloak, kontor)) {
            M m = mail("oioubl-peppol-xml", false);
            payable.add(m.id);
            String no = "E" + (540_000 + dice.nextInt(99_000));
            Money x = money(1_900_000);
            headers(m, s.name(), addr(s), "faktura@hjorring.dk", "OIOUBL-faktura " + no)
                .text("Hej\n\nVores adgangspunkt til NemHandel/Peppol er nede efter en opdatering. Efter aftale med jeres "
                    + "kreditorbogholderi sender vi derfor XML-filen direkte sammen med en PDF til orientering. Betalingsoplysninger "
                    + "er uændrede." + closing(s))
                .attach("application/xml", "OIOUBL_" + no + ".xml", oioubl(s, no, x, s.account(), m).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Faktura_" + no + ".pdf", invoicePdf(m, s, "Faktura", no, x, s.account(), k + 1,
                    List.of("Elektronisk original: OIOUBL")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice sent as a file with a PDF copy, usual account";
            k++;
        }
    }

    /** A listed supplier genuinely changes bank, says so from its own (DMARC-pass) server, then invoices to the new account. */
    private void bankChange() {
        String next = iban("DK", "50470009917306");
        M m = mail("supplier-new-account", false);
        headers(m, vvs.person(), addr(vvs), "kreditor@hjorring.dk", "Ny bankforbindelse pr. 1. november 2027")
            .text("Kære kunde\n\nHirtshals VVS & Blik har skiftet pengeinstitut pr. 1. november 2027. Fakturaer dateret fra og med "
                + "den dato skal betales til " + next + ". Ældre fakturaer kan stadig betales til den gamle konto, som holdes åben "
                + "året ud.\n\nVi ved, at svindlere bruger netop denne slags beskeder. Ring derfor gerne til kontoret på det nummer, I "
                + "har i jeres leverandøroplysninger, og få skiftet bekræftet, før I retter noget. Brevet med underskrift ligger "
                + "vedhæftet." + closing(vvs))
            .attach("application/pdf", "bankskift_hirtshals_vvs.pdf", Attachments.pdf(pdfId(m, "bank"), "Meddelelse om ny bankforbindelse",
                List.of(vvs.name() + ", CVR " + cvrOf(vvs.domain()), "Ny konto fra 01.11.2027: " + next,
                    "Spørgsmål: ring til kontoret på det kendte nummer", "Ejer, Hirtshals VVS & Blik ApS")));
        genuine(m, vvs.ip());
        m.description = "listed supplier genuinely announces its bank change from its own server (DMARC pass), asks for a phone check";
        m = mail("supplier-invoice", false);
        payable.add(m.id);
        invoiceMail(m, vvs, next, 7, List.of("NB: ny bankforbindelse pr. 01.11.2027"),
            "\n\nBemærk vores nye kontonummer, som vi skrev om tidligere på måneden.");
        genuine(m, vvs.ip());
        m.description = "listed hirtshals-vvs.dk invoice to its new account after the announced, authenticated bank change";
    }

    private void firstInvoices() {
        int k = 0;
        for (Supplier s : List.of(snedker, smed, skadedyr, keramik, supervision, drone, klaver)) {
            M m = mail("small-supplier-invoice", false);
            payable.add(m.id);
            invoiceMail(m, s, s.account(), k * 2 + 3, List.of(k % 2 == 0 ? "Aftalt med afdelingslederen" : "Bestilt pr. mail"),
                k % 3 == 0 ? "\n\nDet er første gang, jeg fakturerer kommunen, så sig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            k++;
        }
    }

    private void newsletters() {
        String[][] n = {{"kommunal-regnskab.dk", "Kommunal Regnskab", "nyt@", "Sådan stopper I falske kontoskift",
            "Tre kommuner fortæller, hvordan de verificerer nye kontonumre uden at forsinke betalingerne."},
            {"revisor-nord.dk", "Revisor Nord", "nyhedsbrev@", "Årsafslutning 2027: frister for kommunale kreditorer",
                "Husk periodisering af fakturaer for december, og hold øje med leverandører, der skifter bank op til jul."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounce-" + sha256("esp13:" + x[0]).substring(0, 8) + "@mailgun.net";
            headers(m, x[1], x[2] + x[0], "oekonomi@hjorring.dk", x[3])
                .header("List-Unsubscribe", "<mailto:afmeld@" + x[0] + ">, <https://" + x[0] + "/afmeld>")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><div style=\"width:600px\"><h1 style=\"font-size:19px;color:#0b3d5c\">" + x[3] + "</h1><p>" + x[4]
                    + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele artiklen</a></p><p style=\"font-size:9px;color:#888\">"
                    + "Du modtager nyhedsbrevet, fordi du er tilmeldt. Afmeld nederst på siden.</p></div></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailgun.net");
            m.ip = "127.195.20.1";
            m.helo = "m" + (40 + x[0].length()) + ".mailgun.net";
            m.description = "newsletter from " + x[0] + " via an ESP (envelope at the ESP), signed by both";
        }
    }

    /** What the list server does to a post: tags the subject and appends its footer, after the author signed. */
    static byte[] vendsysselListFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        int at = s.indexOf("\r\nSubject: ");
        if (at >= 0) {
            int value = at + "\r\nSubject: ".length();
            s = s.substring(0, value) + "[kreditornet] " + s.substring(value);
        }
        return (s + "-- \r\nKreditornet Vendsyssel: liste for kreditorbogholdere i nordjyske kommuner\r\n"
            + "Afmelding: https://kreditornet-vendsyssel.dk/afmeld\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] posts = {{"frederikshavn.dk", "Karen Ravnshøj", "kara@", "Falsk revisor beder om saldo og kreditorliste",
            "Hej alle\n\nVi har fået mails fra en 'revisor', der vil have en saldobekræftelse og samtidig en udskrift af hele "
                + "kreditorkartoteket med kontonumre. Ægte revisorer beder kun om saldoen for deres egen klient.\n\nKaren, Frederikshavn"},
            {"bronderslev.dk", "Ole Jerslev", "olje@", "SV: Falsk revisor beder om saldo og kreditorliste",
                "Tak, Karen. Hos os kom der bagefter et 'kontoskift' fra samme leverandør, hvor vi blev bedt om at ringe på et nyt "
                    + "nummer for at bekræfte. Ring altid på nummeret fra kartoteket.\n\nOle"},
            {"laesoe.dk", "Trine Byrum", "trby@", "Underentreprenører der kræver direkte betaling",
                "Hej\n\nEr der andre, der har fået krav fra 'underentreprenører', som mener, at kommunen skal betale dem direkte, "
                    + "fordi hovedentreprenøren ikke har betalt? Vi betaler kun til den, vi har kontrakt med.\n\nTrine, Læsø"}};
        for (String[] p : posts) {
            M m = mail("mailing-list", false);
            headers(m, p[1], p[2] + p[0], "liste@kreditornet-vendsyssel.dk", p[3])
                .header("List-Id", "<liste.kreditornet-vendsyssel.dk>")
                .header("List-Post", "<mailto:liste@kreditornet-vendsyssel.dk>")
                .text(p[4]);
            m.signers.add(p[0]);
            m.ip = "127.195.5.1";
            m.helo = "lists.kreditornet-vendsyssel.dk";
            m.mailFrom = "liste-bounces@kreditornet-vendsyssel.dk";
            m.afterSigning = HeldOutCorpus13::vendsysselListFooter;
            m.listSigner = "kreditornet-vendsyssel.dk";
            m.description = "list post from " + p[0] + " (DMARC " + dns.get(p[0]).dmarc() + "); the footer breaks the author's DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        payable.add(m.id);
        invoiceMail(m, avis, avis.account(), 11, List.of(), "");
        m.mailFrom = "SRS0=Hq3v=ZC=vendsyssel-ugeavis.dk=annoncer@srs.toppen-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.197.1.1";
        m.helo = "srs.toppen-net.dk";
        m.description = "vendsyssel-ugeavis.dk invoice forwarded with SRS: SPF passes for the forwarder, the supplier's DKIM survives";
        for (Supplier s : List.of(rengoering, anlaeg)) {
            m = mail("forwarded", false);
            payable.add(m.id);
            invoiceMail(m, s, s.account(), 14, List.of(), "");
            boolean signed = dns.get(s.domain()).dkim() != null;
            if (signed) {
                m.signers.add(s.domain());
            }
            m.ip = "127.197.2.1";
            m.helo = "relay.hirtshals-fiber.dk";
            m.description = s.domain() + " invoice through a relay without SRS" + (signed ? ": its DKIM survives" : ": SPF only, nothing survives");
        }
        m = mail("forwarded", false);
        payable.add(m.id);
        String no = number(el);
        Money x = money(700_000);
        headers(m, "Jonas Vidstrup", "jovi@" + OWN, "kreditor@hjorring.dk", "VS: Faktura " + no + " nødbelysning")
            .text("Hej Kreditorer\n\nDenne faktura kom til mig i stedet for jer. Eftersynet er udført, og jeg har godkendt den; "
                + "kontering 4410-212.\n\nJonas Vidstrup\nEjendomme\n\n-------- Oprindelig meddelelse --------\nFra: " + el.person()
                + " <" + addr(el) + ">\nSendt: " + longDate(m, -2) + "\nEmne: Faktura " + no + "\n\nHej Jonas, fakturaen for "
                + "eftersynet i Hirtshals er vedhæftet.")
            .attach("application/pdf", attachmentName(no, 3), invoicePdf(m, el, "Faktura", no, x, el.account(), 2, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Hanne Asdal", "haas@", "Nye kontonumre: altid opringning", "Kære alle\n\nNår en leverandør melder nyt "
            + "kontonummer, ringer vi til det nummer, der står i kreditorkartoteket, aldrig til et nummer fra mailen. En kollega "
            + "godkender ændringen bagefter.\n\nHanne\nKreditorbogholderiet"},
            {"Søren Sønderskov", "sosd@", "Mangler betaling til Sindal Turistbusser?", "Hej\n\nSindal Turistbusser siger, at de ikke "
                + "har fået betaling for svømmekørslen i august. Kan I se, om den er betalt?\n\nSøren\nSkole og Dagtilbud"},
            {"IT-drift", "itdrift@", "E-fakturamodtagelsen lukket lørdag", "Lørdag kl. 8-14 opgraderes e-fakturamodtagelsen. Fakturaer "
                + "modtaget i tidsrummet indlæses mandag."},
            {"Maja Tversted", "mats@", "Udlæg for parkering", "Hej\n\nVedhæftet kvittering for parkering ved Aalborg Universitetshospital "
                + "under kurset. Kan den komme med på lønnen?\n\nMaja"},
            {"Lars Hjørring", "laih@", "Revisor ville have hele kreditorlisten", "Hej\n\nEn 'revisor' har skrevet og bedt om en "
                + "udskrift af alle leverandører med kontonumre. Jeg har ikke svaret og har sendt mailen til IT-sikkerhed.\n\nLars"}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@hjorring.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "p-billet.jpg", Attachments.image(pdfId(m, "park"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Økonomi og Personale", "oekonomi@" + OWN, "ledere@hjorring.dk", "Frist for godkendelse af fakturaer i december")
            .text("Kære ledere\n\nAlle fakturaer skal være godkendt senest den 15. december for at komme med i årets regnskab.\n\n"
                + "Økonomi og Personale");
        genuine(m, OWN_IP);
        m.description = "internal circular on the approval deadline";
    }

    private void banks() {
        M m = mail("bank-notice", false);
        headers(m, "Toppen Andelsbank Erhverv", "erhverv@toppen-andelsbank.dk", "oekonomi@hjorring.dk", "Ny besked i netbanken")
            .text("Kære Hjørring Kommune\n\nDer ligger en ny besked til jer i netbanken. Log på, som I plejer. Vi sender aldrig links "
                + "til login og spørger aldrig efter koder.\n\nToppen Andelsbank");
        genuine(m, "127.195.6.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Vendsyssel Sparekasse", "kundeservice@vendsyssel-sparekasse.dk", "oekonomi@hjorring.dk",
            "Ændrede cut-off tider i julen")
            .text("Betalinger, der skal gennemføres før jul, skal være godkendt senest 22. december kl. 12. Mailen kan ikke besvares.");
        genuine(m, "127.195.7.1");
        m.description = "bank notice, DMARC pass";
    }

    private void abroad() {
        Object[][] saas = {{"nearpod.com", "Nearpod", "receipts@", "Nearpod receipt #", "Your Nearpod School licence has renewed. "
            + "The card on file has been charged; no payment is needed.", "USD 1,590.00"},
            {"wordwall.net", "Wordwall", "billing@", "Wordwall invoice ", "Thank you for renewing Wordwall Pro for 25 teachers. "
                + "Payment was taken by card.", "GBP 675.00"}};
        for (Object[] x : saas) {
            M m = mail("foreign-saas-invoice", false);
            payable.add(m.id);
            String no = String.valueOf(7_700_000 + dice.nextInt(2_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@hjorring.dk", x[3] + no)
                .text(x[4] + "\n\nInvoice: " + no + "\nTotal: " + x[5] + "\n\n" + x[1] + " Billing")
                .attach("application/pdf", "invoice-" + no + ".pdf", Attachments.pdf(pdfId(m, "saas"), x[1] + " invoice " + no,
                    List.of("Bill to: Hjørring Kommune, " + TOWN_HALL + ", Denmark", "Reverse charge", "Total " + x[5],
                        "Paid: Visa •••• 7719")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice, card already charged";
        }
        M m = mail("foreign-invoice", false);
        payable.add(m.id);
        String no = "SH-" + (2_027_400 + dice.nextInt(500));
        String acct = iban("NO", "86011117947");
        headers(m, "Sørlandet Havneutstyr AS", "faktura@sorlandet-havneutstyr.no", "teknik-miljoe@hjorring.dk", "Faktura " + no
            + " - fendere Hirtshals lystbådehavn")
            .text("Hei,\n\nVedlagt faktura for 24 fendere og monteringsbeslag levert til lystbådehavnen i Hirtshals. Betaling innen 30 "
                + "dager til " + acct + " (BIC DNBANOKK).\n\nHer er fakturaen for fendere og beslag. Betaling netto 30 dage.\n\n"
                + "Med vennlig hilsen\nSørlandet Havneutstyr AS, Kristiansand")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(pdfId(m, "no"), "Faktura " + no, List.of(
                "Sørlandet Havneutstyr AS, org.nr. 918 447 302", "Kunde: Hjørring Kommune, EAN " + EAN, "24 fendere m/ beslag",
                "Sum NOK 61 200,00 (omvendt avgiftsplikt)", "Konto: " + acct)));
        genuine(m, "127.198.1.1");
        m.description = "Norwegian harbour-equipment supplier, NOK invoice to its own NO IBAN, DMARC pass";
        m = mail("foreign-invoice", false);
        payable.add(m.id);
        no = "RG" + (60_000 + dice.nextInt(9_000));
        acct = iban("DE", "210700200048331900");
        headers(m, "Küstentechnik Kiel GmbH", "buchhaltung@kuestentechnik-kiel.de", "teknik-miljoe@hjorring.dk", "Rechnung " + no)
            .text("Sehr geehrte Damen und Herren,\n\nfür die Vermessung der Buhnen bei Lønstrup erlauben wir uns, wie folgt zu "
                + "berechnen. Zahlbar innerhalb von 21 Tagen ohne Abzug auf " + acct + ".\n\nMit freundlichen Grüßen\n"
                + "Küstentechnik Kiel GmbH, Buchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(pdfId(m, "de"), "Rechnung " + no, List.of(
                "Küstentechnik Kiel GmbH", "Kunde: Hjørring Kommune, Dänemark", "Vermessung Buhnen Lønstrup, 3 Tage",
                "Netto EUR 8.940,00 (Steuerschuldnerschaft des Leistungsempfängers)", "IBAN " + plain(acct))));
        genuine(m, "127.198.2.1");
        m.description = "German coastal surveyor, DE IBAN in its own name, SPF and DKIM aligned, no DMARC record";
        m = mail("foreign-invoice", false);
        payable.add(m.id);
        no = "PLZ-" + (11_000 + dice.nextInt(900));
        acct = iban("NL", "INGB0006183921");
        headers(m, "Playline Zwolle B.V.", "invoices@playline-zwolle.nl", "kultur-fritid@hjorring.dk", "Invoice " + no
            + " - outdoor fitness equipment")
            .text("Dear customer,\n\nPlease find attached our invoice for the outdoor fitness station delivered to Hjørring "
                + "Stadium Park. Payment within 30 days to " + acct + " (BIC INGBNL2A), quoting the invoice number.\n\n"
                + "Kind regards,\nPlayline Zwolle B.V., Accounts Receivable")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(pdfId(m, "nl"), "Invoice " + no, List.of(
                "Playline Zwolle B.V.", "Customer: Hjørring Kommune, Denmark", "Outdoor fitness station, 6 units",
                "Total EUR 12,480.00 (VAT reverse charged)", "Bank: " + acct)));
        genuine(m, "127.198.3.1");
        m.description = "Dutch playground supplier, English invoice to its own NL IBAN, DMARC pass";
    }

    /** Others tell us what they have paid us: nothing to pay. */
    private void paidToUs() {
        M m = mail("remittance-advice", false);
        headers(m, "Hjørring Gymnasium, administration", "adm@hjoerring-gymnasium.dk", "oekonomi@hjorring.dk",
            "Indbetaling af hallej oktober")
            .text("Hej\n\nVi har i dag betalt 16.800,00 kr. til kommunens NemKonto for leje af Hjørring Idrætscenter i oktober (jeres "
                + "faktura 9140227).\n\nVenlig hilsen\nHjørring Gymnasium");
        genuine(m, "127.195.4.1");
        m.description = "remittance advice: a school has paid our hall-rent invoice, nothing to pay";
        m = mail("remittance-advice", false);
        headers(m, "Læsø Kommune, Økonomi", "oekonomi@laesoe.dk", "oekonomi@hjorring.dk", "Betalingsspecifikation")
            .text("Til Hjørring Kommune\n\nVedhæftet specifikation af dagens overførsel til jer.\n\nLæsø Kommune")
            .attach("text/csv", "specifikation_hjoerring.csv", ("faktura;tekst;beloeb\r\n9140301;Mellemkommunal refusion "
                + "september;24310,00\r\n9140302;Kursus i Hjørring;1850,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.195.2.1");
        m.description = "remittance advice from a neighbour paying our invoices, CSV, DMARC pass";
    }

    private void receiptsAndOrders() {
        Object[][] r = {{"hjoerring-byggemarked.dk", "Hjørring Byggemarked", "kvittering@", "Din kvittering", "Maling, pensler og "
            + "afdækning, 1.744,00 kr. Betalt med kommunens indkøbskort."},
            {"hirtshals-boghandel.dk", "Hirtshals Boghandel", "butik@", "Kvittering for køb", "Klassesæt af 'Vitello', 28 stk., "
                + "2.268,00 kr. Betalt ved afhentning."},
            {"salling.dk", "Salling", "kvittering@", "Kvittering fra Salling Hjørring", "Kaffe, frugt og servietter til "
                + "borgermøde, 412,75 kr., betalt med kort."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@hjorring.dk", (String) x[3])
                .text(x[4] + "\n\nTak for dit køb.\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = mail("order-confirmation", false);
        headers(m, "Vendsyssel Lys", "ordre@vendsyssel-lys.dk", "indkoeb@hjorring.dk", "Ordrebekræftelse 77310")
            .text("Tak for ordren på 42 LED-armaturer til stien langs Hjørring Bymidte. Levering uge 49. Faktura sendes elektronisk "
                + "til EAN " + EAN + " ved levering.\n\nVendsyssel Lys");
        genuine(m, "127.195.15.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void lettersAndQuotes() {
        M m = mail("quote", false);
        headers(m, smed.person(), addr(smed), "ejendomme@hjorring.dk", "Tilbud på rækværk, Bjergby Skole")
            .text("Hej\n\nTilbud på 22 m rækværk i galvaniseret stål inkl. montering: 31.400 kr. ekskl. moms. Tilbuddet gælder 30 dage."
                + closing(smed))
            .attach("application/pdf", "tilbud_raekvaerk.pdf", Attachments.pdf(pdfId(m, "tilbud"), "Tilbud",
                List.of("Rækværk, galvaniseret, 22 m", "31.400,00 ekskl. moms", "Gyldigt 30 dage")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smith, nothing to pay";
        m = mail("quote", false);
        headers(m, snedker.person(), addr(snedker), "skole-dagtilbud@hjorring.dk", "Pris på nye garderober")
            .text("Hej\n\nNye garderober til to stuer kan laves for 18.900 kr. plus moms. Jeg har tid i januar." + closing(snedker));
        genuine(m, snedker.ip());
        m.description = "quote in the body from an unlisted carpenter, nothing to pay";
        Object[][] letters = {{bus, "skole-dagtilbud@hjorring.dk", "Kørsel i juleferien", "Hej\n\nI juleferien kører vi ingen "
            + "svømmekørsel. Decemberfakturaen bliver derfor mindre. Betalingsoplysninger er de samme.\n\nLis, Sindal Turistbusser"},
            {koekken, "sundhed-aeldre@hjorring.dk", "Julemenu og bestillingsfrister", "Kære kunder\n\nJulemenuen skal bestilles senest "
                + "fredag i uge 49. Fakturering sker uændret via NemHandel.\n\nVrå Køkken & Catering"},
            {avis, "kreditor@hjorring.dk", "Deadline for annoncer i julen", "Hej\n\nUgeavisen udkommer onsdag i uge 52. Annoncer skal "
                + "være hos os fredag i uge 51. Fakturering som altid.\n\nVendsyssel Ugeavis"}};
        for (Object[] l : letters) {
            Supplier s = (Supplier) l[0];
            m = mail("supplier-letter", false);
            headers(m, s.person(), addr(s), (String) l[1], (String) l[2]).text((String) l[3]);
            genuine(m, s.ip());
            m.description = "listed " + s.domain() + " letter, nothing to pay, payment details unchanged";
        }
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "4270440001234987"), iban("DK", "89900004417762"), bank("5301", "0004127760"),
        iban("EE", "3510100220145577"), iban("PL", "109010140000071219812874"), iban("GB", "MONZ04006212345890"),
        iban("IE", "AIBK93115212345678"), iban("NL", "RABO0123984411"), iban("DE", "440100100099871234"),
        iban("HU", "117730160000000012345674"), iban("RO", "INGB0000999904455671"), iban("BG", "UNCR70001523456788"),
        iban("CY", "003001000000000011223344"), bank("9070", "0001884415"), iban("MT", "BOFF22013000000012345678901"),
        iban("SE", "30000000098765432109"), iban("LT", "1032500002468135"), iban("DK", "52950001129907")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraud() {
        spoofedSuppliers();
        lookalikes();
        homoglyphs();
        platformTricks();
        compromisedMailboxes();
        hijackedThreads();
        correctedResends();
        ownDomainForgeries();
        ceoMails();
        payrollChanges();
        bodyOnlyChanges();
        fakeCollections();
        fakeAuthorities();
        directories();
        callbacks();
        qrCodes();
        englishInvoices();
        imagesOnly();
        archives();
        activeAttachments();
        macros();
        fakeAuditors();
        subcontractors();
        verificationCallbacks();
        reconnaissance();
    }

    private void spoofedSuppliers() {
        Supplier[] who = {vand, traelast, avis, kloak, koekken, vvs};
        String[] add = {"\n\nVi har skiftet bank. Benyt kun kontonummeret på den vedhæftede faktura.",
            "\n\nNB: Ny bankforbindelse fra denne faktura - husk at opdatere jeres kreditoroplysninger.", "",
            "\n\nPga. bankskifte er kontonummeret ændret. Den gamle konto lukkes ved månedens udgang."};
        for (int i = 0; i < who.length; i++) {
            M m = mail("forged-supplier", true);
            invoiceMail(m, who[i], mule(i), i + 2, List.of("Ændret bankforbindelse"), add[i % add.length]);
            if (i == 2) {
                m.mime.header("Reply-To", "<annoncer@vendsyssel-ugeavis.net>");
            }
            forged(m, rogueHost++);
            m.description = "forged From " + who[i].domain() + " sent from a fraudster's machine, mule account"
                + (i == 2 ? ", Reply-To a look-alike" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"hjoerring-vandselskab.com", vand}, {"hjorring-vandselskab.dk", vand}, {"vendsyssel-traelast.net", traelast},
            {"sindal-lt.dk", it}, {"hirtshals-vvs-as.dk", vvs}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = mail("lookalike-domain", true);
            invoiceMail(m, real.posing(d, mule(i + 3)), mule(i + 3), i * 2 + 1, List.of(),
                i % 2 == 1 ? "\n\nVores bankoplysninger er opdateret, så ret dem venligst i jeres system inden betaling." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), mule account";
        }
    }

    private void homoglyphs() {
        String d = idn("hjoerring-k\u043entor.dk");
        M m = mail("punycode-homoglyph", true);
        invoiceMail(m, kontor.posing(d, mule(6)), mule(6), 5, List.of("Ny konto"), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic o) of hjoerring-kontor.dk, invoice to a mule account, authenticates";
        d = idn("hj\u00f8rring.dk");
        m = mail("punycode-homoglyph", true);
        headers(m, "Hjørring Kommune, Økonomi", "oekonomi@" + d, "kreditor@hjorring.dk", "Haster: acontobetaling stormflod Lønstrup")
            .text("Hej\n\nEfter nattens stormflod ved Lønstrup har beredskabet sat en entreprenør til at sikre skrænten. Han vil have "
                + "en acontobetaling på 148.500 kr. i dag, før folkene fortsætter. Overfør til " + mule(8) + "; fakturaen kommer "
                + "bagefter.\n\nHilsen Økonomi");
        ownedBy(m, d);
        m.description = "IDN " + d + " (hjørring with ø) posing as our finance department, urgent advance, authenticates";
    }

    private void platformTricks() {
        String[][] p = {{"nordfaktura-betaling.dk", "NordFaktura"}, {"fakturatoppen.com", "FakturaToppen"},
            {"vendsysselbogholderi.net", "Vendsyssel Bogholderi"}};
        for (int i = 0; i < p.length; i++) {
            M m = mail("lookalike-platform", true);
            Supplier s = listed.get(i * 5 + 1);
            String no = "NF" + (10_000 + dice.nextInt(80_000));
            headers(m, s.name() + " (via " + p[i][1] + ")", "noreply@" + p[i][0], "faktura@hjorring.dk", "Ubetalt faktura " + no
                + " - undgå gebyr")
                .html("<html><body style=\"font-family:Helvetica\"><p>Til Hjørring Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er forfalden. Betal online i dag, så undgår I rykkergebyr og inkasso.</p><p><a href=\"https://" + p[i][0]
                    + "/betal/" + sha256(m.id).substring(3, 15) + "\" style=\"background:#0a7d4f;color:#fff;padding:8px 16px\">"
                    + "Betal faktura</a></p><small>" + p[i][1] + "</small></body></html>");
            ownedBy(m, p[i][0]);
            m.description = "look-alike of invoicing service " + p[i][1] + ": pay link, HTML only";
        }
        M m = mail("platform-account-misused", true);
        String no = "NF" + (10_000 + dice.nextInt(80_000));
        Money x = money(3_000_000);
        Supplier stranger = new Supplier("Nordkyst Kloakrens", "nordfaktura.dk", "Nordkyst Kloakrens", "", "", mule(5),
            "akut rensning af regnvandsbrønde, Hirtshals, oktober");
        headers(m, stranger.name() + " (via NordFaktura)", "faktura@nordfaktura.dk", "kreditor@hjorring.dk",
            stranger.name() + " har sendt faktura " + no)
            .header("Reply-To", "<nordkyst.kloakrens@outlook.com>")
            .html("<html><body><p>" + stranger.name() + " har sendt en faktura på " + x.grossText() + " kr. for " + stranger.what()
                + ".</p><p>Betales inden 3 dage til " + mule(5) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", invoicePdf(m, stranger, "Faktura", no, x, mule(5), 1, List.of()));
        m.mailFrom = "returnering@nordfaktura.dk";
        genuine(m, "127.194.1.1");
        m.description = "fraudster's own account on the real nordfaktura.dk bills a job never ordered (authenticates)";
        m = mail("platform-account-misused", true);
        no = "NF" + (10_000 + dice.nextInt(80_000));
        x = money(2_000_000);
        String acct = iban("DK", "89900003390412");
        headers(m, anlaeg.name() + " (via FakturaToppen)", "udsendelse@fakturatoppen.dk", "faktura@hjorring.dk",
            anlaeg.name() + " har sendt faktura " + no)
            .header("Reply-To", "<loekken.anlaeg@hotmail.com>")
            .html("<html><body><p>Hej</p><p>" + anlaeg.name() + " har sendt jer en faktura på " + x.grossText() + " kr.</p><p>Vi har "
                + "skiftet bank, så betal til " + acct + " og ikke til den gamle konto.</p></body></html>")
            .attach("application/pdf", no + ".pdf", invoicePdf(m, anlaeg, "Faktura", no, x, acct, 2, List.of("Ny konto")));
        m.mailFrom = "bounce@fakturatoppen.dk";
        genuine(m, "127.194.2.1");
        m.description = "listed loekken-anlaeg.dk's name on the real fakturatoppen.dk: new account, hotmail Reply-To (authenticates)";
    }

    private void compromisedMailboxes() {
        Supplier[] who = {kontor, it, traelast, bus};
        String[] story = {"Vi er blevet en del af en landsdækkende kontorkæde, og alle indbetalinger går nu til kædens konto.",
            "Vores konto er spærret i nogle uger, mens banken gennemgår vores kundekendskab.",
            "Vi har solgt vores tilgodehavender til et factoringselskab; betal derfor til dem fremover.",
            "Efter generationsskiftet har vi ny bank. Den gamle konto lukker i denne måned."};
        for (int i = 0; i < who.length; i++) {
            M m = mail("compromised-supplier", true);
            String extra = "\n\n" + story[i] + " Denne og fremtidige fakturaer betales til " + mule(i + 9)
                + ". Vi er dårligt nok på kontoret i denne uge, så svar hellere på mail end at ringe.";
            invoiceMail(m, who[i], mule(i + 9), i * 3 + 2, List.of("Betalingsmodtager: " + mule(i + 9)), extra);
            if (i == 3) {
                Earlier e = earlier.get(bus.domain());
                m.mime.header("In-Reply-To", e.messageId()).header("References", e.messageId());
            }
            genuine(m, who[i].ip());
            m.description = who[i].domain() + "'s real mailbox (compromised) moves the account, authenticates"
                + (i == 3 ? ", replying in its own earlier thread" : "");
        }
    }

    private void hijackedThreads() {
        Supplier[] who = {vand, kloak, koekken};
        String[] via = {"hjoerring-vandselskab.net", "tversted-kloak.com", "vraa-koekken.com"};
        for (int i = 0; i < who.length; i++) {
            Earlier e = earlier.get(who[i].domain());
            M m = mail("reply-chain-hijack", true);
            Mime mime = headers(m, who[i].person(), who[i].box() + "@" + via[i], "kreditor@hjorring.dk", "SV: " + e.subject())
                .header("In-Reply-To", e.messageId()).header("References", e.messageId())
                .text("Hej\n\nTak for svaret. Faktura " + e.number() + " på " + e.money().grossText() + " kr. står stadig åben hos os. "
                    + "Vi er midt i et bankskifte, så beløbet skal i stedet overføres til " + mule(i + 4) + ". Send gerne en "
                    + "betalingskvittering.\n\nMvh\n" + who[i].person() + "\n\n-----Oprindelig meddelelse-----\nFra: Kreditorer "
                    + "<kreditor@hjorring.dk>\nSendt: " + longDate(m, -5) + "\n\nFakturaen er modtaget og sendt til godkendelse.");
            if (i == 0) {
                mime.attach("application/pdf", "faktura_" + e.number().replace('/', '_') + "_ny_konto.pdf", invoicePdf(m,
                    who[i].posing(via[i], mule(i + 4)), "Faktura", e.number(), e.money(), mule(i + 4), 0, List.of("Ny konto")));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread on " + who[i].domain() + "'s earlier invoice from look-alike " + via[i] + ", mule account";
        }
    }

    private void correctedResends() {
        Supplier[] who = {vognmand, maler};
        String[] via = {"bindslev-vognmand.com", "taars-maler.com"};
        for (int i = 0; i < who.length; i++) {
            Earlier e = earlier.get(who[i].domain());
            M m = mail("corrected-invoice-resend", true);
            headers(m, who[i].person(), who[i].box() + "@" + via[i], "kreditor@hjorring.dk", "Korrigeret faktura " + e.number())
                .text("Hej\n\nDesværre stod der forkert kontonummer på faktura " + e.number() + " fra oktober. Her er den korrigerede "
                    + "faktura - den gamle bedes slettet.\n\nbeklager rodet\n" + who[i].person())
                .attach("application/pdf", "faktura_" + e.number().replace('/', '_') + "_korrigeret.pdf", invoicePdf(m,
                    who[i].posing(via[i], mule(i + 11)), "Faktura", e.number(), e.money(), mule(i + 11), i + 1,
                    List.of("KORRIGERET - erstatter tidligere faktura")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of " + who[i].domain() + "'s real earlier invoice from a look-alike, mule account";
        }
    }

    private void ownDomainForgeries() {
        String[][] x = {{"Borgmester Per Løkken", "borgmester@", "kreditor@hjorring.dk", "Fortroligt: deponering grundkøb",
            "Hej\n\nJeg forhandler om køb af en grund ved Hirtshals Havn, og sælgers advokat skal have et depositum på 420.000 kr. i "
                + "dag. Sagen er fortrolig til byrådsmødet. Overfør til " + mule(1) + " og giv mig besked.\n\nPer"},
            {"Hjørring Kommune Opkrævning", "opkraevning@", "oekonomi@hjorring.dk", "Omkontering skal bogføres i dag",
                "Til Økonomi\n\nRevisionen har fundet en fejlpostering. 38.700,00 kr. skal tilbageføres til " + mule(2) + " i dag, så "
                    + "perioden kan lukkes.\n\nOpkrævningen"},
            {"Kommunaldirektør Mette Tårs", "kommunaldirektoer@", "indkoeb@hjorring.dk", "Er du ved skrivebordet?",
                "Hej\n\nJeg har brug for en hurtig betaling, inden jeg går til møde med regionen. Jeg kan ikke tage telefonen, så skriv "
                    + "bare her.\n\nMette"}};
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            headers(m, y[0], y[1] + OWN, y[2], y[3]).text(y[4]);
            forged(m, rogueHost++);
            m.description = "our own domain " + OWN + " forged from outside";
        }
    }

    private void ceoMails() {
        String[][] x = {{"Per Løkken", "per.loekken.borgmester@gmail.com", "Et øjeblik?", "Hej\n\nHar du et øjeblik? Jeg skal have "
            + "lavet en diskret overførsel i dag og sidder i møde. Svar mig her.\n\nPer Løkken\nSendt fra min iPhone"},
            {"Mette Tårs", "mette.taars.direktion@outlook.com", "Forudbetaling venskabsby", "Hej\n\nVores venskabsby i Norge skal "
                + "have vores andel af kulturudvekslingen nu: 64.000 kr. til " + mule(3) + ". Jeg godkender bilaget bagefter.\n\nMette"},
            {"Per Løkken", "p.loekken@icloud.com", "Gavekort", "Hej\n\nKan du købe 20 gavekort a 500 kr. til de frivillige i "
                + "Ældresagen? Skrab koderne fri og send mig et billede. Det skal være en overraskelse.\n\nPer"},
            {"Økonomichef Bente Vrå", "bente.vraa@yahoo.com", "Advokatforskud", "Hej\n\nAdvokaten i ekspropriationssagen ved Tversted "
                + "skal have 136.000 kr. i forskud i dag til " + mule(13) + ". Jeg er på kursus og kan kun skrive.\n\nBente"}};
        for (String[] y : x) {
            M m = mail("ceo-fraud", true);
            headers(m, y[0], y[1], "oekonomi@hjorring.dk", y[2]).text(y[3]);
            genuine(m, dns.get(domainOf(y[1])).spfIps().get(0));
            m.description = "CEO fraud from free mail in a leader's name";
        }
    }

    private void payrollChanges() {
        M m = mail("payroll-account-change", true);
        headers(m, "Camilla Hjortdal", "camilla.hjortdal.sosu@gmail.com", "loen@hjorring.dk", "Ny lønkonto")
            .text("Hej Løn\n\nJeg har fået ny bank og vil gerne have min løn fra næste udbetaling på " + bank("9070", "0001884415")
                + ". Jeg er SOSU-assistent i hjemmeplejen i Sindal. Kan ikke komme på intranettet hjemmefra.\n\nCamilla");
        genuine(m, "127.196.1.1");
        m.description = "'employee' on gmail moves her salary";
        m = mail("payroll-account-change", true);
        headers(m, "Kasper Astrup", "kasper.astrup82@hotmail.com", "loen@hjorring.dk", "Feriepenge efter fratræden")
            .text("Hej\n\nJeg stoppede som vejmand i september og er flyttet til Polen. Mine feriepenge skal sendes til " + mule(4)
                + ".\n\nMvh Kasper");
        genuine(m, "127.196.2.1");
        m.description = "'former employee' on hotmail wants holiday pay abroad";
    }

    private void bodyOnlyChanges() {
        M m = mail("bank-change-body-only", true);
        headers(m, koekken.person(), "kundeservice@vraa-koekken.com", "kreditor@hjorring.dk", "Opdaterede betalingsoplysninger")
            .text("Kære kunde\n\nVrå Køkken & Catering har fået ny bankforbindelse. Alle åbne og kommende fakturaer betales til "
                + mule(7) + ".\n\nVenlig hilsen\nVrå Køkken & Catering");
        ownedBy(m, "vraa-koekken.com");
        m.description = "bank change in the body only, look-alike of vraa-koekken.dk";
        m = mail("bank-change-body-only", true);
        headers(m, "Kurt Ugilt", "kurt.ugilt.maler@gmail.com", "kreditor@hjorring.dk", "firmamail nede")
            .text("Hej\n\nMin firmamail er nede, så jeg skriver herfra. Fakturaen for Tårs Ældrecenter skal betales til "
                + bank("5301", "0004127760") + ", den gamle konto er lukket.\n\nKurt, Tårs Malerforretning");
        genuine(m, "127.196.1.1");
        m.description = "supplier's name on gmail: 'company mail down', new account";
        m = mail("bank-change-body-only", true);
        headers(m, el.person(), "morten@hirtshals-el.com", "kreditor@hjorring.dk", "Kontonummer")
            .text("Hej\n\nKan I rette vores kontonummer til " + mule(15) + " med det samme? Gælder alle betalinger fra i dag.\n\nMorten");
        ownedBy(m, "hirtshals-el.com");
        m.description = "bank change in the body only, look-alike of hirtshals-el.dk";
    }

    private void fakeCollections() {
        Supplier[] who = {bus, elnet, anlaeg};
        String[] via = {"inkasso-nordkyst.com", "danske-fordringer.net", "inkasso-nordkyst.com"};
        for (int i = 0; i < who.length; i++) {
            Earlier e = earlier.get(who[i].domain());
            M m = mail("fake-reminder-inkasso", true);
            headers(m, "Inkasso Nordkyst", "sag" + (i + 1) + "@" + via[i], "kreditor@hjorring.dk", "Inkassovarsel: faktura " + e.number()
                + " - sidste frist")
                .text("Hjørring Kommune\n\n" + who[i].name() + " har overdraget faktura " + e.number() + " til os. Beløbet "
                    + e.money().grossText() + " kr. plus 750 kr. i omkostninger skal være betalt til " + mule(i + 1) + " senest om 3 "
                    + "hverdage. Herefter sendes sagen til fogedretten uden yderligere varsel.\n\nInkassoafdelingen")
                .attach("application/pdf", "inkassovarsel_" + e.number().replace('/', '_') + ".pdf", Attachments.pdf(pdfId(m, "ink"),
                    "Inkassovarsel", List.of("Fordringshaver: " + who[i].name(), "Faktura " + e.number(), "Omkostninger 750,00",
                        "Betales til " + mule(i + 1))));
            ownedBy(m, via[i]);
            m.description = "fake collection letter citing " + who[i].domain() + "'s real invoice " + e.number();
        }
    }

    private void fakeAuthorities() {
        String[][] dp = {{"Digital Post Erhverv", "Ulæst brev fra Skattestyrelsen", "Hjørring Kommune har et ulæst brev fra "
            + "Skattestyrelsen. Brevet slettes efter 48 timer, hvis det ikke åbnes med MitID Erhverv."},
            {"MitID Erhverv", "Bekræft jeres administrator", "Jeres MitID Erhverv-administrator skal bekræftes inden fredag, ellers "
                + "spærres organisationens adgang."}};
        for (String[] y : dp) {
            M m = mail("fake-digital-post", true);
            headers(m, y[0], "post@erhvervspost-digital.com", "oekonomi@hjorring.dk", y[1])
                .html("<html><body style=\"font-family:Arial\"><p>" + y[2] + "</p><p><a href=\"https://erhvervspost-digital.com/mitid/"
                    + sha256(m.id).substring(0, 9) + "\">Log ind med MitID Erhverv</a></p></body></html>");
            ownedBy(m, "erhvervspost-digital.com");
            m.description = "fake Digital Post / MitID Erhverv notice with a login link";
        }
        String[] nh = {"EAN " + EAN + " afvises fra mandag", "12 e-fakturaer venter på frigivelse"};
        for (int i = 0; i < nh.length; i++) {
            M m = mail("fake-nemhandel-notice", true);
            headers(m, "NemHandel Drift", "support@nemhandel-gln-drift.com", "faktura@hjorring.dk", nh[i])
                .html("<html><body><p>" + (i == 0 ? "Certifikatet for EAN " + EAN + " er udløbet, og modtagelse af e-fakturaer "
                    + "stoppes mandag." : "Der ligger 12 afviste e-fakturaer til EAN " + EAN + ". Log ind og frigiv dem.")
                    + "</p><p><a href=\"https://nemhandel-gln-drift.com/login\">Forny / frigiv</a></p></body></html>");
            ownedBy(m, "nemhandel-gln-drift.com");
            m.description = "fake NemHandel notice with a login link";
        }
    }

    private void directories() {
        M m = mail("domain-directory-scam", true);
        headers(m, "Domænefornyelse Nord", "fornyelse@domaenefornyelse-nord.com", "oekonomi@hjorring.dk",
            "hjorring.dk udløber om 4 dage")
            .text("Registreringen af hjorring.dk med søgemaskineregistrering udløber om 4 dage. Betal 5.280 kr. til " + mule(10)
                + ", så domænet ikke frigives.")
            .attach("application/pdf", "fornyelse_hjorring_dk.pdf", Attachments.pdf(pdfId(m, "dom"), "Fornyelse",
                List.of("hjorring.dk", "Søgemaskineregistrering, 12 mdr.", "5.280,00", "Konto " + mule(10))));
        ownedBy(m, "domaenefornyelse-nord.com");
        m.description = "domain renewal trap with PDF and mule account";
        m = mail("domain-directory-scam", true);
        headers(m, "Register over Offentlige Institutioner", "opdatering@offentlige-institutioner-register.org", "indkoeb@hjorring.dk",
            "Ajourføring af Hjørring Kommunes oplysninger")
            .html("<html><body><p>Kontrollér og underskriv venligst de vedhæftede oplysninger om Hjørring Kommune.</p>"
                + "<p style=\"font-size:7px\">Underskrift udgør en bindende 3-årig annonceaftale a EUR 8.900 pr. år.</p></body></html>");
        ownedBy(m, "offentlige-institutioner-register.org");
        m.description = "directory 'update your data' form that is a 3-year advert contract";
    }

    private void callbacks() {
        M m = mail("callback-phone-invoice", true);
        headers(m, "Ordreservice", "ordre@ordre-refusion-service.com", "indkoeb@hjorring.dk", "Ordre bekræftet: 15 x MacBook Air")
            .text("Tak for ordren: 15 x MacBook Air, i alt 164.850,00 kr., sendes og faktureres i morgen.\n\nEr ordren ikke afgivet "
                + "af jer? Ring straks til +45 78 79 40 12, så stopper vi forsendelsen.\n\nOrdreservice");
        ownedBy(m, "ordre-refusion-service.com");
        m.description = "callback scam: fake order confirmation, 'call to cancel'";
        m = mail("callback-phone-invoice", true);
        headers(m, "Norton Fornyelse", "ordre@ordre-refusion-service.com", "oekonomi@hjorring.dk", "Fornyet: 7.495 kr.")
            .text("Jeres abonnement er fornyet for 3 år. Faktura vedhæftet. Refusion kun ved opkald til +45 78 79 40 12 inden for 24 timer.")
            .attach("application/pdf", "fornyelse.pdf", Attachments.pdf(pdfId(m, "cb"), "Faktura",
                List.of("Norton 360, 3 år", "7.495,00 kr.", "Refusion: ring +45 78 79 40 12")));
        ownedBy(m, "ordre-refusion-service.com");
        m.description = "callback scam: auto-renewal 'invoice' with a phone number only";
    }

    private void qrCodes() {
        String[][] q = {{"mobilepay-erhverv-qr.com", "MobilePay Erhverv", "betaling@", "Betaling afvist - gennemfør med QR",
            "En betaling på 14.880,00 kr. fra Hjørring Kommune blev afvist."},
            {"sindal-busser.com", "Lis Mosbjerg", "lis@", "Svømmekørsel oktober - betal med QR", "Fakturaen for oktober kan betales "
                + "med det samme."}};
        for (String[] x : q) {
            M m = mail("qr-code-payment", true);
            headers(m, x[1], x[2] + x[0], "kreditor@hjorring.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med telefonen for at betale.</p><p><img src=\"cid:qr1\" width=\"170\" "
                    + "height=\"170\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr-betaling.png", Attachments.image(pdfId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text";
        }
    }

    private void englishInvoices() {
        M m = mail("english-international", true);
        headers(m, "North Sea Port Consulting", "billing@north-sea-port-consulting.com", "kreditor@hjorring.dk",
            "Invoice NSPC-4471 - ferry terminal capacity review")
            .text("Dear Sir/Madam,\n\nplease find enclosed our invoice for the capacity review of the Hirtshals ferry terminal. EUR "
                + "18,400.00 is due within 7 days to " + mule(4) + ".\n\nBest regards\nNorth Sea Port Consulting")
            .attach("application/pdf", "NSPC-4471.pdf", Attachments.pdf(pdfId(m, "en"), "Invoice NSPC-4471",
                List.of("Client: Hjorring Municipality", "Ferry terminal capacity review", "EUR 18,400.00", "Bank: " + mule(4))));
        ownedBy(m, "north-sea-port-consulting.com");
        m.description = "English invoice for a study never ordered, PL IBAN";
        m = mail("english-international", true);
        headers(m, "North Sea Port Consulting - Finance", "billing@north-sea-port-consulting.com", "oekonomi@hjorring.dk",
            "Updated remittance details")
            .text("Hello,\n\nOur banking has moved. Please update your vendor file and send all outstanding payments to " + mule(14)
                + ". Kindly confirm by return.\n\nFinance");
        ownedBy(m, "north-sea-port-consulting.com");
        m.description = "English 'updated remittance details', MT IBAN";
    }

    private void imagesOnly() {
        Supplier[] who = {maler, vognmand};
        String[] via = {"taars-maler.net", "bindslev-vognmand.net"};
        for (int i = 0; i < who.length; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, who[i].person(), who[i].box() + "@" + via[i], "kreditor@hjorring.dk", i == 0 ? "faktura" : "Faktura scannet ind")
                .text("Hej\n\nPc'en er til reparation, så fakturaen er taget med telefonen. Husk det nye kontonummer.\n\n" + who[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_2027110" + (4 + i) + ".jpg" : "scan0011.pdf",
                    i == 0 ? Attachments.image(pdfId(m, "img"), "jpg") : Attachments.scannedPdf(pdfId(m, "img")));
            ownedBy(m, via[i]);
            m.description = "invoice only as a picture/scan from a look-alike of " + who[i].domain();
        }
    }

    private void archives() {
        Supplier[] who = {kloak, elnet};
        String[] via = {"tversted-kloak.net", "vendsyssel-elnet.com"};
        for (int i = 0; i < who.length; i++) {
            M m = mail("archive-invoice", true);
            String no = number(who[i]);
            byte[] inner = invoicePdf(m, who[i].posing(via[i], mule(i + 7)), "Faktura", no, money(1_500_000), mule(i + 7), i + 1,
                List.of());
            headers(m, who[i].person(), who[i].box() + "@" + via[i], "kreditor@hjorring.dk", "Faktura " + no + " (komprimeret)")
                .text("Hej\n\nFakturaen og bilag er lagt i en zip-fil, da jeres spamfilter har afvist vores PDF'er.\n\n" + who[i].person())
                .attach("application/zip", "faktura_" + no.replace('/', '_') + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + no.replace('/', '_') + ".pdf", inner, "bilag.txt", "Rapport sendes separat")
                    : Attachments.zip("dokumenter/" + no.replace('/', '_') + ".pdf", inner));
            ownedBy(m, via[i]);
            m.description = "invoice inside a ZIP from a look-alike of " + who[i].domain();
        }
    }

    private void activeAttachments() {
        M m = mail("svg-html-attachment", true);
        String link = "https://vis-dokument-sikkert.net/v/" + sha256(m.id).substring(0, 10);
        headers(m, "Vendsyssel Trælast Proffsalg", "dokument@vis-dokument-sikkert.net", "kreditor@hjorring.dk", "Kontoudtog november")
            .text("Hej\n\nKontoudtoget åbnes i browseren. Klik på den røde knap i filen.\n\nVendsyssel Trælast")
            .attach("image/svg+xml", "kontoudtog.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"140\">"
                + "<text x=\"10\" y=\"30\">Kontoudtog - klik for at vise</text><a href=\"" + link + "\"><rect x=\"10\" y=\"50\" "
                + "width=\"180\" height=\"30\" fill=\"#b22\"/></a></svg>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "vis-dokument-sikkert.net");
        m.description = "SVG 'statement' with a link, in a listed supplier's name";
        m = mail("svg-html-attachment", true);
        link = "https://faktura-arkiv-login.com/a/" + sha256(m.id).substring(0, 10);
        headers(m, "Hjørring Kontorcenter", "arkiv@faktura-arkiv-login.com", "indkoeb@hjorring.dk", "Faktura tilgængelig")
            .text("Hej\n\nÅbn den vedhæftede fil for at se fakturaen.\n\nHjørring Kontorcenter")
            .attach("text/html", "Faktura_november.html", ("<html><head><meta http-equiv=\"refresh\" content=\"0; url=" + link + "\">"
                + "</head><body>Indlæser faktura ...</body></html>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "faktura-arkiv-login.com");
        m.description = "HTML attachment redirecting to a credential page, in a listed supplier's name";
    }

    private void macros() {
        M m = mail("office-macro", true);
        headers(m, kontor.person(), "salg@hjoerring-kontor.com", "indkoeb@hjorring.dk", "Faktura og følgeseddel")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet, så klik 'Aktivér indhold' for at se det.\n\n"
                + "Hjørring Kontorcenter")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm", Attachments.word(
                "Faktura\nHjørring Kommune\nAktivér indhold for at se beløbet", true));
        ownedBy(m, "hjoerring-kontor.com");
        m.description = "macro Word 'invoice' from a look-alike of hjoerring-kontor.dk";
        m = mail("office-macro", true);
        headers(m, it.person(), "regnskab@sindal-it.com", "skole-dagtilbud@hjorring.dk", "Timeforbrug oktober")
            .text("Hej\n\nTimeforbrug for oktober og vores nye kontooplysninger står i regnearket. Aktivér makroer for at se tallene.\n\n"
                + "Sindal IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_oktober.xlsm", Attachments.excel(
                List.of("Timeforbrug oktober 2027", "I alt DKK 92.375,00", "Konto: " + mule(11)), true));
        ownedBy(m, "sindal-it.com");
        m.description = "macro Excel statement from a look-alike of sindal-it.dk";
    }

    /**
     * New family: a fake auditor uses the yearly balance confirmation to get a "difference" paid or the whole creditor
     * file with account numbers (for later bank-change frauds).
     */
    private void fakeAuditors() {
        M m = mail("fake-audit-confirmation", true);
        Earlier e = earlier.get(traelast.domain());
        headers(m, "Revisorgruppen Vendsyssel", "saldo@revisorgruppen-vendsyssel.com", "kreditor@hjorring.dk",
            "Saldoafstemning " + traelast.name() + " - difference")
            .text("Til Hjørring Kommune\n\nVed revisionen af " + traelast.name() + " har vi konstateret, at faktura " + e.number()
                + " (" + e.money().grossText() + " kr.) er bogført som ubetalt hos selskabet. Da selskabets driftskonto er under "
                + "omlægning, bedes differencen indbetalt på revisors klientkonto " + mule(12) + " senest fredag, så regnskabet kan "
                + "afsluttes.\n\nSkriv venligst retur på denne mail; vi sidder i revisionsmøder hele ugen.\n\nRevisorgruppen Vendsyssel")
            .attach("application/pdf", "saldoafstemning.pdf", Attachments.pdf(pdfId(m, "rev"), "Saldoafstemning",
                List.of("Revisionsklient: " + traelast.name(), "Difference: faktura " + e.number(), "Indbetales: " + mule(12))));
        ownedBy(m, "revisorgruppen-vendsyssel.com");
        m.description = "look-alike of a real auditor: 'unpaid difference' of listed vendsyssel-traelast.dk's real invoice to a mule";
        m = mail("fake-audit-confirmation", true);
        headers(m, "Revision & Saldobekræftelse", "revision@revision-saldobekraeftelse.com", "kreditor@hjorring.dk",
            "Årsrevision 2027: udtræk af kreditorkartotek")
            .text("Kære kreditorbogholderi\n\nSom led i den lovpligtige revision af jeres leverandører beder vi om et udtræk af "
                + "kreditorkartoteket med CVR, kontaktperson, e-mail og kontonummer for alle aktive leverandører. Send det som "
                + "regneark, eller upload det i vores sikre portal:\nhttps://revision-saldobekraeftelse.com/upload/"
                + sha256(m.id).substring(0, 8) + "\n\nFrist: 3 hverdage.\n\nMed venlig hilsen\nRevisionsafdelingen");
        ownedBy(m, "revision-saldobekraeftelse.com");
        m.description = "fake auditor asks for the whole creditor file with account numbers (upload link)";
        m = mail("fake-audit-confirmation", true);
        headers(m, "Revisionsfirmaet Toppen", "revisionsfirmaettoppen@gmail.com", "kreditor@hjorring.dk", "Saldobekræftelse "
            + it.name())
            .text("Hej\n\nVi reviderer " + it.name() + ". Vedlagt saldobekræftelse. Bemærk at selskabets konto er ændret; udfyld "
                + "venligst blanketten og bekræft at fremtidige betalinger sker til " + mule(16) + ".\n\nMvh\nRevisionsfirmaet Toppen")
            .attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "saldobekraeftelse_sindal_it.docx",
                Attachments.word("Saldobekræftelse\nRevisionsklient: " + it.name() + "\nNy konto: " + mule(16)
                    + "\nUnderskrift: ____", false));
        genuine(m, "127.196.1.1");
        m.description = "a real auditor's name on gmail: balance confirmation that slips in a new account for listed sindal-it.dk";
    }

    /**
     * New family: a "subcontractor" of a listed supplier says the main contractor has not paid it and demands that
     * we pay it directly, threatening to stop work or claim against the building.
     */
    private void subcontractors() {
        M m = mail("subcontractor-direct-claim", true);
        Earlier e = earlier.get(toemrer.domain());
        headers(m, "Nordkyst Entreprise ApS", "jura@nordkyst-entreprise.dk", "ejendomme@hjorring.dk",
            "Direkte betaling - vinduespartier Vrå Skole")
            .text("Til Hjørring Kommune, Ejendomme\n\nVi har som underentreprenør for " + toemrer.name() + " leveret og monteret "
                + "vinduespartierne på Vrå Skole. Hovedentreprenøren har ikke betalt os, og vi har sendt ham påkrav.\n\nFor at undgå, "
                + "at vi må kræve materialerne demonteret, anmoder vi jer om at betale den del af faktura " + e.number() + ", der "
                + "vedrører vores arbejde, " + kr(e.money().net() * 7 / 10) + " kr., direkte til " + mule(17) + ". Beløbet kan I "
                + "modregne over for hovedentreprenøren.\n\nMed venlig hilsen\nNordkyst Entreprise ApS, juridisk afdeling")
            .attach("application/pdf", "paakrav_direkte_betaling.pdf", Attachments.pdf(pdfId(m, "ue"), "Påkrav om direkte betaling",
                List.of("Underentreprise: vinduespartier, Vrå Skole", "Hovedentreprenør: " + toemrer.name(),
                    "Krav: " + kr(e.money().net() * 7 / 10), "Betales til " + mule(17))));
        ownedBy(m, "nordkyst-entreprise.dk");
        m.description = "'subcontractor' of listed vraa-toemrer.dk wants part of its real invoice paid directly to a mule";
        m = mail("subcontractor-direct-claim", true);
        headers(m, "Hirtshals Stillads", "kontor@hirtshals-stillads.com", "teknik-miljoe@hjorring.dk",
            "Ubetalt stillads - Hirtshals Skole")
            .text("Hej\n\nVi har leveret stillads til " + el.name() + " på Hirtshals Skole i 6 uger uden at få betaling. Betaler I "
                + "ikke lejen på 27.600,00 kr. direkte til os (" + mule(2) + ") inden mandag, tager vi stilladset ned, også selvom "
                + "arbejdet ikke er færdigt.\n\nHirtshals Stillads");
        ownedBy(m, "hirtshals-stillads.com");
        m.description = "'scaffolding subcontractor' of listed hirtshals-el.dk threatens to dismantle unless paid directly";
        m = mail("subcontractor-direct-claim", true);
        headers(m, "Brian Uggerby", "brian.uggerby.murer@gmail.com", "kreditor@hjorring.dk", "Betaling for murerarbejde "
            + "Tårs Ældrecenter")
            .text("hej\n\njeg har lavet murerarbejdet for Tårs Malerforretning på ældrecentret men Kurt har ikke betalt mig. han siger "
                + "selv I bare kan betale mig direkte og trække det fra hans regning. 14.250 kr til " + bank("5301", "0004127760")
                + "\n\nmvh Brian");
        genuine(m, "127.196.1.1");
        m.description = "'subcontractor' on gmail of listed taars-maler.dk asks to be paid directly";
    }

    /**
     * New family: a bank change that anticipates the call-back check: the mail gives a "new" phone number (or promises a
     * call from the "bank") where the fraudster confirms the change.
     */
    private void verificationCallbacks() {
        M m = mail("fake-verification-callback", true);
        invoiceMail(m, el.posing("hirtshals-el.com", mule(0)), mule(0), 3, List.of("Ny bankforbindelse"),
            "\n\nVi har skiftet bank og telefonsystem. Vi ved, at I ringer og bekræfter kontoskift, så ring venligst på vores nye "
                + "nummer 71 99 42 18 - de gamle numre virker ikke længere.");
        ownedBy(m, "hirtshals-el.com");
        m.description = "look-alike of hirtshals-el.dk: new account, 'our old numbers are closed, verify on this new number'";
        m = mail("fake-verification-callback", true);
        headers(m, elnet.person(), "afregning@vendsyssel-elnet.net", "kreditor@hjorring.dk", "Ændring af betalingsmodtager - "
            + "bekræftelse")
            .text("Kære kunde\n\nVendsyssel Elnet samler sine betalinger i et nyt pengeinstitut. Fremtidige betalinger sker til "
                + mule(3) + ".\n\nAf hensyn til jeres kontrol vil vores bank, Nordkyst Erhvervsbank, ringe til jer i morgen formiddag "
                + "og bekræfte kontoen. I er også velkomne til at ringe til vores nye afregningslinje 71 99 42 50.\n\nVendsyssel "
                + "Elnet Afregning");
        ownedBy(m, "vendsyssel-elnet.net");
        m.description = "look-alike of vendsyssel-elnet.dk: new account, 'our bank will call you to confirm'";
        m = mail("fake-verification-callback", true);
        headers(m, anlaeg.person(), addr(anlaeg), "kreditor@hjorring.dk", "Nyt kontonr og nyt tlf nr")
            .text("Hej\n\nvi har fået ny bank og nyt telefonnummer. Nyt kontonr.: " + mule(13) + "\nRing gerne på 71 99 42 77 hvis I "
                + "vil have det bekræftet, det gamle nummer er opsagt.\n\nBirthe\nLøkken Anlæg & Have");
        forged(m, rogueHost++);
        m.description = "forged From loekken-anlaeg.dk (SPF softfail, no DMARC): new account and a new 'verification' number";
    }

    /** New family: no payment asked yet: the fraudster learns which invoices are open and who approves them. */
    private void reconnaissance() {
        M m = mail("open-items-reconnaissance", true);
        headers(m, "Sindal IT Regnskab", "regnskab@sindal-it.net", "kreditor@hjorring.dk", "Åbne poster hos jer?")
            .text("Hej\n\nVi er ved at rydde op i vores debitorer efter systemskifte. Kan I sende en liste over de fakturaer fra os, "
                + "der ligger ubetalt eller til godkendelse hos jer, med beløb og forfaldsdato? Og hvem hos jer godkender dem?\n\n"
                + "På forhånd tak\nSindal IT Regnskab");
        ownedBy(m, "sindal-it.net");
        m.description = "look-alike of sindal-it.dk asks which of its invoices are open and who approves them";
        m = mail("open-items-reconnaissance", true);
        headers(m, "Louise Sørensen", "louise.vendsysseltraelast@gmail.com", "kreditor@hjorring.dk", "Ny bogholder - kontaktoplysninger")
            .text("Hej\n\nJeg er ny bogholder hos Vendsyssel Trælast og skal opdatere vores kundekartotek. Må jeg få navn og mail på "
                + "jeres kontaktperson i kreditorbogholderiet og en oversigt over vores åbne fakturaer? Skriv gerne her, vores "
                + "firmamail er ikke sat op til mig endnu.\n\nLouise");
        genuine(m, "127.196.1.1");
        m.description = "'new bookkeeper' of listed vendsyssel-traelast.dk on gmail asks for contacts and open invoices";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legitimate();
        fraud();
        return heldOutOutput(payable);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus13().generate(), List.of(
            "# Hjørring Kommune, Økonomi og Personale: invoice checks (thirteenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; the regional invoicing services our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=hjoerring-vandselskab.dk vendsyssel-elnet.dk sindal-busser.dk vraa-toemrer.dk loekken-anlaeg.dk "
                + "taars-maler.dk vendsyssel-ugeavis.dk bindslev-vognmand.dk hjoerring-rengoering.dk tversted-kloak.dk "
                + "vendsyssel-traelast.dk hirtshals-el.dk vraa-koekken.dk hjoerring-kontor.dk sindal-it.dk hirtshals-vvs.dk",
            "invoice.domains.platforms=nordfaktura.dk fakturatoppen.dk vendsysselbogholderi.dk",
            "invoice.names.protected=Hjørring Kommune"));
    }
}
