package org.spoofguard.it.corpus;

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
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The seventeenth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Skanderborg Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, property and
 * department mailboxes) with fifteen listed suppliers from Skanderborg, Ry, Galten, Hørning, Stilling, Låsby, Skovby,
 * Alken and the lake district around Skanderborg Sø and Mossø, in every DNS posture real Danish firms have (some sending
 * through a web hoster named in their SPF), three invoicing platforms ({@code e-conomic.com}, {@code ajourfaktura.dk},
 * {@code invoicely.com}), local banks, the neighbouring municipality Horsens and the joint fire service, foreign suppliers
 * from Sweden, the Netherlands and Germany, the land registry, a fuel-card company, the festival club, SaaS, an auditor,
 * a lawyer's collection department, a creditor list, a hosted telephone exchange, forwarders (with and without SRS),
 * free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post, fake
 * inkasso, directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes) and five kinds new here: a fake land-registry ("tinglysning") fee,
 * fake voicemail notices, a fake fuel-card suspension, a fake credit note whose "refund" needs our bank login, and a fake
 * festival accreditation fee for municipal vehicles. The invoice engine, its tests, tuning notes and earlier results
 * were not read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's
 * kind (a legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal, fuel-card,
 * festival-settlement, foreign or SaaS invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass
 * where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus17GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus17 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout17");
    public static final String OWN = "skanderborg.dk";
    static final String FRAUD_NET = "127.236.";
    private static final String OWN_IP = "127.230.0.1";
    private static final String EAN = "5798007784412";
    private static final String RAADHUS = "Adelgade 44, 8660 Skanderborg";
    /** An Aarhus web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.235.9.1";
    /** The hosted telephone exchange that sends our voicemail notices, signed with our own delegated key. */
    private static final String PHONE_IP = "127.235.10.1";
    private static final String GMAIL = "127.239.1.1";
    private static final String MSFT = "127.239.2.1";
    private static final String YAHOO = "127.239.3.1";
    private static final String APPLE = "127.239.5.1";

    private final Random rnd = new Random(17_0017_2029L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, fake collection, credit notes) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private String landRegistryCase;
    private int forgedHost = 30;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2029, 8, 6, 7, 40, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2029, 9, 3, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vand = new Supplier("Skanderborg Vand & Varme A/S", "skanderborg-vandvarme.dk", "Kundeservice Erhverv",
        "erhverv", "127.231.1.1", iban("DK", "76010005583120"), "vand, afledning og fjernvarme, kommunale bygninger, 2. kvartal");
    private final Supplier anlaeg = new Supplier("Hørning Anlæg & Entreprise A/S", "hoerning-anlaeg.dk", "Gitte Fruering", "gitte",
        "127.231.2.1", bank("7600", "0001193846"), "ny asfalt og kantsten, Ravnsøvej og stikvej til Hørning Skole");
    private final Supplier kloak = new Supplier("Ry Kloak & TV-inspektion ApS", "ry-kloak.dk", "Steen Gl. Rye", "steen", HOSTER_IP,
        bank("9280", "0004417230"), "TV-inspektion og rodskæring, stikledninger Ry Skole og Ry Hallen");
    private final Supplier toemrer = new Supplier("Galten Tømrer- og Snedkerfirma ApS", "galten-toemrer.dk", "Anders Skovby",
        "anders", "127.231.4.1", bank("7600", "0002284519"), "nyt overdækket cykelskur, Galten Skole afd. Låsbyvej");
    private final Supplier maler = new Supplier("Stilling Malerservice v/ Bo Stilling", "stilling-maler.dk", "Bo Stilling", "bo",
        "127.231.5.1", bank("5301", "0003391827"), "maling af gange og garderober i sommerferien, Stilling Skole");
    private final Supplier rengoer = new Supplier("Søbyens Rengøring ApS", "soebyens-rengoering.dk", "Administrationen", "adm",
        "127.231.6.1", bank("9280", "0007718406"), "rengøring af Skanderborg Rådhus og Kulturhuset, juli");
    private final Supplier avis = new Supplier("Skanderborg Lokalavis", "skanderborg-lokalavis.dk", "Annonceafdelingen",
        "annonce", "127.231.7.1", iban("DK", "53010006621947"), "jobannoncer og offentlige bekendtgørelser, juni-juli");
    private final Supplier vognmand = new Supplier("Låsby Vognmandsforretning I/S", "laasby-vognmand.dk", "Kurt Låsby", "kurt",
        "127.231.8.1", bank("7600", "0008839152"), "kørsel med grus og stabil til stierne ved Skanderborg Sø");
    private final Supplier el = new Supplier("Skovby El-Service ApS", "skovby-el.dk", "Rasmus Skovby", "rasmus", HOSTER_IP,
        bank("9280", "0005560137"), "service af nødbelysning og brandalarmer, Skovby Hallen");
    private final Supplier vvs = new Supplier("Alken VVS & Blik ApS", "alken-vvs.dk", "Kontoret", "kontor", "127.231.10.1",
        bank("5301", "0002274463"), "ny varmeveksler i kælderen, Alken Forsamlingshus (kommunal udlejning)");
    private final Supplier mad = new Supplier("Mossø Køkken A/S", "mossoe-koekken.dk", "Mossø Køkken, Kundeservice", "kunde",
        "127.231.11.1", iban("DK", "76000001548820"), "madservice til hjemmeboende borgere, uge 29-30");
    private final Supplier traelast = new Supplier("Ry Trælast & Byggemarked A/S", "ry-traelast.dk", "Erhvervsafdelingen",
        "erhverv", "127.231.12.1", iban("DK", "92800007731462"), "byggematerialer til Ejendomsservice, rammeaftale 2029");
    private final Supplier it = new Supplier("Søhøjlandets IT ApS", "soehoejlandet-it.dk", "Søhøjlandets IT, Fakturering",
        "faktura", "127.231.13.1", bank("7600", "0006627304"), "drift af skolernes netværk og 45 Chromebooks til 4. årgang");
    private final Supplier bus = new Supplier("Gudenå Bus & Turist ApS", "gudenaa-bus.dk", "Trafikkontoret", "trafik",
        "127.231.14.1", bank("9280", "0005534918"), "skolebuskørsel Låsby-Galten og svømmekørsel, juni");
    private final Supplier kontor = new Supplier("Østjysk Kontorservice ApS", "oj-kontorservice.dk", "Salg og ordre", "ordre",
        "127.231.15.1", iban("DK", "53010003379214"), "kopipapir, toner og arkivkasser, rammeaftale, juli");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Hylke Smedie og Maskinværksted", "hylke-smedie.dk", "Palle Hylke", "palle",
        "127.232.1.1", bank("7600", "0001150278"), "reparation af låger og hegn, Hylke Naturbørnehave");
    private final Supplier skadedyr = new Supplier("Stjær Skadedyrsservice", "stjaer-skadedyr.dk", "Lone Stjær", "lone",
        "127.232.2.1", bank("9280", "0003369041"), "rottebekæmpelse, Stilling Plejecenter");
    private final Supplier snedker = new Supplier("Virring Snedkeri", "virring-snedkeri.dk", "Jesper Virring", "jesper",
        "127.232.3.1", bank("5301", "0006640913"), "nye garderobeskabe, Virring Børnehus");
    private final Supplier have = new Supplier("Veng Have & Park v/ Mikkel Veng", "veng-have.dk", "Mikkel Veng", "mikkel",
        "127.232.4.1", bank("7600", "0007718529"), "klipning af hække og rabatter, Veng Skole");
    private final Supplier natur = new Supplier("Søhøjlandets Naturformidling v/ Hanne Mossø", "gmail.com", "Hanne Mossø",
        "hanne.naturformidling", GMAIL, bank("9280", "0009021175"), "kanotur på Gudenåen med 6. årgang, Ry Skole");
    private final Supplier tolk = new Supplier("Tigrinya Tolkeservice v/ Semhar Tesfay", "outlook.com", "Semhar Tesfay",
        "semhar.tolk", MSFT, bank("5301", "0002267830"), "tolkning tigrinya-dansk, Familierådgivningen, 4 timer");
    private final Supplier musik = new Supplier("Søfolk Musik v/ Rikke Boes", "icloud.com", "Rikke Boes", "rikke.soefolk",
        APPLE, bank("7600", "0001486629"), "sommerkoncert på Hørning Plejecenter");
    private final Supplier foto = new Supplier("Ry Foto v/ Torben Knudhule", "hotmail.com", "Torben Knudhule", "ry.foto",
        MSFT, bank("9280", "0008840396"), "dronefotos af Skanderborg Sø-stien til kommunens hjemmeside");
    private final Supplier laas = new Supplier("Skanderborg Låseservice", "skb-laaseservice.dk", "Morten Tåning", "morten",
        HOSTER_IP, bank("5301", "0006615574"), "omkodning af nøglesystem, Galten Bibliotek");
    // foreign suppliers
    private final Supplier lekland = new Supplier("Lekland Småland AB", "lekland-smaland.se", "Lekland Småland, Ekonomi",
        "ekonomi", "127.237.1.1", iban("SE", "50000000053910002841"), "klätterställning och fallskydd, Ry Naturlegeplads");
    private final Supplier containers = new Supplier("Van Dijk Containers B.V.", "vandijk-containers.nl", "Debiteurenadministratie",
        "facturen", "127.237.2.1", iban("NL", "RABO0311882745"), "12 ondergrondse containers, genbrugsøer Skanderborg Fælled");
    private final Supplier holzbau = new Supplier("Holzbrücken Nord GmbH", "holzbruecken-nord.de", "Buchhaltung",
        "buchhaltung", "127.237.3.1", iban("DE", "200400000628834100"), "Holzsteg am Skanderborg Sø, Abschnitt Dyrehaven");

    private final List<Supplier> listed = List.of(vand, anlaeg, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"skanderborg-vandvarme.com", "hoerning-anlaeg.com", "ry-traelast-byggemarked.dk",
        "gudenaabus.dk", "skovby-el-service.dk", idn("ry-tr\u00e6last.dk"), idn("skanderb\u03bfrg.dk"), "e-conomic-faktura.com",
        "ajour-betaling.dk", "ry-kloak.net", "mossoe-koekken.com", "galten-tomrer.dk", "stillingmaler.dk",
        "dansk-fordringsservice.com", "digitalpost-erhverv-skb.net", "dk-hostmaster-fornyelse.net", "danske-kommuneregister.org",
        "ordrecenter-norden.com", "betal-qr-erhverv.net", "gudenaabus.net", "lakeshore-environmental.com", "alken-vvs.net",
        "stilling-maler.net", "soebyens-rengoring.dk", "laasby-vognmand.com", "oj-kontorservice.com", "soehoejlandet-it.net",
        "fakturaportal-visning.com", "dokumentsky-deling.net", "tinglysning-afgift.dk", "ejendomsregistret-dk.com",
        "skanderborg-telefoni.net", "voicemail-besked.com", "nordtank-erhverv.com", "kortservice-nordtank.net",
        "skovby-el.net", "oj-kontorservice.net", "festival-akkreditering.dk", "skanderborgfestival-leverandor.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("skanderborg-vandvarme.dk", List.of(vand.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hoerning-anlaeg.dk", List.of(anlaeg.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ry-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("galten-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("stilling-maler.dk", null, null, null, null); // nothing published
        domain("soebyens-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("skanderborg-lokalavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("laasby-vognmand.dk", List.of("127.231.98.8"), "~all", null, "none"); // SPF names an old web shop only
        domain("skovby-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("alken-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("mossoe-koekken.dk", List.of(mad.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ry-traelast.dk", List.of(traelast.ip(), "127.231.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("soehoejlandet-it.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("gudenaa-bus.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("oj-kontorservice.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("hylke-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("stjaer-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("virring-snedkeri.dk", List.of(snedker.ip()), "-all", null, null);
        domain("veng-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("skb-laaseservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("lekland-smaland.se", List.of(lekland.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vandijk-containers.nl", List.of(containers.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("holzbruecken-nord.de", List.of(holzbau.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        // public partners, land registry, fuel cards, festival, collection, auditor, schools, shops
        domain("horsens.dk", List.of("127.233.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oj-brand.dk", List.of("127.233.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("tinglysning.dk", List.of("127.233.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordtank-erhverv.dk", List.of("127.233.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("skanderborg-festivalklub.dk", List.of("127.233.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sotorvet-advokater.dk", List.of("127.233.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ryvej-revision.dk", List.of("127.233.7.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("skanderborg-gym.dk", List.of("127.233.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ry-hoejskole.dk", List.of("127.233.9.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("oj-legeredskaber.dk", List.of("127.233.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("galten-byggecenter.dk", List.of("127.233.11.1"), "-all", null, "none");
        domain("ry-boghandel.dk", List.of("127.233.12.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        // invoicing platforms
        domain("e-conomic.com", List.of("127.234.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ajourfaktura.dk", List.of("127.234.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("invoicely.com", List.of("127.234.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // banks, telephone exchange, list, ESP, newsletter, forwarders
        domain("soehoejlandets-spk.dk", List.of("127.235.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ojbank-erhverv.dk", List.of("127.235.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("oestjysk-telefoni.dk", List.of(PHONE_IP), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hedensted.dk", List.of("127.235.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("odder.dk", List.of("127.235.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kreditorforum-oj.dk", List.of("127.235.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("heyloyalty.com", List.of("127.235.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("offentligindkoeb-nyt.dk", List.of("127.235.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.gudenaanet.dk", List.of("127.238.1.1"), "-all", null, null);
        domain("relay.ry-fiber.dk", List.of("127.238.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("surveyxact.dk", List.of("127.237.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("penneo.com", List.of("127.237.6.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", "quarantine", null, "none", "quarantine", "reject", null};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 6 ? null : i % 3 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "60." + (i + 1)), i % 4 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    /** An amount between {@code minKr} and {@code minKr + spanKr} kroner, with øre, and 25 % VAT. */
    private Amount amount(int minKr, int spanKr) {
        long net = minKr * 100L + rnd.nextInt(spanKr * 100);
        long vat = Math.round(net * 0.25);
        return new Amount(net, kr(net), kr(vat), kr(net + vat));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no17:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(41_000 + rnd.nextInt(8_000));
            case 1:
                return "29-" + String.format("%05d", 100 + rnd.nextInt(2_000));
            case 2:
                return "F" + (290_000 + rnd.nextInt(9_000));
            case 3:
                return "2029" + String.format("%04d", 300 + rnd.nextInt(600));
            case 4:
                return "SK" + (7_000 + rnd.nextInt(2_500));
            default:
                return (1_200 + rnd.nextInt(900)) + "/29";
        }
    }

    private static final String[] TO = {"kreditor@skanderborg.dk", "efaktura@skanderborg.dk", "kreditor@skanderborg.dk",
        "oekonomi@skanderborg.dk", "teknik-miljoe@skanderborg.dk", "boern-unge@skanderborg.dk", "sundhed-omsorg@skanderborg.dk",
        "kultur-fritid@skanderborg.dk", "ejendomsservice@skanderborg.dk", "indkoeb@skanderborg.dk", "kreditor@skanderborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf17:" + tag + ":" + m.id).substring(3, 15), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(36_000_000 + Math.floorMod(sha256("cvr17:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(81_000_000 + Math.floorMod(sha256("fi17:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Three layouts: an ERP invoice ("Varenr. / Beskrivelse / Antal / Pris / Beløb") with a payment block; a craftsman's
     * "Regning" listing hours, materials and driving with an FI line "+71<...>" (printed only with the supplier's own
     * account); a short "Faktura" with customer number, "Jeres ref." and a payment id, as small accounting packages print.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        boolean free = CorpusChecks.FREE_MAIL.contains(s.domain());
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                head = title.toUpperCase(DA);
                l.add(s.name() + (free ? "" : "   www." + s.domain()) + "   CVR " + cvr(s.domain()));
                l.add(title + " nr.: " + no + "   Dato: " + dashedDay(m, 0) + "   Forfaldsdato: " + dashedDay(m, 30));
                l.add("Skanderborg Kommune, " + RAADHUS + "   EAN-nr.: " + EAN);
                l.add("Varenr.  Beskrivelse                              Antal   Pris   Beløb");
                l.add("100      " + s.what() + "   1   " + a.net() + "   " + a.net());
                l.add("Nettobeløb " + a.net() + "   Moms 25 % " + a.vat() + "   Total DKK " + a.gross());
                l.addAll(more);
                l.add("Betalingsoplysninger: " + account + "   Husk at angive nr. " + no + " ved betaling");
            }
            case 1 -> {
                head = s.name();
                l.add(title + " nr. " + no + " - " + writtenDay(m, 0));
                l.add("Til: Skanderborg Kommune, kreditorbogholderiet, EAN " + EAN);
                l.add("Arbejdssted/opgave: " + s.what());
                long hours = 4 + Math.floorMod(no.hashCode(), 30);
                l.add("Arbejdstimer: " + hours + " t.   Materialer og kørsel efter regning, se specifikation");
                l.add("Beløb ekskl. moms kr. " + a.net() + "   Moms kr. " + a.vat() + "   I alt kr. " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + writtenDay(m, 14) + " til " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits)) + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = title + " " + no;
                l.add(s.name() + " - CVR-nr. " + cvr(s.domain()));
                l.add("Kundenr. " + (10_000 + Math.floorMod(s.domain().hashCode(), 80_000)) + "   Jeres ref.: kreditor   EAN " + EAN);
                l.add("Dato " + isoDay(m, 0) + "   Betalingsfrist 21 dage (" + isoDay(m, 21) + ")");
                l.add(s.what() + ": " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                l.add("Bankoverførsel: " + account);
                l.add("Betalings-id: " + no.replaceAll("\\W", "") + "-" + cvr(s.domain()).substring(4));
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura " + n + ".pdf", n + ".pdf", "Skanderborg_Kommune_faktura_" + n + ".pdf",
            "INV" + n + ".pdf", "Regning " + n + ".pdf", "Dok" + n + ".pdf", "faktura-" + n.toLowerCase(DA) + ".pdf",
            "Faktura nr. " + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Skanderborg Kommune", "Kære kreditorafdeling", "Goddag", "Hej Økonomi",
        "Att.: Kreditorer", "Hej med jer", "Hej igen", "Til rette vedkommende"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig17:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh.\n" + s.person() + "\n" + s.name() + "\nTlf. 86 " + (50 + rnd.nextInt(49)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nVenlig hilsen\n\n" + s.person() + "\n" + s.name() + " | CVR " + cvr(s.domain());
            case 3:
                return "\n\nHilsen " + s.person() + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "\n\nSendt fra min iPhone" : "\n"
                    + s.name() + "\nwww." + s.domain());
            default:
                return "\n\n-- \n" + s.person() + ", " + s.name() + "\n87 " + (90 + rnd.nextInt(9)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = listed.contains(s) ? amount(2_800, 84_000) : amount(900, 11_000);
        String[] subjects = {"Faktura " + no, "Faktura " + no + " - " + s.name(), "Skanderborg Kommune: faktura nr. " + no,
            "Regning nr. " + no, "Fakturanr. " + no + " / EAN " + EAN, "Ny faktura fra " + s.name(), "Faktura vedhæftet",
            "Vedr. udført arbejde, faktura " + no, "FAKTURA " + no, "Fremsendelse af faktura " + no};
        String text = switch (Math.floorMod(v, 9)) {
            case 0 -> "Hermed faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Vedhæftet er faktura på kr. " + a.gross() + " inkl. moms med betalingsfrist " + writtenDay(m, 30) + ".";
            case 2 -> "Opgaven er færdig og afleveret. Fakturaen er vedhæftet som PDF og sendt til jeres EAN-nummer.";
            case 3 -> "Tak for opgaven. Hermed fremsendes faktura nr. " + no + ". Skriv endelig, hvis noget ikke stemmer.";
            case 4 -> "Faktura for perioden er vedhæftet. Angiv fakturanummeret ved betaling, så den bliver udlignet korrekt.";
            case 5 -> "Fakturanr.: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nForfald: " + writtenDay(m, 30);
            case 6 -> "Beklager, at regningen kommer lidt forsinket - her er den for opgaven.";
            case 7 -> "Se vedhæftede faktura. Spørgsmål til fakturaen kan rettes til undertegnede.";
            default -> "Vedlagt faktura som aftalt med jeres projektleder.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 1) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /**
     * An invoice as XML: OIOUBL 2.1 as NemHandel carries it, or Peppol BIS Billing 3.0 (EN 16931) as a foreign supplier's
     * access point sends it.
     */
    private String ublInvoice(String no, Supplier s, Amount a, String issue, String due, boolean peppol) {
        long vatOre = Math.round(a.ore() * 0.25);
        String net = String.format(Locale.ROOT, "%.2f", a.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", vatOre / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (a.ore() + vatOre) / 100.0);
        String name = s.name().replace("&", "&amp;");
        String what = s.what().replace("&", "&amp;");
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        if (peppol) {
            x.append("  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
                + "</cbc:CustomizationID>\n  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n");
        } else {
            x.append("  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n  <cbc:CustomizationID>OIOUBL-2.1</cbc:CustomizationID>\n"
                + "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.6\">urn:www.nesubl.eu:profiles:profile5:ver2.0"
                + "</cbc:ProfileID>\n");
        }
        x.append("  <cbc:ID>").append(no).append("</cbc:ID>\n  <cbc:IssueDate>").append(issue).append("</cbc:IssueDate>\n");
        x.append(peppol ? "  <cbc:DueDate>" + due + "</cbc:DueDate>\n  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n"
            : "  <cbc:InvoiceTypeCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.2\">380</cbc:InvoiceTypeCode>\n");
        x.append("  <cbc:DocumentCurrencyCode>").append(peppol ? "EUR" : "DKK").append("</cbc:DocumentCurrencyCode>\n");
        x.append("  <cac:AccountingSupplierParty><cac:Party>\n    <cbc:EndpointID schemeID=\"")
            .append(peppol ? "0106\">" + cvr(s.domain()) : "DK:CVR\">DK" + cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("    <cac:PartyName><cbc:Name>").append(name).append("</cbc:Name></cac:PartyName>\n")
            .append("  </cac:Party></cac:AccountingSupplierParty>\n");
        x.append("  <cac:AccountingCustomerParty><cac:Party>\n    <cbc:EndpointID schemeID=\"").append(peppol ? "0088" : "GLN")
            .append("\">").append(EAN).append("</cbc:EndpointID>\n")
            .append("    <cac:PartyName><cbc:Name>Skanderborg Kommune</cbc:Name></cac:PartyName>\n")
            .append("  </cac:Party></cac:AccountingCustomerParty>\n");
        String p = plain(s.account());
        if (s.account().startsWith("IBAN")) {
            x.append("  <cac:PaymentMeans><cbc:PaymentMeansCode>").append(peppol ? "58" : "31").append("</cbc:PaymentMeansCode>")
                .append(peppol ? "" : "<cbc:PaymentDueDate>" + due + "</cbc:PaymentDueDate>")
                .append("<cac:PayeeFinancialAccount><cbc:ID>").append(p).append("</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n");
        } else {
            x.append("  <cac:PaymentMeans><cbc:PaymentMeansCode>42</cbc:PaymentMeansCode><cbc:PaymentDueDate>").append(due)
                .append("</cbc:PaymentDueDate>\n    <cbc:PaymentChannelCode listAgencyID=\"320\" "
                    + "listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(p.substring(4)).append("</cbc:ID>")
                .append("<cac:FinancialInstitutionBranch><cbc:ID>").append(p, 0, 4).append("</cbc:ID></cac:FinancialInstitutionBranch>")
                .append("</cac:PayeeFinancialAccount></cac:PaymentMeans>\n");
        }
        String cur = peppol ? "EUR" : "DKK";
        x.append("  <cac:TaxTotal><cbc:TaxAmount currencyID=\"").append(cur).append("\">").append(peppol ? "0.00" : vat)
            .append("</cbc:TaxAmount></cac:TaxTotal>\n");
        x.append("  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID=\"").append(cur).append("\">").append(net)
            .append("</cbc:LineExtensionAmount><cbc:PayableAmount currencyID=\"").append(cur).append("\">")
            .append(peppol ? net : total).append("</cbc:PayableAmount></cac:LegalMonetaryTotal>\n");
        x.append("  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode=\"EA\">1</cbc:InvoicedQuantity>")
            .append("<cbc:LineExtensionAmount currencyID=\"").append(cur).append("\">").append(net).append("</cbc:LineExtensionAmount>")
            .append("<cac:Item><cbc:Name>").append(what).append("</cbc:Name></cac:Item></cac:InvoiceLine>\n</Invoice>\n");
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
            m.description = "history: " + s.domain() + " invoice, its usual account, from its own or its hoster's server";
        }
        List<Supplier> again = List.of(anlaeg, traelast, kloak, avis, vognmand, maler, it, mad, el, vand, toemrer, kontor, vvs, bus,
            rengoer, anlaeg, traelast);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition " + (71_400 + k * 17));
                case 1 -> List.of("Bestilt af: " + to().replace("@skanderborg.dk", ""));
                case 2 -> List.of("Sag: " + (k % 2 == 0 ? "sommervedligehold 2029" : "drift"));
                case 3 -> List.of("Jeres ordre " + (4_500 + k * 3) + " af " + writtenDay(m, -12));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nTimesedlen er vedhæftet." : k % 7 == 5 ? "\n\nFoto af det færdige arbejde er vedhæftet." : "";
            invoice(m, s, s.account(), k * 2 + 4, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "timer_uge" + (33 + k % 4) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timeseddel",
                    List.of(s.what(), "Timer i alt: " + (5 + k % 13), "Kørsel: " + (20 + k * 3) + " km", "Kvitteret af kommunens kontakt")));
            } else if (k % 7 == 5) {
                m.mime.attach("image/jpeg", "billede_" + (1200 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(vand, mad, bus)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 1, List.of("Periode: august 2029"), "\n\nFakturaen dækker august måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for August, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        landRegistry();
        fuelCards();
        festival();
        platforms();
        xmlInvoices();
        bankChanges();
        smallFirms();
        foreignSuppliers();
        saas();
        newsletters();
        creditorList();
        forwarded();
        internal();
        phoneSystem();
        banks();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota vedr. faktura ", "Tre ruller tagpap og en palle fliser er returneret i ubrudt emballage."},
            {kontor, "Kreditering af faktura ", "Ved en fejl blev arkivkasserne faktureret to gange."},
            {mad, "Kreditnota - faktura ", "Fire borgere var indlagt i uge 30 og fik ingen levering, de dage er krediteret."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (1_100 + rnd.nextInt(4_000));
            Amount a = amount(400, 3_600).credit();
            headers(m, s.person(), addr(s), "kreditor@skanderborg.dk", x[1] + p.no())
                .text(GREETING[i + 2] + "\n\n" + x[2] + " Vedhæftet kreditnota " + no + " på " + a.gross() + " kr., som I kan modregne "
                    + "i næste betaling til os." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 2,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, vvs)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@skanderborg.dk", "Saldoudskrift pr. " + dashedDay(m, -1))
                .text("Hej\n\nTil jeres afstemning: saldoudskrift for Skanderborg Kommune. Faktura " + p.no() + " er registreret betalt, "
                    + "og der står ikke noget åbent." + signature(s))
                .attach("application/pdf", "saldo_skanderborg_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Saldoudskrift",
                    List.of("Kunde: Skanderborg Kommune", "Faktura " + p.no() + "  " + p.amount().gross() + "  udlignet",
                        "Åben saldo: 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@skanderborg.dk", "Betaling modtaget")
            .text("Hej\n\nBare så I ved det: pengene for faktura " + past.get(vognmand.domain()).no() + " er kommet. Tak for det.\n\n"
                + "Kurt\n" + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "laasby-vognmand.dk thanks for payment (its SPF names only an old web shop: softfail, DMARC fail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse om betaling", "Vi kan ikke se, at nedenstående faktura er betalt. Har I betalt i mellemtiden, "
            + "kan I se bort fra denne mail."},
            {maler, "Manglende betaling", "Hej. Jeg mangler stadig pengene for gangene på Stilling Skole. Kan I se, om fakturaen "
                + "er blevet væk? Hilsen Bo"},
            {kloak, "Rykker 1", "Fakturaen er nu 10 dage over forfald. Der er ikke pålagt rykkergebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@skanderborg.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 4) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes betalt til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 1, List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "24-" + (8_100 + rnd.nextInt(900));
        String klient = bank("7600", "0014402286");
        headers(m, "Søtorvet Advokater - inkassoafdelingen", "inkasso@sotorvet-advokater.dk", "kreditor@skanderborg.dk",
            "Inkassovarsel - j.nr. " + sag + " (Virring Snedkeri)")
            .text("Skanderborg Kommune\n\nVi repræsenterer Virring Snedkeri v/ Jesper Virring vedrørende faktura nr. 2211 af 28. maj "
                + "2029 på 9.862,50 kr. (garderobeskabe til Virring Børnehus). Fakturaen er rykket to gange uden svar.\n\nEr kravet "
                + "betalt eller bestrider I det, bedes I svare med journalnummeret. Ellers bedes beløbet tillagt 100 kr. i "
                + "rykkergebyr indbetalt på vores klientkonto " + klient + " senest 10 dage fra i dag.\n\nMed venlig hilsen\n"
                + "Søtorvet Advokater, Skanderborg")
            .attach("application/pdf", "Inkassovarsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel j.nr. " + sag,
                List.of("Kreditor: Virring Snedkeri", "Faktura 2211: 9.862,50", "Rykkergebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.233.6.1");
        m.description = "a real lawyer's collection warning about an unlisted joinery's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "MK-" + (29_400 + rnd.nextInt(500));
        String konto = iban("DK", "22750001028813");
        headers(m, "Horsens Kommune, Opkrævning", "opkraevning@horsens.dk", "kreditor@skanderborg.dk",
            "Mellemkommunal refusion " + no + " - specialskoletilbud")
            .text("Til Skanderborg Kommune\n\nHermed opkrævning af mellemkommunal betaling for 2 elever fra Skanderborg Kommune, der "
                + "går på vores specialskole, 2. kvartal 2029. Opkrævningen er også sendt via NemHandel til jeres EAN. Betaling til "
                + konto + " med angivelse af " + no + ".\n\nVenlig hilsen\nHorsens Kommune, Opkrævning")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "hk"), "Mellemkommunal opkrævning " + no,
                List.of("Horsens Kommune, Rådhustorvet 4, 8700 Horsens", "Betaler: Skanderborg Kommune, EAN " + EAN,
                    "Specialskoletilbud, 2 elever, 2. kvartal 2029", "I alt 214.380,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.233.1.1");
        m.description = "neighbouring municipality's intermunicipal charge for two pupils, its own account, DMARC pass";
        m = ok("intermunicipal-invoice", true);
        no = "OJB-" + (2_900 + rnd.nextInt(90));
        String brand = bank("7600", "0017702311");
        headers(m, "Østjyllands Brandvæsen I/S, Økonomi", "oekonomi@oj-brand.dk", "oekonomi@skanderborg.dk",
            "Ejerbidrag 3. kvartal 2029 - faktura " + no)
            .text("Kære ejerkommuner\n\nSom vedtaget i budgettet opkræves ejerbidraget for 3. kvartal. Skanderborg Kommunes andel "
                + "fremgår af den vedhæftede faktura. Beløbet betales som sædvanlig til selskabets konto " + brand + ".\n\n"
                + "Med venlig hilsen\nØstjyllands Brandvæsen I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "oj"), "Faktura " + no,
                List.of("Østjyllands Brandvæsen I/S", "Ejerbidrag 3. kvartal 2029, Skanderborg Kommune", "Beløb 3.118.250,00 (momsfri)",
                    "Konto " + brand)));
        genuine(m, "127.233.2.1");
        m.description = "the joint fire service's quarterly owner contribution, usual account, DMARC pass";
    }

    /** New legitimate family: the land registry's receipt for an easement the municipality registered (fee already paid). */
    private void landRegistry() {
        M m = ok("land-registry-receipt", false);
        landRegistryCase = "2029-" + (7_310_000 + rnd.nextInt(80_000));
        headers(m, "Tinglysningsretten", "noreply@tinglysning.dk", "ejendomsservice@skanderborg.dk",
            "Kvittering for anmeldelse " + landRegistryCase)
            .text("Kvittering\n\nAnmeldelse " + landRegistryCase + " (servitut om fjernvarmeledning, matr.nr. 12c Stilling By, "
                + "Stilling) er modtaget og tinglyst.\n\nTinglysningsafgiften på 1.850 kr. er betalt ved anmeldelsen. Der skal ikke "
                + "betales yderligere.\n\nDokumentet kan ses på tinglysning.dk, når du er logget ind med MitID Erhverv.\n\n"
                + "Tinglysningsretten\nDenne mail kan ikke besvares.");
        genuine(m, "127.233.3.1");
        m.description = "the land registry's receipt for our easement registration, fee already paid, DMARC pass";
    }

    /** New legitimate family: the fuel-card company's monthly invoice, collected by Betalingsservice. */
    private void fuelCards() {
        String[] months = {"juli", "august"};
        for (int i = 0; i < 2; i++) {
            M m = ok("fuel-card-invoice", true);
            if (i == 0) {
                m.wave = 1;
            }
            String no = "NT" + (5_120_000 + rnd.nextInt(90_000));
            Amount a = amount(38_000, 14_000);
            headers(m, "Nordtank Erhverv", "faktura@nordtank-erhverv.dk", "kreditor@skanderborg.dk", "Faktura " + no + " - brændstof "
                + months[i] + " 2029")
                .text("Kære kunde\n\nFakturaen for " + months[i] + " er klar: " + (60 + i * 7) + " kort, i alt DKK " + a.gross()
                    + " inkl. moms. Beløbet trækkes via Betalingsservice den " + writtenDay(m, 15) + "; I skal ikke foretage jer noget.\n\n"
                    + "Kortoversigt og kvitteringer ligger i erhvervsportalen.\n\nNordtank Erhverv")
                .attach("application/pdf", "Nordtank_" + no + ".pdf", Attachments.pdf(docId(m, "nt"), "Faktura " + no,
                    List.of("Skanderborg Kommune, EAN " + EAN, "Brændstof og vask, " + (60 + i * 7) + " kort, " + months[i] + " 2029",
                        "Beløb ekskl. moms " + a.net() + ", moms " + a.vat() + ", i alt " + a.gross(),
                        "Betales via Betalingsservice, aftalenr. 0" + (4_400_000 + i))));
            genuine(m, "127.233.4.1");
            m.description = "fuel-card company's monthly invoice, paid by direct debit, DMARC pass" + (i == 0 ? " (history)" : "");
        }
    }

    /** New legitimate family: the festival club's agreed settlement of shared costs after the festival. */
    private void festival() {
        M m = ok("festival-cost-settlement", true);
        String no = "2029-" + (40 + rnd.nextInt(30));
        String konto = bank("9280", "0011290467");
        headers(m, "Skanderborg Festivalklub, Økonomi", "oekonomi@skanderborg-festivalklub.dk", "kultur-fritid@skanderborg.dk",
            "Afregning af fælles udgifter - festival 2029")
            .text("Hej Kultur og Fritid\n\nSom aftalt i samarbejdsaftalen afregner vi kommunens andel af de fælles udgifter til "
                + "skiltning, oprydning på Dyrehavevej og shuttlebusser fra stationen. Opgørelsen er gennemgået med jeres "
                + "projektleder på evalueringsmødet.\n\nFaktura " + no + " er vedhæftet; betaling til klubbens konto " + konto
                + " som de tidligere år.\n\nVenlig hilsen\nSkanderborg Festivalklub")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "fest"), "Faktura " + no,
                List.of("Skanderborg Festivalklub, CVR " + cvr("skanderborg-festivalklub.dk"), "Kommunens andel af fælles udgifter 2029",
                    "Skiltning 38.400,00 - oprydning 61.250,00 - shuttlebusser 24.900,00", "I alt 124.550,00 (momsfri, forening)",
                    "Konto " + konto)));
        genuine(m, "127.233.5.1");
        m.description = "festival club settles the agreed shared costs, usual account, p=none aligned pass";
    }

    private void platforms() {
        Object[][] p = {{"e-conomic.com", "no-reply@", "e-conomic", anlaeg}, {"e-conomic.com", "no-reply@", "e-conomic", smed},
            {"ajourfaktura.dk", "faktura@", "Ajour", vvs}, {"ajourfaktura.dk", "faktura@", "Ajour", snedker},
            {"invoicely.com", "billing@", "Invoicely", natur}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = d.startsWith("e-") ? String.valueOf(10_400 + rnd.nextInt(800)) : "INV-" + (480 + rnd.nextInt(400));
            Amount a = amount(1_500, 24_000);
            m.mailFrom = "bounce-" + sha256("plat17:" + m.id).substring(0, 10) + "@" + d;
            headers(m, s.name(), x[1] + d, "efaktura@skanderborg.dk", "Faktura " + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Helvetica,Arial,sans-serif;color:#222\"><div style=\"max-width:560px;margin:auto;"
                    + "border-top:4px solid #1b5e8c;padding:16px\"><p>Kære Skanderborg Kommune</p><p>Tak for handlen. Her er faktura "
                    + "<b>" + no + "</b> fra " + s.name() + ".</p><table style=\"font-size:14px\"><tr><td>Beløb</td><td><b>DKK "
                    + a.gross() + "</b></td></tr><tr><td>Forfaldsdato</td><td>" + writtenDay(m, 14 + v) + "</td></tr></table><p>Fakturaen "
                    + "er vedhæftet som PDF. Har du spørgsmål, så svar på denne mail - svaret går til " + s.name() + ".</p>"
                    + "<p style=\"color:#888;font-size:11px\">Sendt via " + x[2] + "</p></div></body></html>")
                .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void xmlInvoices() {
        int v = 0;
        for (Supplier s : List.of(traelast, it)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(3_000, 30_000);
            headers(m, s.name(), addr(s), "efaktura@skanderborg.dk", "OIOUBL " + no)
                .text("Til e-faktura\n\nVores VANS-udbyder har driftsforstyrrelser. Efter aftale med jeres e-fakturateam sender vi "
                    + "OIOUBL-filen direkte og en PDF-visning til orientering.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml", ublInvoice(no, s, a, isoDay(m, 0), isoDay(m, 30), false)
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Visning_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(),
                    v, List.of("Original: OIOUBL 2.1")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL 2.1 XML invoice with a PDF view, usual account";
            v++;
        }
        M m = ok("oioubl-peppol-xml", true);
        String no = "VDC-" + (29_000 + rnd.nextInt(900));
        Amount a = amount(6_000, 12_000);
        headers(m, containers.person(), addr(containers), "efaktura@skanderborg.dk", "Peppol invoice " + no)
            .text("Dear customer,\n\nOur Peppol access point could not reach your endpoint (GLN " + EAN + "). Please find the "
                + "Peppol BIS 3.0 invoice attached; payment to " + containers.account() + ", reverse charge.\n\nKind regards\n"
                + "Van Dijk Containers B.V., accounts receivable")
            .attach("application/xml", no + ".xml", ublInvoice(no, containers, a, isoDay(m, 0), isoDay(m, 30), true)
                .getBytes(StandardCharsets.UTF_8));
        genuine(m, containers.ip());
        m.description = "Dutch supplier's Peppol BIS 3.0 XML sent by mail, NL IBAN, DMARC pass";
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyGalten = bank("9280", "0004482716");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@skanderborg.dk", "Ny bankforbindelse fra 1. oktober")
            .text("Hej\n\nVi skifter bank til Søhøjlandets Sparekasse pr. 1. oktober 2029. Fakturaer dateret fra den dag har det nye "
                + "kontonummer " + nyGalten + " trykt på. Ældre fakturaer betales fortsat til den gamle konto.\n\nRing gerne til "
                + "mig på nummeret i jeres leverandøroplysninger og få det bekræftet, før I ændrer noget. Det underskrevne brev er "
                + "vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.10.2029", "Ny konto: " + nyGalten,
                    "Anders Skovby, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed supplier genuinely announces a bank change from October (SPF+Ed25519 DKIM, no DMARC), asks for a call-back";
        String nyMad = iban("DK", "92800009914428");
        m = ok("supplier-new-account", false);
        headers(m, "Mossø Køkken A/S, Økonomi", "oekonomi@mossoe-koekken.dk", "kreditor@skanderborg.dk",
            "Vores pengeinstitut er fusioneret - nyt reg.nr.")
            .text("Kære kunde\n\nVores pengeinstitut er fusioneret, og derfor har vores konto fået nyt registreringsnummer. Den nye "
                + "konto er " + nyMad + " og gælder for fakturaer dateret 1. september 2029 eller senere. Betalinger til den gamle "
                + "konto bliver videreført i en overgangsperiode.\n\nDu kan se oplysningen på vores hjemmeside og i brevet, der er "
                + "sendt med posten. Ring til vores hovednummer, hvis du vil have den bekræftet.\n\nMed venlig hilsen\n"
                + "Mossø Køkken A/S, Økonomi");
        genuine(m, mad.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a new account after its bank merged, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyMad, mad.what());
        invoice(m, moved, nyMad, 13, List.of("Ny konto efter bankfusion, jf. brev af 25. august 2029"), "\n\nBemærk det nye "
            + "kontonummer, som vi har varslet.");
        genuine(m, mad.ip());
        m.description = "mossoe-koekken.dk invoice with its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 4 + 2, List.of("Rekvirent: " + (v % 2 == 0 ? "institutionsleder" : "afdelingsleder")),
                v % 3 == 0 ? "\n\nDet er første gang, jeg fakturerer kommunen - sig endelig til, hvis jeg mangler et EAN-nummer "
                    + "eller andet." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 19, List.of("Nøgleliste udleveres personligt"), "\n\nNøglerne afleveres på biblioteket.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 21, List.of("Ny adresse: Industrivej 11, 8464 Galten"), "\n\nVi er flyttet til nye lokaler "
            + "i Galten. Bank og kontonummer er uændret.");
        genuine(m, HOSTER_IP);
        m.description = "skovby-el.dk invoice announcing a new address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "HB-" + (2_900 + rnd.nextInt(90));
        headers(m, holzbau.person(), addr(holzbau), "teknik-miljoe@skanderborg.dk", "Rechnung " + no + " - Holzsteg Skanderborg Sø")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Schlussrechnung für den Holzsteg am Skanderborg Sø (Abschnitt "
                + "Dyrehaven). Die Leistung ist in Dänemark steuerbar, Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar "
                + "innerhalb von 30 Tagen auf " + holzbau.account() + ".\n\nMit freundlichen Grüßen\nHolzbrücken Nord GmbH, Buchhaltung")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "hb"), "Rechnung " + no,
                List.of(holzbau.name() + ", Husum", "Kunde: Skanderborg Kommune, " + RAADHUS + ", Dänemark", holzbau.what(),
                    "Gesamtbetrag EUR 46.820,00 - Reverse Charge", "Bankverbindung: " + holzbau.account())));
        genuine(m, holzbau.ip());
        past.put(holzbau.domain(), new Past(no, new Amount(4_682_000, "46.820,00", "0,00", "EUR 46.820,00"), messageId(m,
            holzbau.domain()), "Rechnung " + no + " - Holzsteg Skanderborg Sø"));
        m.description = "German bridge builder's final invoice (history), DE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "F" + (88_100 + rnd.nextInt(800));
        headers(m, lekland.person(), addr(lekland), "ejendomsservice@skanderborg.dk", "Faktura " + no + " / Ry Naturlegeplads")
            .text("Hej!\n\nHär kommer fakturan för klätterställningen och fallskyddet till Ry Naturlegeplads. Montering och "
                + "besiktning är klara. Betala till " + lekland.account() + " (BIC SWEDSESS), omvänd skattskyldighet.\n\nMed vänlig "
                + "hälsning\nLekland Småland AB, Ekonomi")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of("Lekland Småland AB, Växjö", "Kund: Skanderborg Kommune, Danmark", lekland.what(),
                    "Summa SEK 148 600,00 - omvänd skattskyldighet", "Bank: " + lekland.account())));
        genuine(m, lekland.ip());
        m.description = "Swedish playground supplier, SE IBAN, reverse charge, DMARC pass";
        m = ok("foreign-invoice", true);
        no = "VDC-" + (28_000 + rnd.nextInt(900));
        headers(m, containers.person(), addr(containers), "teknik-miljoe@skanderborg.dk", "Invoice " + no + " - underground containers")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice for the delivery of 12 underground containers to Skanderborg "
                + "Fælled. VAT reverse charged (art. 196 Directive 2006/112/EC). Payment within 30 days to " + containers.account()
                + ".\n\nKind regards\nVan Dijk Containers B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of("Van Dijk Containers B.V., Hengelo", "Customer: Skanderborg Kommune, Denmark", containers.what(),
                    "Total EUR 31.440,00 - reverse charge", "Bank: " + containers.account())));
        genuine(m, containers.ip());
        past.put(containers.domain(), new Past(no, new Amount(3_144_000, "31.440,00", "0,00", "EUR 31.440,00"), messageId(m,
            containers.domain()), "Invoice " + no + " - underground containers"));
        m.description = "Dutch container supplier, NL IBAN, reverse charge, DMARC pass";
        Past c = past.get(containers.domain());
        m = ok("payment-reminder", true);
        headers(m, containers.person(), addr(containers), "teknik-miljoe@skanderborg.dk", "Payment reminder: invoice " + c.no())
            .text("Dear Sir/Madam,\n\nOur records show that invoice " + c.no() + " (" + c.amount().gross() + ") is still open. If "
                + "payment has already been made, please disregard this reminder. Otherwise kindly transfer the amount to our "
                + "usual account " + containers.account() + ".\n\nKind regards\nVan Dijk Containers B.V., accounts receivable");
        genuine(m, containers.ip());
        m.description = "Dutch supplier's polite reminder for its real invoice, same NL IBAN, DMARC pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "SX-" + (20_290_000 + rnd.nextInt(9_000));
        headers(m, "SurveyXact", "faktura@surveyxact.dk", "indkoeb@skanderborg.dk", "Faktura " + no + " - årslicens")
            .text("Kære kunde\n\nJeres årslicens til SurveyXact (Pro, 25 brugere) er fornyet. Beløbet er trukket på det registrerede "
                + "betalingskort, så der skal ikke betales yderligere.\n\nFaktura " + no + " er vedhæftet.\n\nSurveyXact")
            .attach("application/pdf", "SurveyXact_" + no + ".pdf", Attachments.pdf(docId(m, "sx"), "Faktura " + no,
                List.of("Skanderborg Kommune", "Pro-licens, 25 brugere, 12 mdr.", "DKK 41.250,00 inkl. moms - betalt med kort")));
        genuine(m, "127.237.5.1");
        m.description = "survey SaaS licence invoice already paid by card, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "PN-" + (300_000 + rnd.nextInt(90_000));
        headers(m, "Penneo Billing", "billing@penneo.com", "it-support@skanderborg.dk", "Receipt " + no)
            .text("Hi,\n\nThank you for your payment. This is your receipt for Penneo Sign, 40 users (monthly). Charged to Visa ending "
                + "0317. Nothing further to pay.\n\nPenneo")
            .attach("application/pdf", "receipt_" + no + ".pdf", Attachments.pdf(docId(m, "pn"), "Receipt " + no,
                List.of("Skanderborg Kommune", "Penneo Sign, 40 users", "EUR 1,160.00 paid")));
        genuine(m, "127.237.6.1");
        m.description = "e-signature SaaS receipt, paid by card, DMARC pass";
    }

    private void newsletters() {
        String[][] n = {{"offentligindkoeb-nyt.dk", "Offentligt Indkøb Nyt", "nyhedsbrev@", "Sådan stopper I falske fakturaer i ferien",
            "Svindlere rammer ofte i sommerferien, når vikarer sidder med kreditorerne. Tjek altid nye kontonumre telefonisk."},
            {"ryvej-revision.dk", "Ryvej Revision", "nyhedsbrev@", "Nyt fra Ryvej Revision: moms på køb fra EU-leverandører",
                "Omvendt betalingspligt ved køb af varer og ydelser fra svenske, tyske og hollandske leverandører - en tjekliste."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounces+" + sha256("nl17:" + x[0]).substring(0, 10) + "@heyloyalty.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@skanderborg.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?u=" + sha256("u17:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"background:#f3f3f3\"><table width=\"600\" align=\"center\" style=\"background:#fff;"
                    + "font-family:Arial\"><tr><td style=\"padding:20px\"><h2>" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://"
                    + x[0] + "/artikler\">Læs hele artiklen</a></p><p style=\"font-size:10px;color:#777\">Du modtager nyhedsbrevet, "
                    + "fordi du er tilmeldt. Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("heyloyalty.com");
            m.ip = "127.235.7.1";
            m.helo = "mta3.heyloyalty.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    /** The creditor network's list tags the subject, adds a footer and rewrites the envelope: the poster's DKIM breaks. */
    static byte[] forumRewrite(byte[] raw) {
        String mail = new String(raw, StandardCharsets.UTF_8);
        mail = mail.replaceFirst("(?m)^Subject: ", "Subject: [Kreditorforum OJ] ");
        String tail = "\r\n--\r\nKreditorforum Østjylland - for kreditorbogholdere i kommuner og regioner\r\n"
            + "Afmeld: https://kreditorforum-oj.dk/liste/afmeld\r\n";
        String body = mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) : mail;
        return (body + tail).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"horsens.dk", "Lise Tvingstrup", "lise.tvingstrup@", "Falske tinglysningsopkrævninger",
            "Hej alle\n\nVi har fået 'opkrævninger på tinglysningsafgift' for servitutter, som vi selv har tinglyst. Afgiften betales "
                + "ved anmeldelsen - den kommer aldrig som en faktura bagefter. Pas på.\n\nLise, Horsens Kommune"},
            {"odder.dk", "Niels Saksild", "nisa@", "SV: Falske tinglysningsopkrævninger", "Samme her. Og nu også 'talebeskeder' "
                + "som HTML-filer i mails - vores telefonsystem sender aldrig beskeder som vedhæftede websider.\n\nNiels, Odder "
                + "Kommune"},
            {"hedensted.dk", "Dorte Juelsminde", "doju@", "Tankkort spærret?", "Hej forum\n\nVi har fået en mail om, at "
                + "hjemmeplejens tankkort 'spærres i morgen' pga. restance. Den kom fra et domæne, der ligner vores "
                + "tankkortleverandørs. Kortene var ikke spærret.\n\nDorte, Hedensted Kommune"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorforum-oj.dk", x[3])
                .header("List-Id", "Kreditorforum OJ <liste.kreditorforum-oj.dk>")
                .header("List-Post", "<mailto:liste@kreditorforum-oj.dk>")
                .text(x[4]);
            String forum = "kreditorforum-oj.dk";
            m.mailFrom = "liste-bounces@" + forum;
            m.signers.add(x[0]);
            m.listSigner = forum;
            m.afterSigning = HeldOutCorpus17::forumRewrite;
            m.helo = "lists." + forum;
            m.ip = dns.get(forum).spfIps().get(0);
            m.description = "post by " + x[0] + " (DMARC p=" + dns.get(x[0]).dmarc() + ") relayed by " + forum + " with its own "
                + "envelope; the subject tag and footer break the poster's DKIM, the list signs anew";
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 16, List.of(), "");
        m.mailFrom = "SRS0=Hk2w=PQ=skanderborg-lokalavis.dk=annonce@srs.gudenaanet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.238.1.1";
        m.helo = "srs.gudenaanet.dk";
        m.description = "skanderborg-lokalavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 23, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 29, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(4_000, 9_000);
        headers(m, "Jonas Tåning", "jota@" + OWN, "kreditor@skanderborg.dk", "VS: Faktura " + no + " - grus til søstien")
            .text("Hej Kreditor\n\nDenne faktura kom direkte til mig. Leverancen er modtaget og godkendt, konto 2230-118, projekt "
                + "Søstien etape 3.\n\nJonas Tåning\nVej og Park\n\n---------- Videresendt meddelelse ----------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -4) + "\nEmne: Faktura " + no + "\n\n"
                + "Hej Jonas, her er regningen for gruset.")
            .attach("application/pdf", pdfName(no, 1), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 1, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.ry-fiber.dk";

    private void internal() {
        String[][] x = {{"Kreditorteamet", "kreditor@", "ledere@skanderborg.dk", "Påmindelse: bankskift kræver tilbageringning",
            "Kære ledere\n\nNår en leverandør beder om at få betaling til en ny konto, ringer vi altid tilbage på et nummer fra "
                + "leverandørregistret - ikke fra mailen. Det gælder også kreditnotaer og 'tilbagebetalinger'. Send mailen til "
                + "kreditor@, før I svarer.\n\nKreditorteamet, Økonomi"},
            {"Pernille Hørning", "peho@", "kreditor@skanderborg.dk", "Faktura fra Gudenå Bus for juni?", "Hej\n\nGudenå Bus spørger "
                + "efter betaling for svømmekørslen i juni. Ligger fakturaen til godkendelse et sted?\n\nPernille\nBørn og Unge"},
            {"Digitalisering og IT", "it@", "alle-oekonomi@skanderborg.dk", "Servicevindue i økonomisystemet fredag aften",
                "Fredag fra kl. 17 til lørdag kl. 8 opdateres økonomisystemet. E-fakturaer, der modtages i tidsrummet, ligger klar "
                    + "mandag morgen."},
            {"Karina Låsby", "kala@", "kreditor@skanderborg.dk", "Udlæg - kaffe og kage til søstiindvielsen", "Hej\n\nKvitteringen "
                + "for kaffe og kage til indvielsen af søstien er vedhæftet. Må jeg få pengene med næste løn?\n\nKarina"},
            {"HR og Løn", "loen@", "ledere@skanderborg.dk", "Lønfrist for september", "Kære ledere\n\nÆndringer til septemberlønnen "
                + "skal være indtastet senest den 12. Medarbejdere skifter selv lønkonto via NemKonto - vi ændrer ikke kontonumre "
                + "på baggrund af mails."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    /** A minimal PCM WAV file: a telephone exchange's voicemail recording (8 kHz, 8 bit, silence with a tone). */
    private static byte[] wav(long seed, int seconds) {
        int n = 8_000 * seconds;
        byte[] b = new byte[44 + n];
        java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + n).put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
            .putInt(16).putShort((short) 1).putShort((short) 1).putInt(8_000).putInt(8_000).putShort((short) 1).putShort((short) 8)
            .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(n);
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            b[44 + i] = (byte) (128 + (int) (20 * Math.sin(i * 0.3)) + r.nextInt(5));
        }
        return b;
    }

    /** New legitimate family: the hosted exchange's voicemail notices, signed with our own delegated DKIM key. */
    private void phoneSystem() {
        String[][] v = {{"+45 86 52 41 17", "0:38", "kreditor@skanderborg.dk"}, {"+45 87 93 10 62", "1:12", "indkoeb@skanderborg.dk"}};
        for (String[] x : v) {
            M m = ok("phone-system-notice", false);
            m.mailFrom = "bounce@oestjysk-telefoni.dk";
            headers(m, "Skanderborg Kommune Telefoni", "voicemail@" + OWN, x[2], "Ny talebesked fra " + x[0] + " (" + x[1] + ")")
                .text("Du har modtaget en ny talebesked.\n\nFra: " + x[0] + "\nVarighed: " + x[1] + "\nModtaget: " + writtenDay(m, 0)
                    + "\n\nBeskeden er vedhæftet som lydfil og kan også aflyttes fra din telefon.\n\nSkanderborg Kommune Telefoni")
                .attach("audio/wav", "talebesked_" + x[0].replaceAll("\\D", "").substring(2) + ".wav", wav(docId(m, "wav"), 2));
            m.ip = PHONE_IP;
            m.helo = "mail.oestjysk-telefoni.dk";
            m.signers.add(OWN);
            m.description = "voicemail notice from our hosted exchange: envelope of the provider (SPF pass, unaligned), our own "
                + "delegated DKIM key (aligned, DMARC pass), WAV attached";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Søhøjlandets Sparekasse, Erhverv", "erhverv@soehoejlandets-spk.dk", "oekonomi@skanderborg.dk",
            "Du har en ny besked i Netbank Erhverv")
            .text("Kære kunde\n\nDer ligger en ny besked til jer i Netbank Erhverv. Log på, som I plejer. Vi sender aldrig links til "
                + "log-on og beder aldrig om koder eller MitID.\n\nSøhøjlandets Sparekasse");
        genuine(m, "127.235.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "ØJ Bank Erhverv", "info@ojbank-erhverv.dk", "oekonomi@skanderborg.dk", "Ændrede ekspeditionstider for "
            + "udlandsbetalinger")
            .text("Fra 1. oktober skal udlandsbetalinger i SEK og EUR være godkendt senest kl. 14 for at blive gennemført samme "
                + "bankdag.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.235.2.1");
        m.description = "bank notice about cut-off times, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Ryvej Revision", "revision@ryvej-revision.dk", "kreditor@skanderborg.dk", "Anmodning om saldobekræftelse - "
            + bus.name())
            .text("Til Skanderborg Kommune\n\nSom revisor for " + bus.name() + " beder vi jer bekræfte jeres mellemværende med "
                + "selskabet pr. 30. juni 2029. Selskabets fuldmagt er vedhæftet.\n\nSvar blot med saldoen - også hvis den er 0. Vi "
                + "beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\nRyvej Revision, Ry")
            .attach("application/pdf", "Fuldmagt_saldo.pdf", Attachments.pdf(docId(m, "rev"), "Anmodning om saldobekræftelse",
                List.of(bus.name() + ", CVR " + cvr(bus.domain()), "Opgørelsesdato 30.06.2029", "Svar til revisor")));
        genuine(m, "127.233.7.1");
        m.description = "a listed supplier's real auditor asks us to confirm the balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Skanderborg Gymnasium, Økonomi", "oekonomi@skanderborg-gym.dk", "oekonomi@skanderborg.dk", "Betalingsadvis")
            .text("Hej\n\nVi har i dag betalt 26.750,00 kr. for leje af Skanderborg Fælled Hallen i august (jeres faktura "
                + "70041298).\n\nVenlig hilsen\nSkanderborg Gymnasium");
        genuine(m, "127.233.8.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Ry Højskole", "kontor@ry-hoejskole.dk", "oekonomi@skanderborg.dk", "Indbetaling - kursusophold")
            .text("Hej\n\nVedhæftet betalingsspecifikation for de to fakturaer for lån af kanoer og bådebro i juli.\n\nRy Højskole")
            .attach("text/csv", "betalinger.csv", ("faktura;tekst;beloeb\r\n70041305;Kanoudlån juli;4200,00\r\n"
                + "70041306;Bådebro Birkhede;1850,00\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.233.9.1");
        m.description = "a folk high school pays two of our invoices (CSV), no DMARC, aligned pass";
    }

    private void shops() {
        String[][] r = {{"galten-byggecenter.dk", "Galten Byggecenter", "kvittering@", "Kvittering for køb",
            "Skruer, trælim og 6 plader krydsfiner, 2.318,75 kr. Betalt med kommunens indkøbskort."},
            {"ry-boghandel.dk", "Ry Boghandel", "webshop@", "Ordrekvittering 20417", "32 stk. 'Søhøjlandets fugle' til "
                + "naturklassen, 4.448,00 kr. Betalt med kort ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@skanderborg.dk", x[3]).text(x[4] + "\n\nTak for handlen\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "ØJ Legeredskaber", "ordre@oj-legeredskaber.dk", "indkoeb@skanderborg.dk", "Ordrebekræftelse 30912")
            .text("Tak for ordren på gyngestativ og 14 m³ faldgrus til Låsby Legeplads. Levering i uge 40. Faktura sendes via "
                + "NemHandel til EAN " + EAN + ".\n\nØJ Legeredskaber");
        genuine(m, "127.233.10.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "ejendomsservice@skanderborg.dk", "Tilbud på nyt rækværk, Hylke")
            .text("Hej\n\nNyt rækværk i galvaniseret stål, 18 m, leveret og monteret: 31.400 kr. ekskl. moms. Tilbuddet gælder 30 dage."
                + signature(smed))
            .attach("application/pdf", "Tilbud_raekvaerk.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Rækværk, galvaniseret, 18 m", "31.400,00 ekskl. moms", "Gyldigt i 30 dage")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "teknik-miljoe@skanderborg.dk", "Pris på beskæring ved Veng Skole")
            .text("Hej\n\nBeskæring af lindetræerne og fjernelse af afklip: 2 dage, 14.800 kr. + moms. Jeg kan starte i uge 39."
                + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "boern-unge@skanderborg.dk", "Omkørsel i festivalugen")
            .text("Hej\n\nI festivalugen kører skolebussen fra Låsby ad Ringvejen. Køreplanen er vedhæftet. Fakturering og betaling "
                + "er uændret.\n\nGudenå Bus & Turist")
            .attach("application/pdf", "koereplan_festivaluge.pdf", Attachments.pdf(docId(m, "kp"), "Køreplan festivalugen",
                List.of("Låsby - Galten - Skanderborg", "Afgang 07.05, 07.35", "Omkørsel ad Ringvejen")));
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, vand.person(), addr(vand), "ejendomsservice@skanderborg.dk", "Varsel om vandafbrydelse i Stilling")
            .text("Kære kunde\n\nOnsdag kl. 8-12 afbryder vi vandet i dele af Stilling pga. ledningsarbejde. Stilling Skole og "
                + "Stilling Plejecenter er berørt.\n\nSkanderborg Vand & Varme");
        genuine(m, vand.ip());
        m.description = "listed utility's notice of a water interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "7044060007781299"), iban("DK", "34090001928374"), bank("6140", "0004471903"),
        iban("EE", "1010220288815511"), iban("PL", "109010140000071219812874"), iban("GB", "MONZ04000412983344"),
        iban("IE", "AIBK93115212345678"), iban("NL", "ABNA0417164300"), iban("DE", "100110012629331847"),
        iban("HU", "117730161111101800000000"), iban("RO", "INGB0000999901234567"), iban("BG", "UNCR70001522334455"),
        iban("CY", "002001280000001200527600"), bank("8117", "0000391254"), iban("MT", "MALT011000012345MTLCAST001S"),
        iban("SE", "50000000054910000003"), iban("NO", "15030012345"), iban("LT", "3250024720012345")};

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
        fakeTinglysning();
        fakeVoicemail();
        fakeFuelCard();
        fakeCreditNote();
        fakeFestival();
    }

    private void forgedSuppliers() {
        Supplier[] who = {vand, avis, traelast, toemrer, maler};
        String[] notes = {"\n\nVi har skiftet bank. Betal derfor kun til kontoen på denne faktura.",
            "\n\nBemærk: vores tidligere konto er lukket - ret venligst jeres leverandøroplysninger.",
            "\n\nNy bankforbindelse fra denne faktura og fremover.", "",
            "\n\nPga. bankskifte bedes I betale hurtigst muligt til den nye konto."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 2), i + 6, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<erhverv@ry-traelast-byggemarked.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + (dns.get(who[i].domain()).dmarc() == null ? "none"
                : "p=" + dns.get(who[i].domain()).dmarc()) + ") from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"skanderborg-vandvarme.com", vand}, {"hoerning-anlaeg.com", anlaeg}, {"ry-traelast-byggemarked.dk", traelast},
            {"gudenaabus.dk", bus}, {"skovby-el-service.dk", el}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 4), i * 3 + 1, List.of(), i % 2 == 1
                ? "\n\nVær opmærksom på vores nye kontonummer, som står på fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), invoice with a new account";
        }
    }

    private void homoglyphs() {
        String d = idn("ry-tr\u00e6last.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, traelast.posing(d, traelast.account()), mule(8), 14, List.of("Ny bankforbindelse"), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (æ for ae) posing as ry-traelast.dk, invoice with a new account, authenticates";
        d = idn("skanderb\u03bfrg.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Skanderborg Kommune, Økonomi", "oekonomi@" + d, "kreditor@skanderborg.dk", "Haster: forudbetaling "
            + "slamsugning Skanderborg Sø")
            .text("Hej\n\nEfter algeopblomstringen skal der i morgen tidlig sættes slamsugning ind ved badeanstalten. Entreprenøren "
                + "kører kun ud mod forudbetaling: 118.750 kr. til " + mule(11) + ". Fakturaen kommer bagefter.\n\nTak for hjælpen\n"
                + "Økonomi");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Greek omicron for o) posing as our finance department: urgent advance, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"e-conomic-faktura.com", "e-conomic"}, {"ajour-betaling.dk", "Ajour"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? anlaeg : vvs;
            M m = bad("lookalike-platform");
            String no = i == 0 ? String.valueOf(10_400 + rnd.nextInt(800)) : "INV-" + (480 + rnd.nextInt(400));
            headers(m, s.name(), "no-reply@" + look[i][0], "efaktura@skanderborg.dk", "Faktura " + no + " er forfalden - undgå gebyr")
                .html("<html><body style=\"font-family:Helvetica,Arial\"><p>Kære Skanderborg Kommune</p><p>Faktura " + no + " fra "
                    + s.name() + " er overskredet. Betal i dag med kort eller MobilePay for at undgå rykkergebyr på 350 kr.</p>"
                    + "<p><a href=\"https://" + look[i][0] + "/betal/" + sha256(m.id).substring(0, 12) + "\" style=\"background:#1b5e8c;"
                    + "color:#fff;padding:10px 18px;text-decoration:none\">Betal faktura</a></p><p style=\"color:#888;font-size:11px\">"
                    + "Sendt via " + look[i][1] + "</p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "INV-" + (900 + rnd.nextInt(90));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@invoicely.com";
        headers(m, "Aarhus Skilte & Banner", "billing@invoicely.com", "kultur-fritid@skanderborg.dk", "Faktura " + no + " fra Aarhus "
            + "Skilte & Banner")
            .header("Reply-To", "<aarhus.skilte.banner@outlook.com>")
            .html("<html><body><p>Kære Skanderborg Kommune</p><p>Her er faktura <b>" + no + "</b> for bannere og byggepladsskilte "
                + "til festivalområdet: <b>DKK 27.437,50</b>. Betaling senest om 5 dage til " + mule(12) + ".</p><p style=\"color:#888;"
                + "font-size:11px\">Sendt via Invoicely</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "pf"), "Faktura " + no,
                List.of("Aarhus Skilte & Banner", "Bannere og skilte, festivalområdet", "DKK 27.437,50", "Konto " + mule(12))));
        genuine(m, "127.234.3.1");
        m.description = "real platform invoicely.com used by an unknown firm for banners never ordered, outlook Reply-To, mule";
        m = bad("platform-account-misused");
        no = String.valueOf(10_400 + rnd.nextInt(800));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@e-conomic.com";
        headers(m, "Søbyens Rengøring ApS", "no-reply@e-conomic.com", "kreditor@skanderborg.dk", "Faktura " + no
            + " fra Søbyens Rengøring ApS - ny konto")
            .header("Reply-To", "<soebyens.rengoering@gmail.com>")
            .html("<html><body><p>Kære Skanderborg Kommune</p><p>Vi er gået over til e-conomic, og vores bankforbindelse er ændret. "
                + "Faktura <b>" + no + "</b> bedes betalt til " + mule(3) + ".</p><p style=\"color:#888;font-size:11px\">Sendt via "
                + "e-conomic</p></body></html>")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(3)), "Faktura", no,
                amount(18_000, 20_000), mule(3), 2, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.234.1.1");
        m.description = "real platform e-conomic.com in listed soebyens-rengoering.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er blevet en del af en landsdækkende kontorkæde, og alle betalinger skal nu gå til koncernens konto "},
            {anlaeg, "Skattestyrelsen har foretaget udlæg i vores driftskonto, så den er spærret i øjeblikket. Betal derfor til "},
            {bus, "Vi har overdraget vores fakturaer til et factoringselskab, så betaling skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 13), i + 7, List.of("Ændrede betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 13)
                + ". Jeg er ude af huset resten af ugen og kan ikke tage telefonen, så skriv endelig her.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = vand;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@skanderborg.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn opfølgning på fakturaen nedenfor: efter et bankudbud har vi fået ny bank, så de " + p.amount().gross()
                + " kr. skal gå til " + mule(16) + ". Den gamle konto lukkes ved månedsskiftet.\n\n" + s.person()
                + "\nSkanderborg Vand & Varme A/S\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of skanderborg-vandvarme.dk replies in its own wave-1 thread (DMARC pass), new account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "ry-kloak.net"}, {mad, "mossoe-koekken.com"}, {toemrer, "galten-tomrer.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@skanderborg.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nVedr. faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har skiftet bank, så den skal "
                    + "betales til " + mule(i + 6) + " og ikke til kontoen på fakturaen. Giv lige et kort svar, når det er rettet.\n\n"
                    + s.person() + "\n\n-----Oprindelig meddelelse-----\n> " + GREETING[i] + "\n> Faktura " + p.no() + " er vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 5), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 0, List.of("Rettet bankforbindelse")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Frands Stjær, borgmester", "borgmester@" + OWN, "oekonomi@skanderborg.dk", "Fortroligt: ejendomskøb ved "
            + "Skanderborg Sø")
            .text("Hej\n\nVi er i fortrolige forhandlinger om en grund ved søbredden. Sælgers advokat skal have 340.000 kr. i "
                + "deponering i dag: " + mule(4) + ". Hold det for dig selv, indtil økonomiudvalget er orienteret.\n\nFrands");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Borgerservice", "borgerservice@" + OWN, "kreditor@skanderborg.dk", "Tilbagebetaling til borger - haster")
            .text("Hej Kreditor\n\nEn borger har betalt ejendomsskat to gange og skal have 19.420,00 kr. tilbage i dag, før sagen "
                + "går til ombudsmanden. Udbetal til " + mule(9) + "; bilaget følger.\n\nBorgerservice");
        forged(m, forgedHost++);
        m.description = "our citizen-service mailbox forged from outside: 'refund a citizen today', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Frands Stjær", "frands.stjaer.borgmester@gmail.com", GMAIL, "Har du et øjeblik?", "Hej\n\nJeg sidder "
            + "i KKR-møde i Aarhus hele dagen og kan ikke ringe. Der er en betaling, jeg skal have ordnet diskret i dag. Svar mig "
            + "her, så sender jeg detaljerne.\n\nFrands\nSendt fra min iPhone"},
            {"Mette Galten - kommunaldirektør", "mette.galten.kd@outlook.com", MSFT, "Gavekort til festivalens frivillige", "Hej\n\n"
                + "Vi vil gerne takke de frivillige fra hjemmeplejen, der hjalp på festivalpladsen. Køb 30 digitale gavekort à 500 "
                + "kr. og send mig koderne i dag - jeg sørger for bilaget.\n\nMette"},
            {"Ole Hørning", "ole.hoerning@icloud.com", APPLE, "Fortroligt - forlig", "Hej\n\nVi har indgået forlig i en "
                + "personalesag. Modpartens advokat skal have 162.000 kr. i dag til " + mule(5) + ". Jeg godkender bilaget, når jeg "
                + "er tilbage fra ferie.\n\nOle, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@skanderborg.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Sofie Alken", "sofie.alken88@gmail.com", "loen@skanderborg.dk", "Ny konto til min løn")
            .text("Hej\n\nJeg er pædagog i Skovby Børnehus og har skiftet bank. Kan min løn fra september gå til "
                + bank("8117", "0009924816") + "? Jeg kan ikke komme på intra hjemmefra.\n\nMvh Sofie");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Mikkel Fruering", "mikkel.fruering@hotmail.com", "loen@skanderborg.dk", "Vikarløn - ny konto")
            .text("Hej løn\n\nJeg er timelønnet vikar på Hørning Skole. Min løn skal fremover gå til " + mule(1) + ", den gamle konto "
                + "er lukket. Jeg har ikke adgang til NemKonto lige nu.\n\nMikkel");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail wants his salary to another account";
        m = bad("payroll-account-change");
        headers(m, "Birthe Veng", "birthe.veng@yahoo.com", "loen@skanderborg.dk", "Feriepenge og løn")
            .text("Hej\n\nJeg arbejder i hjemmeplejen i Ry. Mine feriepenge og løn skal fremover til min konto i Sverige, "
                + mule(15) + ", fordi jeg flytter. Kan det nå at komme med i denne måned?\n\nBirthe");
        genuine(m, YAHOO);
        m.description = "a 'home-care worker' on yahoo wants salary and holiday pay to a Swedish account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "bo@stillingmaler.dk", "kreditor@skanderborg.dk", "Nyt kontonummer")
            .text("Hej\n\nKort besked - vi har fået nyt kontonummer: " + mule(10) + ". Brug det fremover, også til den faktura, der "
                + "står åben.\n\nMvh Bo\nStilling Malerservice");
        ownedBy(m, "stillingmaler.dk");
        m.description = "no attachment: look-alike of stilling-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Alken VVS & Blik <kontor@alken-vvs.dk>", "alken.vvs.blik@gmail.com", "kreditor@skanderborg.dk",
            "Opdatering af betalingsoplysninger")
            .text("Kære kunde\n\nVores mailserver er nede, så vi skriver herfra. Vores konto er ændret til " + mule(14) + " med "
                + "virkning fra i dag.\n\nAlken VVS & Blik");
        genuine(m, GMAIL);
        m.description = "display name carries listed alken-vvs.dk's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "DFS-" + (410_000 + rnd.nextInt(90_000));
            headers(m, "Dansk Fordringsservice", "sag@dansk-fordringsservice.com", "kreditor@skanderborg.dk", "Sidste varsel før "
                + "retslige skridt - sag " + sag)
                .text("Skanderborg Kommune\n\nVi har overtaget " + s[i].name() + "s tilgodehavende vedrørende faktura " + p.no()
                    + " på " + p.amount().gross() + " kr. Betales beløbet med tillæg af 1.470 kr. i inkassoomkostninger ikke inden 3 "
                    + "hverdage til " + mule(i + 15) + ", indgives betalingspåkrav til fogedretten.\n\nDansk Fordringsservice")
                .attach("application/pdf", "Sag_" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Sidste varsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.470,00",
                        "Konto " + mule(i + 15))));
            ownedBy(m, "dansk-fordringsservice.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"digitalpost-erhverv-skb.net", "Digital Post", "besked@", "Ny post fra Skattestyrelsen",
            "Skanderborg Kommune har modtaget ny post fra Skattestyrelsen om en afgørelse med frist. Log på med MitID Erhverv for at "
                + "læse brevet.", "fake-digital-post"},
            {"digitalpost-erhverv-skb.net", "Digital Post - Virksomhedspostkasse", "noreply@", "Jeres postkasse lukkes om 48 timer",
                "Organisationens postkasse er ikke bekræftet efter overgangen til ny løsning. Bekræft nu med MitID Erhverv.",
                "fake-digital-post"},
            {"dk-hostmaster-fornyelse.net", "DK Domæneregistrering", "fornyelse@", "Sidste frist: fornyelse af skanderborg.dk",
                "Registreringen af skanderborg.dk udløber. Betal inden 5 dage, ellers stopper hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"danske-kommuneregister.org", "Danske Kommuneregister", "data@", "Kontrol af jeres registrering",
                "Gennemgå de forudfyldte oplysninger om Skanderborg Kommune og returnér formularen underskrevet. Registreringen er "
                    + "gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@skanderborg.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 14);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på og læs "
                    + "posten</a></p><p style=\"font-size:11px;color:#666\">Digital Post - sikker post fra det offentlige</p></body></html>");
            } else if (x[0].startsWith("dk-hostmaster")) {
                mime.text(x[4] + "\n\nFornyelse 3 år: 5.480,00 kr. til " + mule(0) + " eller betal online: " + link
                    + "\n\nDK Domæneregistrering")
                    .attach("application/pdf", "Fornyelse_skanderborg.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: skanderborg.dk", "Periode 3 år", "5.480,00", "Konto " + mule(0))));
            } else {
                mime.text(x[4] + "\n\nDanske Kommuneregister")
                    .attach("application/pdf", "Registrering_Skanderborg_Kommune.pdf", Attachments.pdf(docId(m, "reg"),
                        "Registreringsformular", List.of("Skanderborg Kommune, " + RAADHUS, "Underskrift og dato:",
                            "Ved underskrift bestilles optagelse i 3 år à 1.290 EUR årligt")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post notice with a MitID login link"
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordrecenter Norden", "kvittering@ordrecenter-norden.com", "indkoeb@skanderborg.dk", "Ordre #55207 bekræftet: 20 "
            + "bærbare computere")
            .text("Tak for din bestilling. 20 x bærbar computer 14\", i alt 219.800,00 kr., afsendes og faktureres i morgen.\n\n"
                + "Har du ikke bestilt? Ring straks til vores ordreafdeling på +45 78 77 41 90 for at annullere.\n\nOrdrecenter Norden");
        ownedBy(m, "ordrecenter-norden.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Norton Fornyelsesservice", "kvittering@ordrecenter-norden.com", "it@skanderborg.dk", "Faktura: abonnement "
            + "fornyet automatisk")
            .text("Jeres abonnement på Norton 360 for 50 enheder er fornyet for 12 måneder (8.940 kr.). Vil I annullere og have "
                + "pengene retur, skal I ringe +45 78 77 41 90 inden 24 timer.")
            .attach("application/pdf", "Norton_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Faktura",
                List.of("Norton 360, 50 enheder, 12 mdr.", "8.940,00 kr.", "Annullering: +45 78 77 41 90")));
        ownedBy(m, "ordrecenter-norden.com");
        m.description = "callback scam: renewal 'invoice' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"betal-qr-erhverv.net", "MobilePay Erhverv", "no-reply@", "Betaling afventer godkendelse - scan QR",
            "En betaling på 16.280,00 kr. fra Skanderborg Kommune kunne ikke gennemføres."},
            {"gudenaabus.net", bus.person(), "trafik@", "Svømmekørsel juni - betal nemt med QR", "Fakturaen for svømmekørslen "
                + "i juni kan nu betales med det samme."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@skanderborg.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan koden med din mobil for at betale.</p><p><img src=\"cid:qrbetal\" "
                    + "width=\"200\" height=\"200\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr_betaling.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Lakeshore Environmental Consulting", "accounts@lakeshore-environmental.com", "teknik-miljoe@skanderborg.dk",
            "Invoice LEC-3107 - phosphorus survey Skanderborg Sø")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the phosphorus and sediment survey of Skanderborg Sø "
                + "carried out for your environment department. EUR 18,950.00 is payable within 7 days to " + mule(4) + ".\n\n"
                + "Kind regards\nLakeshore Environmental Consulting")
            .attach("application/pdf", "LEC-3107.pdf", Attachments.pdf(docId(m, "en"), "Invoice LEC-3107",
                List.of("Client: Skanderborg Municipality", "Phosphorus and sediment survey, Skanderborg Sø", "EUR 18,950.00",
                    "Bank: " + mule(4))));
        ownedBy(m, "lakeshore-environmental.com");
        m.description = "English invoice for a lake survey never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Lakeshore Environmental - Finance", "finance@lakeshore-environmental.com", "oekonomi@skanderborg.dk",
            "Updated remittance details")
            .text("Hello,\n\nDue to a change of our banking partner, please update your vendor master data and remit all open "
                + "items to " + mule(7) + " with immediate effect. Kindly confirm once updated.\n\nFinance Team");
        ownedBy(m, "lakeshore-environmental.com");
        m.description = "English 'updated remittance details', NL IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{vvs, "alken-vvs.net"}, {maler, "stilling-maler.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@skanderborg.dk", i == 0 ? "Scannet faktura" : "Faktura - billede")
                .text("Hej\n\nVores fakturasystem er nede, så fakturaen kommer som " + (i == 0 ? "scanning" : "billede") + ". Bemærk "
                    + "venligst den nye konto på fakturaen.\n\n" + s.person())
                .attach(i == 0 ? "application/pdf" : "image/png", i == 0 ? "Scan_20290911.pdf" : "faktura.png",
                    i == 0 ? Attachments.scannedPdf(docId(m, "img")) : Attachments.image(docId(m, "img"), "png"));
            ownedBy(m, d);
            m.description = "invoice only as scan/image from look-alike " + d + " of " + s.domain();
        }
    }

    /** The first bytes of a Windows executable (MZ header, PE offset, DOS stub text): what a ".pdf.exe" really is. */
    private static byte[] exeStub(long seed) {
        byte[] b = new byte[1024];
        new Random(seed).nextBytes(b);
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, b, 0x4E, stub.length);
        b[0x80] = 'P';
        b[0x81] = 'E';
        b[0x82] = 0;
        b[0x83] = 0;
        return b;
    }

    private void archives() {
        Supplier s = rengoer;
        String d = "soebyens-rengoring.dk";
        M m = bad("archive-invoice");
        String no = invoiceNo(s);
        byte[] pdf = pdfInvoice(m, s.posing(d, mule(2)), "Faktura", no, amount(14_000, 12_000), mule(2), 0, List.of());
        String n = no.replace('/', '-');
        headers(m, s.person(), s.box() + "@" + d, "kreditor@skanderborg.dk", "Faktura " + n + " (zip)")
            .text("Hej\n\nFakturaen er pakket, da jeres mailsystem har afvist vores PDF'er. Udpak filen og betal til kontoen på "
                + "fakturaen.\n\n" + s.person())
            .attach("application/zip", "Faktura_" + n + ".zip", Attachments.zip("Faktura_" + n + ".pdf", pdf));
        ownedBy(m, d);
        m.description = "invoice PDF with a new account inside a ZIP from look-alike " + d + " of " + s.domain();
        s = vognmand;
        d = "laasby-vognmand.com";
        m = bad("archive-invoice");
        no = invoiceNo(s);
        n = no.replace('/', '-');
        headers(m, s.person(), s.box() + "@" + d, "kreditor@skanderborg.dk", "Kørselsbilag og faktura " + n)
            .text("Hej\n\nFaktura og kørselsbilag ligger i den vedhæftede mappe.\n\nKurt")
            .attach("application/x-zip-compressed", "Bilag_" + n + ".zip", Attachments.zip("Faktura_" + n + ".pdf.exe",
                exeStub(docId(m, "exe")), "Kørselsbilag.txt", "Se faktura."));
        ownedBy(m, d);
        m.description = "ZIP holding a 'Faktura.pdf.exe' (Windows executable) from look-alike " + d + " of " + s.domain();
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@oj-kontorservice.com", "indkoeb@skanderborg.dk", "Faktura og følgeseddel september")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik på 'Aktivér redigering' og derefter "
                + "'Aktivér indhold' for at se det.\n\nØstjysk Kontorservice")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nSkanderborg Kommune\nAktivér indhold for at se beløb og bankoplysninger", true));
        ownedBy(m, "oj-kontorservice.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of oj-kontorservice.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@soehoejlandet-it.net", "boern-unge@skanderborg.dk", "Timeopgørelse august")
            .text("Hej\n\nTimeopgørelsen for august og vores opdaterede bankoplysninger ligger i regnearket. Aktivér makroer for at "
                + "se beregningerne.\n\nSøhøjlandets IT")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_august.xlsm",
                Attachments.excel(List.of("Timeopgørelse august 2029", "I alt DKK 74.125,00", "Ny konto: " + plain(mule(6))), true));
        ownedBy(m, "soehoejlandet-it.net");
        m.description = "macro-enabled Excel statement from a look-alike of soehoejlandet-it.dk";
    }

    private void svgHtml() {
        String[][] x = {{"fakturaportal-visning.com", "Ry Trælast & Byggemarked", "Kontoudtog august", "Kontoudtog_august.svg",
            "image/svg+xml"},
            {"dokumentsky-deling.net", "Mossø Køkken A/S", "Faktura klar til visning", "Faktura_visning.html", "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 12);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Henter dokument ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"160\"><text x=\"10\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"10\" y=\"50\" width=\"200\" height=\"34\" "
                    + "fill=\"#2a6\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@skanderborg.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i browseren.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /**
     * New family: a "land registry fee" invoiced after the fact (the real fee is paid when registering): for the easement
     * the land registry really confirmed, for a "registration certificate", and as a reminder with a short deadline.
     */
    private void fakeTinglysning() {
        M m = bad("fake-tinglysning-fee");
        headers(m, "Tinglysning - Afgiftsopkrævning", "opkraevning@tinglysning-afgift.dk", "ejendomsservice@skanderborg.dk",
            "Opkrævning af tinglysningsafgift - anmeldelse " + landRegistryCase)
            .text("Skanderborg Kommune\n\nI forbindelse med tinglysning af servitut (anmeldelse " + landRegistryCase + ", matr.nr. 12c "
                + "Stilling By) mangler betaling af den variable tinglysningsafgift på 6.420,00 kr. Betales beløbet ikke inden 8 "
                + "dage til " + mule(0) + ", kan tinglysningen blive aflyst.\n\nOpkrævningen er vedhæftet.\n\nAfgiftsopkrævningen")
            .attach("application/pdf", "Opkraevning_" + landRegistryCase + ".pdf", Attachments.pdf(docId(m, "tl"),
                "Opkrævning af tinglysningsafgift", List.of("Anmeldelse " + landRegistryCase, "Servitut, matr.nr. 12c Stilling By",
                    "Variabel afgift: 6.420,00", "Betales til " + mule(0))));
        ownedBy(m, "tinglysning-afgift.dk");
        m.description = "fake land-registry fee citing the case the real registry confirmed as paid, mule account";
        m = bad("fake-tinglysning-fee");
        headers(m, "Ejendomsregistret", "service@ejendomsregistret-dk.com", "ejendomsservice@skanderborg.dk",
            "Registreringsattest for jeres ejendomme")
            .text("Kære ejer\n\nIfølge offentlige registre ejer Skanderborg Kommune 214 ejendomme. For at sikre korrekt registrering "
                + "udsteder vi en samlet registreringsattest. Pris 4.995 kr. ekskl. moms. Vedhæftede faktura betales inden 10 dage "
                + "til " + mule(1) + ".\n\nEjendomsregistret")
            .attach("application/pdf", "Faktura_registreringsattest.pdf", Attachments.pdf(docId(m, "er"), "Faktura",
                List.of("Registreringsattest, 214 ejendomme", "4.995,00 + moms 1.248,75", "I alt 6.243,75", "Konto " + mule(1))));
        ownedBy(m, "ejendomsregistret-dk.com");
        m.description = "fake 'registration certificate' for the municipality's properties, invoice to a Danish mule account";
        m = bad("fake-tinglysning-fee");
        headers(m, "Tinglysning - Afgiftsopkrævning", "rykker@tinglysning-afgift.dk", "kreditor@skanderborg.dk",
            "RYKKER: ubetalt tinglysningsafgift")
            .html("<html><body style=\"font-family:Arial\"><p>Skanderborg Kommune</p><p>Vi har ikke modtaget betaling af "
                + "tinglysningsafgiften for anmeldelse " + landRegistryCase + ". Der er pålagt rykkergebyr på 100 kr. Betal i dag via "
                + "<a href=\"https://tinglysning-afgift.dk/betal/" + sha256(m.id).substring(0, 10) + "\">betalingssiden</a> for at "
                + "undgå aflysning.</p></body></html>");
        ownedBy(m, "tinglysning-afgift.dk");
        m.description = "fake land-registry fee reminder with a payment link, threatens cancellation";
    }

    /**
     * New family: fake voicemail notices: an HTML "recording" that is a login page, a link to "listen", and one that
     * claims a supplier called about an unpaid invoice.
     */
    private void fakeVoicemail() {
        M m = bad("fake-voicemail-notice");
        String url = "https://skanderborg-telefoni.net/vm/" + sha256(m.id).substring(0, 12);
        headers(m, "Skanderborg Kommune Telefoni", "voicemail@skanderborg-telefoni.net", "kreditor@skanderborg.dk",
            "Ny talebesked fra +45 86 52 74 03 (0:52)")
            .text("Du har modtaget en ny talebesked.\n\nFra: +45 86 52 74 03\nVarighed: 0:52\n\nÅbn den vedhæftede fil for at "
                + "afspille beskeden. Log på med din kommunale konto for at bekræfte din identitet.")
            .attach("text/html", "Talebesked_0052.html", ("<html><head><title>Afspil talebesked</title></head><body><form action=\""
                + url + "\" method=\"post\"><p>Log på for at afspille</p><input name=\"email\"><input name=\"password\" "
                + "type=\"password\"><button>Afspil</button></form></body></html>").getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "skanderborg-telefoni.net");
        m.description = "fake voicemail notice: an HTML 'recording' that is a login form";
        m = bad("fake-voicemail-notice");
        headers(m, "Voicemail", "noreply@voicemail-besked.com", "oekonomi@skanderborg.dk", "Talebesked (1:24) - Alken VVS & Blik")
            .html("<html><body style=\"font-family:Segoe UI,Arial\"><p><b>Ny talebesked</b></p><p>Opkald fra Alken VVS & Blik "
                + "vedrørende: ubetalt faktura - ændrede betalingsoplysninger</p><p>Varighed 1:24</p><p><a href=\"https://"
                + "voicemail-besked.com/play/" + sha256(m.id).substring(0, 12) + "\">&#9654; Afspil beskeden</a></p></body></html>");
        ownedBy(m, "voicemail-besked.com");
        m.description = "fake voicemail notice: a listed supplier 'called about changed payment details', play link";
        m = bad("fake-voicemail-notice");
        headers(m, "Teams Voicemail", "noreply@voicemail-besked.com", "loen@skanderborg.dk", "Du har 1 ny talebesked fra "
            + "kommunaldirektøren")
            .html("<html><body><p>Mette Galten har lagt en talebesked til dig (0:31).</p><p>Beskeden er markeret som fortrolig og "
                + "kan kun afspilles efter log-on: <a href=\"https://voicemail-besked.com/t/" + sha256(m.id).substring(0, 12)
                + "\">Afspil</a></p></body></html>")
            .attach("image/png", "afspil.png", Attachments.image(docId(m, "vm"), "png"));
        ownedBy(m, "voicemail-besked.com");
        m.description = "fake 'confidential voicemail from the city manager' with a log-on link";
    }

    /** New family: a look-alike of the real fuel-card company says the home-care cards will be blocked unless arrears are paid. */
    private void fakeFuelCard() {
        M m = bad("fake-fuel-card-suspension");
        headers(m, "Nordtank Erhverv - Kreditafdeling", "kredit@nordtank-erhverv.com", "kreditor@skanderborg.dk",
            "Varsel om spærring af 67 tankkort")
            .text("Kære kunde\n\nVores Betalingsservice-træk for august blev afvist af jeres bank. For at undgå, at jeres 67 tankkort "
                + "spærres i morgen kl. 12, skal restancen på 47.912,38 kr. overføres i dag til vores midlertidige konto " + mule(13)
                + ".\n\nSpærrede kort kan tidligst genåbnes efter 10 hverdage.\n\nNordtank Erhverv, Kreditafdelingen")
            .attach("application/pdf", "Restance_tankkort.pdf", Attachments.pdf(docId(m, "fc"), "Varsel om spærring",
                List.of("Kunde: Skanderborg Kommune", "Restance august 2029: 47.912,38", "Konto " + mule(13))));
        ownedBy(m, "nordtank-erhverv.com");
        m.description = "look-alike of nordtank-erhverv.dk: 'direct debit rejected, pay arrears today or 67 cards are blocked'";
        m = bad("fake-fuel-card-suspension");
        headers(m, "Nordtank Kortservice", "kort@kortservice-nordtank.net", "indkoeb@skanderborg.dk",
            "Handling påkrævet: bekræft kortoplysninger")
            .html("<html><body style=\"font-family:Arial\"><p>Kære kunde</p><p>Af sikkerhedshensyn skal alle erhvervskunder bekræfte "
                + "kortoplysninger og betalingsaftale inden fredag. Kort, der ikke er bekræftet, bliver midlertidigt spærret.</p>"
                + "<p><a href=\"https://kortservice-nordtank.net/bekraeft/" + sha256(m.id).substring(0, 12) + "\">Bekræft med "
                + "MitID Erhverv</a></p><p>Nordtank Kortservice</p></body></html>");
        ownedBy(m, "kortservice-nordtank.net");
        m.description = "fake fuel-card 'confirm your card details' with a MitID Erhverv link";
    }

    /** New family: a fake credit note "in our favour" whose refund needs our bank details or a bank log-on. */
    private void fakeCreditNote() {
        Past p = past.get(el.domain());
        M m = bad("fake-credit-note-refund");
        headers(m, el.person(), "rasmus@skovby-el.net", "kreditor@skanderborg.dk", "Kreditnota til faktura " + p.no()
            + " - tilbagebetaling")
            .text("Hej\n\nVi har opdaget en dobbeltfakturering på faktura " + p.no() + " og skylder jer " + p.amount().gross()
                + " kr. For at vi kan udbetale, skal I udfylde vedhæftede refusionsblanket med kommunens bankoplysninger, "
                + "underskrive og sende den retur til denne adresse.\n\n" + el.person() + "\n" + el.name())
            .attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Refusionsblanket.docx",
                Attachments.word("Refusionsblanket\nKunde: Skanderborg Kommune\nReg.nr.:\nKontonr.:\nNetbank-bruger-id:\n"
                    + "Underskrift:", false));
        ownedBy(m, "skovby-el.net");
        m.description = "look-alike of skovby-el.dk: fake credit note for its real wave-1 invoice, wants our bank details";
        p = past.get(kontor.domain());
        m = bad("fake-credit-note-refund");
        headers(m, "Østjysk Kontorservice ApS", "kreditering@oj-kontorservice.net", "kreditor@skanderborg.dk", "I har penge til "
            + "gode - kreditnota " + (5_500 + rnd.nextInt(400)))
            .html("<html><body><p>Kære kunde</p><p>På grund af en prisregulering på rammeaftalen har I 3.812,50 kr. til gode "
                + "vedrørende faktura " + p.no() + ".</p><p>Beløbet udbetales straks, når I har godkendt modtagerkontoen via "
                + "<a href=\"https://oj-kontorservice.net/refusion/" + sha256(m.id).substring(0, 10) + "\">vores sikre "
                + "refusionsside</a> (log på med jeres netbank).</p><p>Østjysk Kontorservice ApS</p></body></html>");
        ownedBy(m, "oj-kontorservice.net");
        m.description = "look-alike of oj-kontorservice.dk: 'you have a credit', approve the refund by logging on to the net bank";
    }

    /** New family: a fake festival organiser bills an "accreditation fee" for municipal vehicles inside the festival area. */
    private void fakeFestival() {
        M m = bad("fake-festival-accreditation-fee");
        headers(m, "Festival Akkreditering", "akkreditering@festival-akkreditering.dk", "teknik-miljoe@skanderborg.dk",
            "Akkreditering af kommunale køretøjer - festivalen")
            .text("Til Skanderborg Kommune\n\nAlle køretøjer, der skal ind på festivalområdet i Dyrehaven under opbygning og "
                + "afvikling (renovation, vej og park, hjemmepleje), skal akkrediteres. Gebyret er 1.850 kr. pr. køretøj. Vi har "
                + "registreret 14 køretøjer: 25.900 kr., der skal betales inden 5 dage til " + mule(17) + ". Ubetalte køretøjer "
                + "afvises ved indkørslen.\n\nFestival Akkreditering")
            .attach("application/pdf", "Akkreditering_faktura.pdf", Attachments.pdf(docId(m, "fa"), "Faktura - akkreditering",
                List.of("Skanderborg Kommune", "14 køretøjer à 1.850,00", "I alt 25.900,00", "Konto " + mule(17))));
        ownedBy(m, "festival-akkreditering.dk");
        m.description = "fake accreditation fee for municipal vehicles at the festival, LT IBAN";
        m = bad("fake-festival-accreditation-fee");
        headers(m, "Leverandørservice - festival", "leverandor@skanderborgfestival-leverandor.com", "indkoeb@skanderborg.dk",
            "Leverandøraftale: depositum for standplads")
            .html("<html><body><p>Kære samarbejdspartner</p><p>Kommunens informationsstand på festivalen er bekræftet. Depositum "
                + "for standplads og strøm (9.400 kr.) skal være indbetalt senest fredag, ellers frigives pladsen. Betal via "
                + "<a href=\"https://skanderborgfestival-leverandor.com/depositum/" + sha256(m.id).substring(0, 10) + "\">"
                + "leverandørportalen</a>.</p><p>Leverandørservice</p></body></html>");
        ownedBy(m, "skanderborgfestival-leverandor.com");
        m.description = "fake festival 'supplier service' demands a stand deposit through a payment link";
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
        return writeFiles(dir, new HeldOutCorpus17().generate(), List.of(
            "# Skanderborg Kommune, Økonomi: invoice checks (seventeenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=skanderborg-vandvarme.dk hoerning-anlaeg.dk ry-kloak.dk galten-toemrer.dk stilling-maler.dk "
                + "soebyens-rengoering.dk skanderborg-lokalavis.dk laasby-vognmand.dk skovby-el.dk alken-vvs.dk mossoe-koekken.dk "
                + "ry-traelast.dk soehoejlandet-it.dk gudenaa-bus.dk oj-kontorservice.dk",
            "invoice.domains.platforms=e-conomic.com ajourfaktura.dk invoicely.com",
            "invoice.names.protected=Skanderborg Kommune"));
    }
}
