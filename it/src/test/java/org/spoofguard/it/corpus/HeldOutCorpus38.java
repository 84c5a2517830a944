package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
        "aarslev-elinstallation.dk", "midtfyns-rengoring.dk", "ferritslev-vvs.net", idn("ringe-tr\u0430elast.dk"),
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
        domain("fynske-indkoebsfolk.dk", List.of("127.145.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
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

    private static final Ubl.Buyer BUYER = new Ubl.Buyer("Faaborg-Midtfyn Kommune", "Tinghøj Allé 2", "Ringe", "5750", EAN);

    /** An OIOUBL 2.02 (or, peppol, Peppol BIS 3.0) invoice to us with an order reference ({@link Ubl#ordered}). */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, orderRef, note, BUYER,
            "Netto 20 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        venueBooking = "EGS-" + (7_200 + rnd.nextInt(600));
        bunkerNote = "BDN-35-" + (410 + rnd.nextInt(90));
        conservationQuote = "T-2035-" + (14 + rnd.nextInt(20));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            List<String> more = s == olie ? List.of("Bunkerkvittering " + bunkerNote + ": 18.400 l MGO, densitet 0,846 ved 15 C")
                : List.of();
            String no = invoice(m, s, s.account(), v++, more, "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 6, List.of("Bestilt af Havnekontoret"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices a railing and bicycle stands, aligned SPF pass";
        M q = ok("quote", false);
        q.wave = 1;
        headers(q, konservator.person(), addr(konservator), "kultur@fmk.dk", "Tilbud " + conservationQuote
            + " - Ymerbrønden, Faaborg Torv")
            .text("Kære Kultur og Fritid\n\nTak for besigtigelsen i sidste uge. Som aftalt sender jeg tilbud på den årlige pleje af "
                + "bronzen: afvaskning, fjernelse af fugleklat og algebelægning, let patinering hvor det er slidt, og to lag "
                + "mikrokrystallinsk voks. Arbejdet tager tre dage med lift og afspærring, som I selv står for.\n\nPris 38.600 kr. "
                + "ekskl. moms. Jeg fakturerer, når arbejdet er udført og set af jer - der skal ikke betales noget forud." 
                + signature(konservator))
            .attach("application/pdf", "Tilbud_" + conservationQuote + ".pdf", Attachments.pdf(docId(q, "kq"), "Tilbud "
                + conservationQuote, List.of(konservator.name() + ", " + street(konservator), "Kunde: " + KOMMUNE + ", Kultur og Fritid",
                    "Ymerbrønden (Kai Nielsen), Faaborg Torv: rensning, patinering, voks", "38.600,00 ekskl. moms",
                    "Faktureres efter udført arbejde")));
        genuine(q, konservator.ip());
        q.description = "history: the conservator's quote for the sculpture's yearly care, invoiced after the work (RSA, no DMARC)";
        List<Supplier> again = List.of(byg, it, vvs, rengoer, entrep, avis, vaerft, el, maler, vognmand, kontor, varme, bus, olie,
            kontor, byg, entrep);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition FMK-" + (31_800 + k * 173));
                case 1 -> List.of("Bestilt af " + to().replace("@fmk.dk", "") + ", " + KOMMUNE);
                case 2 -> List.of("Sag: " + (k % 3 == 0 ? "Helhedsplan Tre Ege Skolen" : "Driftsaftale 2034-2037"));
                case 3 -> List.of("Jeres ref.: j.nr. 35/" + (12_040 + k * 41));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nKvitterede følgesedler er vedlagt." : k % 7 == 4
                ? "\n\nBilleder fra pladsen er vedhæftet." : k % 8 == 6 ? "\n\nTimesedlerne ligger ved som CSV-fil." : "";
            invoice(m, s, s.account(), k * 3 + 4, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "foelgeseddel_" + (k + 402) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of(s.what(), "Leveret: " + (k % 2 == 0 ? "Rådhuset, Ringe" : "Materielgården, Faaborg"),
                        "Kvitteret ved modtagelsen", "Antal kolli: " + (1 + k % 5))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "20350" + (905 + k) + "_" + (1_200 + k * 17) + ".jpg", Attachments.image(docId(m, "foto"),
                    "jpg"));
            } else if (k % 8 == 6) {
                m.mime.attach("text/csv", "timesedler.csv", ("dato;initialer;timer;note\r\n" + isoDay(m, -11) + ";SV;7,0;\r\n"
                    + isoDay(m, -10) + ";SV;7,5;\r\n" + isoDay(m, -6) + ";JP;3,5;oprydning\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, avis)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: august 2035"), "\n\nFakturaen omfatter august måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for August, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        castle();
        ferryFuel();
        conservation();
        prisonWorkshop();
        authorityNotices();
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
        letters();
    }

    private void creditNotes() {
        Object[][] c = {{byg, "Kreditnota vedr. faktura ", "Otte pakker terrassebrædder og en palle fliseklæb er returneret fra "
            + "Ejendomsservice ubrudt."},
            {kontor, "Kreditering af faktura ", "Tre kasser toner passede ikke til jeres nye printere og er hentet retur."},
            {bus, "Kreditnota - faktura ", "Kørslen til svømning i uge 33 blev aflyst, da svømmehallen i Ringe var lukket."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "K" + (5_100 + rnd.nextInt(800));
            Amount a = amount(160_000).credit();
            headers(m, s.person(), addr(s), "kreditor@fmk.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Vi sender derfor kreditnota " + no + " på " + a.gross() + " kr., som kan "
                    + "modregnes i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota_" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i * 2 + 1,
                    List.of("Krediterer faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(vognmand, kontor)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@fmk.dk", "Kontoudtog pr. " + dots(m, -1))
                .text("Hej\n\nVedlagt kontoudtog til jeres afstemning. Faktura " + p.no() + " er registreret betalt, og der står "
                    + "intet åbent." + signature(s))
                .attach("application/pdf", "kontoudtog_fmk.pdf", Attachments.pdf(docId(m, "saldo"), "Kontoudtog",
                    List.of("Kunde: " + KOMMUNE, "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt",
                        "Saldo: 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open"
                + (s == vognmand ? " (SPF names only its weighbridge: softfail, p=none)" : "");
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, entrep.person(), addr(entrep), "kreditor@fmk.dk", "Betaling modtaget")
            .text("Hej\n\nTak - betalingen for faktura " + past.get(entrep.domain()).no() + " er gået ind i dag.\n\nSøren\n"
                + entrep.name());
        genuine(m, entrep.ip());
        m.description = "ryslinge-anlaeg.dk thanks for payment, DMARC pass";
    }

    private void reminders() {
        Object[][] r = {{avis, "Påmindelse", "Ifølge vores system er fakturaen nedenfor ikke betalt. Er den betalt inden for de "
            + "seneste dage, kan I se bort fra denne påmindelse."},
            {maler, "Betaling?", "Hej. Jeg mangler stadig betaling for malerarbejdet i Horne. Er fakturaen kommet frem? Mvh Bo"},
            {vaerft, "Rykker 1", "Fakturaen forfaldt for 10 dage siden. Vi har ikke beregnet gebyr."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@fmk.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 6) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., bedes indbetalt på vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "FA-" + (4_400 + rnd.nextInt(500));
        String klient = bank("0815", "0005014482");
        headers(m, "Faaborg Advokatfirma, inkasso", "inkasso@faaborg-advokatfirma.dk", "kreditor@fmk.dk",
            "Inkassosag " + sag + " - Svanninge Bakker Naturpleje")
            .text(KOMMUNE + "\nKreditor\n\nVi er bedt af Svanninge Bakker Naturpleje v/ Mette Lund om at inddrive faktura nr. 57 "
                + "af 30. juni 2035 på 8.250,00 kr. for slåning langs Øhavsstien. Der er sendt påmindelse og rykker.\n\nHar I betalt, "
                + "eller er I uenige i kravet, så kontakt os med sagsnummeret. Ellers bedes beløbet plus inkassogebyr 100,00 kr. "
                + "indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\nMed venlig hilsen\nFaaborg Advokatfirma")
            .attach("application/pdf", "Inkasso_" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Kreditor: Svanninge Bakker Naturpleje v/ Mette Lund", "Faktura 57 af 30.06.2035: 8.250,00",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.143.5.1");
        m.description = "a real law firm's collection letter for an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "FA-" + (9_100 + rnd.nextInt(700));
        String konto = iban("DK", "30000014558390");
        headers(m, "Fyns Affald I/S, Økonomi", "oekonomi@fynsaffald-is.dk", "kreditor@fmk.dk", "Faktura " + no
            + " - ejerbidrag 3. kvartal 2035")
            .text("Til Faaborg-Midtfyn Kommune\n\nHermed faktura for kommunens ejerbidrag til genbrugsstationerne i Faaborg, Ringe "
                + "og Årslev og ordningen for farligt affald i 3. kvartal. Fordelingen følger indbyggertallet, jf. "
                + "selskabsaftalen. Den er også sendt til EAN " + EAN + ".\n\nBetaling til " + konto + ".\n\nVenlig hilsen\n"
                + "Fyns Affald I/S")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "fa"), "Faktura " + no,
                List.of("Fyns Affald I/S", KOMMUNE + ", EAN " + EAN, "Ejerbidrag 3. kvt. 2035, andel 21,4 %",
                    "DKK 1.318.750,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.143.12.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
    }

    /**
     * Genuine counterpart to the venue-deposit fraud: the castle's booking confirmation for the volunteers' party (history: no
     * deposit, invoiced after the event via EAN), its invoice for that booking to its usual account, and its letter about the
     * elderly's outing in October.
     */
    private void castle() {
        String konto = iban("DK", "06800001618804");
        M m = ok("order-confirmation", false);
        m.wave = 1;
        headers(m, "Egeskov Slot, Selskaber og møder", "selskaber@egeskov-slot.dk", "kultur@fmk.dk",
            "Bekræftelse af booking " + venueBooking + " - frivilligfest 4. oktober 2035")
            .text("Kære Faaborg-Midtfyn Kommune, Kultur og Fritid\n\nTak for jeres booking af Laden på Egeskov til kommunens "
                + "frivilligfest lørdag den 4. oktober 2035 kl. 17-23 for 260 gæster med tre retter, drikkevarer og musikanlæg.\n\n"
                + "Vi fakturerer efter arrangementet efter det endelige antal via EAN " + EAN + ", netto 30 dage. Der skal ikke "
                + "betales depositum. Endeligt antal skal oplyses senest 7 dage før.\n\nVenlig hilsen\nSelskaber og møder\n"
                + "Egeskov Slot")
            .attach("application/pdf", "Booking_" + venueBooking + ".pdf", Attachments.pdf(docId(m, "egb"), "Bookingbekræftelse "
                + venueBooking, List.of("Egeskov Slot", "Kunde: " + KOMMUNE + ", Kultur og Fritid, EAN " + EAN,
                    "Frivilligfest 04.10.2035, Laden, 260 gæster", "3 retter à 395,00, drikkevarepakke à 225,00",
                    "Faktureres efter arrangementet, netto 30 dage, intet depositum")));
        genuine(m, "127.143.2.1");
        m.description = "history: the castle's booking of its barn for the volunteers' party: invoiced after the event via EAN, "
            + "no deposit";
        m = ok("venue-booking-invoice", true);
        String no = "EG-" + (35_400 + rnd.nextInt(500));
        headers(m, "Egeskov Slot, Bogholderiet", "bogholderi@egeskov-slot.dk", "kultur@fmk.dk", "Faktura " + no
            + " - sommerkoncert for plejecentrene, 21. august")
            .text("Kære Kultur og Fritid\n\nHermed faktura for eftermiddagskoncerten i parken den 21. august for beboere og "
                + "pårørende fra plejecentrene (booking EGS-" + (6_900 + rnd.nextInt(200)) + "): entré og kaffebord for 84 "
                + "personer. Fakturaen er også sendt til EAN " + EAN + " - betal den kun én gang.\n\nVenlig hilsen\n"
                + "Bogholderiet\nEgeskov Slot")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "egf"), "Faktura " + no,
                List.of("Egeskov Slot, CVR " + cvr("egeskov-slot.dk"), KOMMUNE + ", Kultur og Fritid, EAN " + EAN,
                    "Sommerkoncert 21.08.2035: entré 84 à 145,00 = 12.180,00", "Kaffebord 84 à 89,00 = 7.476,00",
                    "I alt ekskl. moms 19.656,00, moms 4.914,00, i alt 24.570,00", "Forfald " + dots(m, 30) + ", konto " + konto)));
        genuine(m, "127.143.2.1");
        m.description = "the castle invoices the care homes' summer concert after the event, usual account, DMARC pass";
        m = ok("supplier-letter", false);
        headers(m, "Egeskov Slot, Selskaber og møder", "selskaber@egeskov-slot.dk", "aeldre@fmk.dk",
            "Seniorudflugt 15. oktober - reservation")
            .text("Hej Ældre og Sundhed\n\nVi har reserveret Veteranmuseet og caféen til seniorudflugten onsdag den 15. oktober for "
                + "op til 120 deltagere. Antal skal gives senest 8. oktober.\n\nSom altid fakturerer vi efter besøget via EAN. Vi "
                + "beder aldrig om depositum eller kortoplysninger på mail eller gennem en bookingportal.\n\nVenlig hilsen\n"
                + "Selskaber og møder\nEgeskov Slot");
        genuine(m, "127.143.2.1");
        m.description = "the castle's reservation for the elderly's outing: invoiced after the visit via EAN, never a deposit";
    }

    /**
     * Genuine counterpart to the bunker-fuel fraud: the marine fuel supplier's September bunker invoice with its delivery note,
     * its notice of the October price, and the ferry office's own note that fuel is only bought from it.
     */
    private void ferryFuel() {
        M m = ok("bunker-fuel-invoice", true);
        String no = invoiceNo(olie);
        Amount a = new Amount(19_320_000, kr(19_320_000), kr(4_830_000), kr(24_150_000));
        String bdn = "BDN-35-" + (520 + rnd.nextInt(60));
        headers(m, olie.person(), addr(olie), "havn@fmk.dk", "Faktura " + no + " - bunkring M/F Faaborg III, " + bdn)
            .text("Hej Havnekontoret\n\nFaktura for bunkringen i Faaborg Havn i sidste uge: 21.000 liter MGO til M/F Faaborg III. "
                + "Bunkerkvitteringen " + bdn + " er underskrevet af maskinmesteren og ligger ved. Prisen følger aftalen "
                + "(dagspris + fast tillæg).\n\nVenlig hilsen\nBunkerafdelingen\n" + olie.name())
            .attach("application/pdf", pdfName(no, 1), pdfInvoice(m, olie, "Faktura", no, a, olie.account(), 0,
                List.of("Bunkerkvittering " + bdn + ": 21.000 l MGO, svovl 0,1 %, M/F Faaborg III")))
            .attach("application/pdf", bdn + ".pdf", Attachments.pdf(docId(m, "bdn"), "Bunker Delivery Note " + bdn,
                List.of("Skib: M/F Faaborg III", "Havn: Faaborg, kaj 3", "Produkt: MGO DMA, 0,10 % S", "Mængde 21.000 l, "
                    + "densitet 0,845", "Underskrevet: maskinmester")));
        genuine(m, olie.ip());
        m.description = "the marine fuel supplier's bunker invoice with its signed delivery note, usual account, p=none aligned pass";
        m = ok("supplier-letter", false);
        headers(m, olie.person(), addr(olie), "havn@fmk.dk", "Pris på MGO fra 1. oktober")
            .text("Hej\n\nMGO-prisen til jer følger som aftalt dagsprisen plus vores faste tillæg på 0,42 kr. pr. liter. Fra 1. "
                + "oktober stiger den statslige afgift, og det kan I se som en særskilt linje på fakturaen. Konto og betalingsvilkår "
                + "er uændrede.\n\nVenlig hilsen\nBunkerafdelingen\n" + olie.name());
        genuine(m, olie.ip());
        m.description = "the marine fuel supplier's price letter: account and terms unchanged";
    }

    /** Genuine counterpart to the conservation fraud: the conservator invoices the work after it was done and seen. */
    private void conservation() {
        M m = ok("conservation-invoice", true);
        String no = "2035-" + (31 + rnd.nextInt(20));
        Amount a = new Amount(3_860_000, kr(3_860_000), kr(965_000), kr(4_825_000));
        headers(m, konservator.person(), addr(konservator), "kultur@fmk.dk", "Faktura " + no + " - Ymerbrønden")
            .text("Kære Kultur og Fritid\n\nArbejdet på Ymerbrønden blev afsluttet i fredags og gennemgået med jeres "
                + "kulturkonsulent. Hermed faktura efter tilbud " + conservationQuote + ", og en kort rapport med før- og "
                + "efterbilleder.\n\nNæste pleje anbefales om et år." + signature(konservator))
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, konservator, "Faktura", no, a, konservator.account(), 0,
                List.of("Jf. tilbud " + conservationQuote + ", arbejdet godkendt af kulturkonsulenten")))
            .attach("application/pdf", "Rapport_Ymerbroenden_2035.pdf", Attachments.pdf(docId(m, "rap"), "Konserveringsrapport",
                List.of("Ymerbrønden, Faaborg Torv", "Afvaskning, patinering, to lag voks", "Tilstand: god, mindre korrosion ved "
                    + "fundamentet")));
        genuine(m, konservator.ip());
        m.description = "the conservator invoices the sculpture's care after the work was approved, as quoted (RSA, no DMARC)";
    }

    private void prisonWorkshop() {
        M m = ok("public-workshop-invoice", true);
        String no = "KF-" + (880_000 + rnd.nextInt(60_000));
        String konto = iban("DK", "02160006021177");
        headers(m, "Kriminalforsorgen, Statsfængslet Ringe - Produktion", "produktion.ringe@kriminalforsorgen.dk", "vej@fmk.dk",
            "Faktura " + no + " - bænke til rastepladser")
            .text("Til Faaborg-Midtfyn Kommune, Vej og Trafik\n\nHermed faktura for de 14 bænke og 6 bord-bænkesæt i egetræ til "
                + "rastepladserne på cykelruterne, produceret på snedkeriet i Statsfængslet Ringe og afhentet af jeres folk den "
                + "9. september. Fakturaen er også sendt som e-faktura.\n\nMed venlig hilsen\nProduktionen\nStatsfængslet Ringe")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "kf"), "Faktura " + no,
                List.of("Kriminalforsorgen, Statsfængslet Ringe, Produktion", KOMMUNE + ", Vej og Trafik, EAN " + EAN,
                    "14 bænke eg à 4.850,00; 6 bord-bænkesæt à 7.900,00", "I alt ekskl. moms 115.300,00 + moms 28.825,00",
                    "Betaling til " + konto)));
        genuine(m, "127.143.4.1");
        m.description = "the state prison's workshop invoices benches for the cycle-route rest areas, DMARC pass";
    }

    private void authorityNotices() {
        M m = ok("authority-notice", false);
        headers(m, "Søfartsstyrelsen", "skibsregister@soefartsstyrelsen.dk", "havn@fmk.dk", "Syn af M/F Faaborg III - tidspunkt")
            .text("Til rederiet Faaborg-Midtfyn Kommune\n\nDet årlige syn af M/F Faaborg III er planlagt til tirsdag den 14. "
                + "oktober i Faaborg Havn. Synsrapporten og eventuelle påbud sendes til rederiets Digital Post. Gebyret opkræves "
                + "via e-faktura efter synet.\n\nMed venlig hilsen\nSøfartsstyrelsen");
        genuine(m, "127.143.15.1");
        m.description = "the maritime authority schedules the ferry's yearly survey; fee invoiced later via e-invoice";
        m = ok("authority-notice", false);
        headers(m, "Trafik- og Byggestyrelsen", "tilskud@trafik-byggestyrelsen.dk", "vej@fmk.dk",
            "Cykelpuljen: udbetaling af tilskud")
            .text("Kære Faaborg-Midtfyn Kommune\n\nTilskuddet fra cykelpuljen til cykelstien Broby-Ringe er godkendt til udbetaling "
                + "efter jeres slutregnskab. Beløbet udbetales til kommunens NemKonto. Der er intet at betale.\n\nMed venlig hilsen\n"
                + "Trafik- og Byggestyrelsen");
        genuine(m, "127.143.16.1");
        m.description = "authority grant payout notice to the NemKonto, nothing to pay";
    }

    private void platforms() {
        Object[][] p = {{"paylike.io", lyd}, {"paylike.io", skadedyr}, {"place2book.dk", null}, {"viabill.com", pudser},
            {"worksome.com", null}, {"webshipper.com", null}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(520_000);
            m.mailFrom = "bounce-" + sha256("plat38:" + m.id).substring(0, 14) + "@" + d;
            String no;
            if (d.equals("paylike.io")) {
                no = "PL-" + (40_100 + rnd.nextInt(9_000));
                headers(m, s.name() + " via Paylike", "invoices@paylike.io", v == 0 ? "kultur@fmk.dk" : "havn@fmk.dk", "Faktura "
                    + no + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#222\"><p>Hej " + KOMMUNE
                        + "</p><p>" + s.name() + " har sendt jer faktura <b>" + no + "</b> på <b>DKK " + a.gross() + "</b> med forfald "
                        + dots(m, 14) + ".</p><p>Betal med kort via linket eller med bankoverførsel til kontoen på fakturaen.</p>"
                        + "<p><a href=\"https://pay.paylike.io/i/" + sha256("pl38:" + m.id).substring(0, 22) + "\">Se og betal "
                        + "faktura</a></p><p style=\"font-size:11px;color:#999\">Paylike - betalinger for små virksomheder</p>"
                        + "</body></html>");
            } else if (d.equals("place2book.dk")) {
                no = "P2B-" + (610_000 + rnd.nextInt(80_000));
                headers(m, "Faaborg Kunstmuseum via place2book", "faktura@place2book.dk", "skole@fmk.dk", "Faktura " + no
                    + " - skoletjenesten, efterår 2035")
                    .header("Reply-To", "<skoletjeneste@faaborg-kunstmuseum.dk>")
                    .text("Kære Faaborg-Midtfyn Kommune, Skoleafdelingen\n\nTak for jeres tilmeldinger til museets skoletjeneste. "
                        + "Vedhæftet er fakturaen for 11 undervisningsforløb ('Fynbomalerne i klassen') for 4.-6. årgang i "
                        + "september og oktober.\n\nBeløb: " + a.gross() + " kr.\nForfald: " + dots(m, 21) + "\n\nVenlig hilsen\n"
                        + "Faaborg Kunstmuseum\n(sendt via place2book)");
                m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "p2b"), "Faktura " + no,
                    List.of("Faaborg Kunstmuseum, Grønnegade 75, 5600 Faaborg", "Kunde: " + KOMMUNE + ", Skoleafdelingen",
                        "11 forløb 'Fynbomalerne i klassen', sept.-okt. 2035", "DKK " + a.net() + " + moms = " + a.gross(),
                        "Konto: " + iban("DK", "06800001647731"))));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform place2book.dk: the art museum's school programme invoice, Reply-To the museum";
                v++;
                continue;
            } else if (d.equals("viabill.com")) {
                no = "VB" + (2_200_000 + rnd.nextInt(90_000));
                headers(m, s.name() + " (ViaBill)", "faktura@viabill.com", "dagtilbud@fmk.dk", "Ny faktura " + no + " fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.name() + " har udstedt en faktura til jer via ViaBill.\n\nFakturanr.: " + no + "\nBeløb: "
                        + a.gross() + " kr.\nForfald: " + dots(m, 14) + "\n\nFakturaen er vedhæftet og kan betales til kontoen på "
                        + "den.\n\nViaBill");
            } else if (d.equals("worksome.com")) {
                no = "WS-" + (118_000 + rnd.nextInt(9_000));
                headers(m, "Worksome Invoicing", "invoicing@worksome.com", "it@fmk.dk", "Invoice " + no + " - freelance UX review, "
                    + "selvbetjening")
                    .text("Hi " + KOMMUNE + ",\n\nPlease find attached invoice " + no + " for the freelance work approved in your "
                        + "Worksome account: UX review of the self-service pages for Borgerservice (38 hours, approved by your "
                        + "project lead on " + isoDay(m, -3) + "). Payment to Worksome as per your agreement; the freelancer is "
                        + "paid by us.\n\nWorksome")
                    .attach("application/pdf", "Worksome_" + no + ".pdf", Attachments.pdf(docId(m, "wsm"), "Invoice " + no,
                        List.of("Worksome ApS", "Client: " + KOMMUNE + ", IT", "UX review, 38 hours, approved timesheet",
                            "DKK " + a.net() + " + VAT " + a.vat() + " = " + a.gross(), "Pay to: " + iban("DK", "30000014771206"))));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform worksome.com invoices approved freelance hours under its own name, Ed25519, DMARC pass";
                v++;
                continue;
            } else {
                no = "WSH" + (7_700_000 + rnd.nextInt(90_000));
                headers(m, "Webshipper Billing", "billing@webshipper.com", "indkoeb@fmk.dk", "Din faktura " + no + " fra Webshipper")
                    .text("Hej " + KOMMUNE + "\n\nHer er fakturaen for forsendelser bestilt via jeres Webshipper-konto i august (61 "
                        + "pakker fra bibliotekerne og 4 paller fra Materielgården). Beløbet trækkes via Betalingsservice den "
                        + dots(m, 8) + ".\n\nVenlig hilsen\nWebshipper")
                    .attach("application/pdf", "Webshipper_" + no + ".pdf", Attachments.pdf(docId(m, "wsh"), "Faktura " + no,
                        List.of("Webshipper ApS", "Kunde: " + KOMMUNE + ", Indkøb", "Fragt august 2035: 61 pakker, 4 paller",
                            "DKK " + a.net() + " + moms " + a.vat() + " = " + a.gross(), "Betaling: Betalingsservice")));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform webshipper.com's own freight invoice, paid by direct debit, DMARC pass";
                v++;
                continue;
            }
            m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "unlisted " + s.name() + " invoice through platform " + d + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(vvs, byg, olie)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_200_000);
            boolean peppol = v == 1;
            String ref = "FMK-" + (44_600 + v * 517);
            headers(m, s.name(), addr(s), "efaktura@fmk.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " som OIOUBL"))
                .text("Hej e-faktura\n\nNemHandel har returneret vores faktura " + no + " med fejlen 'endpoint not found' - vores "
                    + "nye fakturaprogram har brugt et gammelt EAN-nummer for jer, og det er nu rettet. Indtil videre sender vi "
                    + "XML-filen og en PDF her. Kontonummeret er det sædvanlige. Hvis den også kommer ad den normale vej, så betal "
                    + "kun én.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL_" : "OIOUBL-") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 20), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi " + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Rekvisition " + ref, "Format: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a PDF copy, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves to another bank; the meal service is taken over by a cooperative.
     */
    private void bankChanges() {
        String nyT = bank("5999", "0003418823");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@fmk.dk", "Ny bankforbindelse fra 1. oktober")
            .text("Til kreditor\n\nKorinth Tømrer & Snedker har skiftet bank. Fakturaer med fakturadato fra og med 1. oktober 2035 "
                + "bedes betalt til " + nyT + ". Fakturaer, der allerede er sendt, betales som skrevet på dem - den gamle konto er "
                + "åben året ud.\n\nRing gerne til mig på det nummer, I har i jeres leverandøroplysninger, før I ændrer noget. "
                + "Underskrevet brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Bankskift_Korinth_Toemrer.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny "
                + "bankforbindelse", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer dateret fra "
                    + "01.10.2035", "Ny konto: " + nyT, "Anders Bech, direktør")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from October (SPF+Ed25519 aligned, no DMARC), invites "
            + "a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye døre til omklædningsrummene, Korinth Skole");
        invoice(m, moved, nyT, 15, List.of("Ny bankforbindelse fra 01.10.2035, jf. vores brev"), "\n\nHusk at vi har skiftet "
            + "bank - det nye nummer står på fakturaen og i brevet, I fik for en uges tid siden.");
        genuine(m, toemrer.ip());
        m.description = "korinth-toemrer.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "53010001026649");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Kværndrup Madhus, Økonomi", "oekonomi@kvaerndrup-madhus.dk", "kreditor@fmk.dk",
            "Nye betalingsoplysninger fra 1. september 2035")
            .text("Til Faaborg-Midtfyn Kommune, kreditor og Ældre og Sundhed\n\nSom I ved fra kontraktmødet, er Kværndrup Madhus "
                + "A/S overtaget af Fynske Madhuse a.m.b.a. Fakturaer udstedt fra 1. september skal derfor betales til "
                + "andelsselskabets konto " + nyM + ". Tidligere fakturaer kan betales til den gamle konto til udgangen af "
                + "november. CVR-nummer, priser og EAN-aftale er de samme.\n\nÆndringen er også sendt med direktørens underskrift "
                + "til jeres Digital Post. Ring gerne til os på nummeret i kontrakten.\n\nMed venlig hilsen\nKværndrup Madhus A/S, "
                + "Økonomi");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (RSA, p=reject, DMARC pass) announces its new owner's account from "
            + "September, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "mad til hjemmeboende ældre og Plejecenter Lyngbo, september");
        invoice(m, pooled, nyM, 18, List.of("Ny betalingskonto fra 01.09.2035, jf. vores meddelelse"), "\n\nBemærk den nye "
            + "konto, som vi har skrevet om - ellers er alt som før.");
        genuine(m, mad.ip());
        m.description = "kvaerndrup-madhus.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(lyd, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Aftalt med " + (v % 2 == 0 ? "kontaktpersonen i kommunen" : "lederen")),
                v % 3 == 1 ? "\n\nDet er første gang, jeg fakturerer kommunen, så sig endelig til, hvis noget mangler." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved premises but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Faaborg Låseservice", "faaborg-laas.dk", "Jesper Krog", "jesper", HOSTER_IP,
            bank("0815", "0005061738"), "nye låsecylindre og omkodning af nøglebrikker, Faaborg Rådhus og Havnekontoret");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 20, List.of("Nøglekvittering underskrevet af Havnekontoret"), "\n\nDe gamle cylindre "
            + "er afleveret på Materielgården.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 31, List.of("Ny adresse fra 1. september: Tværvej 2, 5792 Årslev"), "\n\nVi er flyttet til "
            + "nye lokaler i Årslev. Bank, konto og telefon er uændret.");
        genuine(m, HOSTER_IP);
        m.description = "aarslev-el.dk invoice announcing a new address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "MMT-" + (3_100 + rnd.nextInt(600));
        String subject = "Faktura " + no + " - M/F Faaborg III";
        headers(m, svensk.person(), addr(svensk), "havn@fmk.dk", subject)
            .text("Hej,\n\nhär kommer fakturan för översynen av propelleraxel och tätningar på M/F Faaborg III under varvsperioden "
                + "i juli. Omvänd skattskyldighet gäller.\n\nBetalning inom 30 dagar till " + svensk.account() + ".\n\nMed vänliga "
                + "hälsningar\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: " + KOMMUNE + ", Havnekontoret, Faaborg, Danmark", svensk.what(),
                    "Att betala SEK 186 400,00 (omvänd skattskyldighet)", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        past.put(svensk.domain(), new Past(no, new Amount(0, "", "", "SEK 186 400,00"), messageId(m, svensk.domain()), subject));
        m.description = "Swedish marine engineering firm (history), SE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "HFP-" + (2_600 + rnd.nextInt(300));
        headers(m, "Husumer Fahrradparksysteme - Buchhaltung", addr(tysk), "vej@fmk.dk", "Rechnung " + no
            + " - Fahrradüberdachungen Ringe und Faaborg")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die zwei überdachten Fahrradständer am Bahnhof Ringe "
                + "und am Hafen Faaborg gemäß Ihrer Bestellung vom 12. Mai 2035. Die Montage wurde am 28. August von Ihrem "
                + "Bauleiter abgenommen. Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen auf "
                + tysk.account() + ".\n\nMit freundlichen Grüßen\nHusumer Fahrradparksysteme GmbH")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: " + KOMMUNE + ", " + RAADHUS + ", Dänemark", tysk.what(),
                    "Betrag EUR 24.380,00 (Reverse Charge)", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German bicycle-rack maker's invoice (SPF only, aligned pass, no DMARC), DE IBAN, accepted work";
        m = ok("foreign-invoice", true);
        no = "GB-35-" + (140 + rnd.nextInt(300));
        headers(m, "Groningen Bewegwijzering - Accounts Receivable", addr(hollandsk), "vej@fmk.dk", "Invoice " + no
            + " - cycle junction signs, order FMK-40218")
            .text("Dear Sir or Madam,\n\nThe 212 junction-network signs and 64 posts under your order FMK-40218 (Funen cycle routes, "
                + "lot 2) were delivered to your depot in Ringe on 3 September and signed for. Please find our invoice attached; "
                + "the reverse charge applies.\n\nPayment within 30 days to " + hollandsk.account() + ".\n\nKind regards\n"
                + "Accounts Receivable\nGroningen Bewegwijzering B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name() + ", Groningen, the Netherlands", "Customer: " + KOMMUNE + ", road depot Ringe",
                    "Order FMK-40218: " + hollandsk.what(), "EUR 31,460.00 - reverse charge", "Bank: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch sign maker invoices delivered cycle-route signs in English, NL IBAN, DMARC pass";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "havn@fmk.dk", "Betalningspåminnelse " + f.no())
            .text("Hej,\n\nvi saknar betalning för faktura " + f.no() + " på " + f.amount().gross() + ". Vänligen betala till vårt "
                + "vanliga konto " + svensk.account() + ". Har betalningen redan gjorts kan ni bortse från detta.\n\nVänliga "
                + "hälsningar\n" + svensk.name());
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "SO-" + (5_510_000 + rnd.nextInt(90_000));
        headers(m, "SuperOffice Invoicing", "invoice@superoffice.com", "erhverv@fmk.dk", "SuperOffice invoice " + no)
            .text("Dear customer,\n\nAttached is the invoice for your SuperOffice CRM subscription (Erhverv og Turisme, 12 users), "
                + "1 October - 31 December 2035. As agreed, it is also sent to your EAN " + EAN + " and paid that way.\n\n"
                + "Kind regards\nSuperOffice")
            .attach("application/pdf", "SuperOffice_" + no + ".pdf", Attachments.pdf(docId(m, "so"), "Invoice " + no,
                List.of("Customer: " + KOMMUNE + ", Erhverv og Turisme, EAN " + EAN, "CRM subscription, 12 users, Q4 2035",
                    "DKK 14,940.00 excl. VAT", "Payment: e-invoice (EAN)")));
        genuine(m, "127.145.21.1");
        m.description = "CRM SaaS quarterly invoice in English, to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "TX" + (90_400 + rnd.nextInt(900));
        headers(m, "Tabulex Fakturering", "faktura@tabulex.dk", "skole@fmk.dk", "Faktura " + no + " - SFO-administration, "
            + "skoleåret 2035/36")
            .text("Hej Faaborg-Midtfyn Kommune\n\nHer er fakturaen for jeres licenser til SFO- og klubadministration (17 "
                + "institutioner) for skoleåret 2035/36, 1. rate. Den er også sendt via NemHandel til EAN " + EAN + ", og "
                + "betalingen sker som sædvanlig ad den vej.\n\nVenlig hilsen\nTabulex")
            .attach("application/pdf", "Tabulex_" + no + ".pdf", Attachments.pdf(docId(m, "tx"), "Faktura " + no,
                List.of(KOMMUNE + ", Skole og Dagtilbud, EAN " + EAN, "SFO/klub, 17 institutioner, 1. rate 2035/36",
                    "DKK 62.300,00 + moms", "Betaling via EAN")));
        genuine(m, "127.145.22.1");
        m.description = "school-administration SaaS invoice, to the EAN, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "VG-" + (2_040 + rnd.nextInt(800));
        headers(m, "Viggo", "regnskab@viggo.dk", "it@fmk.dk", "Kvittering " + no + " - Viggo skoleplatform")
            .text("Hej\n\nTak for betalingen. Jeres abonnement på Viggo til ungdomsskolen (1 år, 40 brugere) er fornyet og betalt "
                + "med kommunens indkøbskort, der slutter på 5590. Kvitteringen er vedhæftet - I skal ikke foretage jer noget.\n\n"
                + "Viggo")
            .attach("application/pdf", "Viggo_" + no + ".pdf", Attachments.pdf(docId(m, "vg"), "Kvittering " + no,
                List.of(KOMMUNE + ", Ungdomsskolen", "Viggo, 40 brugere, 12 mdr.", "DKK 9.600,00 inkl. moms",
                    "Betalt med kort ****5590")));
        genuine(m, "127.145.23.1");
        m.description = "school-platform SaaS receipt, already paid by card, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("sk38:" + m.id).substring(0, 12) + "@skribble.com";
        headers(m, "Faaborg Kunstmuseum via Skribble", "noreply@skribble.com", "kultur@fmk.dk", "Faaborg Kunstmuseum har sendt "
            + "dig \"Udlånsaftale - Fynbomalerne på Rådhuset 2035-36\" til underskrift")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Faaborg Kunstmuseum beder dig "
                + "underskrive <b>Udlånsaftale - Fynbomalerne på Rådhuset 2035-36</b>.</p><p><a href=\"https://my.skribble.com/"
                + "view/" + sha256("skl38:" + m.id).substring(0, 24) + "\">Åbn dokument</a></p><p>Spørgsmål om dokumentet "
                + "besvares af afsenderen.</p><p style=\"font-size:10px;color:#888\">Skribble</p></body></html>");
        genuine(m, "127.145.24.1");
        m.description = "real e-signature service sends the art museum's loan agreement for paintings at the town hall, "
            + "nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-nyt.dk", "Svindelvarsel", "nyhed@", "Færger, slotte og skulpturer: nye svindelnumre",
            "Kommuner med færger, turistattraktioner og offentlig kunst får regninger for brændstof, depositum og 'akut "
                + "konservering', som ingen har bestilt. Betal kun efter jeres egen aftale, og ring til leverandøren på det nummer, "
                + "I allerede har."},
            {"midtfyn-revision.dk", "Midtfyn Revision", "nyhedsbrev@", "Kvartalets tjekliste for kreditorbogholderiet",
                "Gennemgå ændringer af leverandørers bankoplysninger, og bekræft dem altid via et kendt telefonnummer. Afvis "
                    + "'rabat ved betaling i dag' til en ny konto."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl38:" + x[0]).substring(0, 16) + "@ubivox.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@fmk.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u38:" + x[0]).substring(0, 18) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#f3f1ec\"><table width=\"620\" align=\"center\" style=\""
                    + "background:#fff;font-family:Georgia,serif;font-size:14px\"><tr><td style=\"padding:26px\"><h2 style=\""
                    + "color:#2f4a3a\">" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele "
                    + "artiklen</a></p><p style=\"font-size:10px;color:#888\">Du modtager nyhedsbrevet, fordi du er tilmeldt. "
                    + "Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("ubivox.com");
            m.ip = "127.145.7.1";
            m.helo = "mta.ubivox.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"kommune-bogholderi.dk", "Jette Frost", "jefr@", "Regning for brændstof til øfærgen?",
            "Hej alle\n\nVores havnekontor har fået en faktura for 'bunkring' af vores øfærge fra et firma, vi aldrig har handlet "
                + "med, med en bunkerkvittering der ligner den rigtige. Vores leverandør kender intet til det. Er andre med "
                + "færger ramt?\n\nJette"},
            {"fynske-indkoebsfolk.dk", "Morten Lykke", "moly@", "SV: Regning for brændstof til øfærgen?", "Ja, hos os kom der en "
                + "'prisgaranti før vinteren' med krav om forudbetaling. Vi ringede til vores faste leverandør på nummeret fra "
                + "kontrakten - de havde ikke sendt noget.\n\nMorten"},
            {"kommune-bogholderi.dk", "Lone Brask", "lobr@", "Depositum til selskabslokaler", "Hej\n\nVi har fået en mail om, at "
                + "vores julefrokost-booking 'skal sikres' med kortbetaling via en bookingportal inden 24 timer. Stedet selv "
                + "siger, at de aldrig tager depositum fra kommuner.\n\nLone"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "forum@kreditorforum-fyn.dk", x[3])
                .header("List-Id", "Kreditorforum Fyn <forum.kreditorforum-fyn.dk>")
                .header("List-Post", "<mailto:forum@kreditorforum-fyn.dk>")
                .text(x[4]);
            listPost(m, x[0], "kreditorforum-fyn.dk", "[Kreditorforum Fyn] ", "\r\n--\r\nKreditorforum Fyn - for kreditor- og "
                + "indkøbsfolk i de fynske kommuner\r\nAbonnement: https://kreditorforum-fyn.dk/forum\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 25, List.of(), "");
        m.mailFrom = "SRS0=kR3w=FE=ugeavisen-faaborg.dk=annoncer@srs.ringe-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.145.11.1";
        m.helo = "srs.ringe-net.dk";
        m.description = "ugeavisen-faaborg.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 34, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "relay.faaborg-fiber.dk", "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, rengoer, rengoer.account(), 28, List.of(), "");
        m.signers.add(rengoer.domain());
        relayedBy(m, "relay.faaborg-fiber.dk", "DKIM only, its signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 39, List.of(), "");
        relayedBy(m, "relay.faaborg-fiber.dk", "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(360_000);
        Mime orig = original(m, "inner38:", 2, 3, 41, bus, "Tine Laursen <tila@fmk.dk>", "Faktura " + no
            + " - tur til Egeskov med 5. årgang");
        orig.text("Hej Tine\n\nHer er regningen for bussen til Egeskov med 5.a og 5.b.\n\nTrafikkontoret\nGislev Turistbusser");
        orig.attach("application/pdf", pdfName(no, 4), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Tine Laursen", "tila@" + OWN, "kreditor@fmk.dk", "VS: Faktura " + no + " - udflugt 5. årgang")
            .text("Hej kreditor\n\nBusselskabet sendte fakturaen direkte til mig. Turen er kørt, og jeg godkender den - kontering "
                + "Broby Skole, ekskursioner. Mailen fra dem er vedhæftet.\n\nTine Laursen\nBroby Skole")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Kreditor", "kreditor@", "ledere@fmk.dk", "Depositum, brændstof og konservering: kun efter aftale",
            "Kære ledere\n\nVi betaler aldrig depositum for lokaler eller arrangementer, medmindre det står i en aftale, vi selv "
                + "har indgået - Egeskov fakturerer efter arrangementet via EAN. Brændstof til øfærgerne købes kun hos Bøjden "
                + "Skibsolie efter bunkerkvittering underskrevet af maskinmesteren. Pleje af kunsten bestilles af Kultur og "
                + "Fritid efter tilbud. Alt andet sendes til os, før der betales.\n\nKreditor"},
            {"Mads Kjær", "makj@", "kreditor@fmk.dk", "Kværndrup Madhus - ny konto bekræftet", "Hej\n\nJeg har ringet til "
                + "økonomichefen i Kværndrup Madhus på nummeret i kontrakten og fået den nye konto bekræftet. Brevet ligger også i "
                + "Digital Post. Kreditoroplysningerne er rettet for fakturaer fra 1. september.\n\nMads\nÆldre og Sundhed"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@fmk.dk", "Falske bookingportaler og QR-koder", "Vi ser mails, hvor en "
                + "'bookingportal' beder jer bekræfte en reservation med kort, og mails med QR-koder om parkering. Klik ikke, "
                + "scan ikke, og send mailen til os."},
            {"Pernille Dahl", "peda@", "kreditor@fmk.dk", "Udlæg: færgebillet og parkering", "Hej\n\nKvittering for færge og "
                + "parkering, da jeg var på Lyø til beboermødet, er vedhæftet. Kan den komme med i næste udlægskørsel?\n\n"
                + "Pernille\nLanddistrikter"},
            {"Havnekontoret", "havn@", "kreditor@fmk.dk", "Bunkring af øfærgerne", "Hej kreditor\n\nØfærgerne bunkres kun af "
                + "Bøjden Skibsolie efter vores bestilling, og maskinmesteren underskriver bunkerkvitteringen (BDN). Regninger "
                + "for brændstof fra andre eller uden vores BDN-nummer er ikke bestilt af os - send dem herover.\n\nHavnekontoret"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_faerge.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Ringe Sparekasse, Erhverv", "erhverv@ringe-sparekasse.dk", "oekonomi@fmk.dk", "Kvittering for betalingsfil")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 214 betalinger. De gennemføres på de angivne datoer; status "
                + "ses i netbanken under 'Filer'.\n\nVi sender aldrig links til log-on og beder aldrig om MitID-godkendelse i en "
                + "mail.\n\nRinge Sparekasse, Erhverv");
        genuine(m, "127.145.1.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Ringe Sparekasse", "erhverv@ringe-sparekasse.dk", "oekonomi@fmk.dk", "Ny modtagerkontrol ved overførsler")
            .text("Kære kunde\n\nFra 9. oktober viser netbanken, om navnet på modtagerkontoen passer med det navn, I har skrevet. "
                + "Vises en advarsel, så stop og kontakt modtageren på et nummer, I kender.\n\nRinge Sparekasse");
        genuine(m, "127.145.1.1");
        m.description = "bank notice about payee verification, no links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Broby Andelskasse", "kundeservice@broby-andelskasse.dk", "oekonomi@fmk.dk", "Renteændring på erhvervskonti")
            .text("Renten på erhvervskonti ændres fra 1. november 2035. Oversigten ligger i netbanken under 'Dokumenter'. I skal "
                + "ikke gøre noget.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.145.2.1");
        m.description = "bank notice about interest, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Midtfyn Revision", "revision@midtfyn-revision.dk", "kreditor@fmk.dk", "Saldobekræftelse - " + byg.name())
            .text("Til Faaborg-Midtfyn Kommune\n\nSom revisor for " + byg.name() + " beder vi jer bekræfte mellemværendet med "
                + "selskabet pr. 30. juni 2035 (selskabets regnskabsår slutter 30. juni). Fuldmagt fra selskabet er vedhæftet.\n\n"
                + "Svar venligst direkte til os, også hvis der intet mellemværende er. Vi beder ikke om betaling eller "
                + "bankoplysninger.\n\nMed venlig hilsen\nMidtfyn Revision")
            .attach("application/pdf", "Saldoforespoergsel_" + byg.name().replace(' ', '_') + ".pdf", Attachments.pdf(docId(m, "sb"),
                "Anmodning om saldobekræftelse", List.of(byg.name() + ", CVR " + cvr(byg.domain()), "Opgørelsesdato 30.06.2035",
                    "Svar sendes til revisor")));
        genuine(m, "127.143.6.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Ryslinge Højskole, Administrationen", "adm@ryslinge-hoejskole.dk", "oekonomi@fmk.dk",
            "Betaling for leje af Ryslinge Hallen")
            .text("Hej\n\nVi har i dag overført 5.800,00 kr. for leje af Ryslinge Hallen til vores idrætsdag (jeres faktura "
                + "8804417).\n\nVenlig hilsen\nRyslinge Højskole");
        genuine(m, "127.143.7.1");
        m.description = "remittance advice: a folk high school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Fyns Affald I/S, Bogholderi", "bogholderi@fynsaffald-is.dk", "oekonomi@fmk.dk", "Betalingsspecifikation")
            .text("Til Faaborg-Midtfyn Kommune\n\nSpecifikation af dagens betaling fra Fyns Affald er vedhæftet.\n\nFyns Affald I/S")
            .attach("text/csv", "betalingsspecifikation.csv", ("fakturanr;tekst;beloeb\r\n8804420;Leje af areal til haveaffald, "
                + "Årslev;6400,00\r\n8804423;Snerydning af adgangsvej, Faaborg genbrugsstation;3150,00\r\n")
                .getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.143.12.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"ringe-isenkram.dk", "Ringe Isenkram", "kvittering@", "Kvittering for dit køb",
            "Fendere 4 stk., tovværk 50 m og to redningskranse til Havnekontoret: 4.218,00 kr. Betalt med kommunens indkøbskort."},
            {"faaborg-boghandel.dk", "Faaborg Boghandel", "webshop@", "Ordre 3391 er afsendt", "26 stk. 'Det sydfynske øhav' til "
                + "7. årgang på Tre Ege Skolen, 4.940,00 kr. Betalt ved bestillingen."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@fmk.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Årslev Inventar", "ordre@aarslev-inventar.dk", "indkoeb@fmk.dk", "Ordrebekræftelse 35-2281")
            .text("Tak for ordren på 48 elevborde og 96 stole til Tre Ege Skolen. Levering er aftalt til uge 43. Fakturaen sendes "
                + "via NemHandel til EAN " + EAN + " efter levering.\n\nÅrslev Inventar");
        genuine(m, "127.143.8.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void letters() {
        M m = ok("quote", false);
        headers(m, lyd.person(), addr(lyd), "kultur@fmk.dk", "Tilbud: lyd og lys til juletræstænding på Faaborg Torv")
            .text("Hej Kultur\n\nSom aftalt: lille scene, lydanlæg til 800 personer, lys på træet og tekniker fra 15 til 19: "
                + "16.400 kr. ekskl. moms. Tilbuddet gælder til 1. november." + signature(lyd))
            .attach("application/pdf", "Tilbud_juletrae_2035.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Juletræstænding, Faaborg Torv, 29.11.2035", "Scene, lyd, lys og tekniker", "16.400,00 ekskl. moms",
                    "Gyldigt til 01.11.2035")));
        genuine(m, lyd.ip());
        m.description = "quote from an unlisted sound and light firm (no DMARC, aligned pass), nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "vej@fmk.dk", "Overslag: pleje af Øhavsstien 2036")
            .text("Hej\n\nSlåning to gange årligt, rydning af opvækst og vedligehold af 14 stenter på strækningen Svanninge Bakker - "
                + "Faaborg: ca. 9 dage, 48.900 kr. + moms. Jeg kan starte i april." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@fmk.dk", "Vejarbejde: ændret kørsel på Ringe-ruterne")
            .text("Hej skoler\n\nPå grund af vejarbejdet på Odensevej kører ruterne mod Ryslinge og Gislev ad Bygaden de næste tre "
                + "uger, og afgangene rykkes 5 minutter. Prisen er uændret.\n\nTrafikkontoret\nGislev Turistbusser");
        genuine(m, bus.ip());
        m.description = "listed bus company's route letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomsservice@fmk.dk", "Varslet afbrydelse af fjernvarmen i Faaborg midtby")
            .text("Kære kunde\n\nTirsdag kl. 8-12 afbryder vi fjernvarmen i dele af Faaborg midtby, fordi en hovedventil skal "
                + "skiftes. Rådhuset og Plejecenter Sundet er orienteret direkte.\n\nFaaborg Fjernvarme");
        genuine(m, varme.ip());
        m.description = "listed utility's notice of a heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private void fraudulent() {
        forgedSuppliers();
        lookalikes();
        homoglyphs();
        platformFrauds();
        compromised();
        hijacks();
        correctedResends();
        ownDomain();
        ceo();
        payroll();
        bodyOnly();
        fakeInkasso();
        fakeAuthorities();
        fakeNemHandel();
        callbacks();
        qrCodes();
        english();
        imageOnly();
        archives();
        macros();
        svgHtml();
        xmlChanged();
        fakeSignatures();
        splitPayments();
        vishingFollowups();
        openItems();
        earlyDiscounts();
        venueFrauds();
        bunkerFrauds();
        conservationFrauds();
    }

    private static final String[] MULES = {iban("LT", "2173000010123987"), iban("DK", "98710003390467"), bank("5301", "0002741186"),
        iban("EE", "4722001100345621"), iban("PL", "611090101400000712198128"), iban("GB", "MONZ04000412345678"),
        iban("IE", "BOFI90001712345987"), iban("NL", "BUNQ2055117730"), iban("DE", "500700100920044556"),
        iban("HU", "120100160012345600000000"), iban("RO", "RNCB0082004512340001"), iban("BG", "UNCR70001524316598"),
        iban("CY", "002001280000001200527600"), bank("9070", "0001843365"), iban("MT", "VALL22013000000040012345123"),
        iban("SE", "30000000038115502211"), iban("LT", "6832600100014418"), iban("DK", "89900006617284"),
        iban("NO", "86011117947"), iban("LT", "5440110004441170")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor};
        String[] notes = {"\n\nBEMÆRK: Vi har skiftet bank. Indbetal fremover kun til kontoen på denne faktura.",
            "\n\nEfter fusionen af vores pengeinstitutter er den gamle konto nedlagt - ret venligst jeres stamdata.", "",
            "\n\nny konto gælder fra denne faktura. mvh ordrekontoret"};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 2), i + 9, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<proff@ringetraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"faaborg-fjernvarme.com", varme}, {"ryslingeanlaeg.dk", entrep}, {"ringe-traelast.net", byg},
            {"aarslev-elinstallation.dk", el}, {"midtfyns-rengoring.dk", rengoer}, {"ferritslev-vvs.net", vvs}};
        String[] notes = {"\n\nVi gør opmærksom på, at vores bankoplysninger er ændret - se fakturaen.", "", "\n\nNy bank pr. "
            + "1. september. Brug venligst kontonummeret på denne faktura.", "", "\n\nVores betalingsoplysninger er opdateret.", ""};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 4 + 3, List.of(), notes[i]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("ringe-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(10), 22, List.of("Ny konto fra 15. september 2035"), "\n\nFra og med denne "
            + "faktura skal den nye konto bruges.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as ringe-traelast.dk, invoice with new account, authenticates";
        d = idn("faaborg-midtfyn-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Borgmestersekretariatet", "sekretariat@" + d, "kreditor@fmk.dk", "Haster: tilskud til havnefestens scene")
            .text("Hej kreditor\n\nBorgmesteren har lovet arrangørerne af Faaborg Havnefest kommunens tilskud på 145.000 kr. til "
                + "den nye scene, og det skal udbetales i dag, ellers kan de ikke holde deres aftale med leverandøren. Overfør "
                + "venligst til " + mule(13) + " - bilag eftersendes.\n\nVenlig hilsen\nBorgmestersekretariatet");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own municipality: same-day 'grant' to a mule account";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, vaerft.name() + " via Paylike", "invoices@paylike-faaborg.com", "havn@fmk.dk", "Påmindelse: ubetalt faktura fra "
            + vaerft.name())
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>Hej " + KOMMUNE + "</p><p>Faktura "
                + "fra " + vaerft.name() + " på <b>DKK 28.912,50</b> er forfalden. Betal inden 48 timer for at undgå gebyr og "
                + "overdragelse til inkasso.</p><p><a href=\"https://paylike-faaborg.com/pay/" + sha256(m.id).substring(0, 22)
                + "\">Betal nu med kort</a></p><p style=\"font-size:11px;color:#999\">Paylike - betalinger for små virksomheder</p>"
                + "</body></html>");
        ownedBy(m, "paylike-faaborg.com");
        m.description = "look-alike platform paylike-faaborg.com: 'overdue' card-payment link in listed faaborg-baadvaerft.dk's name";
        m = bad("lookalike-platform");
        headers(m, "Faaborg Kunstmuseum via place2book", "faktura@place2book-egeskov.dk", "skole@fmk.dk", "Opdaterede "
            + "betalingsoplysninger - skoletjenesten")
            .text("Kære Faaborg-Midtfyn Kommune\n\nFaaborg Kunstmuseum har skiftet bank. Fakturaen for skoletjenestens forløb i "
                + "efteråret (DKK 18.375,00) bedes derfor betalt til " + mule(4) + " i stedet for kontoen på den oprindelige "
                + "faktura.\n\nForfald: " + isoDay(m, 4) + "\n\n(sendt via place2book)");
        ownedBy(m, "place2book-egeskov.dk");
        m.description = "look-alike platform place2book-egeskov.dk moves the art museum's school invoice to a PL IBAN";
        m = bad("lookalike-platform");
        String no = "VB" + (2_200_000 + rnd.nextInt(90_000));
        headers(m, it.name() + " (ViaBill)", "faktura@viabill-ringe.com", "skole@fmk.dk", "Ny faktura " + no + " fra " + it.name())
            .text("Hej\n\n" + it.name() + " har udstedt en faktura til jer via ViaBill.\n\nFakturanr.: " + no + "\nBeløb: 58.406,25 "
                + "kr.\nForfald: " + dots(m, 5) + "\n\nBemærk: " + it.name() + " har fået nyt pengeinstitut. Betal til " + mule(14)
                + " eller med kort: https://viabill-ringe.com/f/" + sha256(m.id).substring(0, 18) + "\n\nViaBill")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, it.posing("viabill-ringe.com", mule(14)), "Faktura",
                no, new Amount(4_672_500, kr(4_672_500), kr(1_168_125), kr(5_840_625)), mule(14), 2, List.of("Ny bank")));
        ownedBy(m, "viabill-ringe.com");
        m.description = "look-alike platform viabill-ringe.com in listed midtfyn-itservice.dk's name, MT IBAN";
        m = bad("platform-account-misused");
        no = "PL-" + (40_100 + rnd.nextInt(9_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@paylike.io";
        headers(m, "Fyns Turistguide via Paylike", "invoices@paylike.io", "turisme@fmk.dk", "Faktura " + no + " fra Fyns "
            + "Turistguide")
            .header("Reply-To", "<fyns.turistguide@outlook.com>")
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>Hej " + KOMMUNE + "</p><p>Fyns "
                + "Turistguide har sendt jer faktura <b>" + no + "</b> på <b>DKK 27.500,00</b> for 'Premium-profil for Egeskov, "
                + "Faaborg og Øhavet 2035-2037'.</p><p>Betal til " + mule(11) + " senest " + dots(m, 7) + ".</p><p style=\""
                + "font-size:11px;color:#999\">Paylike - betalinger for små virksomheder</p></body></html>");
        genuine(m, "127.144.1.1");
        m.description = "real platform paylike.io used by an unknown 'tourist guide' for a listing never ordered, outlook "
            + "Reply-To, BG IBAN";
        m = bad("platform-account-misused");
        no = "VB" + (2_200_000 + rnd.nextInt(90_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@viabill.com";
        headers(m, rengoer.name() + " (ViaBill)", "faktura@viabill.com", "kreditor@fmk.dk", "Ny faktura " + no + " fra "
            + rengoer.name())
            .header("Reply-To", "<midtfyns.rengoering@gmail.com>")
            .text("Hej\n\n" + rengoer.name() + " har udstedt en faktura til jer via ViaBill.\n\nFakturanr.: " + no + "\nForfald: "
                + dots(m, 7) + "\n\nBesked fra afsender: Vi fakturerer nu gennem ViaBill og har fået ny konto i den forbindelse. "
                + "Ved bankoverførsel brug " + mule(17) + ".\n\nViaBill")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(1_900_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.144.3.1");
        m.description = "real platform viabill.com in listed midtfyns-rengoering.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank har problemer med indbetalinger efter en systemopdatering. Indtil det er løst, bedes "
            + "I betale til vores factoringselskab på "},
            {kontor, "Da Birthe er stoppet, har vi lagt økonomien ud til et bogholderifirma, og betalinger skal nu gå til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 15), i + 12, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 15)
                + ". Jeg er på kursus resten af ugen, så skriv endelig i stedet for at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@fmk.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg glemte at nævne, at vi har skiftet bank i sommerferien. De " + p.amount().gross() + " kr. for "
                + "fakturaen herunder skal derfor sættes ind på " + mule(0) + ". Den gamle konto lukker i september.\n\n"
                + s.person() + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of ryslinge-anlaeg.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{vaerft, "faaborg-baadvaerft.net"}, {mad, "kvaerndrup-madhus.com"}, {toemrer, "korinth-tomrer.dk"},
            {bus, "gislev-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@fmk.dk", (i % 2 == 0 ? "Re: " : "SV: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nKort opfølgning på faktura " + p.no() + " (" + p.amount().gross() + " kr.): banken har desværre lukket "
                    + "kontoen på fakturaen, så beløbet skal i stedet til " + mule(i + 6) + ". Giv mig gerne et kort svar, når det er "
                    + "rettet hos jer.\n\n" + s.person() + "\n\nFra: " + s.person() + " <" + addr(s) + ">\nDato: "
                    + sentPlus(m, -27, DOTS) + "\nTil: kreditor@fmk.dk\nEmne: " + p.subject() + "\n\n" + GREETING[i + 2]
                    + "\n\nFaktura " + p.no() + " vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 7), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 0, List.of("Korrigeret kontonummer")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account"
                + (s == toemrer || s == mad ? " (the real firm did change its account: this is a third one)" : "");
        }
    }

    /** A "corrected" invoice that replaces an earlier real one, with only the account changed. */
    private void correctedResends() {
        Past p = past.get(bus.domain());
        M m = bad("corrected-invoice-resend");
        headers(m, bus.person(), "trafik@gislev-busser.net", "kreditor@fmk.dk", "Rettet faktura " + p.no())
            .text("Hej\n\nDer er desværre fejl i bankoplysningerne på faktura " + p.no() + ". Vedhæftet er den rettede faktura - "
                + "beløbet " + p.amount().gross() + " kr. er det samme, men betal venligst til kontoen på den nye og se bort fra "
                + "den første.\n\nTrafikkontoret\nGislev Turistbusser")
            .attach("application/pdf", "Rettet_" + pdfName(p.no(), 0), pdfInvoice(m, bus.posing("gislev-busser.net", mule(7)),
                "Rettet faktura", p.no(), p.amount(), mule(7), 3, List.of("Erstatter faktura " + p.no())));
        ownedBy(m, "gislev-busser.net");
        m.description = "'corrected' copy of gislev-busser.dk's real wave-1 invoice from look-alike gislev-busser.net, NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Midtfyn IT-Service, Fakturering", addr(it), "skole@fmk.dk", "Kreditnota og ny faktura " + p.no() + "-1")
            .text("Til Faaborg-Midtfyn Kommune\n\nFaktura " + p.no() + " er krediteret, fordi vores nye økonomisystem har sat en "
                + "forkert konto på. Den nye faktura " + p.no() + "-1 er vedhæftet og erstatter den gamle. Overfør venligst "
                + p.amount().gross() + " kr. til " + mule(3) + ".\n\nFakturering\nMidtfyn IT-Service")
            .attach("application/pdf", "Faktura_" + p.no().replace('/', '-') + "-1.pdf", pdfInvoice(m, it.posing(it.domain(), mule(3)),
                "Faktura", p.no() + "-1", p.amount(), mule(3), 2, List.of("Erstatter faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From midtfyn-itservice.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of its "
            + "real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@fmk.dk", "Fortroligt")
            .text("Hej\n\nEn investor, der vil bygge hotel ved Faaborg Havn, kræver, at kommunen stiller et depositum på 88.000 kr. "
                + "for at holde forhandlingerne åbne. Beløbet skal til deres advokat i dag: " + mule(2) + ". Sagen er fortrolig, "
                + "indtil Økonomiudvalget har behandlet den, så tal ikke med andre om den.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "the mayor's mailbox on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@fmk.dk", "Ny konto for Ryslinge Anlæg - med i dagens kørsel")
            .text("Hej\n\nRyslinge Anlæg har ringet til mig: deres konto er lukket, og den nye er " + mule(13) + ". Vil du rette "
                + "den i kreditorsystemet, så den kommer med i dag? Jeg sidder i budgetmøder hele dagen.\n\nØkonomichef");
        forged(m, forgedHost++);
        m.description = "our finance manager's mailbox forged from outside: 'correct the contractor's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Hans Jørgen Brix", "hansjorgen.brix.borgmester@gmail.com", GMAIL, "Er du ved din PC?",
            "Hej\n\nJeg sidder i møde om færgeforbindelsen og kan ikke ringe. Der er en betaling, som skal gennemføres før frokost. "
                + "Svar her, så får du oplysningerne.\n\nHans Jørgen\n\nSendt fra min iPhone"},
            {"Kommunaldirektør Lene Skovgaard", "lene.skovgaard.direktion@outlook.com", MSFT, "Lille opgave",
                "Hej\n\nJeg vil gerne sige tak til de frivillige fra havnefesten. Kan du købe 15 gavekort à 500 kr. (Apple eller "
                    + "Google Play) og sende mig billeder af koderne her? Du får pengene igen i morgen.\n\nLene"},
            {"Jakob Friis, økonomichef", "jakob.friis.oekonomi@icloud.com", APPLE, "Fortroligt: jordkøb ved Ringe Syd",
                "Hej\n\nHandlen om jorden ved Ringe Syd til det nye erhvervsområde er faldet på plads. Sælgers advokat skal have "
                    + "et depositum på 365.000 kr. i dag på " + mule(10) + ". Sagen kommer på lukket dagsorden, så sig det ikke "
                    + "til nogen endnu.\n\nJakob"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@fmk.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Juul", "camillajuul88@gmail.com", "loen@fmk.dk", "Ændring af lønkonto")
            .text("Hej Løn\n\nJeg er sosu-hjælper i hjemmeplejen i Ringe og har skiftet bank. Kan I sætte septemberlønnen ind på "
                + bank("8990", "0008117726") + "? Jeg kan ikke logge på lønsedlen for tiden.\n\nMvh Camilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Kim Storm", "kim.storm.faerge@hotmail.com", "loen@fmk.dk", "Løn til ny konto - færgen")
            .text("Hej\n\nJeg er matros på Faaborg III og er flyttet til Tyskland med min familie. Min danske konto lukker, så lønnen "
                + "fra oktober skal gå til " + mule(8) + ". Jeg har ikke MitID på den nye telefon endnu, derfor skriver jeg herfra."
                + "\n\nKim");
        genuine(m, MSFT);
        m.description = "a 'ferry deckhand' on hotmail (authenticates) wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "bo@hornemaler.dk", "kreditor@fmk.dk", "nyt kontonummer")
            .text("Hej\n\nJeg har fået nyt kontonummer: " + mule(13) + ". Brug det fra nu af, også til den regning, I ikke har "
                + "betalt endnu.\n\nMvh Bo\nHorne Malerforretning");
        ownedBy(m, "hornemaler.dk");
        m.description = "no attachment: look-alike of horne-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Broby Vognmand <kaj@broby-vognmand.dk>", "broby.vognmand@outlook.com", "kreditor@fmk.dk",
            "Nye bankoplysninger")
            .text("Kære kunde\n\nVi har problemer med vores mailserver og skriver derfor herfra et par dage. Vores bankkonto er "
                + "samtidig ændret til " + mule(16) + " med virkning fra i dag.\n\nBroby Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "mette@svanninge-naturpleje.com", "vej@fmk.dk", "Konto")
            .text("Hej\n\nBanken har opsagt min konto. Kan I overføre betalingen for Øhavsstien til " + mule(19) + " i stedet?\n\n"
                + "Mette Lund\nSvanninge Bakker Naturpleje");
        ownedBy(m, "svanninge-naturpleje.com");
        m.description = "look-alike of the unlisted svanninge-naturpleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "RI-" + (520_000 + rnd.nextInt(70_000));
            headers(m, "Ringe Inkasso ApS", "sagsbehandler@ringe-inkasso.dk", "kreditor@fmk.dk", "Sidste varsel før retslige "
                + "skridt - sag " + sag)
                .text(KOMMUNE + "\n\n" + s[i].name() + " har overdraget faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inkasso. Med renter og omkostninger på 1.480 kr. skal det fulde beløb være indbetalt på " + mule(i + 11)
                    + " inden 3 hverdage. Herefter sendes sagen til fogedretten uden yderligere varsel, og kommunen hæfter for "
                    + "sagens omkostninger.\n\nRinge Inkasso ApS\nSagsbehandler")
                .attach("application/pdf", "Varsel_" + sag + ".pdf", Attachments.pdf(docId(m, "ri"), "Inkassovarsel " + sag,
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Renter og omkostninger "
                        + "1.480,00", "Indbetaling: " + mule(i + 11))));
            ownedBy(m, "ringe-inkasso.dk");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-erhverv-faaborg.com", "MitID Erhverv", "noreply@", "Jeres MitID Erhverv-administrator udløber",
            "Alle offentlige myndigheder skal genbekræfte deres MitID Erhverv-administrator efter den nye sikkerhedsstandard. Sker "
                + "det ikke inden 24 timer, lukkes adgangen til Virk, NemRefusion og Digital Post.", "fake-digital-post"},
            {"digitalpost-ringe.com", "Digital Post", "besked@", "Ny post fra Skattestyrelsen",
                "Faaborg-Midtfyn Kommune har modtaget en afgørelse om efterbetaling af moms på færgedriften. Afgørelsen skal åbnes "
                    + "inden fristen, ellers opkræves beløbet med tillæg.", "fake-digital-post"},
            {"faaborg-domaeneregister.com", "Nordic Domain Registry", "renewals@", "fmk.dk udløber - forny inden 72 timer",
                "Registreringen af fmk.dk og faaborg-midtfyn.dk udløber om 3 dage. Uden fornyelse holder kommunens hjemmeside og "
                    + "mail op med at virke.", "domain-directory-scam"},
            {"broby-erhvervsregister.org", "Dansk Erhvervsregister", "opdatering@", "Årlig opdatering af Faaborg-Midtfyn "
                + "Kommunes oplysninger", "Kontrollér de forudfyldte oplysninger og returner formularen underskrevet inden 14 "
                    + "dage. Basisregistrering er gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@fmk.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 20);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial;font-size:14px\"><p>" + x[4] + "</p><p><a href=\"" + link
                    + "\" style=\"background:#0060e6;color:#fff;padding:10px 20px;text-decoration:none\">Åbn med MitID</a></p>"
                    + "<p style=\"font-size:10px;color:#777\">Denne besked kan ikke besvares.</p></body></html>");
            } else if (x[0].startsWith("faaborg-domaene")) {
                mime.text(x[4] + "\n\nFornyelse 2 år: 5.460,00 kr. til " + mule(5) + " eller med kort: " + link
                        + "\n\nNordic Domain Registry")
                    .attach("application/pdf", "Renewal_fmk.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domain renewal",
                        List.of("Domæner: fmk.dk, faaborg-midtfyn.dk", "Periode: 2 år", "5.460,00 DKK", "Konto " + mule(5))));
            } else {
                mime.text(x[4] + "\n\nDansk Erhvervsregister")
                    .attach("application/pdf", "Opdatering_FMK.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsskema",
                        List.of(KOMMUNE + ", " + RAADHUS, "Underskrift og dato:", "Ved underskrift bestilles en udvidet "
                            + "registrering i 3 år à 1.240 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Drift", "drift@nemhandel-faaborg.net", "efaktura@fmk.dk", "Handling krævet: EAN " + EAN
            + " mangler genregistrering")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære modtager</p><p>EAN-nummer " + EAN
                + " er ikke genregistreret efter overgangen til det nye NemHandel-register. Uden genregistrering afvises "
                + "e-fakturaer til jer fra " + isoDay(m, 2) + ".</p><p><a href=\"https://nemhandel-faaborg.net/ean/"
                + sha256(m.id).substring(0, 18) + "\">Genregistrer EAN-nummer</a></p></body></html>");
        ownedBy(m, "nemhandel-faaborg.net");
        m.description = "fake NemHandel notice: re-register the EAN number via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Drift", "afvisning@nemhandel-faaborg.net", "kreditor@fmk.dk", "4 fakturaer afvist - betal via "
            + "opsamlingskonto")
            .text("Hej\n\nFire fakturaer til Faaborg-Midtfyn Kommune er afvist på grund af fejl i jeres modtagerprofil. Så "
                + "leverandørerne ikke venter, kan det samlede beløb på 41.287,50 kr. betales til vores opsamlingskonto " + mule(6)
                + ". Se fakturaerne her: https://nemhandel-faaborg.net/afvist/" + sha256(m.id).substring(0, 16)
                + "\n\nNemHandel Drift");
        ownedBy(m, "nemhandel-faaborg.net");
        m.description = "fake NemHandel 'rejected invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@aarslev-ordreservice.com", "indkoeb@fmk.dk", "Ordre 77120 bekræftet: 10 stk. MacBook Pro")
            .text("Tak for din ordre. 10 x MacBook Pro 16\" med AppleCare, i alt 214.350,00 kr., pakkes og faktureres i morgen kl. "
                + "8.\n\nHar du ikke bestilt? Ring hurtigst muligt på +45 62 71 40 18, så annullerer vi ordren.\n\nOrdreservice");
        ownedBy(m, "aarslev-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "support@aarslev-ordreservice.com", "it@fmk.dk", "Automatisk fornyelse: McAfee Total "
            + "Protection Business")
            .text("Jeres abonnement på McAfee Total Protection Business (75 enheder) er fornyet for 12 måneder: 9.875 kr. Ønsker I "
                + "at opsige og få pengene retur, skal det ske telefonisk på +45 62 71 40 18 inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("McAfee Total Protection Business, 75 enheder, 12 mdr.", "9.875,00 kr.", "Opsigelse: +45 62 71 40 18")));
        ownedBy(m, "aarslev-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"faaborg-havneparkering.dk", "Havneparkering Faaborg", "kontrol@", "Parkeringsafgift - Faaborg Havn",
            "Et køretøj fra kommunens bilpark (reg.nr. DF 31 907) er registreret uden gyldig billet på havneparkeringen ved "
                + "færgelejet. Afgiften er 760 kr. og forhøjes efter 3 dage."},
            {"ringe-betalingsservice.net", "Betalingsservice", "aftaler@", "Betalingsaftale afvist - handling påkrævet",
                "Betalingsaftalen for kommunens fjernvarme i Faaborg er afvist af jeres bank. For at undgå gebyr og lukning af "
                    + "forsyningen skal aftalen bekræftes igen."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@fmk.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med din telefon for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR-kode\"></p></body></html>")
                .attach("image/png", "qr.png", Attachments.qr(docId(m, "qr")));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Bøjden Shipping Agency", "accounts@bojden-shipping.com", "havn@fmk.dk", "Invoice BSA-2291 - port agency and "
            + "storage, B/L 88214573")
            .text("Dear customer,\n\nA shipment (3 pallets, 640 kg, spare parts) consigned to Faaborg-Midtfyn Kommune, harbour office, "
                + "is held at our warehouse. Port agency, documentation and 12 days of storage amount to EUR 2,114.00. The goods "
                + "will be released once payment has been received on " + mule(5) + ". Unclaimed goods are returned to the shipper "
                + "at your expense after 14 days.\n\nKind regards\nAccounts\nBøjden Shipping Agency")
            .attach("application/pdf", "BSA-2291.pdf", Attachments.pdf(docId(m, "en"), "Invoice BSA-2291",
                List.of("Consignee: " + KOMMUNE + ", harbour office", "B/L 88214573, 3 pallets, 640 kg", "Port agency, "
                    + "documentation, storage 12 days", "EUR 2,114.00", "Bank: " + mule(5))));
        ownedBy(m, "bojden-shipping.com");
        m.description = "English 'port agency and storage' invoice for a shipment nobody ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Bøjden Shipping Agency - Finance", "finance@bojden-shipping.com", "oekonomi@fmk.dk", "Updated remittance "
            + "instructions")
            .text("Dear partner,\n\nPlease note that our bank details have changed following an internal audit. Kindly amend your "
                + "supplier records and remit all open and future payments to " + mule(14) + " with immediate effect. A brief "
                + "confirmation by return would be appreciated.\n\nFinance Team");
        ownedBy(m, "bojden-shipping.com");
        m.description = "English 'updated remittance instructions', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "horne-malerforretning.dk"}, {vognmand, "broby-vognmand.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@fmk.dk", i == 0 ? "Faktura - foto" : "Faktura (scannet)")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi vores fakturasystem er nede. "
                    + "Bemærk det nye kontonummer på den.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20350922_0917.jpg" : "SCAN0042.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "midtfyns-rengoering.net"}, {vvs, "ferritslev-vvs.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_200_000), mule(i + 1), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@fmk.dk", "Faktura " + n + (i == 0 ? " (pakket)" : " - 7z"))
                .text("Hej\n\nFakturaen er pakket, fordi jeres mailsystem afviser vores PDF-filer. Pak den ud og betal gerne inden "
                    + "fredag." + (i == 1 ? " Kode: 2035" : "") + "\n\n" + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-7z-compressed", "Faktura_" + n + (i == 0 ? ".zip" : ".7z"),
                    i == 0 ? Attachments.zip("Faktura_" + n + ".pdf", pdf, "LÆS MIG.txt", "Bemærk vores nye kontonummer.")
                        : Attachments.sevenZip("Faktura_" + n + ".pdf", pdf));
            ownedBy(m, d);
            m.description = "invoice inside a " + (i == 0 ? "ZIP" : "7z archive") + " from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@lyndelse-kontorforsyning.com", "indkoeb@fmk.dk", "Faktura og følgeseddel september")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og derefter "
                + "'Aktivér indhold'.\n\nNr. Lyndelse Kontor & Papir")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\n" + KOMMUNE + "\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "lyndelse-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of lyndelse-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@midtfyn-it-service.net", "skole@fmk.dk", "Licensopgørelse og nye betalingsoplysninger")
            .text("Hej\n\nLicensopgørelsen for august og vores nye betalingsoplysninger ligger i regnearket. Aktivér makroer for at "
                + "se tallene.\n\nMidtfyn IT-Service")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_august.xlsm",
                Attachments.excel(List.of("Licensopgørelse august 2035", "I alt DKK 47.125,00", "Ny konto: " + plain(mule(7))), true));
        ownedBy(m, "midtfyn-it-service.net");
        m.description = "macro-enabled Excel statement from a look-alike of midtfyn-itservice.dk";
    }

    private void svgHtml() {
        String[][] x = {{"ringe-bilagsarkiv.com", "Ringe Trælast", "Kontoudtog august", "kontoudtog_august.svg", "image/svg+xml"},
            {"ryslinge-dokumentportal.net", "Ryslinge Anlæg & Kloak", "Faktura klar i dokumentportalen", "Faktura_visning.htm",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 20);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"><script>location.replace('"
                    + url + "');</script></head><body>Henter dokument ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"160\"><text x=\"12\" y=\"30\">Kontoudtog - "
                    + "klik for at vise</text><a href=\"" + url + "\"><rect x=\"12\" y=\"50\" width=\"220\" height=\"34\" "
                    + "fill=\"#2f4a3a\"/></a><script>window.top.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokumenter@" + y[0], "kreditor@fmk.dk", y[2])
                .text("Hej\n\nDokumentet åbnes i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "ryslinge-anlaeg.net", true}, {it, "midtfynitservice.dk", false}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_200_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@fmk.dk", "E-faktura " + no + (peppol ? " - Peppol" : " - OIOUBL"))
                .text("Hej\n\nVi skifter e-fakturaudbyder, så denne gang kommer fakturaen som XML direkte til jer - den kan læses "
                    + "ind som normalt. Bemærk den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 8) : mule(i + 2), a, isoDay(m, 0), isoDay(m, 7), peppol, "FMK-" + (45_100 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Faaborg Kunstmuseum via Skribble", "noreply@skribble-faaborg.com", "kultur@fmk.dk", "Faaborg Kunstmuseum har "
            + "sendt dig \"Forsikringstillæg udlån 2035\" - udløber i dag")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hej</p><p>Faaborg Kunstmuseum beder dig "
                + "underskrive <b>Forsikringstillæg udlån 2035</b>. Dokumentet udløber i dag kl. 16.</p><p><a href=\"https://"
                + "skribble-faaborg.com/view/" + sha256(m.id).substring(0, 24) + "\">Log ind og underskriv</a></p><p style=\""
                + "font-size:10px;color:#888\">Skribble</p></body></html>");
        ownedBy(m, "skribble-faaborg.com");
        m.description = "look-alike e-signature domain in the art museum's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentservice", "sign@korinth-esign.net", "ejendomsservice@fmk.dk", "Forpagtningsaftale klar til "
            + "underskrift: Korinth Mølle")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Et dokument afventer din underskrift: <b>Forpagtning af "
                + "jorden ved Korinth Mølle, 2036-2040</b>.</p><p>Bekræft din identitet med din Microsoft 365-konto for at åbne "
                + "dokumentet.</p><p><a href=\"https://korinth-esign.net/doc/" + sha256(m.id).substring(0, 20) + "\">Gennemse "
                + "dokument</a></p></body></html>");
        ownedBy(m, "korinth-esign.net");
        m.description = "fake signing service: a 'farm lease' behind a Microsoft 365 login page";
    }

    /** Part to the known account, the rest to a new one: looks careful, moves the money all the same. */
    private void splitPayments() {
        Past p = past.get(mad.domain());
        M m = bad("split-payment-redirect");
        headers(m, "Kværndrup Madhus, Debitor", "debitor@kvaerndrup-madhus.net", "aeldre@fmk.dk", "Deling af betaling - faktura "
            + p.no())
            .text("Kære Faaborg-Midtfyn Kommune\n\nI forbindelse med overtagelsen skal betalingen for faktura " + p.no() + " ("
                + p.amount().gross() + " kr.) deles: 30 % til den konto, I kender, og 70 % til andelsselskabets nye "
                + "mellemregningskonto " + mule(16) + ". Fra november samles alt på den nye konto.\n\nPå forhånd tak\n\n"
                + "Kværndrup Madhus A/S\nDebitor");
        ownedBy(m, "kvaerndrup-madhus.net");
        m.description = "look-alike of the meal service (which did announce a new account itself) splits a real invoice's payment: "
            + "70 % to an LT account";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, "Ferritslev VVS ApS", "kontor@ferritslev-vvs-aps.dk", "kreditor@fmk.dk", "Faktura " + p.no() + " - delbetaling")
            .text("Hej\n\nVores bank har midlertidigt sat et loft over indbetalinger på driftskontoen. Betal derfor 20.000 kr. af "
                + "faktura " + p.no() + " til den sædvanlige konto og resten til vores anden konto " + mule(1) + ".\n\nMvh\nKontoret"
                + "\nFerritslev VVS");
        ownedBy(m, "ferritslev-vvs-aps.dk");
        m.description = "look-alike of ferritslev-vvs.dk: part of a real invoice to the usual account, the rest to a DK mule account";
    }

    /** A phone call first ("as agreed on the phone"), then the mail that confirms the new account. */
    private void vishingFollowups() {
        M m = bad("vishing-followup");
        headers(m, vognmand.person(), "kaj@broby-vognmand.com", "kreditor@fmk.dk", "Som lovet i telefonen")
            .text("Hej\n\nTak for snakken her til morgen. Som aftalt får du de nye kontooplysninger på skrift: " + mule(13)
                + ". Det gælder også faktura " + past.get(vognmand.domain()).no() + ", som står åben hos jer.\n\nHilsen Kaj\n"
                + vognmand.name());
        ownedBy(m, "broby-vognmand.com");
        m.description = "after a call, a look-alike of broby-vognmand.dk 'confirms in writing' a new account, DK mule account";
        m = bad("vishing-followup");
        headers(m, "Susanne Holm - Ringe Trælast", "susanne.holm.traelast@outlook.com", "kreditor@fmk.dk", "Bekræftelse på "
            + "vores samtale - ny konto")
            .text("Hej\n\nHer er den skriftlige bekræftelse, du bad om i telefonen. Ringe Trælasts nye konto er " + mule(15)
                + " fra i dag. Jeg skriver fra min private mail, fordi firmaets mail er ved at blive flyttet til ny udbyder.\n\n"
                + "Med venlig hilsen\nSusanne Holm\nBogholderiet, Ringe Trælast A/S");
        genuine(m, MSFT);
        m.description = "after a call, a 'bookkeeper' of the listed timber merchant confirms a new SE account from outlook";
    }

    /** Reconnaissance before the real attack: no account, only a request for the open items and contacts. */
    private void openItems() {
        M m = bad("open-items-reconnaissance");
        headers(m, "Midtfyn Revisionen", "revision@midtfyn-revisionen.dk", "kreditor@fmk.dk", "Afstemning af kreditorer pr. 30.09.")
            .text("Til Faaborg-Midtfyn Kommune, kreditorbogholderiet\n\nSom led i kvartalsafstemningen for flere af jeres "
                + "leverandører beder vi om en liste over åbne poster pr. 30. september for Ringe Trælast, Gislev Turistbusser og "
                + "Kværndrup Madhus med fakturanumre, beløb, forfald og den kontaktperson, I har registreret. Send gerne listen som "
                + "Excel i dag.\n\nMed venlig hilsen\nMidtfyn Revisionen");
        ownedBy(m, "midtfyn-revisionen.dk");
        m.description = "look-alike of the real auditor midtfyn-revision.dk asks for open items and contacts of three suppliers";
        m = bad("open-items-reconnaissance");
        headers(m, bus.person(), "trafik@gislev-turistbusser.com", "kreditor@fmk.dk", "Åbne poster - nyt økonomisystem")
            .text("Hej\n\nVi er gået over til et nyt økonomisystem og mangler overblik. Kan I sende en oversigt over de fakturaer "
                + "fra os, som I endnu ikke har betalt, og hvilken konto I har registreret for os? Så sender vi bagefter en "
                + "samlet opgørelse.\n\nTrafikkontoret\nGislev Turistbusser");
        ownedBy(m, "gislev-turistbusser.com");
        m.description = "look-alike of gislev-busser.dk asks which invoices are open and which account is on file";
    }

    /** A discount for paying today, but to another account. */
    private void earlyDiscounts() {
        Past p = past.get(byg.domain());
        M m = bad("early-payment-discount-redirect");
        headers(m, "Ringe Trælast, Debitor", "debitor@ringetraelast.dk", "kreditor@fmk.dk", "3 % kontantrabat på faktura " + p.no())
            .text("Kære kunde\n\nVi tilbyder i september 3 % kontantrabat på åbne fakturaer, der betales inden for 2 dage. For "
                + "faktura " + p.no() + " betyder det, at I kan nøjes med at betale 97 % af " + p.amount().gross() + " kr. Rabatten "
                + "gælder kun ved betaling til vores kampagnekonto " + mule(18) + ".\n\nMed venlig hilsen\nRinge Trælast A/S");
        ownedBy(m, "ringetraelast.dk");
        m.description = "look-alike of ringe-traelast.dk offers a cash discount on its real wave-1 invoice if paid to an NO IBAN";
        p = past.get(maler.domain());
        m = bad("early-payment-discount-redirect");
        headers(m, maler.person(), "bo@horne-maler.net", "kreditor@fmk.dk", "Rabat hvis I betaler i dag")
            .text("Hej\n\nJeg mangler likviditet til materialer til næste opgave. Betaler I faktura " + p.no() + " i dag, giver jeg "
                + "5 % i rabat - men beløbet skal gå til min anden konto " + mule(9) + ", da den gamle er spærret lige nu.\n\n"
                + "Mvh Bo\nHorne Malerforretning");
        ownedBy(m, "horne-maler.net");
        m.description = "look-alike of horne-maler.dk: 5 % discount on its real invoice if paid today to an HU IBAN";
    }

    /**
     * New family: a venue booking "to be secured" by a deposit or a card check the venue never asks for: the castle's name on a
     * look-alike cites the real booking of the volunteers' party and wants 50 % before a deadline to a new account, a "booking
     * portal" asks the elderly-care office to confirm the outing with a card on its page, and the castle's own domain is forged
     * to ask for a catering guarantee to a private account.
     */
    private void venueFrauds() {
        M m = bad("fake-venue-booking-deposit");
        headers(m, "Egeskov Slot, Selskaber og møder", "selskaber@egeskov-slot.com", "kultur@fmk.dk", "Booking " + venueBooking
            + " - depositum skal indbetales")
            .text("Kære Faaborg-Midtfyn Kommune, Kultur og Fritid\n\nVedrørende jeres booking " + venueBooking + " af Laden til "
                + "frivilligfesten den 4. oktober.\n\nPå grund af stor efterspørgsel i efterårssæsonen kræver vi nu et depositum på "
                + "50 % af den forventede pris for alle selskaber over 200 personer: 80.600,00 kr. Beløbet skal stå på " + mule(0)
                + " senest " + written(m, 3) + ", ellers frigives Laden til venteliste.\n\nSlutfakturaen via EAN modregnes "
                + "depositummet.\n\nVenlig hilsen\nSelskaber og møder\nEgeskov Slot")
            .attach("application/pdf", "Depositum_" + venueBooking + ".pdf", Attachments.pdf(docId(m, "egx"), "Opkrævning af "
                + "depositum " + venueBooking, List.of("Egeskov Slot", "Booking " + venueBooking + ", frivilligfest 04.10.2035, "
                    + "260 gæster", "Depositum 50 %: 80.600,00", "Betales senest " + dots(m, 3) + " til " + mule(0))));
        ownedBy(m, "egeskov-slot.com");
        m.description = "look-alike of the castle cites the real booking: a 50 % deposit or the venue is released, LT account";
        m = bad("fake-venue-booking-deposit");
        headers(m, "Egeskov Eventbooking", "bekraeft@egeskov-eventbooking.dk", "aeldre@fmk.dk", "Handling påkrævet: bekræft "
            + "reservationen til seniorudflugten inden 24 timer")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Kære gæst</p><p>Din reservation til "
                + "<b>seniorudflugt, onsdag 15. oktober, 120 personer</b> er endnu ikke garanteret. Vores betalingsudbyder kunne ikke "
                + "verificere jeres betalingskort.</p><p>Bekræft venligst kortet inden 24 timer, ellers annulleres reservationen "
                + "automatisk. Der trækkes kun et midlertidigt beløb på 12.000 kr.</p><p><a href=\"https://egeskov-eventbooking.dk/"
                + "garanti/" + sha256(m.id).substring(0, 22) + "\" style=\"background:#1f5c3d;color:#fff;padding:10px 18px;"
                + "text-decoration:none\">Bekræft reservation</a></p><p style=\"font-size:10px;color:#888\">Egeskov Eventbooking - "
                + "sikker betaling</p></body></html>");
        ownedBy(m, "egeskov-eventbooking.dk");
        m.description = "fake 'booking portal' asks the elderly-care office to 'verify the card' for the real outing, card page";
        m = bad("fake-venue-booking-deposit");
        headers(m, "Egeskov Slot, Køkkenet", "koekken@egeskov-slot.dk", "kultur@fmk.dk", "Frivilligfesten: garanti for råvarer")
            .text("Hej Kultur\n\nVores nye forpagter af køkkenet køber råvarerne selv og skal derfor have en garanti for "
                + "frivilligfesten på 35.000 kr., før han bestiller kød og vin. Beløbet modregnes i slutfakturaen.\n\nIndbetal "
                + "venligst til forpagterens konto " + bank("8990", "0009274415") + " og svar på denne mail, når det er gjort.\n\n"
                + "Venlig hilsen\nKøkkenet, Egeskov Slot");
        forged(m, forgedHost++);
        m.description = "forged From egeskov-slot.dk (p=reject) from a fraudster's host: a catering 'guarantee' to a private "
            + "account before the event";
    }

    /**
     * New family: marine gas oil for the island ferries billed by someone who did not deliver it, or the real supplier's bunker
     * invoice moved: the real supplier's name on a look-alike cites the real August delivery note and wants September's bunker to
     * a new account, an unknown "bunker service" wants a winter price lock prepaid, and an English "marine fuel" firm invoices
     * a delivery at Faaborg that nobody ordered, with a delivery note of its own.
     */
    private void bunkerFrauds() {
        Past p = past.get(olie.domain());
        M m = bad("fake-ferry-bunker-fuel-invoice");
        String no = p.no() + "-B";
        headers(m, olie.person(), "bunker@bojden-skibsolie.com", "havn@fmk.dk", "Faktura " + no + " - bunkring september, ref. "
            + bunkerNote)
            .text("Hej Havnekontoret\n\nHermed faktura for september-bunkringen af M/F Faaborg III efter samme aftale som "
                + "leverancen i august (bunkerkvittering " + bunkerNote + ").\n\nVi har skiftet bank efter en ny aftale med vores "
                + "olieselskab, så betal venligst til " + mule(3) + ". Den gamle konto lukkes med udgangen af måneden.\n\nVenlig "
                + "hilsen\nBunkerafdelingen\n" + olie.name())
            .attach("application/pdf", pdfName(no, 1), pdfInvoice(m, olie.posing("bojden-skibsolie.com", mule(3)), "Faktura", no,
                new Amount(16_905_000, kr(16_905_000), kr(4_226_250), kr(21_131_250)), mule(3), 0,
                List.of("Jf. bunkerkvittering " + bunkerNote, "Ny bankforbindelse")));
        ownedBy(m, "bojden-skibsolie.com");
        m.description = "look-alike of the real marine fuel supplier cites its August delivery note: September's bunker to a new "
            + "EE account";
        m = bad("fake-ferry-bunker-fuel-invoice");
        headers(m, "Faaborg Bunkerservice ApS", "salg@faaborg-bunkerservice.dk", "havn@fmk.dk", "Prisgaranti på MGO til "
            + "øfærgerne - vinteren 2035/36")
            .text("Til Faaborg-Midtfyn Kommune, Havnekontoret\n\nOlieprisen ventes at stige kraftigt i vinter. Vi kan låse prisen for "
                + "40.000 liter MGO til jeres øfærger til 9,85 kr./l leveret i Faaborg Havn fra november til marts.\n\nPrisgarantien "
                + "kræver forudbetaling af 25 % (98.500 kr. inkl. moms) inden fredag til " + mule(17) + ". Herefter leverer vi "
                + "efter jeres afkald.\n\nMed venlig hilsen\nFaaborg Bunkerservice ApS")
            .attach("application/pdf", "Prisgaranti_MGO.pdf", Attachments.pdf(docId(m, "fbs"), "Tilbud og forudbetaling",
                List.of("Faaborg Bunkerservice ApS", "MGO 40.000 l à 9,85 kr., nov. 2035 - mar. 2036", "Forudbetaling 25 %: "
                    + "98.500,00 inkl. moms", "Konto: " + mule(17))));
        ownedBy(m, "faaborg-bunkerservice.dk");
        m.description = "unknown 'bunker service' wants a winter price lock on ferry fuel prepaid, DK mule account";
        m = bad("fake-ferry-bunker-fuel-invoice");
        String bdn = "FMF-" + (60_100 + rnd.nextInt(900));
        headers(m, "Faaborg Marine Fuel - Accounts", "accounts@faaborg-marinefuel.com", "havn@fmk.dk", "Invoice " + bdn
            + " - MGO delivery M/V Faaborg III")
            .text("Dear Sir/Madam,\n\nPlease find attached our invoice and bunker delivery note for 14,500 litres of marine gas oil "
                + "delivered by truck to M/V Faaborg III at Faaborg harbour on " + isoDay(m, -6) + ", ordered by phone by your "
                + "crew.\n\nAmount EUR 15,950.00, payable within 7 days to " + mule(5) + ".\n\nBest regards\nAccounts\nFaaborg "
                + "Marine Fuel")
            .attach("application/pdf", "Invoice_" + bdn + ".pdf", Attachments.pdf(docId(m, "fmf"), "Invoice and BDN " + bdn,
                List.of("Faaborg Marine Fuel", "Vessel: M/V Faaborg III, Faaborg harbour", "MGO 14,500 l, 0.1 % S, truck delivery",
                    "EUR 15,950.00", "Bank: " + mule(5))));
        ownedBy(m, "faaborg-marinefuel.com");
        m.description = "English 'marine fuel' invoice with its own delivery note for a delivery nobody ordered, GB IBAN";
    }

    /**
     * New family: conservation of the town's bronze sculpture billed by someone nobody asked, or the real conservator's quote
     * turned into an advance: the conservator's name on a look-alike cites the real quote and wants half in advance to a new
     * account, an unknown "art restoration" firm bills emergency graffiti removal after vandalism that did not happen, and a
     * "valuation service" demands a fee for a compulsory valuation of the municipal art collection.
     */
    private void conservationFrauds() {
        M m = bad("fake-public-art-conservation-invoice");
        headers(m, konservator.person(), "ida@millinge-konservering.com", "kultur@fmk.dk", "Tilbud " + conservationQuote
            + " - acontobetaling før opstart")
            .text("Kære Kultur og Fritid\n\nTak for accepten af tilbud " + conservationQuote + " på Ymerbrønden. Prisen på "
                + "mikrokrystallinsk voks og patineringskemikalier er steget markant, og min leverandør kræver betaling ved "
                + "bestilling. Jeg må derfor bede om 50 % a conto, 24.125,00 kr. inkl. moms, før jeg kan gå i gang.\n\nJeg har "
                + "fået ny erhvervskonto: " + mule(10) + ".\n\nVenlig hilsen\nIda Rask\nMillinge Konservering")
            .attach("application/pdf", "Aconto_" + conservationQuote + ".pdf", Attachments.pdf(docId(m, "kx"), "Acontofaktura",
                List.of("Millinge Konservering v/ Ida Rask", "Jf. tilbud " + conservationQuote + ", Ymerbrønden", "A conto 50 %: "
                    + "19.300,00 + moms 4.825,00 = 24.125,00", "Konto: " + mule(10))));
        ownedBy(m, "millinge-konservering.com");
        m.description = "look-alike of the real conservator cites its quote (invoiced after the work) and wants 50 % in advance "
            + "to a RO account";
        m = bad("fake-public-art-conservation-invoice");
        String no = "NK-" + (1_800 + rnd.nextInt(300));
        headers(m, "Nordisk Kunstrestaurering", "faktura@faaborg-kunstrestaurering.dk", "kultur@fmk.dk", "Faktura " + no
            + " - akut graffitifjernelse, Faaborg Torv")
            .text("Til Faaborg-Midtfyn Kommune\n\nEfter hærværket natten til lørdag fjernede vi efter henvendelse fra jeres "
                + "vagttelefon graffiti fra bronzeskulpturen og soklen på Faaborg Torv, så patinaen ikke tog skade. Arbejdet skulle "
                + "udføres straks.\n\nFaktura " + no + " på 31.562,50 kr. inkl. moms er vedhæftet. Betaling inden 8 dage til "
                + mule(18) + ".\n\nMed venlig hilsen\nNordisk Kunstrestaurering")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "nkr"), "Faktura " + no,
                List.of("Nordisk Kunstrestaurering", "Kunde: " + KOMMUNE + ", Kultur og Fritid", "Akut graffitifjernelse, "
                    + "skulptur og sokkel, Faaborg Torv", "Udrykning weekend, 11 timer, specialrens", "25.250,00 + moms 6.312,50 "
                    + "= 31.562,50", "Konto: " + mule(18))));
        ownedBy(m, "faaborg-kunstrestaurering.dk");
        m.description = "unknown 'art restoration' firm bills emergency graffiti removal 'ordered by the on-call phone', NO IBAN";
        m = bad("fake-public-art-conservation-invoice");
        headers(m, "Kunstvurdering Danmark", "vurdering@ringe-kunstvurdering.dk", "kultur@fmk.dk", "Lovpligtig vurdering af "
            + "kommunens kunstsamling - frist")
            .text("Til Faaborg-Midtfyn Kommune\n\nEfter de nye regler om forsikring og regnskab for offentligt ejet kunst skal "
                + "kommunens skulpturer og malerier vurderes af en certificeret vurderingsmand hvert femte år. Vi har registreret, "
                + "at jeres samling (bl.a. Ymerbrønden og udsmykningen på Rådhuset i Ringe) ikke er vurderet.\n\nVurderingen koster "
                + "18.750 kr. og skal betales før besigtigelsen til " + mule(12) + " inden 10 dage. Uden vurdering kan "
                + "forsikringen afvise erstatning ved skade.\n\nKunstvurdering Danmark");
        ownedBy(m, "ringe-kunstvurdering.dk");
        m.description = "'compulsory valuation' of the municipal art collection demanded prepaid by an unknown firm, CY IBAN";
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
