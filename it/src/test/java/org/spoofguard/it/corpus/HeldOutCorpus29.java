package org.spoofguard.it.corpus;

import static org.spoofguard.it.corpus.Ubl.xml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The twenty-ninth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body
 * is Middelfart Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, technical and
 * environment, roads, schools, health and elderly care, children and families, culture and leisure, property and marina
 * mailboxes) with fifteen listed suppliers from Middelfart, Strib, Ejby, Nørre Aaby, Brenderup, Gelsted, Asperup,
 * Harndrup, Fønsskov, Båring and Hindsgavl in every DNS posture real Danish firms have (two sending through a web hoster
 * named in their SPF), four invoicing platforms ({@code frisbii.com}, {@code accountable.eu}, {@code hiveage.com},
 * {@code lemonsqueezy.com}), local banks, the intermunicipal fire and rescue service, a grid company, the water utility,
 * a law firm (collection and a land purchase), a recruitment firm, a Norwegian pontoon maker, a German street-lighting
 * firm, a Dutch playground builder, SaaS, an auditor, an e-signature service, three authorities, a creditor list,
 * forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices,
 * e-invoice XML with a changed account) and four kinds new here: a utility's claim for a cable or pipe "hit" during the
 * municipality's roadworks, to be paid at once to the "network owner" (fake-cable-strike-damage-claim); a threat to cut
 * water, power or heat to a school or care home unless an "arrear" is paid today (fake-supply-disconnection-notice); a
 * lawyer's or seller's demand to deposit a land purchase price in an "escrow" account (fake-property-escrow-deposit); and
 * a recruitment firm's "success fee" for a hire it never made (fake-recruitment-placement-fee). The invoice engine, its
 * tests, tuning notes and earlier results were not read. Labels say what a mail is when it was written. {@code
 * genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder, collection demand
 * for a real debt, intermunicipal, platform, e-invoice XML, foreign, SaaS or recruitment invoice) and its computed
 * authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus29GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus29 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout29");
    public static final String OWN = "middelfart.dk";
    static final String FRAUD_NET = "127.250.";
    private static final String OWN_IP = "127.152.0.1";
    private static final String EAN = "5798005520218";
    private static final String RAADHUS = "Nytorv 9, 5500 Middelfart";
    /** A Fønsskov web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.152.9.1";
    private static final String GMAIL = "127.178.1.1";
    private static final String MSFT = "127.178.2.1";
    private static final String YAHOO = "127.178.3.1";
    private static final String APPLE = "127.178.5.1";

    private final Random rnd = new Random(29_0029_5500L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 20;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2032, 2, 2, 7, 50, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2032, 3, 1, 7, 40, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "6.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Ejby Fjernvarmeværk a.m.b.a.", "ejby-fjernvarme.dk", "Forbrugerservice",
        "forbrug", "127.153.1.1", iban("DK", "64000004471829"), "fjernvarme til Ejby Skole, Ejby Hallen og Plejecenter Ejbyhøj");
    private final Supplier anlaeg = new Supplier("Nørre Aaby Anlæg & Belægning A/S", "noerreaaby-anlaeg.dk", "Søren Vinther",
        "sv", "127.153.2.1", bank("0400", "4031227815"), "omlægning af fortov og nye vejbrønde, Østergade i Nørre Aaby");
    private final Supplier kloak = new Supplier("Brenderup Kloakservice ApS", "brenderup-kloak.dk", "Allan Busk", "allan",
        HOSTER_IP, bank("9070", "1688302154"), "spuling og rodskæring af stikledninger, Brenderup Skole");
    private final Supplier toemrer = new Supplier("Gelsted Tømrer & Montage ApS", "gelsted-toemrer.dk", "Rasmus Høj", "rh",
        "127.153.4.1", bank("5470", "0731184259"), "nye vinduespartier i gymnastiksalen, Gelsted Skole");
    private final Supplier maler = new Supplier("Asperup Malerfirma v/ Per Lunde", "asperup-maler.dk", "Per Lunde", "per",
        "127.153.5.1", bank("6863", "2270419446"), "maling af klasselokaler og fællesrum, Asperup Skole");
    private final Supplier rengoer = new Supplier("Harndrup Rengøring ApS", "harndrup-rengoering.dk", "Økonomiafdelingen",
        "oekonomi", "127.153.6.1", bank("7780", "0002651893"), "daglig rengøring af Rådhuset og Kulturøen");
    private final Supplier avis = new Supplier("Middelfart Lokalnyt", "middelfart-lokalnyt.dk", "Annonceafdelingen", "annonce",
        "127.153.7.1", iban("DK", "30000013381172"), "annoncer: offentlig høring om lokalplan 212 og to stillingsopslag");
    private final Supplier vognmand = new Supplier("Båring Vognmandsforretning ApS", "baaring-vognmand.dk", "Jens Kofoed",
        "jens", "127.153.8.1", bank("6863", "2041883617"), "glatførebekæmpelse og snerydning, distrikt Båring-Asperup");
    private final Supplier el = new Supplier("Strib El-Service ApS", "strib-el.dk", "Mikkel Fogh", "mikkel", HOSTER_IP,
        bank("9551", "4410288735"), "ny LED-belysning i idrætshallen, Strib Idrætscenter");
    private final Supplier vvs = new Supplier("Fønsskov VVS ApS", "foensskov-vvs.dk", "Kontoret", "kontor", "127.153.10.1",
        bank("2291", "6612407739"), "udskiftning af varmtvandsbeholdere, Vestre Skole og Børnehuset Kastanjen");
    private final Supplier mad = new Supplier("Middelfart Madservice A/S", "middelfart-madservice.dk",
        "Kundeservice, Middelfart Madservice", "kundeservice", "127.153.11.1", iban("DK", "95510001172634"),
        "madservice til hjemmeboende pensionister i Middelfart, Strib og Ejby");
    private final Supplier traelast = new Supplier("Gelsted Trælast A/S", "gelsted-traelast.dk", "Erhvervskunder", "erhverv",
        "127.153.12.1", iban("DK", "64000006620913"), "byggematerialer til Ejendomsservice, rammeaftale 2032");
    private final Supplier data = new Supplier("Hindsgavl Data ApS", "hindsgavl-data.dk", "Fakturering, Hindsgavl Data",
        "faktura", "127.153.13.1", bank("3141", "4108836297"), "drift af skolernes netværk og 45 nye lærer-pc'er");
    private final Supplier bus = new Supplier("Brenderup Bustrafik ApS", "brenderup-bustrafik.dk", "Trafikkontoret", "trafik",
        "127.153.14.1", bank("9280", "2206551874"), "skolebuskørsel, rute 4 og 7, Brenderup-Asperup-Middelfart");
    private final Supplier kontor = new Supplier("Strib Kontorservice ApS", "strib-kontorservice.dk", "Ordrekontoret", "ordre",
        "127.153.15.1", iban("DK", "30000017745209"), "kontorartikler, toner og kopipapir til Rådhuset og Kulturøen");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Båring Smedie ApS", "baaring-smedie.dk", "Lars Juhl", "lars", "127.154.1.1",
        bank("6863", "2059917320"), "nyt rækværk ved hovedtrappen, Båring Skole");
    private final Supplier baad = new Supplier("Strib Bådebyggeri v/ Kim Holm", "strib-baadebyggeri.dk", "Kim Holm", "kim",
        "127.154.2.1", bank("9551", "4428810063"), "reparation af flydebroer og nye fendere, Middelfart Marina");
    private final Supplier skadedyr = new Supplier("Fønsskov Skadedyrsservice", "foensskov-skadedyr.dk", "Lone Bech", "lone",
        "127.154.3.1", bank("0400", "4027711958"), "rottesikring af kloakker ved Gammel Havn");
    private final Supplier have = new Supplier("Ejby Haveservice v/ Mette Lind", "ejby-haveservice.dk", "Mette Lind", "mette",
        "127.154.4.1", bank("7780", "0002718834"), "beskæring af lindetræer ved Ejby Kirke og Ejby Skole");
    private final Supplier fortael = new Supplier("Fortællerværkstedet v/ Nanna Krog", "gmail.com", "Nanna Krog",
        "nanna.krog.fortaeller", GMAIL, bank("9551", "4437102286"), "fortælletimer om sagn fra Lillebælt, 2. årgang, Strib Skole");
    private final Supplier tolk = new Supplier("Rami Haddad Tolkning", "outlook.com", "Rami Haddad", "rami.haddad.tolk", MSFT,
        bank("2291", "6630558127"), "tolkning arabisk-dansk, Familieafdelingen, 4 x 1 time");
    private final Supplier musik = new Supplier("Duo Bæltvind v/ Lise Ravn", "icloud.com", "Lise Ravn", "lise.ravn.duo", APPLE,
        bank("0400", "4045529013"), "musik ved fastelavnsfest, Plejecenter Gelstedhus");
    private final Supplier vinduer = new Supplier("Harndrup Vinduespudsning v/ Kenneth Berg", "hotmail.com", "Kenneth Berg",
        "kenneth.berg.vinduer", MSFT, bank("6863", "2083316549"), "vinduespudsning, Ejby Bibliotek og dagplejens legestue");
    private final Supplier motion = new Supplier("Stolegymnastik v/ Birthe Sand", "yahoo.com", "Birthe Sand",
        "birthe.sand.motion", YAHOO, bank("9280", "2214470936"), "stolegymnastik på Aktivitetscenter Nørre Aaby, 8 gange");
    // foreign suppliers
    private final Supplier norsk = new Supplier("Bergen Flytebrygger AS", "bergen-flytebrygger.no", "Regnskap", "regnskap",
        "127.159.1.1", iban("NO", "15032211876"), "nye flydebroer til Middelfart Marina, etape 2");
    private final Supplier tysk = new Supplier("Flensburger Lichttechnik GmbH", "flensburger-lichttechnik.de", "Buchhaltung",
        "buchhaltung", "127.159.2.1", iban("DE", "215500100014422907"), "LED-Umrüstung der Straßenbeleuchtung in Strib");
    private final Supplier hollandsk = new Supplier("Speelwerk Utrecht B.V.", "speelwerk-utrecht.nl", "Administratie",
        "administratie", "127.159.3.1", iban("NL", "RABO0312846690"), "nature play area with log climbing frame, Ejby Byskov");

    private final List<Supplier> listed = List.of(varme, anlaeg, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        traelast, data, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"ejby-fjernvarme.com", "noerreaaby-anlag.dk", "gelsted-traelast.net",
        "strib-elservice.dk", idn("gelsted-tr\u0430elast.dk"), idn("middelfart-k\u043emmune.dk"), "frisbii-middelfart.com",
        "accountable-ejby.net", "brenderup-kloak.net", "middelfart-madservice.com", "gelsted-tomrer.dk", "brenderup-bus.dk",
        "asperupmaler.dk", "middelfart-inkasso.com", "mitid-middelfart.com", "digitalpost-strib.com",
        "dk-domaener-middelfart.net", "brenderup-erhvervsindeks.org", "harndrup-ordreservice.com", "middelfart-ladeservice.com",
        "baaring-pakkeshop.net", "hindsgavl-marine-survey.com", "asperup-malerfirma.dk", "baaring-vognmand.com",
        "harndrup-rengoring.dk", "foensskov-vvs.net", "strib-kontorservice.com", "hindsgavl-data.net", "ejby-filedrop.com",
        "fakturavisning-gelsted.net", "noerreaaby-anlaeg.net", "hindsgavldata.dk", "foensskov-fibernet.dk",
        "gelsted-elnet-skade.dk", "brenderup-utility-claims.com", "middelfart-vandforsyning.com", "ejby-energi.net",
        "strib-forsyning-kundeservice.com", "nytorv-advokater-middelfart.dk", "harndrup-ejendomsadvokat.dk",
        "middelfart-rekruttering.dk", "hindsgavl-executive-search.com", "ejby-haveservice.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ejby-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("noerreaaby-anlaeg.dk", List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("brenderup-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("gelsted-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("asperup-maler.dk", null, null, null, null); // nothing published
        domain("harndrup-rengoering.dk", List.of(rengoer.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("middelfart-lokalnyt.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("baaring-vognmand.dk", List.of("127.153.98.7"), "~all", null, "none"); // SPF names the route planner only
        domain("strib-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "quarantine"); // hoster SPF and DKIM
        domain("foensskov-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("middelfart-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("gelsted-traelast.dk", List.of(traelast.ip(), "127.153.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hindsgavl-data.dk", null, null, DkimAlgorithm.ED25519_SHA256, "quarantine"); // DKIM only
        domain("brenderup-bustrafik.dk", List.of(bus.ip()), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("strib-kontorservice.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, null);
        domain("baaring-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("strib-baadebyggeri.dk", List.of(baad.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("foensskov-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ejby-haveservice.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("gelsted-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("bergen-flytebrygger.no", List.of(norsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("flensburger-lichttechnik.de", List.of(tysk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("speelwerk-utrecht.nl", List.of(hollandsk.ip()), "-all", null, null);
        // law firm, grid company, water utility, auditor, e-signature, recruitment, fire service, school, shops, authorities
        domain("nytorv-advokater.dk", List.of("127.155.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fyn-elnet.dk", List.of("127.155.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("middelfart-vand.dk", List.of("127.155.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("kongebro-revision.dk", List.of("127.155.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("addo.dk", List.of("127.155.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gelsted-friskole.dk", List.of("127.155.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("baeltets-legeredskaber.dk", List.of("127.155.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("middelfart-byggemarked.dk", List.of("127.155.8.1"), "-all", null, "none");
        domain("kulturoeen-boghandel.dk", List.of("127.155.9.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("fynsk-talent.dk", List.of("127.155.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("tbv-trekant.dk", List.of("127.155.11.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ens.dk", List.of("127.155.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("stil.dk", List.of("127.155.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ler.dk", List.of("127.155.17.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // invoicing platforms
        domain("frisbii.com", List.of("127.156.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("accountable.eu", List.of("127.156.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("hiveage.com", List.of("127.156.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("lemonsqueezy.com", List.of("127.156.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, list, ESP, newsletter, forwarders
        domain("middelfart-sparekasse.dk", List.of("127.157.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fyns-andelskasse.dk", List.of("127.157.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditornetvaerk-fyn.dk", List.of("127.157.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("agillic.eu", List.of("127.157.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("fynske-kommuners-oekonomi.dk", List.of("127.157.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("indkoebsforum-syd.dk", List.of("127.157.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("bogholderens-ugebrev.dk", List.of("127.157.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.baeltnet.dk", List.of("127.158.1.1"), "-all", null, null);
        domain("relay.ejby-fiber.dk", List.of("127.158.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("live.dk", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("cookieinformation.com", List.of("127.159.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("linkmobility.com", List.of("127.159.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("clickup.com", List.of("127.159.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        String[] policy = {"none", "reject", null, "quarantine", "reject", null, "none", "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 4 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 6 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 96_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no29:" + s.domain()).hashCode(), 6)) {
            case 0:
                return "2032-" + String.format("%04d", 40 + rnd.nextInt(2_400));
            case 1:
                return "FA" + (10_200 + rnd.nextInt(8_000));
            case 2:
                return String.valueOf(410_000 + rnd.nextInt(60_000));
            case 3:
                return "F32-" + String.format("%03d", 10 + rnd.nextInt(900));
            case 4:
                return String.valueOf(2_100 + rnd.nextInt(1_800));
            default:
                return "00" + (31_000 + rnd.nextInt(9_000));
        }
    }

    private static final String[] TO = {"kreditor@middelfart.dk", "efaktura@middelfart.dk", "kreditor@middelfart.dk",
        "oekonomi@middelfart.dk", "teknik-miljoe@middelfart.dk", "skole@middelfart.dk", "sundhed-aeldre@middelfart.dk",
        "kultur-fritid@middelfart.dk", "ejendomme@middelfart.dk", "indkoeb@middelfart.dk", "kreditor@middelfart.dk",
        "born-familie@middelfart.dk", "vej-trafik@middelfart.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf29:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(30_000_000 + Math.floorMod(sha256("cvr29:" + domain).hashCode(), 9_000_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi29:" + domain).hashCode(), 9_000_000));
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "ejby-fjernvarme.dk" -> "Værkvej 3, 5592 Ejby";
            case "noerreaaby-anlaeg.dk" -> "Industrivej 22, 5580 Nørre Aaby";
            case "brenderup-kloak.dk" -> "Bogensevej 71, 5464 Brenderup";
            case "gelsted-toemrer.dk" -> "Gelsted Bygade 40, 5591 Gelsted";
            case "asperup-maler.dk" -> "Asperup Bygade 12, 5466 Asperup";
            case "harndrup-rengoering.dk" -> "Harndrupvej 9, 5463 Harndrup";
            case "middelfart-lokalnyt.dk" -> "Algade 31, 5500 Middelfart";
            case "baaring-vognmand.dk" -> "Båring Vestergade 6, 5466 Asperup";
            case "strib-el.dk" -> "Vestre Strandvej 18, Strib, 5500 Middelfart";
            case "foensskov-vvs.dk" -> "Fønsskovvej 44, 5500 Middelfart";
            case "middelfart-madservice.dk" -> "Teglgårdsparken 102, 5500 Middelfart";
            case "gelsted-traelast.dk" -> "Stationsvej 5, 5591 Gelsted";
            case "hindsgavl-data.dk" -> "Hindsgavl Allé 7, 5500 Middelfart";
            case "brenderup-bustrafik.dk" -> "Søndergade 60, 5464 Brenderup";
            case "strib-kontorservice.dk" -> "Ved Stranden 3, Strib, 5500 Middelfart";
            case "baaring-smedie.dk" -> "Båringvej 27, 5466 Asperup";
            case "strib-baadebyggeri.dk" -> "Strib Havn 4, 5500 Middelfart";
            case "foensskov-skadedyr.dk" -> "Fønsskov Mark 2, 5500 Middelfart";
            case "ejby-haveservice.dk" -> "Kirkevej 8, 5592 Ejby";
            case "gelsted-laas.dk" -> "Ejbyvej 15, 5591 Gelsted";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a sales invoice with a seller/buyer block, a position table and "Betaling:
     * bankoverførsel til ..."; a craftsman's hours statement with fitter hours, materials and a 3 % small-materials
     * surcharge; a giro-style bill with debtor number and an "indbetalingskort" strip carrying the supplier's FI line
     * (card type 71); and a consumption settlement with metering point and period. Layouts other than the first print the
     * supplier's own FI line when its own account is printed; a {@code null} account prints no bank account at all.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        String fi = kind != 0 && account != null && account.equals(s.account()) ? fik(71, no, creditorNo(s.domain()), false) : "";
        switch (kind) {
            case 0 -> {
                head = title + " nr. " + no;
                l.add("Sælger: " + s.name() + (addr.isEmpty() ? "" : ", " + addr));
                l.add("CVR-nr. " + cvr(s.domain()) + (freeMail(s) ? "" : "   www." + s.domain()));
                l.add("Køber: Middelfart Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Fakturadato " + dottedDay(m, 0) + "   Betalingsbetingelse: netto 30 dage   Forfald " + dottedDay(m, 30));
                l.add("Pos.  Tekst                                                  Antal   Á-pris          Beløb");
                l.add("10    " + s.what() + "   1   " + a.net() + "   " + a.net());
                l.add("Nettobeløb " + a.net() + "   Momsgrundlag " + a.net() + "   Moms 25 % " + a.vat());
                l.add("Fakturabeløb DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Betaling: bankoverførsel til " + account + ", reference " + no);
                }
            }
            case 1 -> {
                head = s.name();
                l.add(title + " " + no + " - timeregning - " + writtenDay(m, 0));
                l.add((addr.isEmpty() ? "" : addr + " - ") + "CVR " + cvr(s.domain()));
                l.add("Til: Middelfart Kommune (EAN " + EAN + ")   Arbejdssted: " + s.what());
                long rate = 48_500;
                long hours = Math.max(2, a.ore() * 6 / 10 / rate);
                long small = a.ore() * 3 / 100;
                long materials = a.ore() - hours * rate - small;
                l.add("Montørtimer " + hours + " á " + kr(rate) + " = " + kr(hours * rate));
                l.add("Materialer iflg. specifikation " + kr(materials) + "   Småmaterialer og miljøtillæg 3 % " + kr(small));
                l.add("I alt ekskl. moms " + a.net() + "   Moms " + a.vat() + "   I alt inkl. moms " + a.gross());
                l.addAll(more);
                l.add("Sidste rettidige betalingsdag " + writtenDay(m, 21) + (account == null ? "" : ". Konto: " + account));
                if (!fi.isEmpty()) {
                    l.add("FI-indbetaling: " + fi);
                }
            }
            case 2 -> {
                head = title.toUpperCase(DA);
                l.add(s.name() + " | " + (addr.isEmpty() ? "" : addr + " | ") + "CVR " + cvr(s.domain()));
                l.add("Debitornr. " + (20_000 + Math.floorMod(s.domain().hashCode(), 70_000)) + "   " + title + "snr. " + no
                    + "   Dato " + dottedDay(m, 0));
                l.add("Middelfart Kommune, EAN " + EAN);
                l.add("Leverance: " + s.what());
                l.add("Beløb " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Kan også betales til " + account);
                }
                l.add("- - - - - - - - - - indbetalingskort - - - - - - - - - -");
                l.add("Betalingsdato " + dottedDay(m, 14) + (fi.isEmpty() ? "" : "   " + fi));
            }
            default -> {
                head = s.name() + " - forbrugsafregning";
                l.add(title + " " + no + " til Middelfart Kommune (EAN " + EAN + ")");
                l.add("Forbrugssted/aftale " + (400_000 + Math.floorMod(s.domain().hashCode(), 90_000)) + ", periode "
                    + dottedDay(m, -29) + " - " + dottedDay(m, -1));
                l.add("Ydelse: " + s.what());
                l.add("Fast bidrag og forbrug iflg. målerdata: netto " + a.net() + ", moms " + a.vat() + ", til betaling " + a.gross());
                l.addAll(more);
                l.add("Trækkes ikke automatisk. Betales senest " + dottedDay(m, 18) + (account == null ? "" : " til " + account));
                if (!fi.isEmpty()) {
                    l.add("Kortart 71: " + fi);
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", "Faktura nr. " + n + ".pdf", "Middelfart Kommune "
            + n + ".pdf", "F" + n + ".pdf", "Salgsfaktura_" + n + ".pdf", "Bilag " + n + ".pdf", "regning-" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Kære Middelfart Kommune", "Til kreditorbogholderiet", "Hej", "Goddag",
        "Att.: Økonomi", "Hej jer", "Til rette vedkommende", "Hej bogholderiet"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig29:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nHilsen " + firstName(s) + "\n" + s.name() + "\nTlf. 64 " + (10 + rnd.nextInt(89)) + " "
                    + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + " - " + s.name() + (freeMail(s) ? "" : "\nCVR " + cvr(s.domain()));
            case 3:
                return "\n\n" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min mobil" : "\n" + s.name() + " | " + s.domain());
            default:
                return "\n\nDbh.\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 7_600_000 : 580_000);
        String[] subjects = {"Faktura " + no, "Fakturanr. " + no + " fra " + s.name(), "Middelfart Kommune: faktura " + no,
            "Regning " + no, "Faktura " + no + " (EAN " + EAN + ")", s.name() + " / faktura " + no, "Vedr. faktura " + no,
            "Faktura til Middelfart Kommune", "Ny regning fra " + s.name()};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt vores faktura nr. " + no + ". Beløbet udgør " + a.gross() + " kr. inkl. moms og forfalder "
                + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet blev afleveret i sidste uge og er gennemgået med jeres tilsynsførende. Fakturaen er vedhæftet og "
                + "sendt til EAN-nummeret.";
            case 3 -> "Tak for opgaven. I finder fakturaen i den vedhæftede PDF - ring endelig, hvis der er spørgsmål til "
                + "specifikationen.";
            case 4 -> "Vedhæftet månedens faktura. Anfør venligst " + no + " ved betaling, så vi kan afstemme.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nBetalingsfrist: " + writtenDay(m, 30) + "\nEAN: " + EAN;
            case 6 -> "Undskyld forsinkelsen på denne faktura - vores bogholder har været sygemeldt et par uger, så vi er lidt "
                + "bagud.";
            default -> "Faktura vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 3) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Tahoma,sans-serif;"
                + "font-size:10.5pt\"><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; merchants use their program's giro bill or the sales invoice. */
    private static final Set<String> PERIODIC = Set.of("ejby-fjernvarme.dk", "middelfart-madservice.dk",
        "harndrup-rengoering.dk", "brenderup-bustrafik.dk");
    private static final Set<String> TRADE = Set.of("gelsted-traelast.dk", "strib-kontorservice.dk", "hindsgavl-data.dk",
        "middelfart-lokalnyt.dk");
    private static final Set<String> CRAFT = Set.of("brenderup-kloak.dk", "gelsted-toemrer.dk", "asperup-maler.dk",
        "strib-el.dk", "foensskov-vvs.dk", "baaring-smedie.dk", "strib-baadebyggeri.dk", "gelsted-laas.dk");

    private static int layout(Supplier s, int v) {
        if (PERIODIC.contains(s.domain())) {
            return 3;
        }
        if (TRADE.contains(s.domain())) {
            return v % 2 == 0 ? 2 : 0;
        }
        if (CRAFT.contains(s.domain())) {
            return v % 3 == 0 ? 0 : 1;
        }
        return Math.floorMod(v, 3);
    }

    /**
     * An OIOUBL 2.02 invoice (payment means 31, bank transfer with reg.nr. and account), or (peppol) a Peppol BIS Billing
     * 3.0 invoice (payment means 30, credit transfer to an IBAN), each with a delivery and a tax subtotal.
     */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String buyerRef,
                       String note) {
        String net = String.format(Locale.ROOT, "%.2f", a.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (a.ore() / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (a.ore() + a.ore() / 4) / 100.0);
        String name = xml(s.name());
        StringBuilder x = Ubl.head(true, " ", peppol, "urn:www.nesubl.eu:profiles:profile5:ver2.0", no, issue, due, note);
        x.append(" <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n")
            .append(peppol ? " <cbc:BuyerReference>" + buyerRef + "</cbc:BuyerReference>\n"
                : " <cac:OrderReference><cbc:ID>" + buyerRef + "</cbc:ID></cac:OrderReference>\n")
            .append(" <cac:AccountingSupplierParty>\n  <cac:Party>\n")
            .append(peppol ? "   <cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n"
                : "   <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK" + cvr(s.domain()) + "</cbc:EndpointID>\n")
            .append("   <cac:PartyName><cbc:Name>").append(name).append("</cbc:Name></cac:PartyName>\n")
            .append("   <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("   <cac:PartyTaxScheme><cbc:CompanyID>DK").append(cvr(s.domain())).append("</cbc:CompanyID>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n")
            .append("  </cac:Party>\n </cac:AccountingSupplierParty>\n")
            .append(" <cac:AccountingCustomerParty>\n  <cac:Party>\n")
            .append(peppol ? "   <cbc:EndpointID schemeID=\"0088\">" + EAN + "</cbc:EndpointID>\n"
                : "   <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">" + EAN + "</cbc:EndpointID>\n")
            .append("   <cac:PartyName><cbc:Name>Middelfart Kommune</cbc:Name></cac:PartyName>\n")
            .append("  </cac:Party>\n </cac:AccountingCustomerParty>\n")
            .append(" <cac:Delivery><cbc:ActualDeliveryDate>").append(issue).append("</cbc:ActualDeliveryDate></cac:Delivery>\n")
            .append(" <cac:PaymentMeans>\n");
        if (peppol) {
            String ibanText = account.startsWith("IBAN") ? account : iban("DK", plain(account));
            x.append("  <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>\n  <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("  <cac:PayeeFinancialAccount><cbc:ID>").append(plain(ibanText)).append("</cbc:ID><cbc:Name>").append(name)
                .append("</cbc:Name></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("  <cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>\n  <cbc:PaymentDueDate>").append(due)
                .append("</cbc:PaymentDueDate>\n  <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:"
                    + "paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("  <cac:PayeeFinancialAccount><cbc:ID>").append(kontoOf(account)).append("</cbc:ID>")
                .append("<cac:FinancialInstitutionBranch><cbc:ID>").append(regOf(account))
                .append("</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>\n");
        }
        x.append(" </cac:PaymentMeans>\n")
            .append(" <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>\n")
            .append("  <cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxableAmount>")
            .append("<cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount><cac:TaxCategory><cbc:ID>")
            .append(peppol ? "S" : "StandardRated").append("</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>")
            .append(peppol ? "VAT" : "63").append("</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>\n")
            .append(" </cac:TaxTotal>\n")
            .append(" <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(total)
            .append("</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID=\"DKK\">").append(total)
            .append("</cbc:PayableAmount></cac:LegalMonetaryTotal>\n")
            .append(" <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"").append(peppol ? "H87" : "EA")
            .append("\">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:LineExtensionAmount><cac:Item><cbc:Name>").append(xml(s.what()))
            .append("</cbc:Name></cac:Item><cac:Price><cbc:PriceAmount currencyID=\"DKK\">").append(net)
            .append("</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n")
            .append("</Invoice>\n");
        return x.toString();
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af skolens pedel"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing, aligned SPF pass";
        propertyHistory();
        List<Supplier> again = List.of(traelast, anlaeg, data, mad, vvs, avis, el, kloak, varme, maler, kontor, vognmand, toemrer,
            rengoer, traelast, bus);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekv.nr. " + (51_200 + k * 37));
                case 1 -> List.of("Jeres ref.: " + to().replace("@middelfart.dk", ""));
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "klimatilpasning Strib 2032" : "driftsaftale 2032"));
                case 3 -> List.of("Indkøbsordre " + (4_700_000 + k * 263));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nKvitterede følgesedler ligger i bilaget." : k % 7 == 4
                ? "\n\nEt billede af det færdige arbejde er vedhæftet." : k % 7 == 6 ? "\n\nTimelisten er vedhæftet som CSV." : "";
            invoice(m, s, s.account(), k * 3 + 1, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "foelgesedler-" + (k + 2) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Modtaget af: " + (k % 2 == 0 ? "Rådhusets servicecenter" : "Materielgården, Ejby"),
                        "Kvitteret ved levering", "Leverancer i alt: " + (3 + k % 4))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_" + (4_410 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            } else if (k % 7 == 6) {
                m.mime.attach("text/csv", "timeliste.csv", ("dato;initialer;timer;tekst\r\n" + isoDay(m, -7) + ";RH;7,4;montage\r\n"
                    + isoDay(m, -6) + ";RH;7,4;montage\r\n" + isoDay(m, -5) + ";PL;3,5;oprydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, bus)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: februar 2032"), "\n\nAfregningen omfatter februar måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for February, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        propertySettlement();
        cableReport();
        water();
        recruitment();
        authorityNotices();
        priceNotice();
        platforms();
        ublFiles();
        bankChanges();
        smallFirms();
        moreLocal();
        foreignSuppliers();
        saas();
        esignature();
        newsletters();
        creditorList();
        forwarded();
        internal();
        banks();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota vedr. faktura ", "Tolv gipsplader var knækket ved leveringen til Vestre Skole "
            + "og blev taget retur af chaufføren. De er krediteret."},
            {kontor, "Kreditering - faktura ", "Toneren til printerne på Kulturøen blev faktureret to gange. Den ene linje er "
                + "krediteret."},
            {mad, "Kreditnota til faktura ", "Fem borgere var indlagt på Middelfart Sygehus i uge 6 og fik derfor ikke mad "
                + "leveret. Deres portioner er fratrukket."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR" + (1_100 + rnd.nextInt(800));
            Amount a = amount(210_000).credit();
            headers(m, s.person(), addr(s), "kreditor@middelfart.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Kreditnota " + no + " på " + a.gross() + " kr. er vedhæftet og kan "
                    + "modregnes i næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2 + 1,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(anlaeg, el)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@middelfart.dk", "Kontoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nTil brug for jeres afstemning sender vi kontoudtog. Faktura " + p.no() + " er registreret betalt, "
                    + "og der står ikke noget åbent." + signature(s))
                .attach("application/pdf", "kontoudtog_middelfart.pdf", Attachments.pdf(docId(m, "ko"), "Kontoudtog",
                    List.of("Kunde: Middelfart Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt",
                        "Saldo 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@middelfart.dk", "Betaling modtaget")
            .text("Hej\n\nVi har modtaget betalingen for faktura " + past.get(vognmand.domain()).no() + " (snerydning i januar). "
                + "Mange tak.\n\nJens\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "baaring-vognmand.dk thanks for payment (its SPF names only the route planner: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Venlig påmindelse", "Ifølge vores debitorliste er nedenstående faktura endnu ikke betalt. Er "
            + "betalingen sendt, kan I se bort fra denne mail."},
            {maler, "Mangler betaling?", "Hej. Jeg kan ikke se, at regningen for malerarbejdet på Asperup Skole er betalt. Er den "
                + "kommet frem til jer? Mvh Per"},
            {kloak, "Rykker 1", "Fakturaen er nu forfalden med 12 dage. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@middelfart.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 3) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "NA-" + (7_300 + rnd.nextInt(600));
        String klient = bank("9551", "4400187265");
        headers(m, "Nytorv Advokatfirma, Inkasso", "inkasso@nytorv-advokater.dk", "kreditor@middelfart.dk",
            "Inkassomeddelelse, sag " + sag + " - Strib Bådebyggeri")
            .text("Middelfart Kommune\nKreditorbogholderiet\n\nStrib Bådebyggeri v/ Kim Holm har bedt os inddrive faktura 318 af "
                + "4. november 2031 på 14.375,00 kr. for vinteropbevaring og bundmaling af marinaens arbejdsbåd. Vores klient "
                + "har rykket to gange uden svar.\n\nEr beløbet betalt, eller er der indsigelser, beder vi jer svare med "
                + "sagsnummeret. Ellers bedes beløbet og inkassogebyr 100,00 kr. indbetalt inden 10 dage på vores klientkonto "
                + klient + ".\n\nMed venlig hilsen\nNytorv Advokatfirma\nInkassoafdelingen")
            .attach("application/pdf", "Inkassomeddelelse-" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Strib Bådebyggeri v/ Kim Holm", "Faktura 318 af 04.11.2031: 14.375,00",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.155.1.1");
        m.description = "a real law firm's collection letter about an unlisted boatyard's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "TBR-" + (3_400 + rnd.nextInt(500));
        String konto = iban("DK", "64000002218843");
        headers(m, "Trekant Brand & Redning I/S, Økonomi", "oekonomi@tbv-trekant.dk", "kreditor@middelfart.dk", "Faktura " + no
            + " - kommunalt bidrag 1. kvartal 2032")
            .text("Til Middelfart Kommune\n\nVedlagt faktura på kommunens bidrag for 1. kvartal 2032 til det fælles beredskab. "
                + "Bidraget følger budgetfordelingen, som bestyrelsen vedtog i september, og fakturaen er også sendt til "
                + "kommunens EAN-nummer.\n\nBetaling til " + konto + ".\n\nMed venlig hilsen\nTrekant Brand & Redning I/S")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "tb"), "Faktura " + no,
                List.of("Trekant Brand & Redning I/S", "Middelfart Kommune, EAN " + EAN, "Kommunalt bidrag 1. kvt. 2032, "
                    + "andel 17,9 %", "DKK 3.982.750,00 (momsfrit)", "Betaling: " + konto)));
        genuine(m, "127.155.11.1");
        m.description = "the intermunicipal fire and rescue service's quarterly contribution, its own account, DMARC pass";
    }

    /** Wave 1: our lawyer sends the signed purchase agreement for a plot in Ejby; the later deposit request cites it. */
    private void propertyHistory() {
        M m = ok("property-purchase-settlement", false);
        m.wave = 1;
        String subject = "Køb af Kærbyvej 14, Ejby - underskrevet købsaftale";
        headers(m, "Advokat Henrik Sloth", "hs@nytorv-advokater.dk", "ejendomme@middelfart.dk", subject)
            .text("Kære Ejendomme\n\nKøbsaftalen om kommunens køb af landbrugsarealet Kærbyvej 14 i Ejby (matr.nr. 12b, 3,4 ha) "
                + "er nu underskrevet af sælger. Købesummen er 1.240.000 kr. kontant, overtagelse 1. marts 2032.\n\nEfter "
                + "aftalens § 4 deponeres købesummen på vores klientkonto i Middelfart Sparekasse, når skødet er tinglyst. Jeg "
                + "sender refusionsopgørelse og betalingsanmodning til den tid. Kontonummeret fremgår af købsaftalen og vil ikke "
                + "blive ændret.\n\nMed venlig hilsen\nHenrik Sloth\nAdvokat, Nytorv Advokatfirma")
            .attach("application/pdf", "Koebsaftale-Kaerbyvej-14.pdf", Attachments.pdf(docId(m, "ka"), "Købsaftale",
                List.of("Sælger: Poul og Anna Vestergaard", "Køber: Middelfart Kommune", "Ejendom: Kærbyvej 14, 5592 Ejby, matr.nr. 12b",
                    "Købesum: 1.240.000 kr. kontant", "§ 4: deponering på købers advokats klientkonto " + bank("9551", "4400187265"))));
        genuine(m, "127.155.1.1");
        past.put("nytorv-advokater.dk", new Past("Kærbyvej 14", null, messageId(m, "nytorv-advokater.dk"), subject));
        m.description = "history: our lawyer sends the signed agreement for a land purchase, deposit account fixed in § 4";
    }

    private void propertySettlement() {
        Past p = past.get("nytorv-advokater.dk");
        M m = ok("property-purchase-settlement", false);
        headers(m, "Advokat Henrik Sloth", "hs@nytorv-advokater.dk", "ejendomme@middelfart.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Kære Ejendomme\n\nSkødet er tinglyst uden anmærkninger. Refusionsopgørelsen er vedhæftet; kommunen skal "
                + "have 3.212,50 kr. retur for forudbetalt ejendomsskat, som modregnes.\n\nDeponér venligst 1.236.787,50 kr. "
                + "på vores klientkonto " + bank("9551", "4400187265") + " - den samme konto som i købsaftalens § 4 - med "
                + "teksten 'Kærbyvej 14'. Ring gerne til mig på kontorets hovednummer, før I betaler.\n\nMed venlig hilsen\n"
                + "Henrik Sloth\nAdvokat, Nytorv Advokatfirma")
            .attach("application/pdf", "Refusionsopgoerelse-Kaerbyvej-14.pdf", Attachments.pdf(docId(m, "ref"),
                "Refusionsopgørelse", List.of("Kærbyvej 14, 5592 Ejby, overtagelse 01.03.2032", "Købesum 1.240.000,00",
                    "Refusion ejendomsskat til køber -3.212,50", "Til deponering 1.236.787,50",
                    "Klientkonto " + bank("9551", "4400187265"))));
        genuine(m, "127.155.1.1");
        m.description = "our lawyer, in its own wave-1 thread, asks for the purchase price on the account fixed in the agreement";
    }

    /** Genuine counterpart to the cable-strike fraud: the grid company reports a damage and claims from the contractor. */
    private void cableReport() {
        M m = ok("cable-damage-report", false);
        headers(m, "Fyn Elnet A/S, Ledningsskader", "ledningsskader@fyn-elnet.dk", "vej-trafik@middelfart.dk",
            "Skadeanmeldelse 10 kV-kabel, Strib Landevej - til orientering")
            .text("Til Middelfart Kommune, Vej og Trafik\n\nTil orientering: under jeres fortovsprojekt på Strib Landevej blev "
                + "et 10 kV-kabel beskadiget den 3. marts. Kablet var registreret i LER, og graveforespørgslen viste det korrekt. "
                + "Skaden er udbedret samme dag.\n\nVores erstatningskrav er sendt til gravemaskinens ejer, Nørre Aaby Anlæg & "
                + "Belægning A/S, og dennes forsikring. Kommunen skal ikke betale noget til os. Vi beder jer blot bekræfte, at "
                + "entreprenøren arbejdede for kommunen.\n\nMed venlig hilsen\nFyn Elnet A/S, Ledningsskader");
        genuine(m, "127.155.2.1");
        m.description = "a real grid company reports a cable strike and claims from the contractor's insurer, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Ledningsejerregistret", "noreply@ler.dk", "vej-trafik@middelfart.dk", "Graveforespørgsel "
            + (2_032_000_000L + rnd.nextInt(900_000)) + " er besvaret")
            .text("Din graveforespørgsel for Strib Landevej 40-88, 5500 Middelfart er besvaret af 7 ledningsejere. Svarene kan "
                + "hentes i LER 2.0 med MitID Erhverv. Der er ingen betaling forbundet med forespørgslen.\n\nLedningsejerregistret\n"
                + "Denne mail kan ikke besvares.");
        genuine(m, "127.155.17.1");
        m.description = "the cable register's answer to a dig request, no link, nothing to pay";
    }

    /** Genuine counterpart to the disconnection fraud: the water utility's planned interruption and its real invoice. */
    private void water() {
        M m = ok("supply-interruption-notice", false);
        headers(m, "Middelfart Vand A/S", "driftsinfo@middelfart-vand.dk", "ejendomme@middelfart.dk", "Planlagt afbrydelse af "
            + "vandet - Strib Skole og Strib Idrætscenter")
            .text("Kære kunde\n\nTorsdag fra kl. 8 til ca. 12 lukker vi for vandet på Vestre Strandvej og de tilstødende veje, "
                + "fordi en hovedledning skal skiftes. Det berører Strib Skole og Strib Idrætscenter. Skolens pedel er orienteret "
                + "direkte.\n\nAfbrydelsen har intet med betaling at gøre, og der er intet at betale.\n\nMed venlig hilsen\n"
                + "Middelfart Vand A/S, Drift");
        genuine(m, "127.155.3.1");
        m.description = "the real water utility announces a planned interruption for works, nothing to pay, DMARC pass";
        m = ok("utility-invoice", true);
        String no = "MV" + (880_000 + rnd.nextInt(90_000));
        headers(m, "Middelfart Vand A/S", "regning@middelfart-vand.dk", "kreditor@middelfart.dk", "Vandregning " + no
            + " - kommunale ejendomme, 1. kvartal 2032")
            .text("Kære Middelfart Kommune\n\nVandregningen for 1. kvartal 2032 for kommunens 64 målere er vedhæftet med "
                + "målerspecifikation. Beløbet trækkes via Betalingsservice den " + writtenDay(m, 20) + " som sædvanlig.\n\n"
                + "Med venlig hilsen\nMiddelfart Vand A/S, Kundeservice")
            .attach("application/pdf", "Vandregning-" + no + ".pdf", Attachments.pdf(docId(m, "mv"), "Vandregning " + no,
                List.of("Middelfart Kommune, EAN " + EAN, "64 målere, 1. kvartal 2032, aconto", "Vandbidrag og vandafgift "
                    + "DKK 412.880,00 + moms 103.220,00", "Betales via Betalingsservice")));
        genuine(m, "127.155.3.1");
        m.description = "the water utility's real quarterly invoice, paid by direct debit, DMARC pass";
    }

    private void recruitment() {
        M m = ok("recruitment-fee-invoice", true);
        String no = "FT-" + (2_040 + rnd.nextInt(300));
        String konto = bank("0400", "4039917225");
        headers(m, "Fynsk Talent A/S", "faktura@fynsk-talent.dk", "born-familie@middelfart.dk", "Faktura " + no
            + " - rekruttering af skoleleder, Strib Skole (2. rate)")
            .text("Kære Børn og Familie\n\nTak for et godt forløb. Som aftalt i kontrakten af 12. december faktureres anden "
                + "rate af honoraret ved underskrevet ansættelseskontrakt. Fakturaen er også sendt til EAN-nummeret.\n\nBeløb: "
                + "68.750,00 kr. inkl. moms. Betaling til " + konto + ".\n\nMed venlig hilsen\nFynsk Talent A/S")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "ft"), "Faktura " + no,
                List.of("Fynsk Talent A/S, CVR " + cvr("fynsk-talent.dk"), "Middelfart Kommune, EAN " + EAN,
                    "Rekruttering af skoleleder, Strib Skole, rate 2 af 2 (kontrakt 12.12.2031)", "55.000,00 + moms 13.750,00",
                    "Betaling: " + konto)));
        genuine(m, "127.155.10.1");
        m.description = "a recruitment firm's second instalment for an agreed search, p=none aligned pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Energistyrelsen", "bygningspuljen@ens.dk", "ejendomme@middelfart.dk", "Udbetaling af tilskud - "
            + "energirenovering af Gelsted Skole")
            .text("Til Middelfart Kommune\n\nVi har godkendt slutregnskabet for energirenoveringen af Gelsted Skole. Tilskuddet på "
                + "312.400 kr. udbetales til kommunens NemKonto inden for 10 bankdage. Afgørelsen ligger også i Digital Post.\n\n"
                + "Med venlig hilsen\nEnergistyrelsen");
        genuine(m, "127.155.15.1");
        m.description = "energy authority pays a grant to our NemKonto, DMARC pass, nothing to pay";
        m = ok("authority-notice", false);
        headers(m, "Styrelsen for It og Læring", "support@stil.dk", "skole@middelfart.dk", "Påmindelse: elevtal til "
            + "tilskudsberegning skal indberettes")
            .text("Kære skoleforvaltning\n\nFristen for indberetning af elevtal pr. 5. september er om to uger. Indberetningen "
                + "sker i det sædvanlige administrative system; denne mail indeholder ingen link.\n\nStyrelsen for It og Læring");
        genuine(m, "127.155.16.1");
        m.description = "education authority reminds of a data deadline, no link, DMARC pass";
    }

    private void priceNotice() {
        M m = ok("price-index-notice", false);
        headers(m, kontor.person(), addr(kontor), "indkoeb@middelfart.dk", "Prisændring på kopipapir pr. 1. april")
            .text("Til Middelfart Kommune, Indkøb\n\nVores grossist hæver prisen på kopipapir med 4,1 % fra 1. april. Efter "
                + "rammeaftalens punkt 7 regulerer vi den tilsvarende, og den nye pris kommer med på aprilfakturaen. Øvrige "
                + "priser er uændrede, og der skal ikke betales noget særskilt.\n\nPrislisten er vedhæftet." + signature(kontor))
            .attach("application/pdf", "Prisliste-april-2032.pdf", Attachments.pdf(docId(m, "pris"), "Prisliste",
                List.of("Kopipapir A4 80 g, 5 x 500 ark: ny pris fra 01.04.2032", "Regulering 4,1 % jf. rammeaftalens pkt. 7")));
        genuine(m, kontor.ip());
        m.description = "listed office supplier announces a contractual price change on the next ordinary invoice";
    }

    private void platforms() {
        Object[][] p = {{"frisbii.com", skadedyr}, {"frisbii.com", rengoer}, {"accountable.eu", fortael}, {"hiveage.com", el},
            {"lemonsqueezy.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(720_000);
            m.mailFrom = "bounce-" + sha256("plat29:" + m.id).substring(0, 12) + "@" + d;
            String no;
            if (d.equals("frisbii.com")) {
                no = "INV-" + (30_100 + rnd.nextInt(9_000));
                String to = s == rengoer ? "ejendomme@middelfart.dk" : "teknik-miljoe@middelfart.dk";
                headers(m, s.name(), "no-reply@frisbii.com", to, "Faktura " + no + " for dit abonnement hos " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#1d2939\"><p>Hej Middelfart "
                        + "Kommune</p><p>Her er fakturaen for perioden " + dottedDay(m, 0) + " - " + dottedDay(m, 29) + " på jeres aftale med <b>"
                        + s.name() + "</b> (" + s.what() + ").</p><table style=\"border-collapse:collapse\"><tr><td>Faktura</td><td>"
                        + no + "</td></tr><tr><td>Beløb inkl. moms</td><td>DKK " + a.gross() + "</td></tr><tr><td>Forfald</td><td>"
                        + writtenDay(m, 14) + "</td></tr></table><p>Fakturaen er vedhæftet og betales ved bankoverførsel som anført på "
                        + "den.</p><p style=\"font-size:11px;color:#667085\">Abonnementet administreres med Frisbii for " + s.name()
                        + ". Spørgsmål besvares af " + s.name() + ".</p></body></html>");
            } else if (d.equals("accountable.eu")) {
                no = "2032-" + String.format("%03d", 7 + rnd.nextInt(40));
                headers(m, s.person() + " via Accountable", "invoices@accountable.eu", "skole@middelfart.dk", "Invoice/faktura "
                    + no + " from " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej Middelfart Kommune\n\n" + s.person() + " har sendt jer faktura " + no + " via Accountable.\n\nBeløb: "
                        + a.gross() + " DKK\nForfaldsdato: " + isoDay(m, 21) + "\n\nFakturaen er vedhæftet som PDF. Svar på denne "
                        + "mail for at skrive direkte til " + firstName(s) + ".\n\n--\nAccountable - bogføring for selvstændige");
            } else if (d.equals("hiveage.com")) {
                no = "HV-" + (1_200 + rnd.nextInt(700));
                headers(m, s.name() + " (Hiveage)", "invoices@hiveage.com", "kultur-fritid@middelfart.dk", s.name()
                    + " har sendt dig faktura " + no)
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Georgia,serif\"><p>Kære Kultur og Fritid</p><p>" + s.name() + " har "
                        + "udstedt faktura " + no + " på <b>DKK " + a.gross() + "</b> for " + s.what() + ".</p><p><a href=\""
                        + "https://strib-el.hiveage.com/v/" + sha256("hv29:" + m.id).substring(0, 20) + "\">Vis faktura</a> - "
                        + "PDF vedhæftet.</p><p>Venlig hilsen<br>" + s.person() + "</p></body></html>");
            } else {
                no = "LS-" + (482_000 + rnd.nextInt(9_000));
                headers(m, "Lemon Squeezy (for Readable Web)", "receipts@lemonsqueezy.com", "digitalisering@middelfart.dk",
                    "Your invoice " + no + " from Readable Web")
                    .text("Hi Middelfart Kommune,\n\nThanks for renewing Readable Web Pro (read-aloud and contrast tools for "
                        + "middelfart.dk). Lemon Squeezy is the merchant of record for this order.\n\nInvoice: " + no + "\nTotal: "
                        + "EUR 1,188.00 (VAT reverse charge, DK VAT no. on file)\nPaid: card ending 4417 on " + isoDay(m, 0)
                        + "\n\nThe invoice PDF is attached for your records. Nothing more to pay.\n\nLemon Squeezy");
                m.mime.attach("application/pdf", "invoice-" + no + ".pdf", Attachments.pdf(docId(m, "ls"), "Invoice " + no,
                    List.of("Merchant of record: Lemon Squeezy LLC, for Readable Web", "Bill to: Middelfart Kommune, " + RAADHUS,
                        "Readable Web Pro, 12 months", "EUR 1,188.00, reverse charge", "Paid by card")));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform lemonsqueezy.com invoices a web accessibility plugin as merchant of record, paid by card";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(varme, traelast, data)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_900_000);
            boolean peppol = v != 0;
            String ref = "MK-" + (8_100 + v * 59);
            headers(m, s.name(), addr(s), "efaktura@middelfart.dk", (peppol ? "Peppol-faktura " : "OIOUBL-faktura ") + no)
                .text("Hej e-faktura\n\nVi skifter økonomisystem i denne måned, og den nye NemHandel-opsætning er ikke godkendt "
                    + "endnu. Jeres kreditorafdeling har sagt ja til, at vi sender fakturaen som XML-fil direkte, sammen med en "
                    + "PDF til at læse. Kontoen er den sædvanlige. Kommer fakturaen også senere via NemHandel, er det den samme - "
                    + "betal den kun én gang.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + (peppol ? "_peppol.xml" : "_oioubl.xml"),
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 30), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning-" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 2, List.of("Reference " + ref, "Elektronisk original: " + (peppol ? "Peppol BIS 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF view, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly, each followed by the supplier's next invoice to the new account:
     * the carpenter moves bank when its local branch closes; the meal supplier's bank merged and the reg.nr. changed.
     */
    private void bankChanges() {
        String nyT = bank("0400", "4052218809");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@middelfart.dk", "Ny bankforbindelse fra 1. marts 2032")
            .text("Til kreditorbogholderiet\n\nBanken i Gelsted lukker sin erhvervsafdeling, og vi har derfor flyttet firmaets "
                + "konti. Fakturaer dateret 1. marts 2032 og senere skal betales til " + nyT + ". Ældre fakturaer kan stadig "
                + "betales til den gamle konto, som holdes åben til sommer.\n\nI er velkomne til at ringe til mig på mobilnummeret "
                + "i jeres leverandørkartotek og få ændringen bekræftet, før I retter stamdata. Brevet med min underskrift er "
                + "vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny-bankforbindelse-Gelsted-Toemrer.pdf", Attachments.pdf(docId(m, "nb"),
                "Meddelelse om ny bankforbindelse", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer dateret fra 01.03.2032", "Ny konto: " + nyT, "Rasmus Høj, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from March (SPF+Ed25519 DKIM, no DMARC), invites a call";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "justering af vinduespartier og nye lister, Gelsted Skole");
        invoice(m, moved, nyT, 9, List.of("Ny bankforbindelse fra 01.03.2032, jf. brev"), "\n\nBemærk vores nye konto, som vi "
            + "skrev om i sidste uge.");
        genuine(m, toemrer.ip());
        m.description = "gelsted-toemrer.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "04000001172634");
        m = ok("supplier-new-account", false);
        headers(m, "Middelfart Madservice A/S, Økonomi", addr(mad), "kreditor@middelfart.dk", "Nyt registreringsnummer efter "
            + "bankfusion")
            .text("Til Middelfart Kommune, Kreditor og Sundhed og Ældre\n\nVores bank er fusioneret med Spar Nord, og "
                + "registreringsnummeret på vores konto skifter derfor fra 9551 til 0400. Kontonummeret er det samme. Som IBAN "
                + "bliver det " + nyM + ".\n\nFakturaer fra 1. marts bærer det nye nummer. Den gamle konto videresender "
                + "betalinger året ud. Bankens brev om fusionen er vedhæftet, og vores kontraktansvarlige har nævnt det på "
                + "driftsmødet " + writtenDay(m, -8) + ".\n\nMed venlig hilsen\nMiddelfart Madservice A/S");
        m.mime.attach("application/pdf", "Bankens-meddelelse-om-fusion.pdf", Attachments.pdf(docId(m, "bf"),
            "Meddelelse om nyt registreringsnummer", List.of("Til bankens erhvervskunder", "Reg.nr. 9551 ophører, nyt reg.nr. 0400",
                "Kontonumre er uændrede", "Betalinger til gamle numre videresendes til 31.12.2032")));
        genuine(m, mad.ip());
        m.description = "listed meal supplier (Ed25519, p=reject, DMARC pass) announces a new reg.nr. after its bank merged, "
            + "account number unchanged";
        m = ok("supplier-invoice", true);
        Supplier renumbered = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM, "madservice, marts 2032");
        invoice(m, renumbered, nyM, 12, List.of("Nyt reg.nr. efter bankfusion, kontonummer uændret"), "\n\nFakturaen har vores "
            + "nye registreringsnummer.");
        genuine(m, mad.ip());
        m.description = "middelfart-madservice.dk invoice with the new reg.nr. after the announced, authenticated bank merger";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(baad, skadedyr, have, fortael, tolk, musik, vinduer, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Bestilt af " + (v % 2 == 0 ? "driftslederen" : "institutionslederen")),
                v % 3 == 1 ? "\n\nDet er første gang, jeg sender en regning til kommunen, så sig til, hvis noget mangler." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician whose contact person changes, bank unchanged. */
    private void moreLocal() {
        Supplier laas = new Supplier("Gelsted Låseservice", "gelsted-laas.dk", "Bo Thaysen", "bo", HOSTER_IP,
            bank("5470", "0744519830"), "nye cylindre og omkodning af nøglesystem, Ejby Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 13, List.of("Nøgler udleveret til skolens pedel"), "\n\nNøglerne er kvitteret for på "
            + "skolens kontor.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 26, List.of("Kontaktperson fra april: Jonas Winther"), "\n\nMikkel går på forældreorlov fra "
            + "april, så skriv fremover til Jonas på jonas@strib-el.dk. Bank og kontonummer er uændrede.");
        genuine(m, HOSTER_IP);
        m.description = "strib-el.dk invoice announcing a new contact person, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "BF-" + (6_100 + rnd.nextInt(700));
        String subject = "Faktura " + no + " - flytebrygger Middelfart Marina";
        headers(m, "Bergen Flytebrygger AS, Regnskap", addr(norsk), "marina@middelfart.dk", subject)
            .text("Hei,\n\nvedlagt følger faktura for levering og montering av flytebrygger, etappe 2, i Middelfart Marina i "
                + "henhold til kontrakt av 14. oktober 2031. Omvendt avgiftsplikt.\n\nBetaling innen 30 dager til "
                + norsk.account() + ", merk betalingen med fakturanummeret.\n\nMed vennlig hilsen\nBergen Flytebrygger AS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "no"), "Faktura " + no,
                List.of(norsk.name(), "Kunde: Middelfart Kommune, " + RAADHUS + ", Danmark", norsk.what(),
                    "Sum NOK 486 300,00 (omvendt avgiftsplikt)", "Bank: " + norsk.account())));
        genuine(m, norsk.ip());
        past.put(norsk.domain(), new Past(no, new Amount(0, "", "", "NOK 486 300,00"), messageId(m, norsk.domain()), subject));
        m.description = "Norwegian pontoon maker (history), NO IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "RE-2032-" + (1_300 + rnd.nextInt(400));
        headers(m, "Flensburger Lichttechnik GmbH", addr(tysk), "vej-trafik@middelfart.dk", "Rechnung " + no
            + " - Straßenbeleuchtung Strib")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Schlussrechnung für die Umrüstung von 214 Leuchten auf LED in "
                + "Strib gemäß Auftrag vom 9. September 2031. Die Steuerschuld geht auf den Leistungsempfänger über.\n\n"
                + "Zahlbar innerhalb von 30 Tagen auf " + tysk.account() + ".\n\nMit freundlichen Grüßen\n" + tysk.name())
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name(), "Kunde: Middelfart Kommune, Dänemark", tysk.what(), "Summe EUR 73.260,00 netto, "
                    + "Reverse Charge", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German street-lighting firm from Flensburg, DE IBAN, final invoice, p=quarantine";
        m = ok("foreign-invoice", true);
        no = "SW" + (24_000 + rnd.nextInt(900));
        headers(m, "Speelwerk Utrecht B.V.", addr(hollandsk), "teknik-miljoe@middelfart.dk", "Invoice " + no
            + " - nature play area Ejby")
            .text("Dear Middelfart Kommune,\n\nPlease find attached our invoice for the nature play area with log climbing "
                + "frame installed at Ejby Byskov, purchase order MK-2031-771. VAT is reverse charged. Kindly pay within 30 days "
                + "to " + hollandsk.account() + ", stating the invoice number.\n\nMet vriendelijke groet / Kind regards\nFemke "
                + "de Wit\nSpeelwerk Utrecht B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Speelwerk Utrecht B.V.", hollandsk.what(), "EUR 31,940.00 excl. VAT, reverse charge",
                    hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch playground builder, SPF only (aligned pass, no DMARC), NL IBAN, ordered work";
        Past f = past.get(norsk.domain());
        m = ok("payment-reminder", true);
        headers(m, "Bergen Flytebrygger AS, Regnskap", addr(norsk), "marina@middelfart.dk", "Påminnelse: faktura " + f.no())
            .text("Hei,\n\nvi kan ikke se at faktura " + f.no() + " på " + f.amount().gross() + " er betalt. Vennligst betal til "
                + "vår vanlige konto " + norsk.account() + ". Har dere allerede betalt, kan dere se bort fra denne "
                + "påminnelsen.\n\nMed vennlig hilsen\nBergen Flytebrygger AS");
        genuine(m, norsk.ip());
        m.description = "Norwegian supplier's reminder for its real wave-1 invoice, same NO IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "CI-" + (50_200 + rnd.nextInt(900));
        headers(m, "Cookie Information", "billing@cookieinformation.com", "digitalisering@middelfart.dk", "Faktura " + no
            + " - samtykkeløsning 2032")
            .text("Hej Middelfart Kommune\n\nHer er årsfakturaen for jeres samtykkeløsning på middelfart.dk og fire "
                + "institutionssites. Den er også sendt som e-faktura til EAN " + EAN + ".\n\nVenlig hilsen\nCookie Information, "
                + "Finance")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "ci"), "Faktura " + no,
                List.of("Middelfart Kommune, EAN " + EAN, "Samtykkeløsning, 5 domæner, 12 mdr.", "DKK 21.600,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.159.5.1");
        m.description = "consent-management SaaS annual invoice, also to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "LM" + (7_700_000 + rnd.nextInt(90_000));
        headers(m, "LINK Mobility Invoicing", "invoicing@linkmobility.com", "digitalisering@middelfart.dk", "Faktura " + no
            + " - SMS-forbrug februar 2032")
            .text("Kære kunde\n\nVedhæftet er fakturaen for februar: 41.380 SMS'er sendt fra kommunens borgerbeskeder "
                + "(affaldskalender, vejarbejde og vinterberedskab). Fakturaen er sendt via Peppol til jeres EAN.\n\nLINK "
                + "Mobility, Invoicing")
            .attach("application/pdf", "LINK-" + no + ".pdf", Attachments.pdf(docId(m, "lm"), "Faktura " + no,
                List.of("Middelfart Kommune, EAN " + EAN, "SMS-trafik februar 2032: 41.380 stk.", "DKK 9.930,20 + moms",
                    "Betaling: Peppol/EAN")));
        genuine(m, "127.159.6.1");
        m.description = "SMS gateway monthly usage invoice, Ed25519, DMARC pass, to the EAN";
        m = ok("foreign-saas-invoice", true);
        no = "CU-" + (9_100_000 + rnd.nextInt(90_000));
        headers(m, "ClickUp Billing", "billing@clickup.com", "teknik-miljoe@middelfart.dk", "Your ClickUp invoice " + no)
            .text("Hello,\n\nYour ClickUp Business plan for the Climate Adaptation project team (18 seats) renewed. The invoice "
                + "is attached; payment by bank transfer against invoice as agreed with your purchasing department.\n\nInvoice: "
                + no + "\nAmount: USD 2,592.00 (reverse charge)\n\nClickUp Billing")
            .attach("application/pdf", "ClickUp-" + no + ".pdf", Attachments.pdf(docId(m, "cu"), "Invoice " + no,
                List.of("Bill to: Middelfart Kommune, Teknik og Miljø", "ClickUp Business, 18 seats, 12 months",
                    "USD 2,592.00, reverse charge", "Pay by bank transfer, reference " + no)));
        genuine(m, "127.159.7.1");
        m.description = "project-management SaaS renewal invoice in English, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "sign-" + sha256("addo29:" + m.id).substring(0, 10) + "@addo.dk";
        headers(m, "Nytorv Advokatfirma via Addo Sign", "noreply@addo.dk", "ejendomme@middelfart.dk", "Dokument til underskrift: "
            + "Skøde, Kærbyvej 14, Ejby")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:13px\"><p>Hej</p><p>Advokat Henrik Sloth, Nytorv "
                + "Advokatfirma, har sendt et dokument, som skal underskrives med MitID Erhverv: <b>Skøde - Kærbyvej 14, 5592 "
                + "Ejby</b>.</p><p><a href=\"https://app.addo.dk/sign/" + sha256("addl29:" + m.id).substring(0, 28) + "\">Åbn "
                + "dokumentet</a></p><p>Har du spørgsmål til indholdet, så kontakt afsenderen direkte.</p><p style=\"font-size:"
                + "10px;color:#777\">Addo Sign - digital underskrift</p></body></html>");
        genuine(m, "127.155.5.1");
        m.description = "real e-signature service sends our lawyer's deed for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"bogholderens-ugebrev.dk", "Bogholderens Ugebrev", "redaktion@", "Falske krav om ledningsskader og "
            + "lukning af forsyning", "Kommuner får krav fra 'ledningsejere', der vil have betaling for skader ved vejarbejde, og "
            + "trusler om at lukke vand eller varme på en skole, hvis en 'restance' ikke betales i dag. Ægte ledningsejere retter "
            + "kravet mod entreprenøren, og forsyningen lukkes ikke på en mail."},
            {"kongebro-revision.dk", "Kongebro Revision", "nyhedsbrev@", "Nyhedsbrev: deponering ved ejendomshandel",
                "Ved køb af fast ejendom står kontoen for deponering i købsaftalen. En mail om en 'ny deponeringskonto' kort før "
                    + "betalingen er et klassisk svindelmønster. Ring til advokaten på et nummer, I selv har fundet."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "nl-" + sha256("nl29:" + x[0]).substring(0, 12) + "@agillic.eu";
            headers(m, x[1], x[2] + x[0], "oekonomi@middelfart.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u29:" + x[0]).substring(0, 14) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><div style=\"max-width:600px;font-family:Tahoma,sans-serif\"><h2 style=\"font-size:19px\">"
                    + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele artiklen</a></p>"
                    + "<p style=\"font-size:10px;color:#888\">Du modtager nyhedsbrevet, fordi du har tilmeldt dig. Afmeld nederst "
                    + "med ét klik.</p></div></body></html>");
            m.signers.add(x[0]);
            m.signers.add("agillic.eu");
            m.ip = "127.157.7.1";
            m.helo = "mta.agillic.eu";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"fynske-kommuners-oekonomi.dk", "Karen Dahl", "kada@", "Krav om betaling for 'kabelskade'",
            "Hej alle\n\nVi har fået et krav fra en 'fiberleverandør' om 46.000 kr. for et kabel, vores entreprenør skulle have "
                + "gravet over. Der var LER-nummer og billeder med. Har andre set noget lignende?\n\nKaren"},
            {"indkoebsforum-syd.dk", "Thomas Friis", "thfr@", "SV: Krav om betaling for 'kabelskade'", "Ja, to gange. Ægte "
                + "ledningsejere sender kravet til entreprenøren og dennes forsikring - aldrig til os med betalingsfrist.\n\nThomas"},
            {"fynske-kommuners-oekonomi.dk", "Jette Brink", "jebr@", "Lukning af vand på skole - falsk", "Hej\n\nEn af vores "
                + "skoler fik i går en mail om, at vandet ville blive lukket kl. 12, hvis en 'restance' ikke blev betalt. "
                + "Forsyningen kendte ikke noget til det.\n\nJette"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornetvaerk-fyn.dk", x[3])
                .header("List-Id", "Kreditornetvaerk Fyn <liste.kreditornetvaerk-fyn.dk>")
                .header("List-Post", "<mailto:liste@kreditornetvaerk-fyn.dk>")
                .text(x[4]);
            String list = "kreditornetvaerk-fyn.dk";
            listPost(m, x[0], list, "[Kreditornetvaerk Fyn] ",
                "\r\n-- \r\nKreditornetværk Fyn - sparring mellem kreditorbogholdere i fynske kommuner og regioner\r\n"
                + "Afmeld eller skift indstillinger: https://kreditornetvaerk-fyn.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 18, List.of(), "");
        m.mailFrom = "SRS0=Qd4e=ZM=middelfart-lokalnyt.dk=annonce@srs.baeltnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.158.1.1";
        m.helo = "srs.baeltnet.dk";
        m.description = "middelfart-lokalnyt.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 30, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 34, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        invoice(m, kloak, kloak.account(), 21, List.of(), "");
        relayedBy(m, RELAY, "SPF only through its hoster, no DMARC: softfail, nothing aligned");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(300_000);
        Mime orig = original(m, "inner29:", 1, 3, 52, vognmand, "Ole Brix <olbr@middelfart.dk>", "Regning " + no + " saltning");
        orig.text("Hej Ole\n\nHer er regningen for de ekstra saltture i uge 7.\n\nJens");
        orig.attach("application/pdf", pdfName(no, 2), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 2, List.of()));
        headers(m, "Ole Brix", "olbr@" + OWN, "kreditor@middelfart.dk", "VS: Regning " + no + " saltning")
            .text("Hej Kreditor\n\nDenne regning blev sendt direkte til mig. Turene er kørt og godkendt - kontering: Vej og Trafik, "
                + "vintertjeneste, projekt 6120. Den oprindelige mail er vedhæftet.\n\nOle Brix\nVej og Trafik")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.ejby-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorbogholderiet", "kreditor@", "ledere@middelfart.dk", "Krav om ledningsskader og lukning af "
            + "forsyning", "Kære ledere\n\nKrav om betaling for ledningsskader ved vejarbejde, og mails om at vand, varme eller "
            + "strøm lukkes, hvis en restance ikke betales straks, skal sendes til os uden at blive betalt. Ledningsskader "
            + "afgøres mellem ledningsejer og entreprenør.\n\nKreditorbogholderiet"},
            {"Susanne Kragh", "sukr@", "kreditor@middelfart.dk", "Middelfart Madservice - nyt reg.nr. bekræftet", "Hej\n\nJeg "
                + "har ringet til Middelfart Madservice på nummeret i kontrakten. Det nye registreringsnummer efter bankfusionen "
                + "er bekræftet, kontonummeret er uændret, og stamdata er rettet i dag.\n\nSusanne\nIndkøb"},
            {"Ejendomme", "ejendomme@", "kreditor@middelfart.dk", "Kærbyvej 14 - deponering", "Hej\n\nVi har ringet til advokat "
                + "Sloth på kontorets hovednummer og fået bekræftet beløbet og klientkontoen fra købsaftalens § 4. Betalingen kan "
                + "sendes i dag. Kommer der mails om en anden konto, så betal ikke.\n\nEjendomme"},
            {"Martin Lyng", "maly@", "kreditor@middelfart.dk", "Udlæg: reservedele til marinaens slæbebåd", "Hej\n\nVedhæftet er "
                + "kvitteringen for en ny brændstofpumpe og to filtre til slæbebåden. Kan det komme med i næste udlægskørsel?"
                + "\n\nMartin\nMiddelfart Marina"},
            {"HR og Løn", "loen@", "ledere@middelfart.dk", "Ændring af lønkonto", "Kære ledere\n\nMedarbejdere ændrer selv "
                + "lønkonto via NemKonto. Løn og Personale ændrer aldrig en konto på baggrund af en mail, heller ikke fra en "
                + "kollega.\n\nHR og Løn"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering-marina.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Middelfart Sparekasse, Erhverv", "erhverv@middelfart-sparekasse.dk", "oekonomi@middelfart.dk",
            "Ændrede tider for dagens sidste betalingskørsel")
            .text("Kære kunde\n\nFra 1. april gennemføres betalingsfiler, der er godkendt inden kl. 14.30, samme dag. Filer "
                + "godkendt senere gennemføres næste bankdag. I skal ikke gøre noget.\n\nVi skriver aldrig for at bede om "
                + "MitID-godkendelse, og vores mails indeholder ikke links til log-on.\n\nMiddelfart Sparekasse, Erhverv");
        genuine(m, "127.157.1.1");
        m.description = "our bank's notice about cut-off times, no link, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Middelfart Sparekasse, Erhverv", "erhverv@middelfart-sparekasse.dk", "oekonomi@middelfart.dk",
            "Kontoudtog for februar er klar")
            .text("Kære kunde\n\nKontoudtog for februar 2032 ligger nu i Netbank Erhverv under Dokumenter.\n\nMiddelfart "
                + "Sparekasse");
        genuine(m, "127.157.1.1");
        m.description = "bank statement pointer without a link, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Fyns Andelskasse", "kundeservice@fyns-andelskasse.dk", "oekonomi@middelfart.dk",
            "Opdaterede priser på betalingsformidling")
            .text("Fra 1. maj ændres priserne på udenlandske overførsler. Prislisten ligger i netbanken. Der skal ikke foretages "
                + "noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.157.2.1");
        m.description = "second bank's price notice, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Kongebro Revision", "revision@kongebro-revision.dk", "kreditor@middelfart.dk", "Saldobekræftelse pr. "
            + "31.12.2031 - " + traelast.name())
            .text("Til Middelfart Kommune\n\nSom revisor for " + traelast.name() + " beder vi om bekræftelse af kommunens saldo "
                + "over for selskabet pr. 31. december 2031. Fuldmagt fra selskabet er vedhæftet.\n\nSvar venligst direkte til "
                + "os, også hvis saldoen er 0. Vi beder ikke om betaling eller kontooplysninger.\n\nMed venlig hilsen\n"
                + "Kongebro Revision")
            .attach("application/pdf", "Fuldmagt-saldobekraeftelse.pdf", Attachments.pdf(docId(m, "rev"), "Saldobekræftelse",
                List.of(traelast.name() + ", CVR " + cvr(traelast.domain()), "Opgørelsesdato 31.12.2031", "Svar sendes til revisor")));
        genuine(m, "127.155.4.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Gelsted Friskole, Kontoret", "kontor@gelsted-friskole.dk", "oekonomi@middelfart.dk",
            "Indbetaling for leje af Gelsted Hallen")
            .text("Hej\n\nVi har i dag overført 8.750,00 kr. for leje af hallen til vores fastelavnsfest (jeres faktura "
                + "7104455).\n\nVenlig hilsen\nGelsted Friskole");
        genuine(m, "127.155.6.1");
        m.description = "remittance advice: a free school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Trekant Brand & Redning I/S, Bogholderi", "bogholderi@tbv-trekant.dk", "oekonomi@middelfart.dk",
            "Betalingsadvis")
            .text("Til Middelfart Kommune\n\nSpecifikation af dagens betaling er vedhæftet.\n\nTrekant Brand & Redning")
            .attach("text/csv", "betalingsadvis.csv", ("bilag;tekst;beloeb\r\n7104460;Leje af øvelsesareal, Materielgården Ejby;"
                + "18400,00\r\n7104461;Vintervedligehold adgangsvej brandstation Middelfart;6210,00\r\n")
                .getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.155.11.1");
        m.description = "the fire and rescue service pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"middelfart-byggemarked.dk", "Middelfart Byggemarked", "kvittering@", "Kvittering for dit køb",
            "Vejsalt 60 sække, 2 sneskovle og isskraber, 4.980,00 kr. Betalt med kommunens indkøbskort."},
            {"kulturoeen-boghandel.dk", "Kulturøens Boghandel", "ordre@", "Ordre 20931 er afsendt", "30 stk. 'Lillebælt "
                + "- natur og historie' til 6. årgang på Vestre Skole, 5.970,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@middelfart.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Bæltets Legeredskaber", "ordre@baeltets-legeredskaber.dk", "indkoeb@middelfart.dk", "Ordrebekræftelse 32-114")
            .text("Tak for ordren på gyngestativ og sandkasse til Børnehuset Kastanjen. Vi monterer i uge 16, og fakturaen sendes "
                + "elektronisk til EAN " + EAN + ".\n\nBæltets Legeredskaber");
        genuine(m, "127.155.7.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, baad.person(), addr(baad), "marina@middelfart.dk", "Tilbud: ny slæbested-rampe i Middelfart Marina")
            .text("Hej\n\nTilbud på ny rampe til slæbestedet i azobé-træ, inkl. nedtagning af den gamle og nye galvaniserede "
                + "beslag: 58.200 kr. ekskl. moms. Tilbuddet gælder til 30. april." + signature(baad))
            .attach("application/pdf", "Tilbud-rampe-marina.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Slæbestedsrampe, azobé, Middelfart Marina", "58.200,00 ekskl. moms", "Gyldigt til 30.04.2032")));
        genuine(m, baad.ip());
        m.description = "quote from an unlisted boatyard, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "teknik-miljoe@middelfart.dk", "Pris på fældning af to popler ved Ejby Skole")
            .text("Hej\n\nFældning af de to popler ved cykelparkeringen, inkl. stubfræsning og bortkørsel: 1 dag, 11.400 kr. + "
                + "moms. Jeg kan tage det i vinterferien, når der ikke er børn." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted garden firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@middelfart.dk", "Ændret køreplan ved snevejr")
            .text("Hej\n\nVed varslet snevejr kører rute 7 ikke ad Båringvej, men via hovedvejen. Børnene i Båring samles derfor "
                + "ved kirken i stedet for ved skolen. Prisen er uændret.\n\nBrenderup Bustrafik, Trafikkontoret");
        genuine(m, bus.ip());
        m.description = "listed bus company's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomme@middelfart.dk", "Ny tarifstruktur fra 2033")
            .text("Kære kunde\n\nRepræsentantskabet har vedtaget en ny tarif med lavere fast bidrag og højere pris pr. MWh fra "
                + "1. januar 2033. Vi sender en beregning for hver kommunal bygning i efteråret. Der er intet at gøre nu.\n\n"
                + "Ejby Fjernvarmeværk");
        genuine(m, varme.ip());
        m.description = "listed heating utility's tariff letter, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7300010177889213"), iban("DK", "89900008812274"), bank("8990", "0006612378"),
        iban("EE", "1010220233456781"), iban("PL", "114020040000360281234567"), iban("GB", "REVO00997011234567"),
        iban("IE", "AIBK93115212345678"), iban("NL", "INGB0007781234"), iban("DE", "500105175418872210"),
        iban("HU", "107000240000123456789012"), iban("RO", "BTRL0000123456789012"), iban("BG", "STSA93000012345678"),
        iban("CY", "002001950000357001234567"), bank("9860", "0000723318"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "50000000058398257466"), iban("LT", "3250012345678901"), iban("DK", "98600002273315")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void fraudulent() {
        forgedSuppliers();
        lookalikes();
        homoglyphs();
        platformFrauds();
        compromised();
        hijacks();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        fakeInkasso();
        fakeAuthorities();
        callbacks();
        qrCodes();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        cableStrikes();
        disconnections();
        escrows();
        recruitmentFees();
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, traelast, data};
        String[] notes = {"\n\nVi har fået ny bankforbindelse i forbindelse med værkets nye låneaftale. Brug kun kontoen på "
            + "denne faktura.", "\n\nOBS: Vores konto i den gamle bank er lukket - opdater venligst kontonummeret hos jer.", "",
            "\n\nFra denne faktura gælder vores nye kontonummer."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 2), i + 3, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<erhverv@gelstedtraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"ejby-fjernvarme.com", varme}, {"noerreaaby-anlag.dk", anlaeg}, {"gelsted-traelast.net", traelast},
            {"strib-elservice.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nBemærk venligst vores nye kontonummer." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("gelsted-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(8), 14, List.of("Ny kontoforbindelse fra 1. marts"), "\n\nVi beder "
            + "jer bruge det nye kontonummer fra nu af.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as gelsted-traelast.dk, invoice with new account, authenticates";
        d = idn("middelfart-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Middelfart Kommune, Vej og Trafik", "vintertjeneste@" + d, "kreditor@middelfart.dk", "Haster: forudbetaling "
            + "af vejsalt")
            .text("Hej Kreditor\n\nVores saltlager i Ejby er næsten tomt efter den seneste frostperiode, og den eneste leverandør, "
                + "der kan levere i morgen, kræver forudbetaling: 84.600 kr. til " + mule(11) + ". Kan I nå at sende den i dag? "
                + "Fakturaen kommer ind i systemet bagefter.\n\nHilsen\nVej og Trafik, vintertjenesten");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own roads department: same-day prepayment for salt";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, rengoer.name() + " via Frisbii", "no-reply@frisbii-middelfart.com", "ejendomme@middelfart.dk", "Betaling "
            + "afvist - jeres rengøringsaftale sættes på pause")
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>Hej Middelfart Kommune</p><p>Vi "
                + "kunne ikke trække betalingen for jeres aftale med <b>" + rengoer.name() + "</b>. Opdater betalingsoplysningerne "
                + "inden 48 timer, ellers sættes rengøringen af Rådhuset og Kulturøen på pause.</p><p><a href=\"https://"
                + "frisbii-middelfart.com/betaling/" + sha256(m.id).substring(0, 18) + "\" style=\"background:#6941c6;color:#fff;"
                + "padding:9px 18px;text-decoration:none;border-radius:6px\">Opdater betaling</a></p><p style=\"font-size:11px;"
                + "color:#667085\">Abonnementet administreres med Frisbii.</p></body></html>");
        ownedBy(m, "frisbii-middelfart.com");
        m.description = "look-alike platform frisbii-middelfart.com: 'payment failed, cleaning paused' in a listed cleaner's name";
        m = bad("lookalike-platform");
        headers(m, fortael.person() + " via Accountable", "invoices@accountable-ejby.net", "skole@middelfart.dk", "Reminder: "
            + "invoice from " + fortael.name() + " is overdue")
            .text("Hej Middelfart Kommune\n\nFakturaen fra " + fortael.person() + " er nu 14 dage over forfald. Betal online for "
                + "at undgå rykkergebyr:\n\nhttps://accountable-ejby.net/pay/" + sha256(m.id).substring(0, 20) + "\n\n--\n"
                + "Accountable - bogføring for selvstændige");
        ownedBy(m, "accountable-ejby.net");
        m.description = "look-alike platform accountable-ejby.net: overdue reminder in an unlisted storyteller's name, pay link";
        m = bad("platform-account-misused");
        String no = "INV-" + (40_100 + rnd.nextInt(9_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@frisbii.com";
        headers(m, "Offentlig Leverandørportal", "no-reply@frisbii.com", "indkoeb@middelfart.dk", "Faktura " + no
            + " - årsabonnement, Offentlig Leverandørportal")
            .header("Reply-To", "<leverandorportal.dk@outlook.com>")
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif\"><p>Hej Middelfart Kommune</p><p>Tak for jeres "
                + "tilmelding til <b>Offentlig Leverandørportal</b> (synlighed over for leverandører, 12 måneder). Faktura <b>" + no
                + "</b> på <b>DKK 19.950,00</b> forfalder om 7 dage og betales til " + mule(12) + ".</p><p style=\"font-size:11px;"
                + "color:#667085\">Abonnementet administreres med Frisbii for Offentlig Leverandørportal.</p></body></html>")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Offentlig Leverandørportal", "Årsabonnement 2032-33", "DKK 19.950,00 inkl. moms", "Konto " + mule(12))));
        genuine(m, "127.156.1.1");
        m.description = "real platform frisbii.com used by an unknown portal for a subscription never ordered, outlook Reply-To";
        m = bad("platform-account-misused");
        no = "HV-" + (1_900 + rnd.nextInt(700));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 12) + "@hiveage.com";
        headers(m, traelast.name() + " (Hiveage)", "invoices@hiveage.com", "kreditor@middelfart.dk", traelast.name()
            + " har sendt dig faktura " + no)
            .header("Reply-To", "<gelsted.traelast.erhverv@gmail.com>")
            .html("<html><body style=\"font-family:Georgia,serif\"><p>Kære Middelfart Kommune</p><p>" + traelast.name() + " har "
                + "udstedt faktura " + no + ". Vi er skiftet til Hiveage og har samtidig fået ny bankforbindelse - betal venligst "
                + "til " + mule(3) + ".</p><p>Venlig hilsen<br>Erhvervskunder</p></body></html>")
            .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, traelast.posing(traelast.domain(), mule(3)), "Faktura",
                no, amount(2_200_000), mule(3), 0, List.of("Ny bankforbindelse")));
        genuine(m, "127.156.3.1");
        m.description = "real platform hiveage.com in listed gelsted-traelast.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores nye revisor har bedt os samle alle indbetalinger på én konto, så fremover skal I "
            + "betale til "},
            {vvs, "Vores konto er midlertidigt spærret, mens banken gennemgår vores papirer efter ejerskiftet. Indtil videre "
                + "bedes I betale til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 13), i + 7, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 13)
                + ". Vi er på farten hele ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = anlaeg;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@middelfart.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nEn hurtig opfølgning på fakturaen nedenfor: vi har skiftet bank ved årsskiftet, så de "
                + p.amount().gross() + " kr. skal sendes til " + mule(16) + ". Den gamle konto lukkes med udgangen af måneden."
                + "\n\n" + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of noerreaaby-anlaeg.dk replies in its own wave-1 thread (DMARC pass), mule";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "brenderup-kloak.net"}, {mad, "middelfart-madservice.com"}, {toemrer, "gelsted-tomrer.dk"},
            {bus, "brenderup-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@middelfart.dk", (i % 2 == 1 ? "SV: " : "Re: ")
                + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: beløbet skal desværre ikke til "
                    + "kontoen på fakturaen, men til " + mule(i + 6) + ", fordi vi har skiftet bank. Giv mig lige et kort svar, "
                    + "når I har rettet det.\n\n" + s.person() + "\n\n---- Oprindelig mail ----\n> " + GREETING[i + 1]
                    + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 4), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 1, List.of("Rettet kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer || s == mad ? " (the real firm did change account: this is a third one)" : "");
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Anders Thygesen, borgmester", "borgmester@" + OWN, "oekonomi@middelfart.dk", "Fortroligt - sponsorat")
            .text("Hej\n\nJeg har lovet arrangørerne af Lillebælt Halvmarathon, at kommunen er hovedsponsor igen i år, men aftalen "
                + "er ikke nået gennem udvalget endnu. De skal have 45.000 kr. i dag til " + mule(4) + ", ellers mister vi "
                + "pladsen på startnummeret. Lad det blive mellem os, til jeg har orienteret udvalget.\n\nAnders");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Indkøb", "indkoeb@" + OWN, "kreditor@middelfart.dk", "Rettelse af kontonummer - Strib Kontorservice")
            .text("Hej Kreditor\n\nStrib Kontorservice har ringet til os: kontonummeret i stamdata er forkert, det rigtige er "
                + mule(9) + ". Vil I rette det inden dagens betalingskørsel? Jeg sidder i udbudsmøder resten af dagen.\n\nIndkøb");
        forged(m, forgedHost++);
        m.description = "our purchasing mailbox forged from outside: 'correct the office supplier's account before today's run'";
        m = bad("own-domain-forged");
        headers(m, "Vestre Skole, kontoret", "skole@" + OWN, "kreditor@middelfart.dk", "Depositum lejrskole 7.B - betales i dag")
            .text("Hej\n\nVandrerhjemmet på Bornholm har ringet: depositum for 7.B's lejrskole i uge 18 skal være betalt i dag, "
                + "ellers går pladserne videre. Det er 21.600 kr. til " + mule(14) + ". Regningen kommer med posten.\n\nVenlig "
                + "hilsen\nKontoret, Vestre Skole");
        forged(m, forgedHost++);
        m.description = "a school office on our own domain forged from outside: camp-school deposit today, MT IBAN";
    }

    private void ceo() {
        Object[][] c = {{"Anders Thygesen", "anders.thygesen.borgmester@gmail.com", GMAIL, "Kan du hjælpe mig hurtigt?",
            "Hej\n\nJeg sidder i KKR Syddanmark og kan ikke ringe. Der er en betaling, som skal ud inden kl. 13, og jeg har brug "
                + "for, at du klarer den diskret. Skriv tilbage her, så får du oplysningerne.\n\nAnders\nSendt fra min iPad"},
            {"Lene Aagaard", "lene.aagaard.kd@outlook.com", MSFT, "Gavekort til jubilarerne",
                "Hej\n\nTre medarbejdere i Sundhed og Ældre har 40-års jubilæum, og jeg vil gerne overraske dem. Køb 15 digitale "
                    + "gavekort á 400 kr. og send mig koderne i en mail - jeg lægger selv ud, og du får pengene i morgen.\n\nLene\n"
                    + "Kommunaldirektør"},
            {"Peter Mølholm", "peter.molholm.oekonomi@icloud.com", APPLE, "Fortroligt: forlig om marinaen", "Hej\n\nVi har "
                + "indgået forlig med entreprenøren om flydebroerne i marinaen. Deres advokat skal have 186.000 kr. i dag til "
                + mule(6) + ". Jeg underskriver bilaget, når jeg er tilbage på mandag.\n\nPeter"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@middelfart.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Maja Kristensen", "maja.kristensen1987@gmail.com", "loen@middelfart.dk", "Ændring af konto til løn")
            .text("Hej Løn\n\nJeg er social- og sundhedshjælper i Hjemmeplejen Vest og har fået ny bank. Kan I sætte marts-lønnen "
                + "ind på " + bank("8990", "0007713290") + "? Jeg kan ikke logge på medarbejderportalen hjemmefra.\n\nMvh Maja");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Kasper Lund", "kasper.lund.vikar@yahoo.com", "loen@middelfart.dk", "Ny konto til løn og feriepenge")
            .text("Hej\n\nJeg er vikar på Ejby Skole og flytter til Irland i næste måned, så min danske konto lukker. Løn og "
                + "feriepenge skal fremover til " + mule(6) + ". Jeg har ikke mit MitID med mig, derfor skriver jeg herfra.\n\n"
                + "Kasper");
        genuine(m, YAHOO);
        m.description = "a 'substitute teacher' on yahoo (p=reject, DKIM aligned) wants his salary to a foreign account";
        m = bad("payroll-account-change");
        headers(m, "Sofie Mikkelsen", "sofie.mikkelsen.paed@live.dk", "loen@middelfart.dk", "Lønkonto")
            .text("Hej HR\n\nJeg er pædagog i Børnehuset Kastanjen. Min bank har lukket min gamle konto efter et svindelforsøg, "
                + "så lønnen skal gå til " + bank("9860", "0000881243") + " fra denne måned. Tak!\n\nSofie");
        genuine(m, MSFT);
        m.description = "an 'employee' on live.dk asks to move her salary after a 'closed account'";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "per@asperupmaler.dk", "kreditor@middelfart.dk", "Ændret kontonummer")
            .text("Hej\n\nBare lige en besked om, at mit kontonummer er ændret til " + mule(15) + ". Brug det fremover, også til "
                + "den regning, der står åben nu.\n\nHilsen Per\nAsperup Malerfirma");
        ownedBy(m, "asperupmaler.dk");
        m.description = "no attachment: look-alike of asperup-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Båring Vognmand <jens@baaring-vognmand.dk>", "baaring.vognmand@outlook.com", "kreditor@middelfart.dk",
            "Nye bankoplysninger")
            .text("Kære kunde\n\nVi flytter vores mail til en ny udbyder og skriver derfor fra denne adresse et par dage. Vores "
                + "konto er samtidig ændret til " + mule(17) + " fra i dag.\n\nBåring Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, have.person(), "mette@ejby-haveservice.com", "teknik-miljoe@middelfart.dk", "Ny konto til min regning")
            .text("Hej Teknik og Miljø\n\nJeg har skiftet bank. Betal venligst regningen for beskæringen ved Ejby Kirke til "
                + mule(0) + " i stedet for den konto, der står på fakturaen.\n\nMette Lind\nEjby Haveservice");
        ownedBy(m, "ejby-haveservice.com");
        m.description = "look-alike of the unlisted ejby-haveservice.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "MI-" + (220_000 + rnd.nextInt(70_000));
            headers(m, "Middelfart Inkasso", "sag@middelfart-inkasso.com", "kreditor@middelfart.dk", "Sidste varsel før retslige "
                + "skridt - sag " + sag)
                .text("Middelfart Kommune\n\n" + s[i].name() + " har overdraget kravet for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. til os. Betales beløbet med tillæg af 1.875 kr. i inkassoomkostninger ikke inden "
                    + "tre hverdage til " + mule(i + 1) + ", sendes sagen til fogedretten uden yderligere varsel.\n\n"
                    + "Middelfart Inkasso")
                .attach("application/pdf", "Varsel-" + sag + ".pdf", Attachments.pdf(docId(m, "mi"), "Sidste varsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(),
                        "Inkassoomkostninger 1.875,00", "Konto " + mule(i + 1))));
            ownedBy(m, "middelfart-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-middelfart.com", "Digital Post", "meddelelse@", "Ny meddelelse fra Skattestyrelsen om A-skat",
            "Middelfart Kommune har modtaget en meddelelse om fejl i indberetningen af A-skat for januar. Meddelelsen skal åbnes "
                + "med MitID Erhverv inden 72 timer.", "fake-digital-post"},
            {"mitid-middelfart.com", "MitID Erhverv", "support@", "Jeres MitID Erhverv-administrator skal bekræftes igen",
                "Efter opdateringen af MitID Erhverv skal organisationens administrator bekræfte sin identitet igen. Gøres det "
                    + "ikke inden fredag, lukkes adgangen til Virk og Digital Post.", "fake-digital-post"},
            {"digitalpost-strib.com", "Digital Post Erhverv", "post@", "Ulæst brev fra Udbetaling Danmark",
                "Der ligger et ulæst brev om tilbagebetaling af for meget udbetalt mellemkommunal refusion. Log på for at læse "
                    + "brevet, før beløbet modregnes.", "fake-digital-post"},
            {"dk-domaener-middelfart.net", "DK Domæneregistrering", "fornyelse@", "middelfart.dk udløber snart",
                "Registreringen af middelfart.dk udløber om 7 dage. Uden fornyelse lukker hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"brenderup-erhvervsindeks.org", "Nordisk Erhvervsindeks", "opdatering@", "Opdatering af jeres virksomhedsprofil",
                "Kontroller de forudfyldte oplysninger, og returner formularen underskrevet. Grundoptagelse er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@middelfart.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID Erhverv</a></p></body></html>");
            } else if (x[0].startsWith("dk-domaener")) {
                mime.text(x[4] + "\n\nFornyelse i 3 år: 5.940,00 kr. til " + mule(10) + " eller med kort: " + link
                        + "\n\nDK Domæneregistrering")
                    .attach("application/pdf", "Fornyelse-middelfart.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: middelfart.dk", "Periode: 3 år", "5.940,00", "Konto " + mule(10))));
            } else {
                mime.text(x[4] + "\n\nNordisk Erhvervsindeks")
                    .attach("application/pdf", "Profil-Middelfart-Kommune.pdf", Attachments.pdf(docId(m, "idx"), "Virksomhedsprofil",
                        List.of("Middelfart Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles en 3-årig "
                            + "premiumprofil á 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@harndrup-ordreservice.com", "indkoeb@middelfart.dk", "Ordre 41187 sendes i dag: 12 "
            + "bærbare")
            .text("Tak for bestillingen. 12 stk. bærbar pc 14\" med dockingstation, i alt 143.880,00 kr., faktureres ved afsendelse "
                + "i morgen.\n\nHar I ikke bestilt? Ring straks på +45 64 71 09 38 for at stoppe ordren.\n\nOrdreservice");
        ownedBy(m, "harndrup-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Antivirus fornyelse", "ordre@harndrup-ordreservice.com", "oekonomi@middelfart.dk", "Kvittering: fornyelse "
            + "gennemført")
            .text("Jeres licens til endpoint-beskyttelse (75 enheder) er fornyet automatisk for 12 måneder, 9.375 kr. Vil I "
                + "fortryde, skal I ringe på +45 64 71 09 38 inden 24 timer.")
            .attach("application/pdf", "Kvittering-fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Endpoint-beskyttelse, 75 enheder, 12 mdr.", "9.375,00 kr.", "Fortrydelse: +45 64 71 09 38")));
        ownedBy(m, "harndrup-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
        m = bad("callback-phone-invoice");
        headers(m, "Ordreservice, Leasing", "leasing@harndrup-ordreservice.com", "sundhed-aeldre@middelfart.dk", "Leasingaftale "
            + "aktiveret: 6 kaffeautomater")
            .text("Jeres leasingaftale om 6 kaffeautomater til plejecentrene er aktiveret. Første ydelse, 11.940 kr., opkræves "
                + "den 1. i næste måned.\n\nEr aftalen indgået ved en fejl, så ring på +45 64 71 09 38 - kun telefonisk "
                + "henvendelse kan stoppe aftalen.");
        ownedBy(m, "harndrup-ordreservice.com");
        m.description = "callback scam: 'leasing agreement activated', only a phone number to stop it";
    }

    private void qrCodes() {
        String[][] q = {{"middelfart-ladeservice.com", "Ladeservice Middelfart", "opkraevning@", "Ubetalt opladning - kommunens "
            + "elbil CZ 71 448", "Kommunens elbil har ladet ved Middelfart Station uden gyldig betaling. Beløbet er 612 kr. inkl. "
            + "gebyr."},
            {"baaring-pakkeshop.net", "PakkeShop Båring", "besked@", "Pakke til Middelfart Kommune tilbageholdt",
                "En pakke til Middelfart Kommune er tilbageholdt på grund af manglende fragt- og toldbetaling på 89 kr."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@middelfart.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med din telefon for at betale.</p><p><img src=\"cid:qrkode\" "
                    + "width=\"180\" height=\"180\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "betal.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Hindsgavl Marine Survey", "accounts@hindsgavl-marine-survey.com", "marina@middelfart.dk",
            "Invoice HMS-2207 - sediment and depth survey, marina basin")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the sediment sampling and depth survey of the "
                + "Middelfart Marina basin, as agreed with your harbour master. EUR 14,260.00 is payable within 7 days to "
                + mule(4) + ".\n\nKind regards\nHindsgavl Marine Survey")
            .attach("application/pdf", "HMS-2207.pdf", Attachments.pdf(docId(m, "en"), "Invoice HMS-2207",
                List.of("Client: Middelfart Municipality", "Sediment sampling and depth survey, marina basin", "EUR 14,260.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "hindsgavl-marine-survey.com");
        m.description = "English invoice for a survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Hindsgavl Marine Survey - Finance", "finance@hindsgavl-marine-survey.com", "oekonomi@middelfart.dk",
            "Updated remittance instructions")
            .text("Hello,\n\nWe have changed our banking partner. Please update your vendor records and remit all open and "
                + "future invoices to " + mule(12) + " with immediate effect. A short confirmation by return would be "
                + "appreciated.\n\nFinance Team");
        ownedBy(m, "hindsgavl-marine-survey.com");
        m.description = "English 'updated remittance instructions', CY IBAN";
        m = bad("english-international");
        headers(m, "Hindsgavl Marine Survey - Credit Control", "credit@hindsgavl-marine-survey.com", "kreditor@middelfart.dk",
            "FINAL NOTICE - invoice HMS-2207 overdue")
            .text("Dear Accounts Payable,\n\nInvoice HMS-2207 (EUR 14,260.00) remains unpaid. Unless payment reaches " + mule(5)
                + " within 48 hours, the matter will be passed to our Danish debt collection partner and late fees will apply."
                + "\n\nCredit Control");
        ownedBy(m, "hindsgavl-marine-survey.com");
        m.description = "English 'final notice' for the survey never ordered, GB IBAN, 48 hours";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "asperup-malerfirma.dk"}, {vognmand, "baaring-vognmand.com"}, {kloak, "brenderup-kloak.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            String[] subject = {"Faktura (foto)", "Scannet regning", "Regning - billede vedhæftet"};
            headers(m, s.person(), s.box() + "@" + d, "kreditor@middelfart.dk", subject[i])
                .text("Hej\n\nRegningen er " + (i == 1 ? "scannet" : "taget som billede på telefonen") + ", da vores "
                    + "fakturaprogram er nede. Læg mærke til, at kontonummeret er nyt.\n\n" + s.person())
                .attach(i == 1 ? "application/pdf" : i == 0 ? "image/png" : "image/jpeg",
                    i == 1 ? "scan_0012.pdf" : i == 0 ? "IMG_20320305_1044.png" : "regning.jpg",
                    i == 1 ? Attachments.scannedPdf(docId(m, "img")) : Attachments.image(docId(m, "img"), i == 0 ? "png" : "jpg"));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "harndrup-rengoring.dk"}, {vvs, "foensskov-vvs.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 7)), "Faktura", no, amount(1_500_000), mule(i + 7), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@middelfart.dk", "Faktura " + n + " (zip)")
                .text("Hej\n\nVores PDF-fakturaer er blevet afvist af jeres spamfilter, så denne er pakket i en zip-fil. Betal "
                    + "gerne inden torsdag.\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("dokumenter/Faktura_" + n + ".pdf", pdf, "dokumenter/VIGTIGT.txt",
                        "Vi har ny bankforbindelse - se kontonummeret på fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@strib-kontorservice.com", "indkoeb@middelfart.dk", "Faktura og følgeseddel marts")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nStrib Kontorservice")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nMiddelfart Kommune\nAktivér indhold for at se beløb og bankoplysninger", true));
        ownedBy(m, "strib-kontorservice.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of strib-kontorservice.dk";
        m = bad("office-macro");
        headers(m, data.person(), "faktura@hindsgavl-data.net", "skole@middelfart.dk", "Licensopgørelse 1. kvartal")
            .text("Hej\n\nLicensopgørelsen for 1. kvartal og vores opdaterede betalingsoplysninger ligger i regnearket. Slå makroer "
                + "til for at se tallene.\n\nHindsgavl Data")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_Q1.xlsm",
                Attachments.excel(List.of("Licensopgørelse 1. kvartal 2032", "I alt DKK 64.812,50", "Ny konto: " + plain(mule(1))),
                    true));
        ownedBy(m, "hindsgavl-data.net");
        m.description = "macro-enabled Excel statement from a look-alike of hindsgavl-data.dk";
    }

    private void svgHtml() {
        String[][] x = {{"ejby-filedrop.com", "Gelsted Trælast", "Kontoudtog februar", "kontoudtog_feb.svg", "image/svg+xml"},
            {"fakturavisning-gelsted.net", "Nørre Aaby Anlæg & Belægning", "Faktura klar til visning", "Faktura_marts.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Henter faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"150\"><text x=\"12\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"48\" width=\"210\" height=\"34\" "
                    + "fill=\"#0b6e4f\"/></a><script>location.href='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@middelfart.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{anlaeg, "noerreaaby-anlaeg.net", false}, {data, "hindsgavldata.dk", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_600_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@middelfart.dk", "E-faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej e-faktura\n\nVi skifter NemHandel-udbyder, så fakturaen kommer denne gang som XML direkte til jer. Den "
                    + "kan indlæses som sædvanlig. Bemærk den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, mule(i + 9), a, isoDay(m, 0), isoDay(m, 8), peppol, "MK-" + (8_400 + i), "Ny bankforbindelse")
                        .getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    /**
     * New family: a utility's claim for a cable or pipe "hit" during the municipality's roadworks, payable at once to the
     * "network owner"; one rides on the real cable strike on Strib Landevej that the real grid company claimed from the
     * contractor.
     */
    private void cableStrikes() {
        M m = bad("fake-cable-strike-damage-claim");
        String sag = "LS-" + (41_000 + rnd.nextInt(8_000));
        headers(m, "Fønsskov Fibernet A/S, Skadesafdelingen", "skade@foensskov-fibernet.dk", "vej-trafik@middelfart.dk",
            "Erstatningskrav " + sag + " - overgravet fiberkabel, Strib Landevej")
            .text("Til Middelfart Kommune, Vej og Trafik\n\nUnder kommunens fortovsarbejde på Strib Landevej blev vores "
                + "fiberkabel (96 fibre) overgravet den 3. marts. Kablet fremgik af LER-svaret. Som bygherre hæfter kommunen "
                + "for skaden, og reparationen er opgjort til 46.250,00 kr. ekskl. moms.\n\nBeløbet bedes indbetalt inden 8 "
                + "dage til " + mule(1) + " med sagsnummeret som tekst. Skadesrapport og fotos er vedhæftet.\n\nMed venlig "
                + "hilsen\nFønsskov Fibernet A/S, Skadesafdelingen")
            .attach("application/pdf", "Skadesrapport-" + sag + ".pdf", Attachments.pdf(docId(m, "fib"), "Skadesrapport " + sag,
                List.of("Skadested: Strib Landevej ud for nr. 62", "Skadedato: 03.03.2032", "Ansvarlig: Middelfart Kommune, bygherre",
                    "Reparation, svejsning og genetablering: 46.250,00 + moms", "Betaling: " + mule(1))));
        ownedBy(m, "foensskov-fibernet.dk");
        m.description = "fake fibre owner claims the real Strib Landevej cable strike from us as 'bygherre', 8 days, DK mule";
        m = bad("fake-cable-strike-damage-claim");
        sag = "GE-" + (7_700 + rnd.nextInt(900));
        headers(m, "Gelsted Elnet - Ledningsskader", "ledningsskader@gelsted-elnet-skade.dk", "oekonomi@middelfart.dk",
            "Faktura for ledningsskade " + sag + " - 0,4 kV-kabel, Gelsted Bygade")
            .text("Til Middelfart Kommune\n\nVed kommunens udskiftning af vejbrønde på Gelsted Bygade blev et 0,4 kV-stikkabel "
                + "beskadiget, og 14 husstande var uden strøm i 5 timer. Fakturaen for fejlsøgning, reparation og "
                + "nødstrømsanlæg er vedhæftet.\n\nFaktura " + sag + ": 31.870,00 kr. inkl. moms, betales senest " + writtenDay(m, 10)
                + " til " + mule(3) + ". Indsigelser skal fremsættes skriftligt inden 5 dage.\n\nMed venlig hilsen\nGelsted Elnet")
            .attach("application/pdf", "Faktura-" + sag + ".pdf", Attachments.pdf(docId(m, "gel"), "Faktura " + sag,
                List.of("Ledningsskade, Gelsted Bygade, 0,4 kV", "Fejlsøgning 4 t, reparation, nødstrøm", "31.870,00 inkl. moms",
                    "Konto: " + mule(3))));
        ownedBy(m, "gelsted-elnet-skade.dk");
        m.description = "fake local grid company invoices a cable strike at municipal drain works, EE IBAN, 5-day objection window";
        m = bad("fake-cable-strike-damage-claim");
        headers(m, "Utility Damage Recovery", "claims@brenderup-utility-claims.com", "vej-trafik@middelfart.dk",
            "Third-party damage claim UDR-5530 - gas service pipe, Brenderup")
            .text("Dear Sir or Madam,\n\nWe act for the gas network operator regarding damage to a service pipe during "
                + "excavation ordered by Middelfart Municipality in Søndergade, Brenderup. Emergency shut-off and repair costs "
                + "of EUR 5,480.00 are charged to the excavating party's principal.\n\nTo close the file without legal costs, "
                + "please pay to " + mule(5) + " within 7 days, quoting UDR-5530.\n\nYours faithfully\nClaims Handling");
        ownedBy(m, "brenderup-utility-claims.com");
        m.description = "English 'third-party damage claim' for a gas pipe at municipal excavation works, GB IBAN";
        m = bad("fake-cable-strike-damage-claim");
        String no = "LS" + (6_100 + rnd.nextInt(700));
        headers(m, "Ejby Fjernvarmeværk, Drift", "drift@ejby-fjernvarme.dk", "kreditor@middelfart.dk", "Faktura " + no
            + " - skade på fjernvarmestik ved kloakarbejde, Kirkevej")
            .text("Til Middelfart Kommune\n\nVed jeres kloakrenovering på Kirkevej i Ejby blev et fjernvarmestik beskadiget, og "
                + "vi måtte lukke for tre ejendomme. Reparationen faktureres kommunen som bygherre.\n\nBeløbet, 22.640,00 kr., "
                + "bedes betalt inden 5 dage til vores skadekonto " + mule(13) + ", da skader afregnes uden om den "
                + "almindelige forbrugskonto." + "\n\nMed venlig hilsen\nEjby Fjernvarmeværk, Drift")
            .attach("application/pdf", "Faktura-" + no + ".pdf", pdfInvoice(m, varme.posing(varme.domain(), mule(13)), "Faktura", no,
                new Amount(1_811_200, kr(1_811_200), kr(452_800), kr(2_264_000)), mule(13), 0,
                List.of("Skade på fjernvarmestik, Kirkevej, Ejby", "Skadekonto")));
        forged(m, forgedHost++);
        m.description = "forged From the listed heating utility (p=quarantine): a pipe-strike repair invoice to a 'damage account'";
    }

    /** New family: a threat to cut water, power or heat to a school or care home unless an "arrear" is paid today. */
    private void disconnections() {
        M m = bad("fake-supply-disconnection-notice");
        headers(m, "Middelfart Vandforsyning, Opkrævning", "opkraevning@middelfart-vandforsyning.com", "ejendomme@middelfart.dk",
            "Varsel om lukning af vandforsyning - Strib Skole")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære kunde</p><p>Trods tidligere "
                + "rykkere er der en restance på <b>23.418,75 kr.</b> for forbrugsstedet <b>Strib Skole, Vestre Strandvej</b>. "
                + "Er beløbet ikke betalt <b>i morgen kl. 12.00</b>, lukkes vandforsyningen, og der opkræves et genåbningsgebyr "
                + "på 1.850 kr.</p><p><a href=\"https://middelfart-vandforsyning.com/betal/" + sha256(m.id).substring(0, 16)
                + "\" style=\"background:#0067b1;color:#fff;padding:8px 16px;text-decoration:none\">Betal restance nu</a></p>"
                + "<p>Middelfart Vandforsyning</p></body></html>");
        ownedBy(m, "middelfart-vandforsyning.com");
        m.description = "fake water utility: 'water to Strib School closed tomorrow at noon' unless an arrear is paid via a link";
        m = bad("fake-supply-disconnection-notice");
        headers(m, "Ejby Energi Kundeservice", "kundeservice@ejby-energi.net", "sundhed-aeldre@middelfart.dk", "Afbrydelse af "
            + "elforsyning - Plejecenter Ejbyhøj")
            .text("Til Middelfart Kommune\n\nPlejecenter Ejbyhøj har en ubetalt elregning på 18.940,00 kr. Vi har sendt to "
                + "rykkere uden svar. Strømmen afbrydes i morgen fra kl. 10, medmindre beløbet og et genåbningsgebyr på "
                + "1.250,00 kr. er indbetalt på " + mule(7) + " i dag.\n\nVi gør opmærksom på, at afbrydelsen ikke kan stoppes "
                + "telefonisk.\n\nEjby Energi, Kundeservice");
        ownedBy(m, "ejby-energi.net");
        m.description = "fake power company threatens to cut a care home tomorrow unless an 'arrear' is paid today, NL IBAN";
        m = bad("fake-supply-disconnection-notice");
        headers(m, "Strib Forsyning, Debitor", "debitor@strib-forsyning-kundeservice.com", "kreditor@middelfart.dk",
            "Lukkevarsel: fjernvarme til Strib Idrætscenter")
            .text("Middelfart Kommune\n\nDa restancen for Strib Idrætscenter ikke er betalt, er lukning af fjernvarmen "
                + "planlagt til fredag. Lukkevarslet er vedhæftet.\n\nLukningen kan kun undgås ved indbetaling af 36.205,00 kr. "
                + "til " + mule(15) + " eller ved at ringe til vores debitorafdeling på +45 64 40 18 72 og aftale en "
                + "betalingsordning.\n\nStrib Forsyning")
            .attach("application/pdf", "Lukkevarsel-Strib-Idraetscenter.pdf", Attachments.pdf(docId(m, "luk"), "Lukkevarsel",
                List.of("Forbrugssted: Strib Idrætscenter", "Restance 36.205,00 kr.", "Lukning planlagt fredag kl. 08.00",
                    "Betaling: " + mule(15), "Debitorafdeling: +45 64 40 18 72")));
        ownedBy(m, "strib-forsyning-kundeservice.com");
        m.description = "fake 'closing notice' for heat to a sports centre, SE IBAN or a phone call";
    }

    /**
     * New family: a lawyer's or seller's demand to deposit a land purchase price in an "escrow" account; one replies in the
     * real purchase thread from a look-alike of our lawyer.
     */
    private void escrows() {
        Past p = past.get("nytorv-advokater.dk");
        M m = bad("fake-property-escrow-deposit");
        headers(m, "Advokat Henrik Sloth", "hs@nytorv-advokater-middelfart.dk", "ejendomme@middelfart.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Kære Ejendomme\n\nSkødet er tinglyst. Vær opmærksom på, at vores bank har flyttet klientkontiene til en "
                + "særskilt deponeringskonto efter nye hvidvaskregler. Købesummen for Kærbyvej 14 skal derfor deponeres på "
                + mule(0) + " og ikke på kontoen i købsaftalen.\n\nJeg er i retten resten af ugen, så svar venligst på mail, "
                + "når beløbet er sendt.\n\nMed venlig hilsen\nHenrik Sloth\nAdvokat")
            .attach("application/pdf", "Deponeringsinstruks-Kaerbyvej-14.pdf", Attachments.pdf(docId(m, "dep"), "Deponeringsinstruks",
                List.of("Kærbyvej 14, 5592 Ejby", "Købesum 1.240.000,00 kr.", "Deponeringskonto: " + mule(0),
                    "Erstatter kontoen i købsaftalens § 4")));
        ownedBy(m, "nytorv-advokater-middelfart.dk");
        m.description = "look-alike of our lawyer replies in the real purchase thread: deposit the price on a 'new escrow account'";
        m = bad("fake-property-escrow-deposit");
        headers(m, "Harndrup Ejendomsadvokat", "sekretariat@harndrup-ejendomsadvokat.dk", "ejendomme@middelfart.dk",
            "Deponering af købesum - Harndrup Stationsvej 2")
            .text("Til Middelfart Kommune, Ejendomme\n\nSom sælgers advokat i handlen om den tidligere stationsbygning, "
                + "Harndrup Stationsvej 2, skal jeg minde om, at købesummen på 1.850.000 kr. skal være deponeret senest fredag "
                + "kl. 12. Ellers bortfalder handlen efter købsaftalens § 9, og sælger går videre med en anden køber.\n\n"
                + "Deponering sker på " + mule(2) + ". Udkast til skøde er vedhæftet.\n\nMed venlig hilsen\nHarndrup "
                + "Ejendomsadvokat")
            .attach("application/pdf", "Skoede-udkast-Harndrup-Stationsvej-2.pdf", Attachments.pdf(docId(m, "sk"), "Skøde (udkast)",
                List.of("Ejendom: Harndrup Stationsvej 2, 5463 Harndrup", "Køber: Middelfart Kommune", "Købesum: 1.850.000 kr.",
                    "Deponering: " + mule(2))));
        ownedBy(m, "harndrup-ejendomsadvokat.dk");
        m.description = "fake seller's lawyer demands a deposit for a purchase the municipality never agreed, Friday deadline";
        m = bad("fake-property-escrow-deposit");
        headers(m, "Jørgen Kjær", "jorgen.kjaer.baaring@gmail.com", "ejendomme@middelfart.dk", "Købesum for jordstykket til "
            + "cykelstien")
            .text("Hej\n\nJeg er ejeren af marken ved Båringvej, hvor I skal bruge en strimmel til den nye cykelsti mellem Båring "
                + "og Asperup. Min advokat er blevet syg, og jeg vil gerne have handlen afsluttet inden min flytning.\n\nI kan "
                + "bare overføre de 86.000 kr. direkte til min konto " + mule(17) + ", så skriver jeg under på skødet bagefter. "
                + "Vi har jo talt om prisen.\n\nVenlig hilsen\nJørgen Kjær");
        genuine(m, GMAIL);
        m.description = "a self-declared land seller on gmail (authenticates) wants a purchase price paid straight to him";
    }

    /** New family: a recruitment firm's "success fee" for a hire it never made. */
    private void recruitmentFees() {
        M m = bad("fake-recruitment-placement-fee");
        String no = "MR-" + (1_400 + rnd.nextInt(500));
        headers(m, "Middelfart Rekruttering ApS", "faktura@middelfart-rekruttering.dk", "born-familie@middelfart.dk", "Faktura "
            + no + " - placeringshonorar, skolesekretær Ejby Skole")
            .text("Til Middelfart Kommune\n\nDen kandidat, I har ansat som skolesekretær på Ejby Skole, blev præsenteret for jer "
                + "via vores CV-database i december. Efter vores standardvilkår faktureres et placeringshonorar på 20 % af første "
                + "års løn.\n\nFaktura " + no + " på 94.812,50 kr. inkl. moms er vedhæftet og betales inden 8 dage til "
                + mule(1) + ".\n\nMed venlig hilsen\nMiddelfart Rekruttering ApS")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "mr"), "Faktura " + no,
                List.of("Middelfart Rekruttering ApS", "Placeringshonorar: skolesekretær, Ejby Skole", "20 % af årsløn 379.250 kr.",
                    "75.850,00 + moms 18.962,50 = 94.812,50", "Konto: " + mule(1))));
        ownedBy(m, "middelfart-rekruttering.dk");
        m.description = "fake recruitment agency invoices a 'placement fee' for a hire it had nothing to do with, 8 days";
        m = bad("fake-recruitment-placement-fee");
        headers(m, "Hindsgavl Executive Search", "billing@hindsgavl-executive-search.com", "oekonomi@middelfart.dk",
            "Success fee - Director of Children and Education")
            .text("Dear Finance Department,\n\nFollowing the appointment of your new Director of Children and Education, our "
                + "success fee under the search mandate falls due. Invoice HES-0412 (EUR 24,600.00) is attached.\n\nPlease remit "
                + "to " + mule(6) + " within 10 days.\n\nKind regards\nHindsgavl Executive Search")
            .attach("application/pdf", "HES-0412.pdf", Attachments.pdf(docId(m, "hes"), "Invoice HES-0412",
                List.of("Client: Middelfart Municipality", "Success fee: Director of Children and Education",
                    "EUR 24,600.00", "Bank: " + mule(6))));
        ownedBy(m, "hindsgavl-executive-search.com");
        m.description = "English 'success fee' for an executive search never mandated, IE IBAN";
        m = bad("fake-recruitment-placement-fee");
        no = "FT-" + (2_400 + rnd.nextInt(300));
        headers(m, "Fynsk Talent A/S", "faktura@fynsk-talent.dk", "born-familie@middelfart.dk", "Faktura " + no
            + " - rekruttering af skoleleder, Strib Skole (3. rate)")
            .text("Kære Børn og Familie\n\nSom aftalt faktureres tredje og sidste rate for rekrutteringen af skoleleder til Strib "
                + "Skole ved udløb af prøvetiden. Bemærk, at vi har skiftet bank, så beløbet på 41.250,00 kr. skal betales til "
                + mule(8) + ".\n\nMed venlig hilsen\nFynsk Talent A/S");
        forged(m, forgedHost++);
        m.description = "forged From the real recruitment firm (p=none): a non-existent third instalment to a DE mule";
    }

    // ------------------------------------------------------------------------------------------ output

    @Override
    public List<Mail> generate() {
        world();
        legitimate();
        fraudulent();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus29().generate(), List.of(
            "# Middelfart Kommune, Økonomi: invoice checks (twenty-ninth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ejby-fjernvarme.dk noerreaaby-anlaeg.dk brenderup-kloak.dk gelsted-toemrer.dk "
                + "asperup-maler.dk harndrup-rengoering.dk middelfart-lokalnyt.dk baaring-vognmand.dk strib-el.dk foensskov-vvs.dk "
                + "middelfart-madservice.dk gelsted-traelast.dk hindsgavl-data.dk brenderup-bustrafik.dk strib-kontorservice.dk",
            "invoice.domains.platforms=frisbii.com accountable.eu hiveage.com lemonsqueezy.com",
            "invoice.names.protected=Middelfart Kommune"));
    }
}
