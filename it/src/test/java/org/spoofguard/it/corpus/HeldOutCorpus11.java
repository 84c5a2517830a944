package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The eleventh held-out invoice corpus (issue 11 item 5): a twelfth test set in a world nobody tuned on. "Our" public
 * body is Slagelse Kommune ({@value #OWN}, p=reject, its creditor, e-invoice, finance, purchasing and payroll
 * mailboxes and departments) with fifteen listed suppliers from Slagelse, Korsør, Skælskør, Dalmose, Vemmelev and Sorø
 * in every DNS posture real Danish firms have, three invoicing platforms ({@code stripe.com}, {@code zoho.eu}, {@code
 * moneybird.nl}), banks, neighbouring municipalities invoicing and paying us, a West Zealand creditor network list,
 * forwarders (with and without SRS), free mail, foreign suppliers (Kiel, Twente) and SaaS, course providers, the
 * Storebælt bridge operator and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, changed bank details, CEO fraud, fake
 * Digital Post/MitID/NemHandel, fake inkasso, renewal and directory scams, compromised mailboxes, hijacked threads, QR
 * codes, archives, SVG/HTML attachments, image-only invoices, salary-account changes, fake claims from neighbouring
 * municipalities, landlords redirecting deposit payments, fake authority fines, fake insurance premiums), without
 * reading the invoice engine, its tests, tuning notes or any earlier result. Labels say what a mail is when it was
 * written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder,
 * collection letter for a real debt, leasing notice, intermunicipal invoice, course invoice, toll statement or SaaS
 * invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no
 * DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus11GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus11 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout11");
    public static final String OWN = "slagelse.dk";
    static final String FRAUD_NET = "127.151.";
    private static final String OWN_IP = "127.140.0.1";
    private static final String GLN = "5798008463917";
    private static final String ADDRESS = "Rådhuspladsen 11, 4200 Slagelse";

    private final Random rnd = new Random(11_0011_2027L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();
    private final Map<String, Amount> historyAmount = new TreeMap<>();
    private String lastSubject;
    private Amount lastAmount;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2027, 4, 5, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2027, 5, 3, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "9.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vand = new Supplier("Vestsjællands Vand A/S", "vestsj-vand.dk", "Vestsjællands Vand Erhvervskunder",
        "erhverv", "127.141.1.1", iban("DK", "53630001829934"), "vandafledning og drikkevand, kommunale ejendomme, 1. kvartal 2027");
    private final Supplier elnet = new Supplier("Korsør Elnet A/S", "korsoer-elnet.dk", "Korsør Elnet Afregning", "afregning",
        "127.141.2.1", iban("DK", "06950004461872"), "nettarif for vejbelysning og pumpestationer, marts");
    private final Supplier bus = new Supplier("Storebælt Busser ApS", "storebaelt-busser.dk", "Storebælt Busser Administration",
        "administration", "127.141.3.1", bank("0537", "0004917723"), "skolekørsel Korsør Nord og Halsskov, marts");
    private final Supplier toemrer = new Supplier("Skælskør Tømrer & Byg ApS", "skaelskoer-toemrer.dk", "Jesper Bisserup", "jesper",
        "127.141.4.1", bank("0537", "0002618840"), "nye indgangspartier, Skælskør Bibliotek");
    private final Supplier anlaeg = new Supplier("Vemmelev Anlæg ApS", "vemmelev-anlaeg.dk", "Lone Hald", "bogholderi",
        "127.141.5.1", bank("6070", "0001347762"), "græsslåning og hækklipning, Vemmelev og Hashøj, april");
    private final Supplier maler = new Supplier("Dalmose Malerforretning v/ Anders Friis", "dalmose-maler.dk", "Anders Friis",
        "anders", "127.141.6.1", bank("6070", "0004422019"), "malerarbejde i klasselokaler, Dalmose Skole");
    private final Supplier avis = new Supplier("Slagelse Lokalavis", "slagelse-avis.dk", "Lokalavisens Annoncesalg", "annoncer",
        "127.141.7.1", iban("DK", "20000008816205"), "jobannoncer og høringsannoncer, marts");
    private final Supplier vognmand = new Supplier("Korsør Vognmandsforretning I/S", "korsoer-vognmand.dk", "Bent Tårnborg", "bent",
        "127.141.8.1", bank("0537", "0007150368"), "kørsel med sand og stabilgrus, Korsør Lystbådehavn");
    private final Supplier rengoering = new Supplier("Sorø Rengøring ApS", "soroe-rengoering.dk", "Sorø Rengøring Fakturering",
        "faktura", "127.141.9.1", bank("6070", "0005538810"), "vinduespudsning og ugentlig rengøring, Sorøvej Dagtilbud");
    private final Supplier kloak = new Supplier("Vestsjællands Kloakservice A/S", "vestsj-kloak.dk", "Kloakservice Driftsplanlægning",
        "drift", "127.141.10.1", bank("0537", "0008824416"), "slamsugning og rensning af olieudskillere, Materielgården");
    private final Supplier byg = new Supplier("Slagelse Byggemarked A/S", "slagelse-byggemarked.dk", "Byggemarkedets Erhvervsafdeling",
        "erhverv", "127.141.11.1", iban("DK", "53630007731468"), "byggematerialer til Ejendomsservice, rammeaftale 2027");
    private final Supplier el = new Supplier("Skælskør El-Service ApS", "skaelskoer-el.dk", "Mikkel Agersø", "mikkel", "127.141.12.1",
        bank("6070", "0006649203"), "eftersyn af nødbelysning og brandalarmer, Skælskør Rådhus");
    private final Supplier koekken = new Supplier("Vestsjællands Storkøkken A/S", "vestsj-storkoekken.dk", "Storkøkkenets Kundeservice",
        "kundeservice", "127.141.13.1", bank("0537", "0009935571"), "fødevarer til madservice og plejecentre, uge 14-15");
    private final Supplier kontor = new Supplier("Korsør Kontorforsyning ApS", "korsoer-kontor.dk", "Korsør Kontor Ordrekontor", "ordre",
        "127.141.14.1", iban("DK", "06950002274415"), "kontorartikler, printerpapir og skolehæfter, rammeaftale, marts");
    private final Supplier it = new Supplier("Dalmose IT-Drift ApS", "dalmose-it.dk", "Dalmose IT Økonomi", "oekonomi",
        "127.141.15.1", bank("6070", "0007760142"), "drift af skolernes trådløse net og 25 nye switche");
    // unlisted small suppliers, one-person businesses
    private final Supplier vvs = new Supplier("Vemmelev VVS v/ Kasper Holm", "vemmelev-vvs.dk", "Kasper Holm", "kasper",
        "127.142.1.1", bank("0537", "0003329104"), "udskiftning af varmtvandsbeholder, Vemmelev Hallen");
    private final Supplier yoga = new Supplier("Nanna Stillinge Bevægelse", "gmail.com", "Nanna Stillinge", "nanna.stillinge.bevaegelse",
        "127.146.1.1", bank("6070", "0008851377"), "stolegymnastik for beboere, Plejecenter Lysholm, april");
    private final Supplier snedker = new Supplier("Boeslunde Snedkeri v/ Per Boeslunde", "boeslunde-snedker.dk", "Per Boeslunde",
        "per", "127.142.2.1", bank("0537", "0005512986"), "reoler og garderobebænke, Boeslunde Børnehus");
    private final Supplier tolk = new Supplier("Ahmad Karimi Tolkeservice", "outlook.com", "Ahmad Karimi", "a.karimi.tolk",
        "127.146.2.1", bank("6070", "0009962488"), "tolkning dari-dansk, Borgerservice og Jobcenter, 7 timer");
    private final Supplier skadedyr = new Supplier("Sorø Skadedyrsservice", "soroe-skadedyr.dk", "Claus Pedersborg", "claus",
        "127.142.3.1", bank("0537", "0006673057"), "musebekæmpelse, Antvorskov Skole og Kongehøj Børnehave");
    private final Supplier illustration = new Supplier("Sofie Hashøj Illustration", "icloud.com", "Sofie Hashøj",
        "sofie.hashoej.illustration", "127.146.5.1", bank("6070", "0001173590"), "illustrationer til kampagne om madspild");

    private final List<Supplier> listed = List.of(vand, elnet, bus, toemrer, anlaeg, maler, avis, vognmand, rengoering, kloak, byg,
        el, koekken, kontor, it);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"vestsj-vand-betaling.dk", "vestsjvand.com", "storebaelt-busser.com", "korsoer-elnet.com",
        "skaelskor-toemrer.dk", "slagelse-byggemarked.com", "slagelsebyggemarked.net", "slagelse-avis.com", "skaelskoer-el.com",
        "vestsj-kloak.com", "vestsj-storkokken.dk", "korsoer-vognmand.com", "soro-rengoering.dk", "vemmelev-anlag.dk",
        "dalmose-maler.com", "korsoer-kontor.com", idn("slagelse-av\u0456s.dk"), idn("slagels\u0435.dk"), "slagelse-kommune.com",
        "stripe-invoices.com", "zoho-billing.eu", "moneybird-facturen.com", "vestsj-inkasso.dk", "fordringsdrift-nord.com",
        "digitalpost-erhvervsbesked.com", "nemhandel-support-dk.net", "dk-domaene-administration.com", "eu-ordregiverregister.org",
        "soroe-kommune.dk", "kalundborg-kommune.net", "udlejning-vestsjaelland.dk", "datatilsynet-boede.dk", "arbejdstilsyn-afgift.com",
        "kommuneforsikring-dk.com", "praemie-opkraevning.com", "nordsea-consulting-group.com", "sikker-dokumentvisning.net",
        "qr-betaling-dk.com", "kundeservice-annullering.com", "dalmose-it.com", "fakturaweb-login.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestsj-vand.dk", List.of(vand.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("korsoer-elnet.dk", null, null, DkimAlgorithm.ED25519_SHA256, "reject"); // Ed25519 DKIM only
        domain("storebaelt-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("skaelskoer-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("vemmelev-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("dalmose-maler.dk", null, null, null, null); // nothing published
        domain("slagelse-avis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("korsoer-vognmand.dk", List.of("127.141.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("soroe-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, null); // RSA DKIM only
        domain("vestsj-kloak.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("slagelse-byggemarked.dk", List.of(byg.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("skaelskoer-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("vestsj-storkoekken.dk", List.of(koekken.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("korsoer-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("dalmose-it.dk", List.of(it.ip(), "127.141.15.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vemmelev-vvs.dk", List.of(vvs.ip()), "-all", null, null);
        domain("boeslunde-snedker.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("soroe-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("gothia.dk", List.of("127.142.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lampemesteren.dk", List.of("127.142.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("cok.dk", List.of("127.142.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("foerstehjaelp-vest.dk", List.of("127.142.9.1"), "~all", null, null);
        domain("sundogbaelt.dk", List.of("127.142.10.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // invoicing platforms
        domain("stripe.com", List.of("127.143.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("zoho.eu", List.of("127.143.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("moneybird.nl", List.of("127.143.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, public bodies, neighbours, relays, ESP
        domain("mcsv.net", List.of("127.144.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("vestleasing.dk", List.of("127.144.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kreditornet-sjaelland.dk", List.of("127.144.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sjaellandsbanken.dk", List.of("127.144.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestsj-sparekasse.dk", List.of("127.144.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("soroe.dk", List.of("127.144.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kalundborg.dk", List.of("127.144.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("holbaek.dk", List.of("127.144.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("kommunal-okonomi.dk", List.of("127.144.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("rsm.dk", List.of("127.144.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("zbc.dk", List.of("127.144.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("relay.korsoer-fiber.dk", List.of("127.147.1.1"), "-all", null, null);
        domain("srs.vestsj-net.dk", List.of("127.147.3.1"), "-all", null, null);
        // free mail, foreign SaaS and suppliers, shops
        domain("gmail.com", List.of("127.146.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.146.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.146.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of("127.146.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.146.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.146.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("padlet.com", List.of("127.145.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jotform.com", List.of("127.145.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kieler-spielgeraete.de", List.of("127.145.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("sportvloer-twente.nl", List.of("127.145.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("rema1000.dk", List.of("127.145.4.1"), "~all", null, "none");
        domain("bog-ide.dk", List.of("127.145.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("xl-byg-korsoer.dk", List.of("127.145.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "10." + (i + 1)), i % 3 == 2 ? "~all" : "-all",
                i % 4 == 2 ? null : i % 4 == 0 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                switch (i % 5) {
                    case 1 -> "reject";
                    case 3 -> "none";
                    case 4 -> "quarantine";
                    default -> null;
                });
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 38_000 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (300_000 + rnd.nextInt(600_000));
    }

    /** Each supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        return switch (Math.floorMod(sha256("nr11:" + s.domain()).hashCode(), 5)) {
            case 0 -> "1" + (70_000 + rnd.nextInt(9_000));
            case 1 -> "FA" + (2_100 + rnd.nextInt(7_000));
            case 2 -> "27/" + (100 + rnd.nextInt(800));
            case 3 -> String.valueOf(5_400_000 + rnd.nextInt(90_000));
            default -> "F27-" + String.format("%05d", 40 + rnd.nextInt(9_000));
        };
    }

    private static final String[] TO = {"kreditor@slagelse.dk", "faktura@slagelse.dk", "oekonomi@slagelse.dk", "kreditor@slagelse.dk",
        "ejendomsservice@slagelse.dk", "boern-unge@slagelse.dk", "sundhed-aeldre@slagelse.dk", "kultur-fritid@slagelse.dk",
        "indkoeb@slagelse.dk", "faktura@slagelse.dk", "vej-park@slagelse.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf11:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr11:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("kort11:" + domain).hashCode(), 5_999_999));
    }

    /**
     * Three layouts of this corpus: a "FAKTURA" head with customer number, quantity line and payment terms; an
     * accounting package's print with an indbetalingskort line "+71<...>" (only with the supplier's own account); and
     * a craftsman's specified bill with hours, materials and driving.
     */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        int custNo = 10_000 + Math.floorMod(sha256("kunde11:" + s.domain()).hashCode(), 89_999);
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = kind.toUpperCase(DA);
                l.add(s.name() + ", CVR " + cvr(s.domain()));
                l.add(kind + "nr.: " + no + "   Kundenr.: " + custNo + "   " + kind + "sdato: " + dashedDay(m, 0));
                l.add("Faktureres til: Slagelse Kommune, " + ADDRESS + ", EAN " + GLN);
                l.add("1 stk.  " + s.what() + "  " + a.net());
                l.add("Total ekskl. moms " + a.net() + "   Moms 25% " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(extra);
                l.add("Betalingsbetingelser: netto 30 dage, forfald " + dashedDay(m, 30));
                l.add("Bankoverførsel til " + account);
            }
            case 1 -> {
                title = s.name() + " - " + kind;
                l.add("Nummer " + no + " / dato " + writtenDay(m, 0) + " / kunde " + custNo);
                l.add("Slagelse Kommune, EAN-nr. " + GLN);
                l.add("Ydelse: " + s.what());
                l.add("Beløb før moms " + a.net() + ", moms " + a.vat() + ", at betale " + a.gross() + " kr.");
                l.addAll(extra);
                l.add("Forfaldsdato " + writtenDay(m, 21) + ". Konto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("[^0-9]", "");
                    l.add("Indbetalingskort: +71<" + String.format("%015d", Long.parseLong(digits.isEmpty() ? "0" : digits)) + " +"
                        + creditorNo(s.domain()) + "<");
                }
                l.add("SE/CVR " + cvr(s.domain()));
            }
            default -> {
                title = "Specificeret regning";
                l.add(s.name() + " - regning " + no + " af " + dashedDay(m, 0));
                l.add("Til: Slagelse Kommune, Kreditorbogholderiet");
                l.add("Arbejdet: " + s.what());
                l.add("Timer og materialer " + a.net() + " + moms " + a.vat() + " = kr. " + a.gross());
                l.add("Kørsel inkluderet");
                l.addAll(extra);
                l.add("Venligst indbetal inden 14 dage til " + account + ", mrk. " + no);
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        String n = no.replace('/', '-');
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "faktura_" + n + ".pdf";
            case 1 -> "Faktura nr " + n + ".pdf";
            case 2 -> "FAK" + n.replaceAll("[^0-9]", "") + ".pdf";
            case 3 -> "Slagelse_Kommune_" + n + ".pdf";
            case 4 -> "bilag-" + n.toLowerCase(DA) + ".pdf";
            default -> "Invoice_" + n + ".pdf";
        };
    }

    private static final String[] GREET = {"Hej", "Goddag Kreditorbogholderiet", "Til Slagelse Kommune", "Kære Økonomiafdeling",
        "Hej med jer", "Att. kreditorer"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(sha256("sig11:" + s.domain()).hashCode(), 3)) {
            case 0 -> "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nCVR-nr. " + cvr(s.domain());
            case 1 -> "\n\nHilsen\n" + s.person() + " - " + s.name() + "\nTelefon 5" + (3 + rnd.nextInt(6)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            default -> "\n\n--\n" + s.name() + " | www." + s.domain() + "\nHenvendelser om betaling: " + addr(s);
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 12_000_000 : 800_000);
        String[] subjects = {"Faktura nr. " + n, "Ny faktura fra " + s.name(), "Slagelse Kommune: faktura " + n,
            "Faktura - " + s.what(), n + " - faktura (EAN " + GLN + ")", "Deres faktura " + n, "Fakturering " + n,
            "Faktura " + n + " vedhæftet"};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Vedhæftet finder I faktura nr. " + n + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed fremsendes vores faktura på i alt " + a.gross() + " kr. inkl. moms med forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet er færdigmeldt til jeres driftsleder, og vi sender hermed regningen for opgaven.";
            case 3 -> "Tak for ordren. Fakturaen ligger som PDF i denne mail; den er også sendt til jeres EAN-nummer.";
            case 4 -> "I modtager hermed faktura for perioden. Husk venligst at skrive fakturanummeret på betalingen.";
            default -> "Faktura: " + n + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30);
        } + bodyExtra + sig(s);
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        lastAmount = a;
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\"><div>"
                + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            String n = invoice(m, s, s.account(), v++, List.of(), "");
            historyNo.put(s.domain(), n);
            historyAmount.put(s.domain(), lastAmount);
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            threadSubject.put(s.domain(), lastSubject);
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        for (Supplier s : List.of(byg, vognmand, kloak, avis, maler, toemrer, vand, koekken, anlaeg, it, kontor, el)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 1, List.of(v % 2 == 0 ? "Rekvisition " + (6_100_000 + v * 17) : "Kontaktperson: "
                + to()), v % 3 == 1 ? "\n\nArbejdssedler med kundens underskrift er vedlagt." : "");
            if (v % 3 == 1) {
                m.mime.attach("application/pdf", "arbejdssedler.pdf", Attachments.pdf(docId(m, "arb"), "Arbejdssedler",
                    List.of("Opgave: " + s.what(), "Svendetimer: " + (4 + v % 9), "Lærlingetimer: " + (v % 4), "Kvitteret af driftsleder")));
            } else if (v % 3 == 2) {
                m.mime.attach("image/jpeg", "efter_" + (3100 + v) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(elnet, koekken, bus, rengoering, vand)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 7 + 3, List.of("Periode: april 2027"), "\n\nFakturaen omfatter hele april.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        courses();
        toll();
        platforms();
        xml();
        newAccount();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        foreign();
        remittances();
        receipts();
        other();
    }

    private void creditNotes() {
        Object[][] x = {{byg, "Kreditering af faktura ", "Der blev faktureret 40 m² terrassebrædder, men kun 32 m² blev leveret "
            + "til Ejendomsservice. Differencen krediteres hermed."},
            {koekken, "Kreditnota vedr. faktura ", "Plejecenter Lysholm modtog en forkert leverance af diætkost, som blev returneret "
                + "samme dag."},
            {kloak, "Kreditnota: for meget faktureret på ", "Slamsugeren var kun ude én gang i uge 13, ikke to. Vi beklager fejlen."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("K");
            Amount a = amount(380_000);
            headers(m, s.person(), addr(s), "kreditor@slagelse.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v + 2] + "\n\n" + e[2] + " Kreditnotaen (nr. " + n + ", " + a.gross() + " kr.) er vedhæftet og kan "
                    + "fratrækkes i næste betaling." + sig(s))
                .attach("application/pdf", "kreditnota_" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v + 2, List.of("Vedr. faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(byg, kontor)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@slagelse.dk", "Saldooversigt " + dashedDay(m, 0))
                .text("Hej\n\nTil afstemning sender vi en saldooversigt. Vi har modtaget betaling for faktura " + historyNo.get(s.domain())
                    + ", og jeres saldo hos os er 0,00 kr. Kontakt os, hvis I har poster, vi ikke har." + sig(s))
                .attach("application/pdf", "saldo_slagelse_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Saldooversigt",
                    List.of("Slagelse Kommune", "Faktura " + historyNo.get(s.domain()) + " udlignet", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing outstanding";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, bus.person(), addr(bus), "kreditor@slagelse.dk", "Betaling modtaget - tak")
            .text("Goddag\n\nBare en kvittering: jeres indbetaling på faktura " + historyNo.get(bus.domain()) + " er modtaget og "
                + "bogført.\n\nStorebælt Busser, administrationen");
        genuine(m, bus.ip());
        m.description = "storebaelt-busser.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{koekken, "Rykker", "Vores system viser, at fakturaen nedenfor er overskredet. Har I allerede betalt, kan "
            + "I se bort fra denne påmindelse."},
            {maler, "Manglende betaling", "Hej. Jeg mangler stadig betaling for malerarbejdet på Dalmose Skole. Kan I tjekke, om "
                + "regningen er blevet godkendt? Venlig hilsen Anders"},
            {anlaeg, "Venlig påmindelse", "Fakturaen for græsslåning er forfalden. Der er ikke pålagt rykkergebyr."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = historyAmount.get(s.domain());
            headers(m, s.person(), addr(s), "kreditor@slagelse.dk", x[1] + " - faktura " + n)
                .text(GREET[(v + 4) % 6] + "\n\n" + x[2] + "\n\nFaktura " + n + " på " + a.gross() + " kr. betales til " + s.account()
                    + "." + sig(s))
                .attach("application/pdf", "paamindelse_" + n.replace('/', '-') + ".pdf", pdf(m, s, "Rykker", n, a, s.account(), v,
                    List.of("Oprindelig faktura " + n)));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = "41-" + (5_000_000 + rnd.nextInt(999_999));
        String acct = bank("3001", "0004470913");
        headers(m, "Gothia Inkasso", "sagsbehandling@gothia.dk", "kreditor@slagelse.dk", "Vores sag " + n + " - Sorø Skadedyrsservice")
            .text("Til Slagelse Kommune\n\nVi er af Sorø Skadedyrsservice bedt om at opkræve faktura 1187 af 2. marts 2027 "
                + "(musebekæmpelse, Antvorskov Skole, 3.937,50 kr.), som ikke er betalt.\n\nEr fakturaen betalt eller uberettiget, "
                + "beder vi jer svare med vores sagsnummer. Ellers kan beløbet med gebyr på 100 kr. indbetales på " + acct + ".\n\n"
                + "Du kan ringe til os på 70 21 70 20 mandag-fredag.\n\nGothia Inkasso A/S")
            .attach("application/pdf", "Gothia_" + n + ".pdf", Attachments.pdf(docId(m, "intr"), "Opkrævning sag " + n,
                List.of("Kreditor: Sorø Skadedyrsservice", "Faktura 1187: 3.937,50", "Gebyr 100,00", "Konto " + acct)));
        genuine(m, "127.142.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    /** New legitimate family: a neighbouring municipality invoices us (mellemkommunal refusion) from its own domain. */
    private void intermunicipal() {
        M m = mail("intermunicipal-invoice", false);
        invoiceLike.add(m.id);
        String n = "MK-" + (27_000 + rnd.nextInt(900));
        headers(m, "Sorø Kommune, Økonomi", "mellemkommunal@soroe.dk", "oekonomi@slagelse.dk", "Mellemkommunal refusion " + n
            + " - 1. kvartal 2027")
            .text("Til Slagelse Kommune\n\nI henhold til retssikkerhedslovens § 9 c opkræver vi refusion for en borger med "
                + "handlekommune Slagelse, som har ophold på Plejecentret Frederiksberg i Sorø. Opgørelsen for 1. kvartal er "
                + "vedlagt.\n\nBeløbet 86.412,00 kr. afregnes via EAN-faktura, som sendes samtidig; denne mail er til orientering "
                + "for jeres sagsbehandler.\n\nVenlig hilsen\nSorø Kommune, Økonomi")
            .attach("application/pdf", "Refusionsopgoerelse_" + n + ".pdf", Attachments.pdf(docId(m, "mk"), "Refusionsopgørelse " + n,
                List.of("Sorø Kommune, EAN 5798007861215", "Betaler: Slagelse Kommune, EAN " + GLN, "Ophold 1. kvartal 2027, 90 døgn",
                    "I alt 86.412,00 (momsfrit)", "Afregning via EAN")));
        genuine(m, "127.144.6.1");
        m.description = "neighbouring municipality's intermunicipal reimbursement claim, via EAN, DMARC pass";
        m = mail("intermunicipal-invoice", false);
        invoiceLike.add(m.id);
        n = String.valueOf(880_000 + rnd.nextInt(90_000));
        String acct = bank("0400", "4010224466");
        headers(m, "Kalundborg Kommune Debitor", "debitor@kalundborg.dk", "kreditor@slagelse.dk", "Faktura " + n + " - skolegang "
            + "for elev fra Slagelse")
            .text("Hej\n\nVedhæftet faktura for en elev med bopæl i Slagelse, der går i specialklasse på Raklev Skole, "
                + "januar-marts 2027. Betaling til Kalundborg Kommunes konto " + acct + " eller via EAN, som I plejer.\n\n"
                + "Venlig hilsen\nDebitorbogholderiet, Kalundborg Kommune")
            .attach("application/pdf", "Faktura_" + n + ".pdf", Attachments.pdf(docId(m, "kal"), "Faktura " + n,
                List.of("Kalundborg Kommune", "Kunde: Slagelse Kommune", "Specialundervisning 1 elev, jan.-mar. 2027", "42.750,00 momsfrit",
                    "Konto " + acct)));
        genuine(m, "127.144.7.1");
        m.description = "neighbouring municipality invoices special-school costs, its own account, DMARC pass";
    }

    /** New legitimate family: invoices for staff courses (a known provider, and a small first-aid firm's first invoice). */
    private void courses() {
        M m = mail("course-fee-invoice", false);
        invoiceLike.add(m.id);
        String n = "C" + (2_270_000 + rnd.nextInt(9_000));
        headers(m, "COK Kursusadministration", "kursus@cok.dk", "kreditor@slagelse.dk", "Faktura " + n + ": Kreditorbogholderi i "
            + "praksis")
            .text("Kære Slagelse Kommune\n\nTak for tilmeldingen af tre medarbejdere til kurset 'Kreditorbogholderi i praksis' "
                + "den " + writtenDay(m, 20) + ". Fakturaen er sendt til jeres EAN " + GLN + " og vedlægges her som kopi.\n\n"
                + "Med venlig hilsen\nCOK, Kursusadministrationen")
            .attach("application/pdf", "COK_" + n + ".pdf", Attachments.pdf(docId(m, "cok"), "Faktura " + n,
                List.of("Center for Offentlig Kompetenceudvikling", "3 deltagere, Kreditorbogholderi i praksis", "3 x 4.950,00 momsfrit",
                    "Afregnes via EAN " + GLN)));
        genuine(m, "127.142.8.1");
        m.description = "course provider's invoice for three staff, copy of the EAN invoice, DMARC pass";
        m = mail("course-fee-invoice", false);
        invoiceLike.add(m.id);
        n = String.valueOf(100 + rnd.nextInt(300));
        String acct = bank("0537", "0002287751");
        headers(m, "Førstehjælp Vest", "booking@foerstehjaelp-vest.dk", "boern-unge@slagelse.dk", "Regning for førstehjælpskursus "
            + "i Vemmelev Børnehus")
            .text("Hej\n\nTak for en god dag med personalet i Vemmelev Børnehus. Det er første gang, vi underviser for kommunen, så "
                + "her er regningen nr. " + n + ": 12 deltagere, børneførstehjælp, 7.800 kr. + moms = 9.750 kr.\n\nBetaling til "
                + acct + ". Sig til, hvis I hellere vil have den som EAN-faktura.\n\nMvh\nMaja, Førstehjælp Vest");
        genuine(m, "127.142.9.1");
        m.description = "small first-aid trainer's first invoice in the body, SPF-only domain without DMARC (aligned SPF)";
    }

    /** Real toll statement for the municipality's vehicles crossing the Great Belt. */
    private void toll() {
        M m = mail("vehicle-usage-statement", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(73_000_000 + rnd.nextInt(900_000));
        headers(m, "Sund & Bælt Erhvervskunder", "erhverv@sundogbaelt.dk", "vej-park@slagelse.dk", "Månedsopgørelse april 2027")
            .html("<html><body style=\"font-family:Arial\"><p>Kære kunde</p><p>Vedhæftet er opgørelsen over Storebæltsbroens passager "
                + "for jeres 14 erhvervsaftaler i april. Beløbet 9.862,50 kr. opkræves via Betalingsservice den 12. maj.</p>"
                + "<p>Opgørelse nr. " + n + "</p><p>Med venlig hilsen<br>Sund &amp; Bælt</p></body></html>")
            .attach("application/pdf", "Maanedsopgoerelse_" + n + ".pdf", Attachments.pdf(docId(m, "sb"), "Månedsopgørelse " + n,
                List.of("Slagelse Kommune", "14 aftaler, 41 passager Storebælt", "I alt 9.862,50 inkl. moms", "Betalingsservice 12.05.2027")));
        genuine(m, "127.142.10.1");
        m.description = "bridge operator's monthly statement for our vehicles, direct debit, DMARC pass";
    }

    private void platforms() {
        Object[][] p = {{"stripe.com", "invoice+statements@", "Stripe", it}, {"stripe.com", "invoice+statements@", "Stripe", illustration},
            {"zoho.eu", "invoice@", "Zoho Invoice", rengoering}, {"zoho.eu", "invoice@", "Zoho Invoice", snedker},
            {"moneybird.nl", "facturen@", "Moneybird", toemrer}, {"moneybird.nl", "facturen@", "Moneybird", vvs},
            {"stripe.com", "invoice+statements@", "Stripe", yoga}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("INV-");
            Amount a = amount(1_800_000);
            headers(m, s.name(), x[1] + d, "faktura@slagelse.dk", "Ny faktura " + n + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"background:#f6f9fc;font-family:Helvetica,Arial,sans-serif\"><div style=\"max-width:480px;"
                    + "margin:24px auto;background:#fff;padding:24px;border-radius:6px\"><p style=\"color:#8898aa;font-size:12px\">"
                    + s.name() + "</p><p style=\"font-size:22px\">" + a.gross() + " kr.</p><p>Forfalder " + writtenDay(m, 14 + v) + "</p>"
                    + "<p>Faktura " + n + " til Slagelse Kommune er vedhæftet. Har du spørgsmål, kan du svare på denne e-mail eller "
                    + "kontakte " + s.person() + ".</p><p style=\"font-size:11px;color:#8898aa\">" + x[2] + " sender denne faktura på "
                    + "vegne af " + s.name() + ".</p></div></body></html>")
                .attach("application/pdf", "Faktura-" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice sent by platform " + d + ", usual account";
            v++;
        }
    }

    private String ubl(String no, Supplier s, Amount a, String account, boolean iban, String issue, String due) {
        return Ubl.oioubl(no, s.name(), cvr(s.domain()), s.what(), "Slagelse Kommune", GLN, a.ore(), account, iban, issue, due,
            "Procurement-BilSim-1.0", null);
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(byg, vand, it)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("EH");
            Amount a = amount(2_500_000);
            headers(m, s.name(), addr(s), "faktura@slagelse.dk", "OIOUBL-faktura " + n + " (manuel fremsendelse)")
                .text("Hej\n\nVores e-fakturaer til EAN " + GLN + " bliver afvist af jeres modtagerservice med en certifikatfejl. "
                    + "Efter aftale med jeres kreditorbogholderi sender vi XML-filen direkte, med en PDF til orientering.\n\n" + s.name())
                .attach("application/xml", "OIOUBL_" + n + ".xml", ubl(n, s, a, plain(s.account()), s.account().startsWith("IBAN"),
                    isoDay(m, 0), isoDay(m, 30)).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 1, List.of("Se XML-fil")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with PDF copy, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "06950009912847");
        headers(m, el.person(), addr(el), "kreditor@slagelse.dk", "Varsel: ny bank fra 1. august")
            .text("Hej\n\nVi skifter pengeinstitut. Fakturaer, vi udsteder fra 1. august 2027, skal betales til " + n + ". "
                + "Alt, hvad der er faktureret før, betales som hidtil.\n\nVi ved, at I får mange falske mails om nye konti, så "
                + "ret ikke noget alene på grundlag af denne mail: ring til Mikkel på det nummer, I har i jeres leverandøraftale, "
                + "så bekræfter vi det. Et underskrevet brev er vedhæftet." + sig(el))
            .attach("application/pdf", "bankskifte.pdf", Attachments.pdf(docId(m, "bank"), "Meddelelse om bankskifte",
                List.of("Skælskør El-Service ApS, CVR " + cvr("skaelskoer-el.dk"), "Fra 01.08.2027: " + n, "Mikkel Agersø, indehaver")));
        genuine(m, el.ip());
        m.description = "listed supplier genuinely announces a bank change from August, own server (SPF only, no DMARC), asks for a phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(vvs, yoga, snedker, tolk, skadedyr, illustration)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 4, List.of("Rekvirent: " + (v % 2 == 0 ? "afdelingsleder" : "sagsbehandler")),
                v == 1 || v == 3 ? "\n\nDet er første gang, jeg fakturerer kommunen. Giv gerne besked, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"kommunal-okonomi.dk", "Kommunal Økonomi", "redaktion@", "Sådan sikrer kommunerne kreditorstamdata",
            "Tre kommuner fortæller, hvordan de har indført dobbeltgodkendelse af nye kontonumre og stikprøver på betalinger."},
            {"rsm.dk", "RSM Danmark", "nyheder@", "Nyt fra RSM: moms på kommunale udlejninger",
                "Skattestyrelsen har præciseret reglerne for moms ved kortvarig udlejning af haller og lokaler."},
            {"sjaellandsbanken.dk", "Sjællandsbanken Erhverv", "erhverv@", "Erhvervsbrev maj",
                "Nye gebyrer for udlandsoverførsler og en påmindelse: vi beder dig aldrig logge ind via et link i en mail."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounce-mc." + sha256("nl11:" + x[0]).substring(0, 12) + "@mcsv.net";
            headers(m, x[1], x[2] + x[0], "oekonomi@slagelse.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/nyhedsbrev/afmeld>")
                .html("<html><body><div style=\"max-width:600px;font-family:Helvetica\"><h2>" + x[3] + "</h2><p>" + x[4] + "</p><p><a "
                    + "href=\"https://" + x[0] + "/nyheder\">Læs hele artiklen</a></p><hr><p style=\"font-size:10px;color:#666\">Du "
                    + "modtager nyhedsbrevet som abonnent. Afmeld nederst i mailen.</p></div></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mcsv.net");
            m.ip = "127.144.1.1";
            m.helo = "mail12.mcsv.net";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditornet] ");
        s = s.replaceFirst("\r\n$", "\r\n-- \r\nKreditornet Sjælland: erfa-liste for kommunale kreditorbogholdere\r\n"
            + "Administrer abonnement: https://kreditornet-sjaelland.dk/liste\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"soroe.dk", "Pia Pedersborg", "pipe@", "Falsk krav 'fra en nabokommune'",
            "Hej alle\n\nVi har fået en mail fra et domæne, der ligner en nabokommunes, med et krav om mellemkommunal refusion og et "
                + "nyt kontonummer. Den rigtige kommune kendte intet til det. Tjek afsenderen!\n\nPia, Sorø"},
            {"kalundborg.dk", "Henrik Gørlev", "hgoe@", "SV: Falsk krav 'fra en nabokommune'",
                "Tak Pia. Vi afregner kun mellemkommunale krav via EAN og ringer til den anden kommune ved tvivl.\n\nHenrik"},
            {"holbaek.dk", "Marianne Tuse", "matu@", "Udlejere der skifter konto til depositum",
                "Hej\n\nHar andre set mails fra 'udlejere', der beder om at få depositumslån udbetalt til en ny konto? Vi "
                    + "kræver nu skriftlig bekræftelse fra lejer og udlejer.\n\nMarianne"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditornet@kreditornet-sjaelland.dk", x[3])
                .header("List-Id", "Kreditornet Sjaelland <kreditornet.kreditornet-sjaelland.dk>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.144.3.1";
            m.helo = "lists.kreditornet-sjaelland.dk";
            m.afterSigning = HeldOutCorpus11::listFooter;
            m.listSigner = "kreditornet-sjaelland.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + "); footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, byg, byg.account(), 17, List.of(), "");
        m.mailFrom = "SRS0=p3Zx=VK=slagelse-byggemarked.dk=erhverv@srs.vestsj-net.dk";
        m.signers.add("slagelse-byggemarked.dk");
        m.ip = "127.147.3.1";
        m.helo = "srs.vestsj-net.dk";
        m.description = "slagelse-byggemarked.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(avis, anlaeg)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 26, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.147.1.1";
            m.helo = "relay.korsoer-fiber.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = invoiceNo(toemrer);
        Amount a = amount(1_000_000);
        headers(m, "Rikke Stigsnæs", "rstig@" + OWN, "kreditor@slagelse.dk", "VS: Faktura " + n + " Skælskør Bibliotek")
            .text("Til kreditorbogholderiet\n\nFakturaen er sendt direkte til mig. Arbejdet er udført og godkendt, kontering "
                + "5210-118.\n\nRikke Stigsnæs\nKultur og Fritid\n\n-----Oprindelig meddelelse-----\nFra: " + toemrer.person() + " <"
                + addr(toemrer) + ">\nSendt: " + writtenDay(m, -2) + "\nTil: Rikke Stigsnæs\nEmne: Faktura " + n + "\n\nHej Rikke, "
                + "hermed regningen for indgangspartierne.")
            .attach("application/pdf", "faktura_" + n.replace('/', '-') + ".pdf", pdf(m, toemrer, "Faktura", n, a, toemrer.account(), 2,
                List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Louise Hashøj", "loha@", "Ny procedure for leverandørstamdata", "Hej alle\n\nFremover må ingen "
            + "kontonumre på leverandører ændres, før ændringen er bekræftet telefonisk på et nummer fra vores egne systemer og "
            + "godkendt af en anden medarbejder.\n\nLouise\nØkonomi og Analyse"},
            {"Torben Flakkebjerg", "tofl@", "Faktura fra Storebælt Busser for marts?", "Hej\n\nEr skolekørslen for marts betalt? "
                + "Vi skal bruge det til budgetopfølgningen.\n\nTorben\nBørn og Unge"},
            {"IT-drift", "itdrift@", "Servicevindue i økonomisystemet", "Økonomisystemet er utilgængeligt tirsdag kl. 17-21. "
                + "E-fakturaer modtaget i tidsrummet behandles onsdag."},
            {"Camilla Sørbymagle", "caso@", "Udlæg - parkering ved kursus", "Hej\n\nVedlagt kvittering for parkering ved "
                + "kursus i Roskilde. Bedes udbetalt med lønnen.\n\nCamilla"}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@slagelse.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering.jpg", Attachments.image(docId(m, "kvit"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Nikolaj Kirkerup", "nikk@" + OWN, "kreditor@slagelse.dk", "Mail om bøde fra 'Datatilsynet'")
            .text("Hej\n\nVi har i Borgerservice fået en mail om en bøde fra 'Datatilsynet' med betaling til en konto. Datatilsynet "
                + "udsteder ikke bøder på den måde. Mailen er sendt til IT-sikkerhed. Betal ikke, hvis I får den.\n\nNikolaj");
        genuine(m, OWN_IP);
        m.description = "internal warning about a fake authority fine (nothing to pay)";
        m = mail("internal", false);
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "ledere@slagelse.dk", "Påmindelse: godkend fakturaer før den 25.")
            .text("Kære ledere\n\nHusk at godkende fakturaer i jeres indbakke i økonomisystemet senest den 25., så vi kan nå at "
                + "betale rettidigt.\n\nVenlig hilsen\nKreditorbogholderiet");
        genuine(m, OWN_IP);
        m.description = "internal circular about the approval deadline";
        m = mail("bank-notice", false);
        headers(m, "Sjællandsbanken Erhverv", "erhverv@sjaellandsbanken.dk", "oekonomi@slagelse.dk", "Ny meddelelse i Netbank Erhverv")
            .text("Kære Slagelse Kommune\n\nDer er en ny meddelelse til jer i Netbank Erhverv. Log ind, som I plejer. Vi sender "
                + "aldrig links til login eller beder om koder i mails.\n\nSjællandsbanken");
        genuine(m, "127.144.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Vestsjællands Sparekasse", "noreply@vestsj-sparekasse.dk", "oekonomi@slagelse.dk", "Nye priser på betalingsformidling")
            .text("Fra 1. juli ændres priserne på betalingsformidling for erhvervskunder. Prislisten findes i netbanken. Mailen kan "
                + "ikke besvares.");
        genuine(m, "127.144.5.1");
        m.description = "bank notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"padlet.com", "Padlet", "billing@", "Padlet receipt ", "Thank you! Your Padlet for Schools plan "
            + "has been renewed for another year and your card has been charged.", "EUR 1,140.00"},
            {"jotform.com", "Jotform", "billing@", "Your Jotform invoice ", "Your Business plan renewed today. The payment was "
                + "taken from the card on file; no action is required.", "EUR 948.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(70_000_000 + rnd.nextInt(9_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@slagelse.dk", x[3] + n)
                .text(x[4] + "\n\nInvoice number: " + n + "\nTotal: " + x[5] + "\n\nThe " + x[1] + " team")
                .attach("application/pdf", "Invoice-" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " invoice " + n,
                    List.of("Billed to: Slagelse Kommune, " + ADDRESS + ", Denmark", "Reverse charge", "Total " + x[5],
                        "Paid with Visa ending 7731")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = "KS-" + (4_100 + rnd.nextInt(800));
        String acct = iban("DE", "210501700003356718");
        headers(m, "Kieler Spielgeräte GmbH", "buchhaltung@kieler-spielgeraete.de", "vej-park@slagelse.dk", "Rechnung " + n
            + " / Faktura")
            .text("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung für die Ersatzteile des Kletterturms am Korsør Strandpark. "
                + "Zahlbar innerhalb 30 Tagen auf " + acct + " (BIC NOLADE21KIE).\n\nVedlagt faktura for reservedele til "
                + "klatretårnet. Betaling netto 30 dage.\n\nMit freundlichen Grüßen\nKieler Spielgeräte, Buchhaltung")
            .attach("application/pdf", "Rechnung_" + n + ".pdf", Attachments.pdf(docId(m, "kiel"), "Rechnung " + n, List.of(
                "Kieler Spielgeräte GmbH, Kiel", "Kunde: Slagelse Kommune, EAN " + GLN, "Ersatzteile Kletterturm, 1 Satz",
                "Summe EUR 3.264,00 (Reverse Charge)", "Bank: " + acct)));
        genuine(m, "127.145.3.1");
        m.description = "German playground-parts supplier from Kiel, its own DE IBAN, DMARC pass";
        m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        n = "2027-" + (3_000 + rnd.nextInt(900));
        acct = iban("NL", "RABO0347812290");
        headers(m, "Sportvloer Twente B.V.", "administratie@sportvloer-twente.nl", "kultur-fritid@slagelse.dk", "Factuur / Invoice " + n)
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for resurfacing the floor of Slagelse Hallen. Payment "
                + "within 30 days to " + acct + ".\n\nMet vriendelijke groet,\nSportvloer Twente, administratie")
            .attach("application/pdf", "Factuur_" + n + ".pdf", Attachments.pdf(docId(m, "nl"), "Factuur " + n, List.of(
                "Sportvloer Twente B.V., Enschede", "Klant: Slagelse Kommune", "Renovatie sportvloer Slagelse Hallen",
                "Totaal EUR 18.920,00 (BTW verlegd)", "IBAN: " + acct)));
        genuine(m, "127.145.7.1");
        m.description = "Dutch sports-floor contractor, NL IBAN in its own name, p=none but aligned DMARC pass";
        m = mail("leasing-instalment-notice", false);
        invoiceLike.add(m.id);
        headers(m, "Vest Leasing", "opkraevning@vestleasing.dk", "oekonomi@slagelse.dk", "Opkrævning af leasingydelse, kontrakt 7719-03")
            .text("Slagelse Kommune\n\nHermed opkrævning af ydelsen for 3. kvartal 2027 på kontrakt 7719-03 (6 elbiler til "
                + "hjemmeplejen). Beløbet trækkes via Betalingsservice den 1. juli.\n\nVest Leasing")
            .attach("application/pdf", "opkraevning_7719-03.pdf", Attachments.pdf(docId(m, "lea"), "Opkrævning",
                List.of("Kontrakt 7719-03, 6 køretøjer", "Kvartalsydelse 54.600,00 inkl. moms", "Betalingsservice 01.07.2027")));
        genuine(m, "127.144.2.1");
        m.description = "leasing instalment notice, direct debit, DMARC pass";
    }

    private void remittances() {
        M m = mail("remittance-advice", false);
        headers(m, "Holbæk Kommune Kreditorer", "betaling@holbaek.dk", "oekonomi@slagelse.dk", "Betalingsadvis")
            .text("Til Slagelse Kommune\n\nVi har i dag betalt 61.280,00 kr. til jeres NemKonto for faktura 9004411 "
                + "(mellemkommunal refusion, 1. kvartal).\n\nMed venlig hilsen\nHolbæk Kommune");
        genuine(m, "127.144.8.1");
        m.description = "remittance advice: a municipality paid our invoice (nothing to pay)";
        m = mail("remittance-advice", false);
        headers(m, "ZBC Økonomi", "oekonomi@zbc.dk", "oekonomi@slagelse.dk", "Indbetaling for lokaleleje")
            .text("Hej\n\nVi har betalt jeres fakturaer for leje af Antvorskov Hallen. Se specifikation i den vedhæftede fil.\n\n"
                + "Venlig hilsen\nZBC, Økonomi")
            .attach("text/csv", "zbc_betalinger.csv", ("faktura;maaned;beloeb\r\n9004518;marts 2027;14500,00\r\n"
                + "9004519;april 2027;14500,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.144.11.1");
        m.description = "remittance advice from a college paying our rent invoices, CSV, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"xl-byg-korsoer.dk", "XL-BYG Korsør", "kvittering@", "Kvittering - XL-BYG Korsør", "Maling, pensler og "
            + "afdækningsplast, 2.145,00 kr. Betalt med indkøbskort."},
            {"rema1000.dk", "REMA 1000", "kvittering@", "Din kvittering fra REMA 1000", "Kaffe, mælk og frugt til møde, 312,75 kr., "
                + "betalt med kort."},
            {"bog-ide.dk", "BOG & IDÉ", "ordre@", "Ordrebekræftelse og kvittering 88120443", "12 romaner til læsekredsen på "
                + "Slagelse Bibliotek, 2.388,00 kr. Betalt online."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@slagelse.dk", (String) x[3]).text(x[4] + "\n\nTak for dit køb\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = mail("order-confirmation", false);
        headers(m, "Lampemesteren Erhverv", "erhverv@lampemesteren.dk", "indkoeb@slagelse.dk", "Ordrebekræftelse 551902")
            .text("Tak for ordren på 48 LED-paneler til Korsør Rådhus. Faktura sendes elektronisk til EAN " + GLN + " ved levering.\n\n"
                + "Lampemesteren Erhverv");
        genuine(m, "127.142.5.1");
        m.description = "order confirmation, to be invoiced by EAN";
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, vvs.person(), addr(vvs), "ejendomsservice@slagelse.dk", "Tilbud på nye radiatorventiler, Vemmelev Hallen")
            .text("Hej\n\nHer er mit tilbud på udskiftning af 26 radiatorventiler med termostater: 31.200 kr. ekskl. moms. "
                + "Tilbuddet gælder i 60 dage." + sig(vvs))
            .attach("application/pdf", "tilbud_ventiler.pdf", Attachments.pdf(docId(m, "tilb"), "Tilbud",
                List.of("26 radiatorventiler med termostat, inkl. montering", "31.200,00 ekskl. moms")));
        genuine(m, vvs.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@slagelse.dk", "Kørsel i sommerferien")
            .text("Hej\n\nI skolernes sommerferie kører vi kun ferieklub-ruterne. Fakturaen for juli bliver derfor mindre. Vores "
                + "betalingsoplysninger er uændrede.\n\nStorebælt Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment details unchanged";
        m = mail("supplier-letter", false);
        headers(m, koekken.person(), addr(koekken), "sundhed-aeldre@slagelse.dk", "Ny menuplan og bestillingsfrister")
            .text("Kære køkkener\n\nFra 1. juni kommer der ny sommermenu, og bestillingsfristen rykkes til tirsdag kl. 12. "
                + "Fakturering sker som hidtil via EAN, og betalingen er uændret.\n\nVestsjællands Storkøkken");
        genuine(m, koekken.ip());
        m.description = "listed supplier's ordering notice, nothing to pay, payment unchanged";
        m = mail("supplier-letter", false);
        headers(m, avis.person(), addr(avis), "kreditor@slagelse.dk", "Annoncefrister i Kr. Himmelfartsugen")
            .html("<html><body><p>Kære annoncør</p><p>På grund af helligdagen skal annoncer til avisen i uge 19 være os i hænde "
                + "mandag kl. 12. Fakturering og bankoplysninger er som altid.</p><p>Slagelse Lokalavis</p></body></html>");
        genuine(m, avis.ip());
        m.description = "listed supplier's deadline letter, payment details unchanged";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 60;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        correctedResend();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        inkasso();
        digitalPost();
        nemhandel();
        renewals();
        intermunicipalClaim();
        landlord();
        authorityFine();
        insurance();
        callback();
        qr();
        english();
        imageOnly();
        archives();
        svg();
        macro();
    }

    private static final String[] MULE = {iban("LT", "3032500024681357"), iban("DK", "89900004417730"), bank("5301", "0004471826"),
        iban("EE", "3810220022103344"), iban("PL", "611090101400000712198128"), iban("GB", "MONZ04000412345678"),
        iban("IE", "AIBK93115212345678"), iban("NL", "KNAB0255412938"), iban("DE", "100110012627384950"),
        iban("HU", "117730160111110800000000"), iban("RO", "INGB0001000000018827"), iban("BG", "UNCR70001522334455"),
        iban("CY", "005001200000001200527600"), bank("9860", "0009823316"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "30000000019283746554")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {vand, byg, avis, kloak, koekken, it};
        String[] notes = {"\n\nVIGTIGT: Vi har fået ny bankforbindelse. Betal kun til kontoen på denne faktura.",
            "\n\nBemærk, at vores tidligere konto er lukket pr. 1. maj. Opdater venligst kontonummeret i jeres system.",
            "", "\n\nBetalingsoplysningerne er ændret. Tidligere oplyste konti må ikke længere benyttes."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 7, List.of("NYE BETALINGSOPLYSNINGER"), notes[i % notes.length]);
            if (i == 1) {
                m.mime.header("Reply-To", "<erhverv@slagelsebyggemarked.net>");
            }
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account"
                + (i == 1 ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"vestsj-vand-betaling.dk", vand}, {"slagelse-byggemarked.com", byg}, {"skaelskor-toemrer.dk", toemrer},
            {"skaelskoer-el.com", el}, {"soro-rengoering.dk", rengoering}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            invoice(m, s.posing((String) x[0], s.account()), mule(i + 2), i + 4, List.of(),
                i % 2 == 1 ? "\n\nVi er skiftet til en ny bank; ret venligst kontoen i jeres leverandørkartotek." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        M m = mail("punycode-homoglyph", true);
        String d = idn("slagelse-av\u0456s.dk");
        invoice(m, avis.posing(d, avis.account()), mule(7), 11, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN homoglyph " + d + " (Cyrillic i) of slagelse-avis.dk, invoice with new account, authenticates";
        m = mail("punycode-homoglyph", true);
        d = idn("slagels\u0435.dk");
        headers(m, "Slagelse Kommune, Økonomi og Analyse", "oekonomi@" + d, "kreditor@slagelse.dk", "Hastebetaling - stormflod Korsør")
            .text("Hej Kreditor\n\nEfter stormfloden ved Korsør Havn skal pumpefirmaet have et forskud på 142.500 kr. i dag, "
                + "før de sætter flere pumper op. Overfør til " + mule(9) + ". Fakturaen kommer, når direktionen har underskrevet."
                + "\n\nØkonomi og Analyse");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic e) posing as our finance department, urgent prepayment, authenticates";
    }

    private void platformFraud() {
        String[][] p = {{"stripe-invoices.com", "Stripe"}, {"zoho-billing.eu", "Zoho Invoice"}, {"moneybird-facturen.com", "Moneybird"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("INV-");
            Supplier s = listed.get(i * 5 + 1);
            headers(m, s.name(), "invoices@" + x[0], "faktura@slagelse.dk", "Forfalden faktura " + n + " - betal nu")
                .html("<html><body style=\"font-family:Helvetica\"><p>Slagelse Kommune</p><p>Faktura " + n + " fra " + s.name()
                    + " er " + (4 + i * 3) + " dage over forfald. Betal online med det samme for at undgå gebyr og levering"
                    + "sstop.</p><p><a style=\"background:#635bff;color:#fff;padding:10px 16px;text-decoration:none\" href=\"https://"
                    + x[0] + "/i/" + sha256(m.id).substring(0, 14) + "\">Betal faktura</a></p><p style=\"font-size:10px;color:#aaa\">"
                    + x[1] + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with pay link, HTML only";
            i++;
        }
        M m = mail("platform-account-misused", true);
        String n = no("INV-");
        Amount a = amount(4_000_000);
        Supplier s = new Supplier("Sjælland Facadeservice ApS", "stripe.com", "Sjælland Facadeservice", "", "", mule(4),
            "algebehandling af facader, Slagelse Rådhus, april");
        headers(m, s.name(), "invoice+statements@stripe.com", "kreditor@slagelse.dk", "Ny faktura " + n + " fra " + s.name())
            .header("Reply-To", "<sjaelland.facadeservice@outlook.com>")
            .html("<html><body><p>" + s.name() + " har sendt en faktura på " + a.gross() + " kr. for " + s.what() + ".</p><p>Betal "
                + "inden 5 dage til " + mule(4) + ".</p></body></html>")
            .attach("application/pdf", "Faktura-" + n + ".pdf", pdf(m, s, "Faktura", n, a, mule(4), 1, List.of()));
        genuine(m, "127.143.1.1");
        m.description = "fraudster's own account on real platform stripe.com invoices a job never ordered (authenticates)";
        m = mail("platform-account-misused", true);
        n = no("INV-");
        a = amount(3_000_000);
        String acct = iban("DK", "89900005512377");
        headers(m, vognmand.name(), "facturen@moneybird.nl", "faktura@slagelse.dk", "Faktura " + n + " - " + vognmand.name())
            .header("Reply-To", "<korsoer.vognmand@hotmail.com>")
            .html("<html><body><p>Goddag</p><p>" + vognmand.name() + " sender hermed faktura " + n + " på " + a.gross() + " kr.</p>"
                + "<p>NB: Vi har skiftet bank - betal venligst til " + acct + ".</p></body></html>")
            .attach("application/pdf", "Faktura-" + n + ".pdf", pdf(m, vognmand, "Faktura", n, a, acct, 0, List.of("Ny bank")));
        genuine(m, "127.143.3.1");
        m.description = "listed korsoer-vognmand.dk's name on real platform moneybird.nl: new account, hotmail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kontor, toemrer, byg, bus};
        String[] why = {"Vi er blevet en del af en større grossistkæde, og alle betalinger skal derfor gå til kædens fælles konto.",
            "Vores bank har lukket for udbetalinger, mens de gennemgår vores regnskab, så vi bruger midlertidigt en anden konto.",
            "Vi har solgt vores debitorer til et factoringselskab, så betalinger skal ske til factoringselskabets konto.",
            "Vi har skiftet til en ny bank i forbindelse med generationsskiftet, og den gamle konto nedlægges."};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\n" + why[i] + " Denne faktura og fremtidige fakturaer betales til " + mule(i + 10)
                + ". Vores telefonsystem er ved at blive udskiftet, så svar venligst på denne mail, hvis noget er uklart.";
            invoice(m, s[i], mule(i + 10), i * 3 + 2, List.of("Betaling til: " + mule(i + 10)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {vand, kloak, kontor};
        String[] via = {"vestsjvand.com", "vestsj-kloak.com", "korsoer-kontor.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = s[i].posing(via[i], mule(i + 5));
            String n = historyNo.get(s[i].domain());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@slagelse.dk", "SV: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej\n\nTak for svaret. Vi kan se, at faktura " + n + " endnu ikke er betalt. Vores konto i banken er under "
                    + "omlægning, så beløbet på " + historyAmount.get(s[i].domain()).gross() + " kr. skal i stedet betales til "
                    + mule(i + 5) + ". Send gerne en betalingskvittering til denne adresse.\n\nMed venlig hilsen\n" + s[i].person()
                    + "\n\n-----Oprindelig meddelelse-----\nFra: Kreditorbogholderiet <kreditor@slagelse.dk>\nSendt: " + writtenDay(m, -3)
                    + "\nEmne: " + threadSubject.get(s[i].domain()) + "\n\nFakturaen er modtaget og ligger til godkendelse.");
            if (i == 2) {
                mime.attach("application/pdf", "faktura_" + n.replace('/', '-') + "_opdateret.pdf", pdf(m, fake, "Faktura", n,
                    historyAmount.get(s[i].domain()), mule(i + 5), 1, List.of("Opdateret bankkonto")));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    private void correctedResend() {
        Supplier[] s = {vognmand, anlaeg};
        String[] via = {"korsoer-vognmand.com", "vemmelev-anlag.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("corrected-invoice-resend", true);
            String n = historyNo.get(s[i].domain());
            Supplier fake = s[i].posing(via[i], mule(i + 12));
            Amount a = historyAmount.get(s[i].domain());
            headers(m, s[i].person(), addr(fake), "kreditor@slagelse.dk", "Korrigeret faktura " + n)
                .text("Hej\n\nVi har opdaget, at faktura " + n + " fra april blev udskrevet med vores gamle kontonummer. Den "
                    + "vedhæftede korrigerede faktura erstatter den oprindelige, som I bedes se bort fra.\n\nBeklager ulejligheden."
                    + "\n\n" + s[i].person())
                .attach("application/pdf", "faktura_" + n.replace('/', '-') + "_korrigeret.pdf", pdf(m, fake, "Faktura", n, a, mule(i + 12),
                    i, List.of("KORRIGERET FAKTURA - erstatter tidligere")));
            ownedBy(m, via[i]);
            m.description = "'corrected' re-issue of real earlier invoice " + n + " of " + s[i].domain() + " from a look-alike, new account";
        }
    }

    private void ownDomain() {
        String[][] x = {{"Borgmester Knud Vincents", "borgmester@", "Fortroligt"},
            {"Slagelse Kommune Opkrævning", "opkraevning@", "Intern omkontering 27-0433"},
            {"Kommunaldirektør Mette Kongsted", "kommunaldirektoer@", "Er du ledig et øjeblik?"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            Mime mime = headers(m, y[0], y[1] + OWN, i == 1 ? "oekonomi@slagelse.dk" : "kreditor@slagelse.dk", y[2]);
            if (i == 1) {
                mime.text("Til Økonomi\n\nVedlagt bilag for intern omkontering mellem Forsyning og Kassen. Beløbet overføres til "
                    + mule(13) + " i dag.")
                    .attach("application/pdf", "omkontering_27-0433.pdf", Attachments.pdf(docId(m, "own"), "Omkontering 27-0433",
                        List.of("Slagelse Kommune", "Intern omkontering, 2. kvartal", "Beløb 57.400,00", "Overføres til: " + mule(13))));
            } else {
                mime.text("Hej\n\nJeg er til møde i Christiansborg og kan ikke tage telefonen. Der skal i dag overføres "
                    + (i == 0 ? "196.000" : "73.250") + " kr. til " + mule(i + 14) + " som depositum i en fortrolig sag om "
                    + "havnearealerne i Korsør. Hold det for dig selv indtil videre, og send mig en bekræftelse.\n\n" + y[0]);
            }
            forged(m, host++);
            m.description = "our own domain forged from outside (p=reject)";
            i++;
        }
    }

    private void ceo() {
        String[][] x = {{"Knud Vincents", "gmail.com", "knud.vincents.borgmester"}, {"Mette Kongsted", "outlook.com",
            "mette.kongsted.kd"}, {"Jesper Rude, økonomidirektør", "icloud.com", "jesper.rude"}, {"Mette Kongsted", "yahoo.com",
                "m.kongsted"}};
        String[] text = {"Hej\n\nHar du et øjeblik? Jeg har brug for din hjælp til en opgave, der skal løses diskret i dag. "
            + "Skriv tilbage her, jeg sidder i møde.\n\nKnud\nSendt fra min iPhone",
            "Hej\n\nVil du lave en overførsel på 48.600 kr. til " + mule(1) + " inden kl. 13? Det er forudbetaling for "
                + "venskabsbybesøget fra Litauen. Bilag kommer bagefter.\n\nMette",
            "Hej\n\nVi er ved at købe en ejendom ved Korsør Nor, og advokaten har brug for et deponeringsbeløb i dag. Send mig "
                + "dit mobilnummer, så ringer advokaten.\n\nJesper",
            "Hej\n\nKan du købe 10 gavekort à 1.000 kr. til jubilæet i direktionen og sende mig koderne på mail? Du får pengene "
                + "tilbage i morgen.\n\nMette"};
        for (int i = 0; i < x.length; i++) {
            M m = mail("ceo-fraud", true);
            headers(m, x[i][0], x[i][2] + "@" + x[i][1], "kreditor@slagelse.dk", i % 2 == 0 ? "Kort spørgsmål" : "Betaling i dag")
                .text(text[i]);
            genuine(m, dns.get(x[i][1]).spfIps().get(0));
            m.description = "CEO/mayor fraud from free mail (" + x[i][1] + ", authenticates), display name of our management";
        }
    }

    private void payroll() {
        M m = mail("payroll-account-change", true);
        headers(m, "Sanne Ørslev", "sanne.orslev82@gmail.com", "loen@slagelse.dk", "Ny konto til min løn")
            .text("Hej Lønafdelingen\n\nJeg er pædagog i Vemmelev Børnehus og har fået ny bank. Kan I overføre min løn til "
                + bank("5301", "0004471826") + " fra næste lønkørsel? Jeg kan ikke komme ind på medarbejderportalen med mit nye "
                + "MitID.\n\nVh Sanne Ørslev");
        genuine(m, "127.146.1.1");
        m.description = "'employee' on gmail asks payroll to move her salary to a mule account";
        m = mail("payroll-account-change", true);
        headers(m, "Poul Tjæreby", "poul.tjaereby@hotmail.com", "loen@slagelse.dk", "Feriepenge til udenlandsk konto")
            .text("Goddag\n\nJeg stoppede i Vej og Park i marts og skal have mine resterende feriepenge. Da jeg er flyttet til "
                + "Irland, skal pengene sendes til " + mule(6) + ".\n\nVenlig hilsen\nPoul Tjæreby");
        genuine(m, "127.146.2.1");
        m.description = "'former employee' on hotmail asks to redirect holiday pay to a foreign mule account";
    }

    private void bodyOnly() {
        String[][] x = {{"vestsj-storkokken.dk", "Storkøkkenets Kundeservice", "kundeservice@", "Opdatering af bankoplysninger",
            "Goddag\n\nVi har skiftet bankforbindelse. Venligst betal fremover til " + iban("DK", "89900003319946") + ". Send gerne "
                + "en kort bekræftelse, når ændringen er registreret.\n\nVestsjællands Storkøkken A/S"},
            {"gmail.com", "Anders Friis", "anders.friis.maler@", "Betaling", "Hej\n\nMin mail hos firmaet er nede. Regningen for "
                + "Dalmose Skole bedes betalt til " + bank("5301", "0004471826") + ". Ring på 28 44 19 06, hvis I vil have det "
                + "bekræftet.\n\nAnders"},
            {"dalmose-maler.com", "Anders Friis", "anders@", "Ny konto", "Hej\n\nMalerforretningen har ny bank fra i dag: " + mule(8)
                + ". Den gamle konto lukkes ved månedens udgang.\n\nAnders Friis"}};
        for (String[] y : x) {
            M m = mail("bank-change-body-only", true);
            headers(m, y[1], y[2] + y[0], "kreditor@slagelse.dk", y[3]).text(y[4]);
            if (y[0].equals("gmail.com")) {
                genuine(m, "127.146.1.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "no attachment: changed account in the body only (" + y[0] + ")";
        }
    }

    private void inkasso() {
        Supplier[] s = {bus, elnet, el};
        String[] via = {"vestsj-inkasso.dk", "fordringsdrift-nord.com", "vestsj-inkasso.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Vestsjællands Inkasso", "inddrivelse@" + via[i], "kreditor@slagelse.dk", "Inkassovarsel: faktura " + n
                + " - sidste frist")
                .text("Slagelse Kommune\n\nVi har modtaget faktura " + n + " fra " + s[i].name() + " til inddrivelse. Betal "
                    + "hovedstol samt inkassoomkostninger 1.090,00 kr. til " + mule(i + 3) + " inden 3 hverdage. Sker det ikke, "
                    + "indgives stævning uden yderligere varsel.\n\nVestsjællands Inkasso")
                .attach("application/pdf", "Inkassovarsel_" + n.replace('/', '-') + ".pdf", Attachments.pdf(docId(m, "ink"),
                    "Inkassovarsel", List.of("Fordringshaver: " + s[i].name(), "Faktura " + n, "Omkostninger 1.090,00",
                        "Indbetaling: " + mule(i + 3))));
            ownedBy(m, via[i]);
            m.description = "fake inkasso notice citing real earlier invoice " + n + " of " + s[i].domain() + ", new account";
        }
    }

    private void digitalPost() {
        String[][] x = {{"Digital Post", "Ulæst meddelelse fra Motorstyrelsen", "Motorstyrelsen har sendt en opkrævning vedrørende "
            + "jeres køretøjer. Meddelelsen skal åbnes med MitID Erhverv inden 48 timer, ellers pålægges gebyr."},
            {"MitID Erhverv", "Handling påkrævet: jeres MitID Erhverv-organisation", "Organisationens brugeradministration skal "
                + "valideres. Uden validering lukkes adgangen til Digital Post og Virk ved månedens udgang."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[0], "besked@digitalpost-erhvervsbesked.com", "oekonomi@slagelse.dk", y[1])
                .html("<html><body style=\"font-family:Arial\"><p style=\"font-size:16px\"><b>" + y[0] + "</b></p><p>" + y[2]
                    + "</p><p><a href=\"https://digitalpost-erhvervsbesked.com/mitid/" + sha256(m.id).substring(0, 10) + "\">Åbn "
                    + "med MitID Erhverv</a></p></body></html>");
            ownedBy(m, "digitalpost-erhvervsbesked.com");
            m.description = "fake " + y[0] + " with login link";
        }
    }

    private void nemhandel() {
        String[] subj = {"NemHandel: jeres EAN " + GLN + " er deaktiveret", "Afviste e-fakturaer venter på jer"};
        String[] body = {"Jeres EAN-lokationsnummer er midlertidigt deaktiveret, fordi registreringen ikke er fornyet. "
            + "Leverandørernes fakturaer afvises, indtil registreringen er bekræftet.", "7 e-fakturaer til Slagelse Kommune er "
                + "afvist i NemHandel. Log ind og godkend modtagelsen, ellers returneres de til afsender."};
        for (int i = 0; i < 2; i++) {
            M m = mail("fake-nemhandel-notice", true);
            headers(m, "NemHandel Support", "support@nemhandel-support-dk.net", "faktura@slagelse.dk", subj[i])
                .html("<html><body><p>" + body[i] + "</p><p><a href=\"https://nemhandel-support-dk.net/bekraeft/" + GLN + "\">Bekræft "
                    + "registrering</a></p><p style=\"font-size:10px\">NemHandel Support</p></body></html>");
            ownedBy(m, "nemhandel-support-dk.net");
            m.description = "fake NemHandel notice with login link";
        }
    }

    private void renewals() {
        M m = mail("domain-directory-scam", true);
        headers(m, "Domæneadministration DK", "fornyelse@dk-domaene-administration.com", "faktura@slagelse.dk",
            "slagelse.dk udløber - forny nu")
            .text("Domænet slagelse.dk skal fornyes. Hvis betaling ikke modtages inden 5 dage, slettes registreringen, og "
                + "hjemmeside og e-mail holder op med at virke.\n\nFornyelse 3 år inkl. søgemaskineregistrering: 5.240,00 kr. ekskl. "
                + "moms til " + mule(0) + ".")
            .attach("application/pdf", "fornyelse_slagelse-dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse slagelse.dk",
                List.of("Domæne: slagelse.dk", "Fornyelse 36 mdr. + søgemaskineregistrering", "5.240,00 + moms", "Konto: " + mule(0))));
        ownedBy(m, "dk-domaene-administration.com");
        m.description = "domain renewal scam, unordered";
        m = mail("domain-directory-scam", true);
        headers(m, "EU Ordregiverregister", "opdatering@eu-ordregiverregister.org", "kreditor@slagelse.dk",
            "Bekræft Slagelse Kommunes oplysninger")
            .text("Til Slagelse Kommune\n\nFor at jeres oplysninger fortsat vises korrekt for leverandører i EU, bedes I rette og "
                + "underskrive vedhæftede formular. Med underskriften bestilles en annonce i 3 år à EUR 995.\n\nReturn the signed "
                + "form within 14 days.\n\nEU Ordregiverregister")
            .attach("application/pdf", "formular_slagelse.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                List.of("Slagelse Kommune, " + ADDRESS, "Annonce EUR 995 pr. år, 3 år", "Betaling: " + mule(10))));
        ownedBy(m, "eu-ordregiverregister.org");
        m.description = "directory 'confirm your data' form that is a 3-year contract, unordered";
    }

    /** New family: a fake claim from a neighbouring municipality's look-alike domain (intermunicipal refusion), mule account. */
    private void intermunicipalClaim() {
        M m = mail("fake-intermunicipal-claim", true);
        headers(m, "Sorø Kommune, Økonomi", "mellemkommunal@soroe-kommune.dk", "oekonomi@slagelse.dk", "Refusionskrav 2027-118 "
            + "- forfalden")
            .text("Til Slagelse Kommune\n\nVores refusionskrav for borger anbragt i Sorø (1. kvartal 2027) er endnu ikke betalt. "
                + "På grund af omlægning af vores bankforbindelse skal beløbet på 112.840,00 kr. indbetales til " + mule(1) + " og "
                + "ikke via EAN denne gang.\n\nVenlig hilsen\nSorø Kommune, Økonomi")
            .attach("application/pdf", "Refusionskrav_2027-118.pdf", Attachments.pdf(docId(m, "fmk"), "Refusionskrav 2027-118",
                List.of("Sorø Kommune", "Betaler: Slagelse Kommune", "Anbringelse 1. kvartal 2027", "112.840,00 momsfrit",
                    "Indbetales til " + mule(1))));
        ownedBy(m, "soroe-kommune.dk");
        m.description = "look-alike of a neighbouring municipality claims an intermunicipal reimbursement to a new account";
        m = mail("fake-intermunicipal-claim", true);
        headers(m, "Kalundborg Kommune Debitor", "debitor@kalundborg-kommune.net", "kreditor@slagelse.dk", "Rykker: elevbetaling "
            + "specialskole")
            .text("Hej\n\nVi mangler fortsat betaling for elev fra Slagelse på specialskole i Kalundborg. Beløbet 38.500,00 kr. "
                + "bedes overført i dag til " + mule(3) + ", da vores EAN-modtagelse er ude af drift.\n\nKalundborg Kommune");
        ownedBy(m, "kalundborg-kommune.net");
        m.description = "look-alike of a neighbouring municipality, 'reminder' with a mule account, EAN 'out of order'";
    }

    /** New family: a landlord (or someone posing as one) asks to have a deposit loan or rent paid to a new account. */
    private void landlord() {
        M m = mail("landlord-account-change", true);
        headers(m, "Udlejning Vestsjælland ApS", "udbetaling@udlejning-vestsjaelland.dk", "kreditor@slagelse.dk",
            "Depositum lejer Bredegade 14, 2. tv - ny konto")
            .text("Til Slagelse Kommune, Borgerservice\n\nI har bevilget depositumslån til vores nye lejer på Bredegade 14, 2. tv. "
                + "Beløbet 27.600,00 kr. skal udbetales til vores nye konto " + mule(11) + " og ikke den, der står i lejekontrakten, "
                + "da vi har skiftet bank.\n\nMed venlig hilsen\nUdlejning Vestsjælland, administrationen")
            .attach("application/pdf", "Betalingsanmodning_depositum.pdf", Attachments.pdf(docId(m, "dep"), "Anmodning om udbetaling",
                List.of("Lejemål: Bredegade 14, 2. tv, 4200 Slagelse", "Depositum 27.600,00", "Udbetales til " + mule(11))));
        ownedBy(m, "udlejning-vestsjaelland.dk");
        m.description = "'landlord' asks the municipality to pay a tenant's deposit loan to a new account";
        m = mail("landlord-account-change", true);
        headers(m, "Jens Halsskov", "jens.halsskov.udlejning@gmail.com", "sundhed-aeldre@slagelse.dk", "Husleje for midlertidig bolig")
            .text("Hej\n\nJeg udlejer boligen på Søndre Strandvej, hvor I har anbragt en borger midlertidigt. Fra denne måned skal "
                + "huslejen på 7.950 kr. gå til " + bank("5301", "0004471826") + ". Den gamle konto bruger jeg ikke længere.\n\n"
                + "Mvh Jens Halsskov");
        genuine(m, "127.146.1.1");
        m.description = "private 'landlord' on gmail redirects rent the municipality pays for a housed citizen, mule account";
    }

    /** New family: a fine or fee "from" a public authority (data protection, work environment), to a mule account. */
    private void authorityFine() {
        M m = mail("fake-authority-fine", true);
        headers(m, "Datatilsynet", "sagsbehandling@datatilsynet-boede.dk", "oekonomi@slagelse.dk", "Afgørelse: administrativ bøde "
            + "j.nr. 2027-431-0912")
            .text("Slagelse Kommune\n\nDatatilsynet har behandlet anmeldelsen af et brud på persondatasikkerheden i jeres "
                + "Borgerservice og pålægger en administrativ bøde på 45.000,00 kr.\n\nBøden betales inden 10 dage til " + mule(2)
                + ". Ved betaling frafaldes politianmeldelse. Afgørelsen er vedhæftet.\n\nDatatilsynet")
            .attach("application/pdf", "Afgoerelse_2027-431-0912.pdf", Attachments.pdf(docId(m, "dt"), "Afgørelse",
                List.of("J.nr. 2027-431-0912", "Administrativ bøde 45.000,00", "Betaling til " + mule(2))));
        ownedBy(m, "datatilsynet-boede.dk");
        m.description = "fake data-protection authority fine with a mule account";
        m = mail("fake-authority-fine", true);
        headers(m, "Arbejdstilsynet Opkrævning", "opkraevning@arbejdstilsyn-afgift.com", "kreditor@slagelse.dk",
            "Gebyr for tilsynsbesøg - Materielgården")
            .html("<html><body style=\"font-family:Arial\"><p>Ved tilsynsbesøg på Materielgården blev der givet et påbud. Der "
                + "opkræves et gebyr på 6.480,00 kr.</p><p>Betal med kort inden 72 timer:</p><p><a href=\"https://"
                + "arbejdstilsyn-afgift.com/betal/" + sha256(m.id).substring(0, 10) + "\">Betal gebyr</a></p></body></html>");
        ownedBy(m, "arbejdstilsyn-afgift.com");
        m.description = "fake work-environment authority inspection fee with a card-payment link";
    }

    /** New family: an insurance premium demanded by a fake insurer or an insurer's look-alike, new account. */
    private void insurance() {
        M m = mail("fake-insurance-premium", true);
        headers(m, "Kommuneforsikring Danmark", "praemie@kommuneforsikring-dk.com", "oekonomi@slagelse.dk",
            "Præmieopkrævning 2027/28 - bygningsforsikring")
            .text("Kære Slagelse Kommune\n\nHermed opkrævning af årspræmien for bygnings- og løsøreforsikring, police "
                + "KF-88413. Bemærk, at vi har skiftet bankforbindelse.\n\nPræmie: 428.600,00 kr.\nBetales senest: " + writtenDay(m, 8)
                + "\nKonto: " + mule(5) + "\n\nManglende betaling medfører, at dækningen ophører.\n\nKommuneforsikring Danmark")
            .attach("application/pdf", "Praemie_KF-88413.pdf", Attachments.pdf(docId(m, "ins"), "Præmieopkrævning",
                List.of("Police KF-88413", "Bygnings- og løsøreforsikring 2027/28", "Præmie 428.600,00", "Konto " + mule(5))));
        ownedBy(m, "kommuneforsikring-dk.com");
        m.description = "fake insurer's annual premium for our buildings, mule account";
        m = mail("fake-insurance-premium", true);
        headers(m, "Præmieservice", "service@praemie-opkraevning.com", "vej-park@slagelse.dk", "Forsikring af køretøjer - restpræmie")
            .text("Hej\n\nVed gennemgang af jeres flådeforsikring mangler der en restpræmie på 18.275,00 kr. for 4 nye "
                + "køretøjer. Betal til " + mule(15) + " inden fredag, ellers er bilerne uforsikrede fra mandag.\n\nPræmieservice");
        ownedBy(m, "praemie-opkraevning.com");
        m.description = "fake 'remaining premium' for the vehicle fleet, SE IBAN";
    }

    private void callback() {
        M m = mail("callback-phone-invoice", true);
        headers(m, "Ordrebekræftelse", "ordre@kundeservice-annullering.com", "indkoeb@slagelse.dk", "Din ordre: 18 x Lenovo ThinkPad")
            .text("Tak for din ordre. Beløbet 226.980,00 kr. trækkes på jeres konto ved afsendelse.\n\nHar du ikke afgivet ordren? "
                + "Kontakt straks vores kundeservice på +45 78 77 30 21 for at annullere.\n\nKundeservice");
        ownedBy(m, "kundeservice-annullering.com");
        m.description = "callback scam: fake order receipt urging a call to cancel";
        m = mail("callback-phone-invoice", true);
        headers(m, "Norton Erhverv", "ordre@kundeservice-annullering.com", "oekonomi@slagelse.dk", "Fornyelse gennemført - 5.490 kr.")
            .attach("application/pdf", "Fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Fornyelse",
                List.of("Norton Small Business, 3 år", "5.490,00 kr.", "Spørgsmål og refusion: +45 78 77 30 21")))
            .text("Jeres abonnement er fornyet automatisk, se vedhæftede. Ring på +45 78 77 30 21 inden 24 timer for refusion.");
        ownedBy(m, "kundeservice-annullering.com");
        m.description = "callback scam: auto-renewal 'invoice' with only a phone number";
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "qr-betaling-dk.com" : "storebaelt-busser.com";
            headers(m, i == 0 ? "Betalingsservice Erhverv" : bus.person(), (i == 0 ? "info@" : "administration@") + d,
                "kreditor@slagelse.dk", i == 0 ? "Betaling afvist - gennemfør med QR" : "Skolekørsel april - hurtig betaling")
                .html("<html><body><p>" + (i == 0 ? "Jeres betaling på 9.875,00 kr. kunne ikke gennemføres." : "April-fakturaen "
                    + "kan betales med det samme.") + " Scan QR-koden med telefonen for at betale.</p><img src=\"cid:qr\" "
                    + "width=\"160\" alt=\"QR-kode\"></body></html>")
                .attach("image/png", "qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        M m = mail("english-international", true);
        headers(m, "NordSea Consulting Group", "billing@nordsea-consulting-group.com", "kreditor@slagelse.dk",
            "Invoice NCG-3318 - harbour development advisory")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for advisory services on the Korsør harbour development. "
                + "EUR 12,400.00 is due on receipt to " + mule(4) + ".\n\nBest regards,\nNordSea Consulting Group")
            .attach("application/pdf", "NCG-3318.pdf", Attachments.pdf(docId(m, "en"), "Invoice NCG-3318",
                List.of("Client: Slagelse Municipality", "Harbour development advisory", "EUR 12,400.00", "Bank: " + mule(4))));
        ownedBy(m, "nordsea-consulting-group.com");
        m.description = "English invoice for advice never ordered, PL IBAN";
        m = mail("english-international", true);
        headers(m, "NordSea Consulting Group - Finance", "finance@nordsea-consulting-group.com", "oekonomi@slagelse.dk",
            "Updated remittance details")
            .text("Hello,\n\nFollowing a change of our banking partner, please send all outstanding payments to " + mule(14)
                + " with immediate effect and reply to confirm the update.\n\nThank you,\nFinance");
        ownedBy(m, "nordsea-consulting-group.com");
        m.description = "English 'updated remittance details', MT IBAN";
    }

    private void imageOnly() {
        Supplier[] s = {maler, vognmand};
        String[] via = {"dalmose-maler.com", "korsoer-vognmand.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@slagelse.dk", i == 0 ? "Regning" : "Scannet faktura")
                .text("Hej\n\nVores fakturaprogram er gået ned, så her er regningen som et billede. Læg mærke til det nye "
                    + "kontonummer.\n\n" + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "20270507_101522.jpg" : "scan0042.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? kloak : elnet;
            String d = i == 0 ? "vestsj-kloak.com" : "korsoer-elnet.com";
            String n = invoiceNo(s);
            byte[] inner = pdf(m, s.posing(d, mule(i + 8)), "Faktura", n, amount(2_000_000), mule(i + 8), i + 1, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@slagelse.dk", "Faktura " + n + " med bilag")
                .text("Hej\n\nFaktura og dokumentation er samlet i en komprimeret fil, fordi filerne var for store.\n\n" + s.person())
                .attach("application/zip", i == 0 ? "faktura_dokumentation.zip" : "KorsoerElnet_" + n.replace('/', '-') + ".zip",
                    i == 0 ? Attachments.zip("Faktura_" + n.replace('/', '-') + ".pdf", inner, "rapport.txt", "Tømningsrapport følger")
                        : Attachments.zip(n.replace('/', '-') + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void svg() {
        String[][] x = {{"sikker-dokumentvisning.net", "Byggemarkedets Erhvervsafdeling", "Kontoudtog og åbne fakturaer",
            "kontoudtog.svg", "image/svg+xml"}, {"fakturaweb-login.net", "Korsør Kontorforsyning", "Faktura fra Korsør Kontorforsyning",
                "Faktura_maj.html", "text/html"}};
        for (String[] y : x) {
            M m = mail("svg-html-attachment", true);
            String page = y[4].equals("text/html")
                ? "<html><head><script>window.location.href='https://" + y[0] + "/v/" + sha256(m.id).substring(0, 8) + "';</script>"
                    + "</head><body>Indlæser faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"160\"><text x=\"10\" y=\"30\">Åbne poster: "
                    + "klik for at åbne</text><a href=\"https://" + y[0] + "/k/" + sha256(m.id).substring(0, 8) + "\"><rect x=\"10\" "
                    + "y=\"50\" width=\"200\" height=\"34\" fill=\"#2a6\"/></a></svg>";
            headers(m, y[1], "noreply@" + y[0], "kreditor@slagelse.dk", y[2])
                .text("Hej\n\nDokumentet er vedhæftet og skal åbnes i en browser.\n\n" + y[1])
                .attach(y[4], y[3], page.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, supplier's name";
        }
    }

    private void macro() {
        M m = mail("office-macro", true);
        headers(m, kontor.person(), "ordre@korsoer-kontor.com", "indkoeb@slagelse.dk", "Faktura og følgeseddel, uge 19")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er sikret: tryk 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se beløb og bankoplysninger.\n\nKorsør Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_uge19.docm", Attachments.word(
                "Faktura\nSlagelse Kommune\nAktivér indhold for at vise dokumentet", true));
        ownedBy(m, "korsoer-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of korsoer-kontor.dk";
        m = mail("office-macro", true);
        headers(m, it.person(), "oekonomi@dalmose-it.com", "ejendomsservice@slagelse.dk", "Timeregnskab og faktura april")
            .text("Hej\n\nTimeregnskabet for april ligger i regnearket sammen med vores nye kontonummer. Slå makroer til, ellers "
                + "vises beløbene ikke.\n\nDalmose IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timeregnskab_april.xlsm", Attachments.excel(
                List.of("Timeregnskab april 2027", "I alt DKK 96.875,00", "Betaling: " + mule(12)), true));
        ownedBy(m, "dalmose-it.com");
        m.description = "macro-enabled Excel statement from a look-alike of dalmose-it.dk";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus11().generate(), List.of(
            "# Slagelse Kommune, Økonomi og Analyse: invoice checks (eleventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=vestsj-vand.dk korsoer-elnet.dk storebaelt-busser.dk skaelskoer-toemrer.dk vemmelev-anlaeg.dk "
                + "dalmose-maler.dk slagelse-avis.dk korsoer-vognmand.dk soroe-rengoering.dk vestsj-kloak.dk "
                + "slagelse-byggemarked.dk skaelskoer-el.dk vestsj-storkoekken.dk korsoer-kontor.dk dalmose-it.dk",
            "invoice.domains.platforms=stripe.com zoho.eu moneybird.nl",
            "invoice.names.protected=Slagelse Kommune"));
    }
}
