package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The thirty-eighth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Faaborg-Midtfyn Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, HR, purchasing, IT, roads, harbour
 * and ferry, technical, schools, day care, elderly care, culture, tourism and property mailboxes), a Funen municipality with
 * a small harbour and the island ferries from Faaborg to Lyø, Avernakø and Bjørnø, a castle attraction (Egeskov), an art
 * museum and public sculpture, the Funen cycle routes, schools, elderly care, district heating, rural roads and a state
 * prison in Ringe; sixteen listed suppliers from Faaborg, Ringe, Årslev, Ryslinge, Broby, Nr. Lyndelse, Korinth, Horne,
 * Ferritslev, Gislev, Kværndrup and Bøjden in every DNS posture real Danish firms have (two sending through a Faaborg web
 * hoster named in their SPF), five invoicing platforms ({@code paylike.io}, {@code place2book.dk}, {@code viabill.com},
 * {@code worksome.com}, {@code webshipper.com}), the castle, the art museum, the prison's workshop, a marine fuel supplier,
 * local banks, an intermunicipal waste company, a Swedish marine engineering firm, a German maker of bicycle racks, a Dutch
 * maker of cycle-route signs, SaaS, an auditor, an e-signature service, two authorities, a creditor list, forwarders (with
 * and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID
 * Erhverv, fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads,
 * "corrected" invoices, split payments, phone calls followed by a mail, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices, e-invoice XML with a
 * changed account, requests for open items, "discount if paid today") and three kinds new here: marine gas oil for the
 * island ferries billed by someone who did not deliver it, or the real supplier's bunker invoice moved to a new account
 * (fake-ferry-bunker-fuel-invoice), a venue booking at the castle (the volunteers' party, the elderly's outing) "to be secured"
 * by a deposit or a card check that the venue never asks for (fake-venue-booking-deposit), and conservation of the town's
 * bronze sculpture billed by someone nobody asked, or the real conservator's quote turned into an advance to a new account
 * (fake-public-art-conservation-invoice). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate
 * invoice, credit note, reminder, collection demand for a real debt, intermunicipal, platform, e-invoice XML, foreign, SaaS,
 * venue, bunker, conservation or workshop invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass
 * where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus38GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus38 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout38");
    public static final String OWN = "fmk.dk";
    static final String FRAUD_NET = "127.238.";
    private static final String OWN_IP = "127.140.0.1";
    private static final String EAN = "5798000556213";
    private static final String KOMMUNE = "Faaborg-Midtfyn Kommune";
    private static final String RAADHUS = "Tinghøj Allé 2, 5750 Ringe";
    /** A Faaborg web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.143.9.1";
    private static final String GMAIL = "127.146.1.1";
    private static final String MSFT = "127.146.2.1";
    private static final String YAHOO = "127.146.3.1";
    private static final String APPLE = "127.146.5.1";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(38_0038_5750L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The castle's booking number for the volunteers' party (the frauds cite it). */
    private String venueBooking;
    /** The marine fuel supplier's bunker delivery note number for the August delivery (the frauds cite it). */
    private String bunkerNote;
    /** The conservator's quote number for the sculpture on Faaborg Torv (the frauds cite it). */
    private String conservationQuote;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2035, 8, 20, 7, 40, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2035, 9, 17, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "9.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Faaborg Fjernvarme a.m.b.a.", "faaborg-fjernvarme.dk", "Forbrugerservice",
        "service", "127.141.1.1", iban("DK", "06800001472291"), "fjernvarme til Faaborg Rådhus, Tre Ege Skolen og Plejecenter Sundet");
    private final Supplier entrep = new Supplier("Ryslinge Anlæg & Kloak ApS", "ryslinge-anlaeg.dk", "Søren Vestergaard", "sv",
        "127.141.2.1", bank("0815", "0004471902"), "kantopretning og asfaltlapning på Ryslingevej og Bøjdenvej");
    private final Supplier vaerft = new Supplier("Faaborg Bådværft & Havneservice ApS", "faaborg-baadvaerft.dk", "Niels Ebbesen",
        "niels", HOSTER_IP, bank("0815", "0004508833"), "bundsmøring, zinkanoder og eftersyn af ror på M/F Faaborg III");
    private final Supplier olie = new Supplier("Bøjden Skibsolie ApS", "bojden-skibsolie.dk", "Bunkerafdelingen", "bunker",
        "127.141.4.1", iban("DK", "53010000883412"), "marine gasolie (MGO, 0,1 % S) til M/F Faaborg III og Bjørnøfærgen");
    private final Supplier toemrer = new Supplier("Korinth Tømrer & Snedker ApS", "korinth-toemrer.dk", "Anders Bech", "ab",
        "127.141.5.1", bank("6860", "0001183055"), "nye vinduer i gymnastiksalen og udskiftning af sternbrædder, Korinth Skole");
    private final Supplier maler = new Supplier("Horne Malerforretning v/ Bo Winther", "horne-maler.dk", "Bo Winther", "bo",
        "127.141.6.1", bank("6860", "0001204478"), "maling af fællesarealer og beboerstuer, Plejecentret Horne");
    private final Supplier rengoer = new Supplier("Midtfyns Rengøring ApS", "midtfyns-rengoering.dk", "Debitor", "debitor",
        "127.141.7.1", iban("DK", "30000014062257"), "daglig rengøring af Rådhuset i Ringe, Ringe Bibliotek og Jobcenter Faaborg");
    private final Supplier avis = new Supplier("Ugeavisen Faaborg-Midtfyn", "ugeavisen-faaborg.dk", "Annoncesalg", "annoncer",
        "127.141.8.1", iban("DK", "20000008834510"), "annoncer: høring om Øhavsstien, stillingsopslag i ældreplejen og borgermøde i Ringe");
    private final Supplier vognmand = new Supplier("Broby Vognmandsforretning ApS", "broby-vognmand.dk", "Kaj Rasmussen", "kaj",
        "127.141.9.1", bank("0815", "0004637021"), "kørsel med stabilgrus og bortkørsel af jord fra cykelstien Broby-Ringe");
    private final Supplier el = new Supplier("Årslev El-Installation ApS", "aarslev-el.dk", "Michael Høj", "mh", HOSTER_IP,
        bank("6860", "0001257704"), "nye LED-armaturer og nødlys i Årslev Hallen og Sdr. Nærå Skole");
    private final Supplier vvs = new Supplier("Ferritslev VVS ApS", "ferritslev-vvs.dk", "Kontoret", "kontor", "127.141.11.1",
        bank("0815", "0004702396"), "service på varmecentraler og nye toiletter, Ferritslev Friskole og Børnehuset Regnbuen");
    private final Supplier mad = new Supplier("Kværndrup Madhus A/S", "kvaerndrup-madhus.dk", "Kværndrup Madhus, Debitor",
        "debitor", "127.141.12.1", iban("DK", "53010000912268"), "mad til hjemmeboende ældre og beboerne på Plejecenter Lyngbo");
    private final Supplier byg = new Supplier("Ringe Trælast A/S", "ringe-traelast.dk", "Proffsalg", "proff", "127.141.13.1",
        iban("DK", "06800001533817"), "byggematerialer til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Midtfyn IT-Service ApS", "midtfyn-itservice.dk", "Midtfyn IT-Service, Fakturering",
        "faktura", "127.141.14.1", bank("6860", "0001289930"), "iPads til indskolingen og drift af trådløst net på skolerne");
    private final Supplier bus = new Supplier("Gislev Turistbusser ApS", "gislev-busser.dk", "Trafikkontoret", "trafik",
        "127.141.15.1", bank("0815", "0004781155"), "skolebuskørsel på landruterne og kørsel til svømning i Ringe");
    private final Supplier kontor = new Supplier("Nr. Lyndelse Kontor & Papir ApS", "lyndelse-kontor.dk", "Ordrekontoret", "ordre",
        "127.141.16.1", iban("DK", "20000008901377"), "kopipapir, toner og arkivkasser til Rådhuset og Borgerservice");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Millinge Smedie", "millinge-smedie.dk", "Hans Kruse", "hans", "127.142.1.1",
        bank("0815", "0004813364"), "nyt rækværk og cykelstativer ved Faaborg Havn");
    private final Supplier lyd = new Supplier("Faaborg Lyd & Lys v/ Rasmus Holt", "faaborg-lydoglys.dk", "Rasmus Holt", "rasmus",
        "127.142.2.1", bank("6860", "0001315582"), "lyd og lys til havnefesten og borgermødet i Ringe Hallerne");
    private final Supplier skadedyr = new Supplier("Ringe Skadedyrskontrol", "ringe-skadedyr.dk", "Lise Dam", "lise",
        "127.142.3.1", bank("0815", "0004856627"), "rottebekæmpelse ved genbrugspladsen og havnen i Faaborg");
    private final Supplier natur = new Supplier("Svanninge Bakker Naturpleje v/ Mette Lund", "svanninge-naturpleje.dk",
        "Mette Lund", "mette", "127.142.4.1", bank("6860", "0001347719"), "slåning og rydning af opvækst langs Øhavsstien");
    private final Supplier konservator = new Supplier("Millinge Konservering v/ Ida Rask", "millinge-konservering.dk", "Ida Rask",
        "ida", "127.142.5.1", bank("0815", "0004889105"), "rensning og voksbehandling af bronzeskulpturen på Faaborg Torv");
    private final Supplier guide = new Supplier("Cykelguide Fyn v/ Peter Munk", "gmail.com", "Peter Munk",
        "peter.munk.cykelguide", GMAIL, bank("6860", "0001372046"), "guidede cykelture for seniorer på Fynske cykelruter, 3 ture");
    private final Supplier tolk = new Supplier("Arabisk tolk v/ Rania Haddad", "outlook.com", "Rania Haddad", "rania.haddad.tolk",
        MSFT, bank("0815", "0004912270"), "tolkning arabisk-dansk, Jobcenter Faaborg, 6 x 1 time");
    private final Supplier musik = new Supplier("Spillemand Karen Bøgh", "icloud.com", "Karen Bøgh", "karen.boegh.musik", APPLE,
        bank("6860", "0001404485"), "musik til høstfest, Plejecenter Lyngbo og Plejecentret Horne");
    private final Supplier pudser = new Supplier("Ringe Vinduespudsning v/ Kenneth Friis", "hotmail.com", "Kenneth Friis",
        "kenneth.friis.vinduer", MSFT, bank("0815", "0004947713"), "vinduespudsning, Årslev Bibliotek og Børnehuset Solsikken");
    private final Supplier motion = new Supplier("Seniordans v/ Grethe Holm", "yahoo.com", "Grethe Holm", "grethe.holm.dans",
        YAHOO, bank("6860", "0001436628"), "seniordans i Aktivitetscentret i Faaborg, 8 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Marstrand Marinteknik AB", "marstrand-marinteknik.se", "Ekonomi", "ekonomi",
        "127.147.1.1", iban("SE", "60500000054391024817"), "översyn av propelleraxel och tätningar, M/F Faaborg III");
    private final Supplier tysk = new Supplier("Husumer Fahrradparksysteme GmbH", "husumer-fahrradpark.de", "Buchhaltung",
        "buchhaltung", "127.147.2.1", iban("DE", "532175000000481265"), "überdachte Fahrradständer, Bahnhof Ringe und Faaborg Havn");
    private final Supplier hollandsk = new Supplier("Groningen Bewegwijzering B.V.", "groningen-bewegwijzering.nl",
        "Accounts Receivable", "accounts", "127.147.3.1", iban("NL", "ABNA0462891035"), "junction-network signs for the Funen cycle routes, lot 2");

    private final List<Supplier> listed = List.of(varme, entrep, vaerft, olie, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        mad, byg, it, bus, kontor);

    /** Fraudsters' own domains, each carrying a Faaborg-Midtfyn place name; each gets SPF and, by its position, DKIM and DMARC. */
    private static final String[] OWNED = {"faaborg-fjernvarme.com", "ryslingeanlaeg.dk", "ringe-traelast.net",
        "aarslev-elinstallation.dk", "midtfyns-rengoring.dk", "ferritslev-vvs.net", idn("ringe-tr\u00e6last.dk"),
        idn("faaborg-midtfyn-k\u043emmune.dk"), "paylike-faaborg.com", "place2book-egeskov.dk", "viabill-ringe.com",
        "faaborg-baadvaerft.net", "kvaerndrup-madhus.com", "korinth-tomrer.dk", "gislev-bus.dk", "gislev-busser.net",
        "hornemaler.dk", "svanninge-naturpleje.com", "ringe-inkasso.dk", "mitid-erhverv-faaborg.com", "digitalpost-ringe.com",
        "faaborg-domaeneregister.com", "broby-erhvervsregister.org", "aarslev-ordreservice.com", "faaborg-havneparkering.dk",
        "ringe-betalingsservice.net", "bojden-shipping.com", "horne-malerforretning.dk", "broby-vognmand.net",
        "midtfyns-rengoering.net", "ferritslev-vvs.com", "lyndelse-kontorforsyning.com", "midtfyn-it-service.net",
        "ringe-bilagsarkiv.com", "ryslinge-dokumentportal.net", "ryslinge-anlaeg.net", "midtfynitservice.dk", "skribble-faaborg.com",
        "korinth-esign.net", "egeskov-slot.com", "egeskov-eventbooking.dk", "bojden-skibsolie.com", "faaborg-bunkerservice.dk",
        "faaborg-marinefuel.com", "millinge-konservering.com", "faaborg-kunstrestaurering.dk", "ringe-kunstvurdering.dk",
        "kvaerndrup-madhus.net", "broby-vognmand.com", "ringetraelast.dk", "ferritslev-vvs-aps.dk", "nemhandel-faaborg.net",
        "midtfyn-revisionen.dk", "gislev-turistbusser.com", "horne-maler.net"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("faaborg-fjernvarme.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ryslinge-anlaeg.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("faaborg-baadvaerft.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("bojden-skibsolie.dk", List.of(olie.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("korinth-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("horne-maler.dk", null, null, null, null); // nothing published
        domain("midtfyns-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("ugeavisen-faaborg.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("broby-vognmand.dk", List.of("127.141.98.3"), "~all", null, "none"); // SPF names only the weighbridge system
        domain("aarslev-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("ferritslev-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("kvaerndrup-madhus.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ringe-traelast.dk", List.of(byg.ip(), "127.141.13.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("midtfyn-itservice.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("gislev-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lyndelse-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("millinge-smedie.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("faaborg-lydoglys.dk", List.of(lyd.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("ringe-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("svanninge-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("millinge-konservering.dk", List.of(konservator.ip()), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("faaborg-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("marstrand-marinteknik.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("husumer-fahrradpark.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        domain("groningen-bewegwijzering.nl", List.of(hollandsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // castle, museum, prison workshop, lawyer, auditor, school, shops, waste company, authorities
        domain("egeskov-slot.dk", List.of("127.143.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("faaborg-kunstmuseum.dk", List.of("127.143.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kriminalforsorgen.dk", List.of("127.143.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("faaborg-advokatfirma.dk", List.of("127.143.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("midtfyn-revision.dk", List.of("127.143.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("ryslinge-hoejskole.dk", List.of("127.143.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("aarslev-inventar.dk", List.of("127.143.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("ringe-isenkram.dk", List.of("127.143.10.1"), "-all", null, "none");
        domain("faaborg-boghandel.dk", List.of("127.143.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("fynsaffald-is.dk", List.of("127.143.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("soefartsstyrelsen.dk", List.of("127.143.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("trafik-byggestyrelsen.dk", List.of("127.143.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("paylike.io", List.of("127.144.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("place2book.dk", List.of("127.144.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("viabill.com", List.of("127.144.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("worksome.com", List.of("127.144.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("webshipper.com", List.of("127.144.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders
        domain("ringe-sparekasse.dk", List.of("127.145.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("broby-andelskasse.dk", List.of("127.145.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorforum-fyn.dk", List.of("127.145.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("ubivox.com", List.of("127.145.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommune-bogholderi.dk", List.of("127.145.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fynske-indkoebere.dk", List.of("127.145.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelvarsel-nyt.dk", List.of("127.145.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.ringe-net.dk", List.of("127.145.11.1"), "-all", null, null);
        domain("relay.faaborg-fiber.dk", List.of("127.145.12.1"), "-all", null, null);
        // free mail, SaaS, e-signature
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("superoffice.com", List.of("127.145.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tabulex.dk", List.of("127.145.22.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("viggo.dk", List.of("127.145.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("skribble.com", List.of("127.145.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", "quarantine", null, "reject", "none", "quarantine", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 3 ? null : i % 5 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 4 == 2 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 74_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no38:" + s.domain()).hashCode(), 8)) {
            case 0:
                return "9" + String.format("%05d", 2_000 + rnd.nextInt(60_000));
            case 1:
                return "FMK-" + (4_100 + rnd.nextInt(5_000));
            case 2:
                return "35-" + String.format("%04d", 200 + rnd.nextInt(7_000));
            case 3:
                return String.valueOf(25_000 + rnd.nextInt(40_000));
            case 4:
                return "F" + String.format("%06d", 11_000 + rnd.nextInt(80_000));
            case 5:
                return (2_350 + rnd.nextInt(600)) + "/35";
            case 6:
                return "INV-" + (7_700 + rnd.nextInt(2_000));
            default:
                return String.valueOf(600 + rnd.nextInt(1_800));
        }
    }

    private static final String[] TO = {"kreditor@fmk.dk", "efaktura@fmk.dk", "kreditor@fmk.dk", "oekonomi@fmk.dk", "vej@fmk.dk",
        "skole@fmk.dk", "aeldre@fmk.dk", "kultur@fmk.dk", "ejendomsservice@fmk.dk", "indkoeb@fmk.dk", "kreditor@fmk.dk",
        "havn@fmk.dk", "efaktura@fmk.dk", "dagtilbud@fmk.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf38:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(38_000_000 + Math.floorMod(sha256("cvr38:" + domain).hashCode(), 7_900_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(84_000_000 + Math.floorMod(sha256("fi38:" + domain).hashCode(), 9_500_000));
    }

    private String written(M m, int plus) {
        return sentPlus(m, plus, WRITTEN);
    }

    private String dots(M m, int plus) {
        return sentPlus(m, plus, DOTS);
    }

    /** Where a supplier has its office, as its letterhead prints it. */
    private static String street(Supplier s) {
        return switch (s.domain()) {
            case "faaborg-fjernvarme.dk" -> "Odensevej 21, 5600 Faaborg";
            case "ryslinge-anlaeg.dk" -> "Industrivej 9, 5856 Ryslinge";
            case "faaborg-baadvaerft.dk" -> "Havnegade 40, 5600 Faaborg";
            case "bojden-skibsolie.dk" -> "Bøjden Landevej 2, 5600 Faaborg";
            case "korinth-toemrer.dk" -> "Assensvej 131, Korinth, 5600 Faaborg";
            case "horne-maler.dk" -> "Hornevej 58, Horne, 5600 Faaborg";
            case "midtfyns-rengoering.dk" -> "Vestergade 33, 5750 Ringe";
            case "ugeavisen-faaborg.dk" -> "Østergade 12, 5600 Faaborg";
            case "broby-vognmand.dk" -> "Rudmevej 7, 5672 Broby";
            case "aarslev-el.dk" -> "Bygaden 18, 5792 Årslev";
            case "ferritslev-vvs.dk" -> "Ørbækvej 150, 5863 Ferritslev Fyn";
            case "kvaerndrup-madhus.dk" -> "Svendborgvej 44, 5772 Kværndrup";
            case "ringe-traelast.dk" -> "Odensevej 70, 5750 Ringe";
            case "midtfyn-itservice.dk" -> "Centervej 4, 5750 Ringe";
            case "gislev-busser.dk" -> "Bygaden 62, 5854 Gislev";
            case "lyndelse-kontor.dk" -> "Nørregade 3, 5792 Årslev";
            case "millinge-smedie.dk" -> "Assensvej 218, Millinge, 5642 Millinge";
            case "faaborg-lydoglys.dk" -> "Grønnegade 6, 5600 Faaborg";
            case "ringe-skadedyr.dk" -> "Boltinggårdsvej 11, 5750 Ringe";
            case "svanninge-naturpleje.dk" -> "Svanningevej 30, 5600 Faaborg";
            case "millinge-konservering.dk" -> "Strandvejen 9, 5642 Millinge";
            case "faaborg-laas.dk" -> "Torvet 3, 5600 Faaborg";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a specification with item number, text, quantity and amount and a transfer line; a
     * work order with hours, materials and driving and the supplier's FI line (card 71); a delivery invoice listing deliveries
     * by date and place with the FI line (card 75); a monthly account with agreement, subscription, usage and a correction of
     * the previous month with the FI line (card 71). A {@code null} account prints no bank account.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        String addr = street(s);
        int kind = Math.floorMod(layout, 4);
        boolean own = account != null && account.equals(s.account());
        switch (kind) {
            case 0 -> {
                head = title.toUpperCase(DA) + " nr. " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr) + " - CVR-nr. " + cvr(s.domain()));
                l.add("Faktureres til: " + KOMMUNE + ", " + RAADHUS + ", EAN-nr. " + EAN);
                l.add("Fakturadato: " + dots(m, 0) + "   Betalingsbetingelser: netto 20 dage   Kontakt: " + s.person());
                l.add("Varenr.  Tekst                                                      Antal   Á-pris      I alt");
                l.add("100     " + s.what() + "   1   " + a.net() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   Moms (25 %) " + a.vat() + "   Fakturatotal DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Beløbet bedes indsat på " + account + " senest " + dots(m, 20) + " mrk. " + no);
                }
            }
            case 1 -> {
                head = "Arbejdsseddel og faktura " + no;
                l.add(s.name() + " | CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " | " + addr));
                l.add("Bestiller: " + KOMMUNE + " (EAN " + EAN + "). Arbejde: " + s.what());
                long hours = a.ore() * 55 / 100 / 56_000;
                long mat = a.ore() * 30 / 100;
                long rest = a.ore() - hours * 56_000 - mat;
                l.add("Udført " + sentPlus(m, -16, SHORT) + "-" + sentPlus(m, -3, SHORT) + ": " + hours + " timer à 560,00 = "
                    + kr(hours * 56_000));
                l.add("Materialer iflg. specifikation " + kr(mat) + "; kørsel og småmaterialer " + kr(rest));
                l.add("I alt ekskl. moms " + a.net() + " + moms " + a.vat() + " = " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfald " + written(m, 15) + (account == null ? "" : "; indbetaling til " + account));
                if (own) {
                    l.add("Indbetalingskort " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            case 2 -> {
                head = "Faktura " + no + " (leverancer)";
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + ", CVR " + cvr(s.domain()));
                l.add("Kundenr. " + (20_000 + Math.floorMod(s.domain().hashCode(), 9_000)) + ": " + KOMMUNE + ", EAN " + EAN);
                long one = a.ore() * 2 / 5;
                long two = a.ore() / 3;
                l.add(sentPlus(m, -18, SHORT) + "  levering " + (70_000 + Math.floorMod(no.hashCode(), 20_000)) + ", Rådhuset Ringe: "
                    + kr(one));
                l.add(sentPlus(m, -9, SHORT) + "  levering " + (70_001 + Math.floorMod(no.hashCode(), 20_000)) + ", Materielgården "
                    + "Faaborg: " + kr(two));
                l.add(sentPlus(m, -2, SHORT) + "  levering " + (70_002 + Math.floorMod(no.hashCode(), 20_000)) + ", skolerne: "
                    + kr(a.ore() - one - two));
                l.add("Netto " + a.net() + ", moms " + a.vat() + ", at betale DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Bank: " + account + ". Betalingsfrist " + dots(m, 30));
                }
                if (own) {
                    l.add("FI " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = s.name() + " - " + title.toLowerCase(DA) + " " + no;
                l.add("Kundeaftale " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)) + " - " + KOMMUNE + ", " + RAADHUS);
                l.add("Opgørelse for " + dots(m, -30) + " - " + dots(m, -1) + ": " + s.what());
                long abon = a.ore() * 30 / 100;
                long corr = a.ore() / 20;
                l.add("Abonnement " + kr(abon) + "   Forbrug og ydelser " + kr(a.ore() - abon + corr) + "   Regulering forrige "
                    + "måned -" + kr(corr));
                l.add("Ialt ekskl. moms " + a.net() + "   moms " + a.vat() + "   total DKK " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + dots(m, 14) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add("Betalingsident " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura " + n + ".pdf", "FMK faktura " + n + ".pdf", "Fak-" + n + ".pdf",
            n + ".pdf", "FAKTURA-" + n + ".pdf", "Invoice " + n + ".pdf", "Regning_" + n + ".pdf", "faaborg-midtfyn_" + n + ".pdf",
            "Bilag " + n + ".pdf", "Fakturanr_" + n + ".pdf", "Print_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Faaborg-Midtfyn Kommune", "Til kreditor", "Goddag", "Hej", "Att.: Bogholderiet",
        "Kære kunde", "Hej kreditorafdelingen", "Til Faaborg-Midtfyn Kommune", "Hej med jer", "Hej økonomi",
        "Kære Faaborg-Midtfyn Kommune"};

    private String phone() {
        return "62 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig38:" + s.domain() + s.box()).hashCode(), 6)) {
            case 0:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh\n" + firstName(s) + "\n" + s.name() + "\nTlf. " + phone();
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min Samsung Galaxy" : "\n" + s.name());
            case 4:
                return "\n\nHilsen " + s.person() + "\n" + s.name() + "\n" + (freeMail(s) ? "mobil " + phone() : "www." + s.domain());
            default:
                return "\n\nBedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 6_400_000 : 480_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - Faaborg-Midtfyn Kommune", s.name() + " - faktura " + no,
            "Faktura fra " + s.name(), "Faktura " + no + " til EAN " + EAN, "Regning nr. " + no, "Vedr. faktura " + no,
            "Faktura " + no + ": " + s.what(), "Faktura " + no + " (forfald " + dots(m, 20) + ")", "FMK - " + no, "faktura",
            "Fakturering " + no};
        String text = switch (Math.floorMod(v, 11)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt vores faktura nr. " + no + " på kr. " + a.gross() + " inkl. moms, forfald " + written(m, 20) + ".";
            case 2 -> "Arbejdet er afsluttet og gennemgået med jeres tilsynsførende. Fakturaen er også sendt via NemHandel til EAN "
                + EAN + " - betal kun én gang.";
            case 3 -> "Tak for samarbejdet. Fakturaen er vedhæftet som PDF. Giv lyd, hvis der er spørgsmål.";
            case 4 -> "Hermed fakturaen for perioden. Skriv venligst fakturanummer " + no + " på betalingen.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + "\nSidste betalingsdag: " + dots(m, 20) + "\nEAN: " + EAN;
            case 6 -> "Undskyld forsinkelsen - vores bogholder har været på ferie, så augustfakturaerne kommer først nu.";
            case 7 -> "Faktura i vedhæftede fil. God dag.";
            case 8 -> "Som aftalt sender vi hermed faktura for det udførte. Spørgsmål til " + s.person() + ".";
            case 9 -> "Så er fakturaen klar. Jeres rekvisitionsnummer står på, så den kan matches.";
            default -> "Se vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 2 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 1) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt\">"
                + "<div>" + body.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by month; contractors by work order; merchants list their deliveries. */
    private static final Set<String> PERIODIC = Set.of("faaborg-fjernvarme.dk", "kvaerndrup-madhus.dk", "midtfyns-rengoering.dk",
        "ugeavisen-faaborg.dk", "gislev-busser.dk");
    private static final Set<String> WORK = Set.of("ryslinge-anlaeg.dk", "faaborg-baadvaerft.dk", "broby-vognmand.dk",
        "ferritslev-vvs.dk");
    private static final Set<String> TRADE = Set.of("ringe-traelast.dk", "lyndelse-kontor.dk", "midtfyn-itservice.dk",
        "bojden-skibsolie.dk");

    private static int layout(Supplier s, int v) {
        if (PERIODIC.contains(s.domain())) {
            return 3;
        }
        if (WORK.contains(s.domain())) {
            return 1;
        }
        if (TRADE.contains(s.domain())) {
            return v % 3 == 1 ? 0 : 2;
        }
        return v % 2 == 0 ? 1 : 0;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /**
     * An OIOUBL 2.02 invoice as NemHandel carries it (payment means 42 to a Danish reg./account number, or 31 to an IBAN), or
     * (peppol) a Peppol BIS Billing 3.0 UBL invoice (payment means 30, credit transfer, with the IBAN).
     */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        String net = String.format(Locale.ROOT, "%.2f", a.ore() / 100.0);
        String vat = String.format(Locale.ROOT, "%.2f", (a.ore() / 4) / 100.0);
        String total = String.format(Locale.ROOT, "%.2f", (a.ore() + a.ore() / 4) / 100.0);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
            .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
            .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n");
        if (peppol) {
            x.append("  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n")
                .append("  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n");
        } else {
            x.append("  <cbc:UBLVersionID>2.0</cbc:UBLVersionID>\n")
                .append("  <cbc:CustomizationID>OIOUBL-2.02</cbc:CustomizationID>\n")
                .append("  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.2\">Procurement-OrdSimR-BilSim-1.0</cbc:ProfileID>\n");
        }
        x.append("  <cbc:ID>").append(xml(no)).append("</cbc:ID>\n")
            .append("  <cbc:IssueDate>").append(issue).append("</cbc:IssueDate>\n");
        if (peppol) {
            x.append("  <cbc:DueDate>").append(due).append("</cbc:DueDate>\n");
        }
        x.append("  <cbc:InvoiceTypeCode").append(peppol ? "" : " listAgencyID=\"320\" listID=\"urn:oioubl:codelist:invoicetypecode-1.1\"")
            .append(">380</cbc:InvoiceTypeCode>\n");
        if (!note.isEmpty()) {
            x.append("  <cbc:Note>").append(xml(note)).append("</cbc:Note>\n");
        }
        x.append("  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n");
        if (peppol) {
            x.append("  <cbc:BuyerReference>").append(xml(orderRef)).append("</cbc:BuyerReference>\n");
        }
        x.append("  <cac:OrderReference><cbc:ID>").append(xml(orderRef)).append("</cbc:ID></cac:OrderReference>\n");
        x.append("  <cac:AccountingSupplierParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0184\">DK" : "      <cbc:EndpointID schemeAgencyID=\"320\" schemeID=\"DK:CVR\">DK")
            .append(cvr(s.domain())).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>").append(xml(s.name())).append("</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>").append(xml(street(s))).append("</cbc:StreetName>")
            .append("<cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country></cac:PostalAddress>\n")
            .append("      <cac:PartyTaxScheme><cbc:CompanyID>DK").append(cvr(s.domain())).append("</cbc:CompanyID>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>\n")
            .append("      <cac:PartyLegalEntity><cbc:RegistrationName>").append(xml(s.name())).append("</cbc:RegistrationName>")
            .append("</cac:PartyLegalEntity>\n")
            .append("      <cac:Contact><cbc:Name>").append(xml(s.person())).append("</cbc:Name><cbc:ElectronicMail>")
            .append(xml(addr(s))).append("</cbc:ElectronicMail></cac:Contact>\n")
            .append("    </cac:Party>\n  </cac:AccountingSupplierParty>\n")
            .append("  <cac:AccountingCustomerParty>\n    <cac:Party>\n")
            .append(peppol ? "      <cbc:EndpointID schemeID=\"0088\">" : "      <cbc:EndpointID schemeAgencyID=\"9\" schemeID=\"GLN\">")
            .append(EAN).append("</cbc:EndpointID>\n")
            .append("      <cac:PartyName><cbc:Name>Faaborg-Midtfyn Kommune</cbc:Name></cac:PartyName>\n")
            .append("      <cac:PostalAddress><cbc:StreetName>Tinghøj Allé 2</cbc:StreetName><cbc:CityName>Ringe</cbc:CityName>")
            .append("<cbc:PostalZone>5750</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DK</cbc:IdentificationCode></cac:Country>")
            .append("</cac:PostalAddress>\n")
            .append("    </cac:Party>\n  </cac:AccountingCustomerParty>\n")
            .append("  <cac:PaymentMeans>\n");
        if (peppol) {
            String ib = account.startsWith("IBAN") ? plain(account) : plain(iban("DK", plain(account)));
            x.append("    <cbc:PaymentMeansCode name=\"Credit transfer\">30</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentID>").append(xml(no)).append("</cbc:PaymentID>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(ib).append("</cbc:ID></cac:PayeeFinancialAccount>\n");
        } else if (account.startsWith("IBAN")) {
            x.append("    <cbc:PaymentMeansCode>31</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">IBAN</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount><cbc:ID>").append(plain(account)).append("</cbc:ID>")
                .append("<cbc:PaymentNote>").append(xml(no)).append("</cbc:PaymentNote></cac:PayeeFinancialAccount>\n");
        } else {
            x.append("    <cbc:PaymentMeansCode>42</cbc:PaymentMeansCode>\n")
                .append("    <cbc:PaymentDueDate>").append(due).append("</cbc:PaymentDueDate>\n")
                .append("    <cbc:PaymentChannelCode listAgencyID=\"320\" listID=\"urn:oioubl:codelist:paymentchannelcode-1.1\">DK:BANK</cbc:PaymentChannelCode>\n")
                .append("    <cac:PayeeFinancialAccount>\n      <cbc:ID>").append(kontoOf(account)).append("</cbc:ID>\n")
                .append("      <cbc:PaymentNote>").append(xml(no)).append("</cbc:PaymentNote>\n")
                .append("      <cac:FinancialInstitutionBranch><cbc:ID>").append(regOf(account))
                .append("</cbc:ID></cac:FinancialInstitutionBranch>\n    </cac:PayeeFinancialAccount>\n");
        }
        x.append("  </cac:PaymentMeans>\n")
            .append("  <cac:PaymentTerms><cbc:Note>").append(peppol ? "30 dage netto" : "Netto 20 dage").append("</cbc:Note></cac:PaymentTerms>\n")
            .append("  <cac:TaxTotal>\n    <cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>\n")
            .append("    <cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxableAmount>")
            .append("<cbc:TaxAmount currencyID=\"DKK\">").append(vat).append("</cbc:TaxAmount>")
            .append("<cac:TaxCategory><cbc:ID>").append(peppol ? "S" : "StandardRated").append("</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>").append(peppol ? "VAT" : "63").append("</cbc:ID></cac:TaxScheme>")
            .append("</cac:TaxCategory></cac:TaxSubtotal>\n")
            .append("  </cac:TaxTotal>\n")
            .append("  <cac:LegalMonetaryTotal>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cbc:TaxExclusiveAmount currencyID=\"DKK\">").append(net).append("</cbc:TaxExclusiveAmount>\n")
            .append("    <cbc:TaxInclusiveAmount currencyID=\"DKK\">").append(total).append("</cbc:TaxInclusiveAmount>\n")
            .append("    <cbc:PayableAmount currencyID=\"DKK\">").append(total).append("</cbc:PayableAmount>\n")
            .append("  </cac:LegalMonetaryTotal>\n")
            .append("  <cac:InvoiceLine>\n    <cbc:ID>1</cbc:ID>\n")
            .append("    <cbc:InvoicedQuantity unitCode=\"").append(peppol ? "H87" : "EA").append("\">1</cbc:InvoicedQuantity>\n")
            .append("    <cbc:LineExtensionAmount currencyID=\"DKK\">").append(net).append("</cbc:LineExtensionAmount>\n")
            .append("    <cac:Item><cbc:Description>").append(xml(s.what())).append("</cbc:Description><cbc:Name>")
            .append(xml(s.what().length() > 40 ? s.what().substring(0, 40) : s.what())).append("</cbc:Name>")
            .append("<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent>")
            .append("<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>\n")
            .append("    <cac:Price><cbc:PriceAmount currencyID=\"DKK\">").append(net).append("</cbc:PriceAmount></cac:Price>\n")
            .append("  </cac:InvoiceLine>\n")
            .append("</Invoice>\n");
        return x.toString();
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
    }

    // ------------------------------------------------------------------------------------------ fraud

    private void fraudulent() {
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
        return writeFiles(dir, new HeldOutCorpus38().generate(), List.of(
            "# Faaborg-Midtfyn Kommune, Økonomi: invoice checks (thirty-eighth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=faaborg-fjernvarme.dk ryslinge-anlaeg.dk faaborg-baadvaerft.dk bojden-skibsolie.dk "
                + "korinth-toemrer.dk horne-maler.dk midtfyns-rengoering.dk ugeavisen-faaborg.dk broby-vognmand.dk aarslev-el.dk "
                + "ferritslev-vvs.dk kvaerndrup-madhus.dk ringe-traelast.dk midtfyn-itservice.dk gislev-busser.dk lyndelse-kontor.dk",
            "invoice.domains.platforms=paylike.io place2book.dk viabill.com worksome.com webshipper.com",
            "invoice.names.protected=Faaborg-Midtfyn Kommune"));
    }
}
