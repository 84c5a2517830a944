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
 * The thirty-seventh held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Varde Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, payroll, HR, purchasing, IT, roads and nature,
 * technical, schools, day care, elderly care, culture and museums, tourism, beach and coast, property mailboxes), a West
 * Jutland municipality with North Sea beaches and summer-house areas (Blåvand, Henne, Vejers), a military training area at
 * Oksbøl, nature parks, a museum, district heating in the towns and long rural roads; sixteen listed suppliers from Varde,
 * Oksbøl, Ølgod, Nørre Nebel, Tistrup, Alslev, Outrup, Janderup, Agerbæk, Ansager, Billum, Årre and Blåvand in every DNS
 * posture real Danish firms have (two sending through a Varde web hoster named in their SPF), five invoicing platforms
 * ({@code flatpay.com}, {@code hogia.se}, {@code mamut.com}, {@code invoicebus.com}, {@code cloudfaktura.dk}), a beach-cleaning
 * contractor, summer-house landowners' associations, the defence estate agency, a museum, the tourism partnership, an
 * intermunicipal waste company, local banks, a German maker of beach access mats, a Dutch beach-technology firm, a Swedish
 * sign maker, SaaS, an auditor, an e-signature service, authorities, a creditor list, forwarders (with and without SRS), free
 * mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID
 * Erhverv, fake NemHandel notices, fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads,
 * "corrected" invoices, split payments, phone calls followed by a mail, QR codes, archives, SVG/HTML attachments, macro
 * documents, callback scams, salary-account changes, look-alikes, homoglyphs, image-only invoices, e-invoice XML with a
 * changed account) and three kinds new here: beach cleaning after storms billed by someone nobody contracted, or the real
 * beach contractor's storm clean-up moved to a new account (fake-beach-cleaning-invoice), summer-house landowners'
 * associations' road contributions ("vejbidrag") for the municipality's plots demanded by a fake association, a fake
 * treasurer or to a new private account (fake-road-association-contribution), and compensation for road damage after
 * military exercises at Oksbøl "released" only against a processing fee, or its payout moved to a new account
 * (fake-exercise-damage-compensation-fee). The invoice engine, its tests, tuning notes and earlier results were not read.
 * Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate
 * invoice, credit note, reminder, collection demand for a real debt, intermunicipal, tourism-partnership, platform, e-invoice
 * XML, foreign, SaaS, beach-cleaning, road-contribution or museum invoice) and its computed authentication (DMARC pass, or
 * aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it test-compile surefire:test@default-test -Dtest=HeldOutCorpus37GeneratorTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus37 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout37");
    public static final String OWN = "varde.dk";
    static final String FRAUD_NET = "127.253.";
    private static final String OWN_IP = "127.140.0.1";
    private static final String EAN = "5798007630218";
    private static final String RAADHUS = "Bytoften 2, 6800 Varde";
    /** A Varde web hoster whose outgoing server two listed and one unlisted firm name in their SPF. */
    private static final String HOSTER_IP = "127.143.9.1";
    private static final String GMAIL = "127.149.1.1";
    private static final String MSFT = "127.149.2.1";
    private static final String YAHOO = "127.149.3.1";
    private static final String APPLE = "127.149.5.1";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d. MMMM yyyy", DA);
    private static final DateTimeFormatter DOTS = DateTimeFormatter.ofPattern("dd.MM.yyyy", DA);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M", DA);

    private final Random rnd = new Random(37_0037_6800L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, credit notes, fake inkasso) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;
    /** The beach contractor's framework agreement number (the frauds cite it). */
    private String beachContract;
    /** The Henne Strand landowners' association's member number for the municipality's plots (the frauds cite it). */
    private String memberNo;
    /** The defence estate agency's case number for the road damage after the winter exercise (the frauds cite it). */
    private String damageCase;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2035, 9, 3, 7, 35, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2035, 10, 1, 7, 50, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "9.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier varme = new Supplier("Oksbøl Varmeværk a.m.b.a.", "oksbol-varmevaerk.dk", "Kundeservice", "kunde",
        "127.141.1.1", iban("DK", "76000001437205"), "fjernvarme til Oksbøl Skole, Plejecentret Hybenhaven og Oksbøl Hallen");
    private final Supplier entrep = new Supplier("Ølgod Entreprenørforretning A/S", "olgod-entreprenor.dk", "Jesper Kjær", "jk",
        "127.141.2.1", bank("7930", "0002284615"), "grusning og kantopretning på Tistrupvej og Ansagervej");
    private final Supplier kloak = new Supplier("Nørre Nebel Kloakservice ApS", "nr-nebel-kloakservice.dk", "Rasmus Bonde", "rasmus",
        HOSTER_IP, bank("7930", "0002319087"), "TV-inspektion og spuling af dræn ved Lunde-Kvong Skole");
    private final Supplier toemrer = new Supplier("Tistrup Tømrer & Snedker ApS", "tistrup-tomrersnedker.dk", "Morten Lund", "ml",
        "127.141.4.1", bank("9280", "0004417720"), "nye vinduer i gymnastiksalen og reparation af halvtag, Tistrup Skole");
    private final Supplier maler = new Supplier("Alslev Malerforretning v/ Peter Dam", "alslev-malerforretning.dk", "Peter Dam",
        "peter", "127.141.5.1", bank("9280", "0004502263"), "maling af fællesarealer og døre, Plejecentret Engely i Alslev");
    private final Supplier rengoer = new Supplier("Vestkystens Rengøring ApS", "vestkystens-rengoering.dk", "Debitorafdelingen",
        "debitor", "127.141.6.1", iban("DK", "30000012338905"), "daglig rengøring af Rådhuset, Varde Bibliotek og Jobcenter Varde");
    private final Supplier avis = new Supplier("Ugeavisen Varde", "ugeavisen-varde.dk", "Annonceafdelingen", "annonce",
        "127.141.7.1", iban("DK", "20000008142296"), "annoncer: forslag til lokalplan for sommerhusområdet ved Henne Strand og tre stillingsopslag");
    private final Supplier vognmand = new Supplier("Outrup Vognmandsforretning ApS", "outrup-vognmand.dk", "Søren Thøgersen",
        "soren", "127.141.8.1", bank("7930", "0002406631"), "kørsel med skærver og bortkørsel af tang fra Vejers Strand");
    private final Supplier el = new Supplier("Janderup El-Teknik ApS", "janderup-elteknik.dk", "Claus Bjerg", "claus", HOSTER_IP,
        bank("9280", "0004588104"), "udskiftning af gadelys til LED på Janderupvej og Billumvej");
    private final Supplier vvs = new Supplier("Agerbæk VVS & Blik ApS", "agerbaek-vvs-blik.dk", "Kontoret", "kontor", "127.141.10.1",
        bank("7930", "0002471958"), "service på varmepumper og nye toiletter i Agerbæk Hallen");
    private final Supplier mad = new Supplier("Varde Madservice A/S", "varde-madservice.dk", "Varde Madservice, Debitor",
        "debitor", "127.141.11.1", iban("DK", "76000001502647"), "mad til hjemmeboende ældre og Plejecentret Hybenhaven");
    private final Supplier byg = new Supplier("Ansager Trælast A/S", "ansager-traelast.dk", "Proffen", "proff", "127.141.12.1",
        iban("DK", "30000012560318"), "trælast og byggematerialer til Ejendomsservice efter rammeaftale");
    private final Supplier it = new Supplier("Vestkyst IT-Center ApS", "vestkyst-itcenter.dk", "Vestkyst IT-Center, Fakturering",
        "faktura", "127.141.13.1", bank("9280", "0004630759"), "iPads til indskolingen og drift af skolernes netværk i Varde by");
    private final Supplier bus = new Supplier("Billum Busser ApS", "billum-busser.dk", "Kørselskontoret", "koersel",
        "127.141.14.1", bank("7930", "0002520176"), "skolebuskørsel på landruterne og kørsel til svømning i Varde");
    private final Supplier kontor = new Supplier("Årre Kontorforsyning ApS", "aarre-kontorforsyning.dk", "Ordrekontoret", "ordre",
        "127.141.15.1", iban("DK", "20000008219374"), "kopipapir, toner og kuverter til Rådhuset og Borgerservice");
    private final Supplier strand = new Supplier("Blåvand Strandservice I/S", "blaavand-strandservice.dk", "Hans Ebbesen", "hans",
        "127.141.16.1", bank("9280", "0004697312"), "strandrensning og tømning af affaldsstativer, Blåvand, Vejers og Henne Strand");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Oksbøl Smede- og Maskinværksted", "oksbol-smedemaskin.dk", "Niels Gram", "niels",
        "127.142.3.1", bank("7930", "0002588440"), "nye trapper af galvaniseret stål ved klitovergangen i Vejers");
    private final Supplier lyd = new Supplier("Henne Lyd & Event v/ Anders Holt", "henne-lydevent.dk", "Anders Holt", "anders",
        "127.142.1.1", bank("9280", "0004721905"), "lyd og scene til Drageflyvningsfestivalen på Blåvand Strand");
    private final Supplier skadedyr = new Supplier("Vestjysk Skadedyrsservice Varde", "varde-skadedyrsservice.dk", "Lene Brix",
        "lene", "127.142.2.1", bank("7930", "0002613357"), "rottebekæmpelse ved genbrugspladsen og havnen i Varde Å");
    private final Supplier natur = new Supplier("Filsø Naturpleje v/ Ida Kragh", "filsoe-naturpleje.dk", "Ida Kragh", "ida",
        "127.142.4.1", bank("9280", "0004756618"), "rydning af rynket rose og hegn til kvæg i klitterne ved Henne");
    private final Supplier guide = new Supplier("Naturvejleder Mette Bach", "gmail.com", "Mette Bach", "mette.bach.naturvejleder",
        GMAIL, bank("7930", "0002649021"), "naturvejledning ved Filsø og i Kærgård Klitplantage, to hold fra 4. årgang");
    private final Supplier tolk = new Supplier("Arabisk tolk v/ Rana Haddad", "outlook.com", "Rana Haddad", "rana.haddad.tolk",
        MSFT, bank("9280", "0004783344"), "tolkning arabisk-dansk, Familieafdelingen, 6 x 1 time");
    private final Supplier musik = new Supplier("Spillemandsduoen v/ Knud Vestergaard", "icloud.com", "Knud Vestergaard",
        "knud.vestergaard.spillemand", APPLE, bank("7930", "0002672895"), "høstmusik på Plejecentret Engely og Hybenhaven");
    private final Supplier pudser = new Supplier("Varde Vinduespudsning v/ Kenneth Friis", "hotmail.com", "Kenneth Friis",
        "kenneth.friis.vinduer", MSFT, bank("9280", "0004810276"), "vinduespudsning, Ølgod Bibliotek og Børnehuset Regnbuen");
    private final Supplier motion = new Supplier("Vandgymnastik v/ Birthe Holm", "yahoo.com", "Birthe Holm", "birthe.holm.vandgym",
        YAHOO, bank("7930", "0002703158"), "vandgymnastik for seniorer i Varde Svømmehal, 10 gange");
    // foreign suppliers
    private final Supplier svensk = new Supplier("Göteborgs Skyltverkstad AB", "goteborgs-skyltverkstad.se", "Ekonomi", "ekonomi",
        "127.148.1.1", iban("SE", "45500000053480122973"), "informationsskyltar i ek för naturparken, etapp 1");
    private final Supplier tysk = new Supplier("Husumer Küstentechnik GmbH", "husumer-kuestentechnik.de", "Buchhaltung",
        "buchhaltung", "127.148.2.1", iban("DE", "892175000000061733"), "Strandzugangsmatten für Rollstühle, Blåvand und Henne Strand");
    private final Supplier hollandsk = new Supplier("Strandtechniek Noord B.V.", "strandtechniek-noord.nl", "Accounts Receivable",
        "accounts", "127.148.3.1", iban("NL", "ABNA0417298355"), "rake tines and a conveyor belt for the beach-cleaning machine");

    private final List<Supplier> listed = List.of(varme, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs, mad,
        byg, it, bus, kontor, strand);

    /** Fraudsters' own domains, each carrying a Varde-area place name; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"oksbol-varmevaerk.com", "olgodentreprenor.dk", "ansager-traelast.net",
        "janderup-el-teknik.dk", "vestkystens-rengoring-varde.dk", "agerbaek-vvs.dk", idn("ansager-tr\u0430elast.dk"),
        idn("varde-k\u043emmune.dk"), "flatpay-varde.com", "hogia-olgod.se", "nr-nebel-kloakservice.net",
        "varde-madservice.net", "tistrup-tomrer-snedker.dk", "billum-bus.dk", "billum-busser.net", "alslevmaler.dk",
        "filsoenaturpleje-henne.com", "varde-inkasso.com", "mitid-erhverv-varde.com", "digitalpost-oksbol.com",
        "varde-domaeneservice.com", "blaavand-firmaregister.org", "outrup-ordrecenter.com", "blavand-parkering.com",
        "tistrup-betalingsservice.net", "oksbol-freight.com", "alslev-maleren.com", "outrup-vognmand.net",
        "varde-vestkystens-rengoering.net", "agerbaek-vvs-blik.net", "aarre-kontorforsyning.com", "vestkyst-itcenter-varde.net",
        "varde-bilagsportal.com", "olgod-dokumentarkiv.net", "olgod-entreprenor.net", "vestkystitcenter-varde.dk", "adobesign-varde.com",
        "henne-signering.net", "varde-madservice.dk.betaling-varde.com", "agerbaek-vvs-blik.com", "outrup-vognmand.com",
        "nemhandel-varde.net", "blaavand-strandservice.net", "henne-strandrens.dk", "blaavand-oilspill-response.com",
        "henne-strand-grundejerforening.dk", "henne-klit-vejlaug.dk", "grundejer-hennestrand.com", "oksbol-skadesafregning.dk",
        "fes-oksbol.com", "janderup-claims.com", "ansagertraelast.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("oksbol-varmevaerk.dk", List.of(varme.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("olgod-entreprenor.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("nr-nebel-kloakservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("tistrup-tomrersnedker.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("alslev-malerforretning.dk", null, null, null, null); // nothing published
        domain("vestkystens-rengoering.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("ugeavisen-varde.dk", List.of(avis.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("outrup-vognmand.dk", List.of("127.141.98.4"), "~all", null, "none"); // SPF names only the weighbridge system
        domain("janderup-elteknik.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("agerbaek-vvs-blik.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("varde-madservice.dk", List.of(mad.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ansager-traelast.dk", List.of(byg.ip(), "127.141.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vestkyst-itcenter.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("billum-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("aarre-kontorforsyning.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.RSA_SHA256, "none");
        domain("blaavand-strandservice.dk", List.of(strand.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("oksbol-smedemaskin.dk", List.of(smed.ip()), "-all", null, null); // SPF only, no DMARC
        domain("henne-lydevent.dk", List.of(lyd.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("varde-skadedyrsservice.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("filsoe-naturpleje.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("varde-laaseservice.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("goteborgs-skyltverkstad.se", List.of(svensk.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("husumer-kuestentechnik.de", List.of(tysk.ip()), "-all", null, null); // SPF only
        domain("strandtechniek-noord.nl", List.of(hollandsk.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // museum, landowners' associations, tourism, waste, lawyer, auditor, school, shops, authorities
        domain("vestkystmuseerne.dk", List.of("127.143.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hennestrand-grundejer.dk", List.of("127.143.3.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("destination-vesterhavet.dk", List.of("127.143.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("vestkyst-affald.dk", List.of("127.143.12.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("varde-advokatfirma.dk", List.of("127.143.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("varde-revision.dk", List.of("127.143.6.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("olgod-efterskole.dk", List.of("127.143.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestjysk-skoleinventar.dk", List.of("127.143.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("oksbol-isenkram.dk", List.of("127.143.10.1"), "-all", null, "none");
        domain("varde-boghandel.dk", List.of("127.143.11.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("fes.dk", List.of("127.143.15.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nst.dk", List.of("127.143.16.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("flatpay.com", List.of("127.144.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hogia.se", List.of("127.144.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mamut.com", List.of("127.144.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("invoicebus.com", List.of("127.144.4.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("cloudfaktura.dk", List.of("127.144.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        // banks, list, ESP, newsletters, forwarders
        domain("olgod-sparekasse.dk", List.of("127.145.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("tistrup-andelskasse.dk", List.of("127.145.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("kreditorkreds-vest.dk", List.of("127.145.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("campaignmonitor.com", List.of("127.145.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("vestjyske-bogholdere.dk", List.of("127.145.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("vestkommune-indkoeb.dk", List.of("127.145.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("svindelvarsel-nyt.dk", List.of("127.145.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.varde-net.dk", List.of("127.145.11.1"), "-all", null, null);
        domain("relay.olgod-fiber.dk", List.of("127.145.12.1"), "-all", null, null);
        // free mail, SaaS, e-signature
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of(YAHOO), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("cbrain.com", List.of("127.146.21.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ipaper.com", List.of("127.146.22.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("gatewayapi.com", List.of("127.146.23.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("adobesign.com", List.of("127.146.24.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"none", "reject", null, "quarantine", "reject", "none", null, "quarantine", "none", null, "reject"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 7 == 3 ? null : i % 5 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "80." + (i + 1)), i % 6 == 4 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 74_000 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no37:" + s.domain()).hashCode(), 8)) {
            case 0:
                return "2035-" + String.format("%04d", 200 + rnd.nextInt(8_000));
            case 1:
                return "F" + (61_000 + rnd.nextInt(9_000));
            case 2:
                return "35" + String.format("%05d", 100 + rnd.nextInt(9_000));
            case 3:
                return String.valueOf(402_000 + rnd.nextInt(50_000));
            case 4:
                return "FAK-" + String.format("%04d", 300 + rnd.nextInt(6_000));
            case 5:
                return (20 + rnd.nextInt(600)) + "/35";
            case 6:
                return "VD" + (9_100 + rnd.nextInt(800));
            default:
                return String.valueOf(3_400 + rnd.nextInt(2_500));
        }
    }

    private static final String[] TO = {"kreditor@varde.dk", "efaktura@varde.dk", "kreditor@varde.dk", "oekonomi@varde.dk",
        "vejognatur@varde.dk", "skole@varde.dk", "aeldre@varde.dk", "kultur@varde.dk", "ejendomsservice@varde.dk",
        "indkoeb@varde.dk", "kreditor@varde.dk", "dagtilbud@varde.dk", "efaktura@varde.dk", "kyst@varde.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf37:" + tag + ":" + m.id).substring(2, 14), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(37_000_000 + Math.floorMod(sha256("cvr37:" + domain).hashCode(), 8_800_000));
    }

    /** The supplier's FI creditor number, as its bank assigned it. */
    private static String creditorNo(String domain) {
        return String.valueOf(82_000_000 + Math.floorMod(sha256("fi37:" + domain).hashCode(), 9_800_000));
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
            case "oksbol-varmevaerk.dk" -> "Kirkegade 21, 6840 Oksbøl";
            case "olgod-entreprenor.dk" -> "Industrivej 11, 6870 Ølgod";
            case "nr-nebel-kloakservice.dk" -> "Ringkøbingvej 48, 6830 Nørre Nebel";
            case "tistrup-tomrersnedker.dk" -> "Hovedgaden 7, 6862 Tistrup";
            case "alslev-malerforretning.dk" -> "Alslev Kirkevej 3, 6800 Varde";
            case "vestkystens-rengoering.dk" -> "Lerpøtvej 40, 6800 Varde";
            case "ugeavisen-varde.dk" -> "Storegade 12, 6800 Varde";
            case "outrup-vognmand.dk" -> "Nørremarksvej 5, 6855 Outrup";
            case "janderup-elteknik.dk" -> "Tarphagevej 2, 6818 Årre";
            case "agerbaek-vvs-blik.dk" -> "Vestergade 19, 6753 Agerbæk";
            case "varde-madservice.dk" -> "Ndr. Boulevard 97, 6800 Varde";
            case "ansager-traelast.dk" -> "Søndergade 30, 7260 Sønder Omme";
            case "vestkyst-itcenter.dk" -> "Frisvadvej 35, 6800 Varde";
            case "billum-busser.dk" -> "Billumvej 62, 6852 Billum";
            case "aarre-kontorforsyning.dk" -> "Årre Bygade 4, 6818 Årre";
            case "blaavand-strandservice.dk" -> "Kirkebakken 9, 6857 Blåvand";
            case "oksbol-smedemaskin.dk" -> "Baunshøj 14, 6840 Oksbøl";
            case "henne-lydevent.dk" -> "Hennebysvej 28, 6854 Henne";
            case "varde-skadedyrsservice.dk" -> "Kærvej 6, 6800 Varde";
            case "filsoe-naturpleje.dk" -> "Filsøvej 77, 6854 Henne";
            case "varde-laaseservice.dk" -> "Vestervold 10, 6800 Varde";
            default -> "";
        };
    }

    /**
     * Four layouts written for this corpus: a plain invoice with item number, text, quantity, unit price and amount and a
     * payment line; a work sheet listing days with crew and machine hours and the supplier's FI line (card 71); a
     * collective invoice listing orders by requisition with the FI line (card 75); a quarterly statement with agreement,
     * subscription, usage and previous balance with the FI line (card 71). A {@code null} account prints no bank account.
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
                l.add(s.name() + (addr.isEmpty() ? "" : " - " + addr));
                l.add("CVR-nr. " + cvr(s.domain()) + "   Fakturadato " + dots(m, 0) + "   Betalingsfrist " + dots(m, 20));
                l.add("Kunde: Varde Kommune, " + RAADHUS + ", EAN " + EAN);
                l.add("Varenr.  Tekst                                               Antal   Á-pris       I alt");
                l.add("100      " + s.what() + "   1,00   " + a.net() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   25 % moms " + a.vat() + "   At betale DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Indbetales på " + account + " med fakturanr. " + no + " som tekst");
                }
            }
            case 1 -> {
                head = "Arbejdsseddel og faktura " + no;
                l.add(s.name() + " / CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : " / " + addr));
                l.add("Bestiller: Varde Kommune (EAN " + EAN + ") - " + s.what());
                long machine = a.ore() * 40 / 100 / 68_000;
                long crew = a.ore() * 30 / 100 / 52_000;
                long rest = a.ore() - machine * 68_000 - crew * 52_000;
                l.add("Uge " + sentPlus(m, -12, SHORT) + "-" + sentPlus(m, -3, SHORT) + ": mandetimer " + crew + " x 520,00 = "
                    + kr(crew * 52_000) + ", maskintimer " + machine + " x 680,00 = " + kr(machine * 68_000));
                l.add("Materialer og kørsel: " + kr(rest));
                l.add("Beløb uden moms " + a.net() + ", moms " + a.vat() + ", total " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Forfald " + written(m, 15) + (account == null ? "" : " - " + account));
                if (own) {
                    l.add("Girokort: " + fik(71, no, creditorNo(s.domain()), true));
                }
            }
            case 2 -> {
                head = "Samlefaktura " + no + " - " + s.name();
                l.add("CVR " + cvr(s.domain()) + (addr.isEmpty() ? "" : ", " + addr));
                l.add("Kundenr. 4" + Math.floorMod(s.domain().hashCode(), 90_000) + " Varde Kommune, EAN " + EAN);
                long one = a.ore() * 2 / 5;
                long two = a.ore() / 3;
                int base = 7_000 + Math.floorMod(no.hashCode(), 2_000);
                l.add("Rekvisition VK-" + base + " (" + sentPlus(m, -18, SHORT) + "): " + kr(one));
                l.add("Rekvisition VK-" + (base + 37) + " (" + sentPlus(m, -9, SHORT) + "): " + kr(two));
                l.add("Rekvisition VK-" + (base + 81) + " (" + sentPlus(m, -2, SHORT) + "): " + kr(a.ore() - one - two));
                l.add("I alt ekskl. moms " + a.net() + " + moms " + a.vat() + " = DKK " + a.gross());
                l.addAll(more);
                if (account != null) {
                    l.add("Bank: " + account + " - betalingsbetingelse løbende måned + 30 dage");
                }
                if (own) {
                    l.add("FI " + fik(75, no, creditorNo(s.domain()), true));
                }
            }
            default -> {
                head = title + " " + no;
                l.add(s.name() + (addr.isEmpty() ? "" : ", " + addr) + " - aftalenr. " + (40_000 + Math.floorMod(s.domain().hashCode(), 50_000)));
                l.add("Varde Kommune, " + RAADHUS + " - " + s.what());
                l.add("Kvartal/periode " + dots(m, -30) + " - " + dots(m, -1));
                long fixed = a.ore() * 30 / 100;
                l.add("Abonnement " + kr(fixed) + "   Forbrug og ydelser " + kr(a.ore() - fixed) + "   Saldo fra sidst 0,00");
                l.add("Netto " + a.net() + "   moms " + a.vat() + "   i alt DKK " + a.gross());
                l.addAll(more);
                l.add("Betales senest " + dots(m, 14) + (account == null ? "" : " til " + account));
                if (own) {
                    l.add(fik(71, no, creditorNo(s.domain()), true));
                }
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura_" + n + ".pdf", "faktura " + n + ".pdf", "Varde Kommune - faktura " + n + ".pdf",
            "INV" + n + ".pdf", n + ".pdf", "Faktura-" + n + ".pdf", "Fakt_" + n + ".pdf", "Regning " + n + ".pdf",
            "varde_kommune_" + n + ".pdf", "Bilag " + n + ".pdf", "faktura_nr_" + n + ".pdf", "Print " + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej Varde Kommune", "Til bogholderiet", "Goddag", "Hej", "Att.: Kreditor",
        "Kære kunde", "Hej igen", "Til Varde Kommune", "Hejsa", "Hej økonomi", "Kære Varde Kommune"};

    private String phone() {
        return "75 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89));
    }

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig37:" + s.domain() + s.box()).hashCode(), 6)) {
            case 0:
                return "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + (street(s).isEmpty() ? "" : "\n" + street(s));
            case 1:
                return "\n\nVh " + firstName(s) + "\n" + s.name() + "\nTlf. " + phone();
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + ", " + s.name() + (freeMail(s) ? "" : "\nCVR-nr. " + cvr(s.domain()));
            case 3:
                return "\n\n/" + firstName(s) + (freeMail(s) ? "\n\nSendt fra min iPhone" : "\n" + s.name());
            case 4:
                return "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\n" + (freeMail(s) ? "mobil " + phone() : "www." + s.domain());
            default:
                return "\n\nBedste hilsner\n" + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 6_400_000 : 480_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " - Varde Kommune", s.name() + " - faktura " + no,
            "Ny faktura fra " + s.name(), "Faktura " + no + " / EAN " + EAN, "Regning nr. " + no, "Fremsendelse af faktura nr. " + no,
            "Faktura " + no + " vedr. " + s.what(), "Faktura " + no + " - betalingsfrist " + dots(m, 20), "Varde Kommune / " + no,
            "Faktura vedhæftet"};
        String text = switch (Math.floorMod(v, 10)) {
            case 0 -> "Hermed faktura " + no + " for " + s.what() + ".";
            case 1 -> "Vedlagt vores faktura nr. " + no + " på " + a.gross() + " kr. inkl. moms. Betalingsfristen er " + written(m, 20)
                + ".";
            case 2 -> "Arbejdet er udført og gennemgået med jeres tilsynsførende. Fakturaen er også sendt elektronisk til EAN " + EAN
                + ".";
            case 3 -> "Tak for samarbejdet. Fakturaen er vedhæftet som PDF - giv lyd, hvis der er spørgsmål til den.";
            case 4 -> "Her er fakturaen for perioden. Husk venligst fakturanummeret " + no + " ved betalingen.";
            case 5 -> "Faktura: " + no + "\nBeløb inkl. moms: " + a.gross() + " kr.\nBetalingsfrist: " + dots(m, 20) + "\nEAN: " + EAN;
            case 6 -> "Undskyld forsinkelsen - vi har haft travlt med at lukke sommersæsonen ved kysten, og faktureringen er "
                + "kommet lidt bagud.";
            case 7 -> "Fakturaen er vedhæftet. Rigtig god weekend.";
            case 8 -> "Som aftalt sender vi hermed fakturaen for det udførte. Eventuelle spørgsmål kan rettes til " + s.person() + ".";
            default -> "Vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 4 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt\">"
                + "<p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, layout(s, v), more));
        return no;
    }

    /** Utilities and period services bill by period; contractors by work sheet; merchants collect requisitions. */
    private static final Set<String> PERIODIC = Set.of("oksbol-varmevaerk.dk", "varde-madservice.dk", "vestkystens-rengoering.dk",
        "ugeavisen-varde.dk", "billum-busser.dk");
    private static final Set<String> MACHINES = Set.of("olgod-entreprenor.dk", "blaavand-strandservice.dk", "outrup-vognmand.dk",
        "nr-nebel-kloakservice.dk");
    private static final Set<String> TRADE = Set.of("ansager-traelast.dk", "aarre-kontorforsyning.dk", "vestkyst-itcenter.dk");

    private static int layout(Supplier s, int v) {
        if (PERIODIC.contains(s.domain())) {
            return 3;
        }
        if (MACHINES.contains(s.domain())) {
            return 1;
        }
        if (TRADE.contains(s.domain())) {
            return v % 3 == 0 ? 0 : 2;
        }
        return v % 2 == 0 ? 0 : 1;
    }

    private static final Ubl.Buyer BUYER = new Ubl.Buyer("Varde Kommune", "Bytoften 2", "Varde", "6800", EAN);

    /** An OIOUBL 2.02 (or, peppol, Peppol BIS 3.0) invoice to us with an order reference ({@link Ubl#ordered}). */
    private String ubl(String no, Supplier s, String account, Amount a, String issue, String due, boolean peppol, String orderRef,
                       String note) {
        return Ubl.ordered(no, s, cvr(s.domain()), street(s), account, a.ore(), issue, due, peppol, orderRef, note, BUYER,
            "Netto 21 dage");
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legitimate() {
        beachContract = "RA-STR-2034-" + (11 + rnd.nextInt(40));
        memberNo = "M-" + (140 + rnd.nextInt(60));
        damageCase = "FES-" + (2035_0400 + rnd.nextInt(900));
        int v = 0;
        for (Supplier s : listed) {
            M m = ok("supplier-invoice", true);
            m.wave = 1;
            String no = invoice(m, s, s.account(), v++, s == strand ? List.of("Rammeaftale " + beachContract + ": strandrensning "
                + "august 2035") : List.of(), "");
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, last, messageId(m, s.domain()), lastSubject));
            m.description = "history: " + s.domain() + " invoice to its usual account, from its own or its hoster's server";
        }
        M first = ok("small-supplier-invoice", true);
        first.wave = 1;
        String smedNo = invoice(first, smed, smed.account(), 5, List.of("Bestilt af Kyst og Natur"), "");
        genuine(first, smed.ip());
        past.put(smed.domain(), new Past(smedNo, last, messageId(first, smed.domain()), lastSubject));
        first.description = "history: unlisted smithy (SPF only, no DMARC) invoices steel stairs at a dune crossing, aligned SPF pass";
        List<Supplier> again = List.of(it, byg, vvs, entrep, rengoer, kloak, avis, el, maler, kontor, vognmand, varme, bus,
            byg, strand, kontor);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 5) {
                case 0 -> List.of("Rekvisition VK-" + (61_200 + k * 173));
                case 1 -> List.of("Bestilt af " + to().replace("@varde.dk", "") + ", Varde Kommune");
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Ny indskoling, Tistrup Skole" : "Driftsaftale 2035-2037"));
                case 3 -> List.of("Jeres sagsnr. 35/" + (2_100 + k * 41));
                default -> List.of();
            };
            String note = k % 6 == 1 ? "\n\nKvitterede følgesedler er vedhæftet." : k % 7 == 4
                ? "\n\nBilleder fra opgaven ligger i mailen." : k % 8 == 6 ? "\n\nTimeregistreringen er vedlagt som CSV." : "";
            invoice(m, s, s.account(), k * 3 + 4, ref, note);
            if (k % 6 == 1) {
                m.mime.attach("application/pdf", "foelgesedler_" + (k + 12) + ".pdf", Attachments.pdf(docId(m, "fs"), "Følgesedler",
                    List.of(s.what(), "Leveret: " + (k % 2 == 0 ? "Rådhuset, Varde" : "Materielgården, Oksbøl"),
                        "Kvitteret ved modtagelsen", "Antal kolli: " + (1 + k % 5))));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_" + (7_300 + k * 17) + ".jpg", Attachments.image(docId(m, "foto"), "jpg"));
            } else if (k % 8 == 6) {
                m.mime.attach("text/csv", "timeregistrering.csv", ("dato;initialer;timer;note\r\n" + isoDay(m, -8) + ";JK;7,0;\r\n"
                    + isoDay(m, -7) + ";JK;3,5;oprydning\r\n" + isoDay(m, -4) + ";PB;6,5;\r\n").getBytes(StandardCharsets.UTF_8));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice to its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(varme, rengoer, mad)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: september 2035"), "\n\nFakturaen dækker september.");
            genuine(m, s.ip());
            m.description = s.domain() + " periodic invoice for September, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        beachService();
        roadAssociations();
        defenceEstate();
        museum();
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
        Object[][] c = {{byg, "Kreditnota - faktura ", "Fire bundter lægter og en palle fliser blev sendt retur fra Ejendomsservice "
            + "uden at være brugt."},
            {kontor, "Kreditering af faktura ", "Tre kasser kuverter var med forkert rude og er afhentet igen."},
            {rengoer, "Kreditnota til faktura ", "Varde Bibliotek var lukket en uge i august på grund af ny gulvbelægning, og "
                + "rengøringen er fratrukket."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KN-" + (5_100 + rnd.nextInt(800));
            Amount a = amount(150_000).credit();
            headers(m, s.person(), addr(s), "kreditor@varde.dk", x[1] + p.no())
                .text(GREETING[i + 3] + "\n\n" + x[2] + " Vi har derfor udstedt kreditnota " + no + " på " + a.gross() + " kr., "
                    + "som I kan modregne i næste betaling." + signature(s))
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
            headers(m, s.person(), addr(s), "kreditor@varde.dk", "Kontoudtog pr. " + dots(m, -1))
                .text("Hej\n\nTil jeres afstemning: der er ingen åbne poster på Varde Kommune hos os. Faktura " + p.no()
                    + " er registreret som betalt." + signature(s))
                .attach("application/pdf", "kontoudtog_varde_kommune.pdf", Attachments.pdf(docId(m, "saldo"), "Kontoudtog",
                    List.of("Kunde: Varde Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt",
                        "Saldo: 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open"
                + (s == vognmand ? " (SPF names only its weighbridge: softfail, p=none)" : "");
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, entrep.person(), addr(entrep), "kreditor@varde.dk", "Betaling modtaget")
            .text("Hej\n\nTak - betalingen for faktura " + past.get(entrep.domain()).no() + " er gået ind i dag.\n\nJesper\n"
                + entrep.name());
        genuine(m, entrep.ip());
        m.description = "olgod-entreprenor.dk thanks for payment, DMARC pass";
    }

    private void reminders() {
        Object[][] r = {{avis, "Betalingspåmindelse", "Vi har endnu ikke registreret betaling af fakturaen herunder. Er den "
            + "betalt for nylig, kan I se bort fra påmindelsen."},
            {maler, "Er fakturaen kommet frem?", "Hej. Jeg mangler stadig betaling for malerarbejdet på Engely. Har I fået "
                + "fakturaen? Hilsen Peter"},
            {kloak, "Rykker 1", "Fakturaen forfaldt for 9 dage siden. Der er ikke lagt gebyr på."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@varde.dk", x[1] + " - faktura " + p.no())
                .text(GREETING[(i + 5) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + ", " + p.amount().gross()
                    + " kr., kan betales til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker_" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Påmindelse", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Oprindelig faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "VA-" + (4_100 + rnd.nextInt(800));
        String klient = bank("7930", "0002810447");
        headers(m, "Varde Advokatfirma, inkassoafdelingen", "inkasso@varde-advokatfirma.dk", "kreditor@varde.dk",
            "Inkassosag " + sag + " - Filsø Naturpleje v/ Ida Kragh")
            .text("Varde Kommune\nKreditorafdelingen\n\nVi er af Filsø Naturpleje v/ Ida Kragh bedt om at inddrive faktura nr. "
                + "118 af 14. juni 2035 på 12.500,00 kr. for afgræsning og hegn ved Henne. Der er sendt påmindelse og rykker "
                + "uden reaktion.\n\nHar I betalt, eller er kravet bestridt, beder vi jer skrive til os med sagsnummeret. "
                + "Ellers bedes beløbet med inkassogebyr 100,00 kr. indbetalt på vores klientkonto " + klient + " inden 10 "
                + "dage.\n\nMed venlig hilsen\nVarde Advokatfirma")
            .attach("application/pdf", "Inkassoskrivelse " + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassoskrivelse " + sag,
                List.of("Kreditor: Filsø Naturpleje v/ Ida Kragh", "Faktura 118 af 14.06.2035: 12.500,00",
                    "Inkassogebyr: 100,00", "Klientkonto: " + klient)));
        genuine(m, "127.143.5.1");
        m.description = "a real law firm's collection letter for an unlisted nature-care firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "VKA-" + (3_300 + rnd.nextInt(500));
        String konto = iban("DK", "30000013562810");
        headers(m, "Vestkystens Affaldsselskab I/S, Økonomi", "oekonomi@vestkyst-affald.dk", "kreditor@varde.dk", "Faktura " + no
            + " - ejerbidrag 4. kvartal 2035")
            .text("Til Varde Kommune\n\nHermed faktura for kommunens ejerbidrag til genbrugspladserne og sommerhusrenovationen i "
                + "4. kvartal 2035, fordelt efter indbyggertal og antal sommerhuse som vedtaget af bestyrelsen. Fakturaen er også "
                + "sendt til EAN " + EAN + ".\n\nBetaling til " + konto + ".\n\nVenlig hilsen\nVestkystens Affaldsselskab I/S")
            .attach("application/pdf", "Faktura " + no + ".pdf", Attachments.pdf(docId(m, "vka"), "Faktura " + no,
                List.of("Vestkystens Affaldsselskab I/S", "Varde Kommune, EAN " + EAN, "Ejerbidrag 4. kvt. 2035, andel 31,4 %",
                    "DKK 2.118.900,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.143.12.1");
        m.description = "the intermunicipal waste company's quarterly owner contribution, its own account, DMARC pass";
        m = ok("tourism-partnership-invoice", true);
        no = "DV-" + (880 + rnd.nextInt(100));
        String konto2 = bank("9280", "0004864031");
        headers(m, "Destination Vesterhavet, Administration", "admin@destination-vesterhavet.dk", "turisme@varde.dk",
            "Faktura " + no + " - kommunalt bidrag 2. halvår 2035")
            .text("Kære Varde Kommune, Turisme\n\nHermed faktura for kommunens bidrag til Destination Vesterhavet for 2. halvår "
                + "2035 efter partnerskabsaftalen (turistinformation i Blåvand og Henne, kampagner på det tyske marked). Den er "
                + "også sendt via NemHandel.\n\nVenlig hilsen\nAdministrationen\nDestination Vesterhavet")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "dv"), "Faktura " + no,
                List.of("Destination Vesterhavet", "Varde Kommune, Turisme, EAN " + EAN, "Bidrag 2. halvår 2035 efter partnerskabsaftale",
                    "DKK 1.240.000,00 + moms 310.000,00", "Konto: " + konto2)));
        genuine(m, "127.143.1.1");
        m.description = "the tourism partnership invoices the municipality's half-year contribution, DMARC pass";
    }

    /**
     * Genuine counterpart to the beach-cleaning fraud: the contracted beach contractor's agreement letter (history: storm
     * clean-ups only on the beach coordinator's order, with a log), its invoice for the storm clean-up with the log, and its
     * readiness letter for the autumn storms.
     */
    private void beachService() {
        M m = ok("supplier-letter", false);
        m.wave = 1;
        headers(m, strand.person(), addr(strand), "kyst@varde.dk", "Rammeaftale " + beachContract + " - efterårssæsonen")
            .text("Hej Kyst og Natur\n\nEfter sommeren skifter vi efter rammeaftale " + beachContract + " til efterårsrytmen: "
                + "tømning af stativer to gange om ugen og maskinrensning efter behov. Oprydning efter storm udfører vi kun efter "
                + "ordre fra jeres strandkoordinator, og vi vedlægger altid loggen fra maskinen med GPS-spor.\n\nAlt faktureres "
                + "månedsvis bagud via EAN - der skal aldrig betales forud.\n\nHans Ebbesen\n" + strand.name());
        genuine(m, strand.ip());
        m.description = "history: the beach contractor's season letter: storm clean-up only on the coordinator's order, billed "
            + "monthly in arrears";
        m = ok("beach-cleaning-invoice", true);
        String no = invoiceNo(strand);
        Amount a = new Amount(7_368_000, kr(7_368_000), kr(1_842_000), kr(9_210_000));
        headers(m, strand.person(), addr(strand), "kyst@varde.dk", "Faktura " + no + " - oprydning efter stormen, ordre SK-"
            + (2035_091 + rnd.nextInt(8)))
            .text("Hej\n\nHer er fakturaen for oprydningen efter stormen i uge 39 på Blåvand, Vejers og Henne Strand efter "
                + "ordre fra jeres strandkoordinator. Maskinloggen ligger ved som CSV, så I kan se strækninger og tidspunkter.\n\n"
                + "Vh Hans\n" + strand.name())
            .attach("application/pdf", pdfName(no, 1), pdfInvoice(m, strand, "Faktura", no, a, strand.account(), 1,
                List.of("Rammeaftale " + beachContract + ": stormoprydning efter ordre")))
            .attach("text/csv", "maskinlog_uge39.csv", ("strand;start;slut;km;affald_t;ordre\r\nBlåvand;2035-09-26 07:10;2035-09-26 "
                + "14:30;6,2;3,8;SK-1\r\nVejers;2035-09-27 07:00;2035-09-27 13:15;4,9;2,6;SK-1\r\nHenne;2035-09-28 07:30;"
                + "2035-09-28 12:45;5,4;2,1;SK-2\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, strand.ip());
        m.description = "the contracted beach contractor invoices the ordered storm clean-up with the machine log, usual account";
        m = ok("beach-cleaning-invoice", true);
        no = invoiceNo(strand);
        headers(m, strand.person(), addr(strand), "kyst@varde.dk", "Faktura " + no + " - september, rammeaftale " + beachContract)
            .text("Hej Kyst og Natur\n\nFaktura for den faste strandrensning og tømning af affaldsstativer i september. Stormen "
                + "er faktureret for sig.\n\nVh Hans")
            .attach("application/pdf", pdfName(no, 4), pdfInvoice(m, strand, "Faktura", no, amount(3_200_000), strand.account(), 3,
                List.of("Rammeaftale " + beachContract + ": fast rensning september 2035")));
        genuine(m, strand.ip());
        m.description = "the beach contractor's monthly invoice under its framework agreement, p=none aligned pass";
        m = ok("supplier-letter", false);
        headers(m, strand.person(), addr(strand), "kyst@varde.dk", "Stormvarsel weekend - beredskab")
            .text("Hej\n\nDMI varsler storm fra nordvest lørdag. Vi har to maskiner og tre mand klar fra søndag morgen, men kører "
                + "som altid først, når strandkoordinatoren har givet ordre. Olie eller tønder på stranden melder vi til jer og "
                + "Beredskabet, vi rører dem ikke.\n\nHans Ebbesen\n" + strand.name());
        genuine(m, strand.ip());
        m.description = "the beach contractor's storm readiness letter: works only on the coordinator's order, nothing to pay";
    }

    /**
     * Genuine counterpart to the road-association fraud: the Henne Strand landowners' association's notice of its general
     * assembly (history), its road contribution for the municipality's plots from its own domain, and a small road guild's
     * treasurer sending the yearly contribution from gmail, as such guilds do.
     */
    private void roadAssociations() {
        String konto = bank("7930", "0002893316");
        M m = ok("supplier-letter", false);
        m.wave = 1;
        headers(m, "Henne Strand Grundejerforening, bestyrelsen", "bestyrelsen@hennestrand-grundejer.dk", "ejendomsservice@varde.dk",
            "Referat af generalforsamlingen - vejbidrag 2035")
            .text("Til medlemmerne\n\nReferatet af generalforsamlingen er vedhæftet. Vejbidraget for 2035 er fastsat til 1.150 kr. "
                + "pr. grund og opkræves i oktober. Varde Kommune er medlem " + memberNo + " med 4 grunde (toiletbygningen, "
                + "parkeringspladsen og to friarealer).\n\nBidraget betales som altid til foreningens konto i Ølgod Sparekasse, "
                + konto + ".\n\nBestyrelsen")
            .attach("application/pdf", "Referat_GF_2035.pdf", Attachments.pdf(docId(m, "gf"), "Referat af generalforsamling 2035",
                List.of("Henne Strand Grundejerforening", "Vejbidrag 2035: 1.150,00 pr. grund", "Opkrævning: oktober",
                    "Foreningens konto: " + konto)));
        genuine(m, "127.143.3.1");
        m.description = "history: the landowners' association's general assembly minutes: road contribution set, its account";
        m = ok("road-association-contribution", true);
        headers(m, "Henne Strand Grundejerforening, kasserer", "kasserer@hennestrand-grundejer.dk", "ejendomsservice@varde.dk",
            "Opkrævning vejbidrag 2035 - medlem " + memberNo)
            .text("Kære Varde Kommune\n\nHermed opkrævning af vejbidrag for 2035 for jeres 4 grunde, i alt 4.600,00 kr. (momsfrit), "
                + "som vedtaget på generalforsamlingen. Pengene går til grusning og snerydning af foreningens private fællesveje."
                + "\n\nBetaling senest " + written(m, 30) + " til foreningens konto " + konto + " med medlemsnummeret som tekst.\n\n"
                + "Med venlig hilsen\nKassereren\nHenne Strand Grundejerforening")
            .attach("application/pdf", "Opkraevning_" + memberNo + ".pdf", Attachments.pdf(docId(m, "vb"), "Opkrævning vejbidrag "
                + "2035", List.of("Medlem " + memberNo + ": Varde Kommune, 4 grunde", "4 x 1.150,00 = 4.600,00",
                    "Konto " + konto, "Frist " + dots(m, 30))));
        genuine(m, "127.143.3.1");
        m.description = "the landowners' association's road contribution for the municipality's plots, its known account";
        m = ok("road-association-contribution", true);
        String laug = bank("9280", "0004902585");
        headers(m, "Jens Ole Kristiansen", "jensole.kristiansen.vejlaug@gmail.com", "ejendomsservice@varde.dk",
            "Vejlauget Lyngvejen, Vejers - bidrag 2035")
            .text("Hej Varde Kommune\n\nJeg er kasserer i Vejlauget Lyngvejen i Vejers Strand. Kommunen ejer grunden med "
                + "pumpestationen på nr. 14 og er derfor med i lauget. Bidraget for 2035 er 850 kr. som sidste år. Beløbet kan "
                + "indbetales på laugets konto " + laug + " (samme som de tidligere år).\n\nVenlig hilsen\nJens Ole Kristiansen\n"
                + "kasserer");
        genuine(m, GMAIL);
        m.description = "a small road guild's treasurer writes from gmail, as guilds do: yearly 850 kr. to the guild's usual "
            + "account (authenticates)";
    }

    /**
     * Genuine counterpart to the exercise-damage fraud: the defence estate agency's notice of the exercise period at Oksbøl
     * (history), and its decision on compensation for the road damage, paid to the municipality's NemKonto without any fee.
     */
    private void defenceEstate() {
        M m = ok("authority-notice", false);
        m.wave = 1;
        headers(m, "Forsvarsministeriets Ejendomsstyrelse", "oksbol@fes.dk", "vejognatur@varde.dk", "Øvelsesperiode Oksbøl "
            + "Skydeterræn, uge 37-39")
            .text("Til Varde Kommune, Vej og Natur\n\nI uge 37-39 gennemføres en større øvelse i Oksbøl Skydeterræn med kørsel "
                + "af tunge køretøjer på kommuneveje mellem Oksbøl, Billum og Vrøgum. Skader på vejene registreres ved en fælles "
                + "besigtigelse efter øvelsen, og en eventuel erstatning udbetales til kommunens NemKonto.\n\nMed venlig hilsen\n"
                + "Forsvarsministeriets Ejendomsstyrelse, Oksbøl");
        genuine(m, "127.143.15.1");
        m.description = "history: the defence estate agency announces an exercise and a joint inspection; compensation to NemKonto";
        m = ok("authority-notice", false);
        headers(m, "Forsvarsministeriets Ejendomsstyrelse", "oksbol@fes.dk", "vejognatur@varde.dk", "Afgørelse om erstatning, "
            + "sag " + damageCase)
            .text("Til Varde Kommune\n\nEfter den fælles besigtigelse den 2. oktober af Vrøgumvej og Billumvej er erstatningen "
                + "for vejskaderne efter øvelsen fastsat til 286.400 kr. Beløbet udbetales til kommunens NemKonto inden for 30 "
                + "dage. Der skal ikke betales noget og ikke oplyses kontonummer.\n\nAfgørelsen er også sendt til Digital Post.\n\n"
                + "Med venlig hilsen\nForsvarsministeriets Ejendomsstyrelse");
        genuine(m, "127.143.15.1");
        m.description = "the defence estate agency's compensation decision: paid to NemKonto, no fee, no account needed, DMARC pass";
        m = ok("authority-notice", false);
        headers(m, "Naturstyrelsen Blåvandshuk", "blaavandshuk@nst.dk", "kyst@varde.dk", "Afbrænding af hede i Kærgård "
            + "Klitplantage")
            .text("Til Varde Kommune\n\nNaturstyrelsen gennemfører naturpleje med afbrænding af hede i Kærgård Klitplantage i uge "
                + "42, hvis vejret tillader det. Stierne til stranden lukkes i tidsrummet. Orienteringen kræver ingen handling.\n\n"
                + "Naturstyrelsen");
        genuine(m, "127.143.16.1");
        m.description = "the state nature agency's notice of heath burning, nothing to pay, DMARC pass";
    }

    private void museum() {
        M m = ok("museum-school-service-invoice", true);
        String no = "VKM-" + (21_000 + rnd.nextInt(3_000));
        String konto = iban("DK", "76000001599422");
        headers(m, "Vestkystmuseerne, Skoletjenesten", "skoletjeneste@vestkystmuseerne.dk", "skole@varde.dk", "Faktura " + no
            + " - undervisningsforløb i bunkermuseet, september")
            .text("Kære Varde Kommune, Skoler\n\nHermed faktura for skoletjenestens forløb 'Atlantvolden' i bunkermuseet i Blåvand "
                + "i september: 14 klasser efter aftalen om kommunens skoler. Fakturaen er også sendt via EAN.\n\nVenlig hilsen\n"
                + "Skoletjenesten, Vestkystmuseerne")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "vkm"), "Faktura " + no,
                List.of("Vestkystmuseerne", "Varde Kommune, Skoler, EAN " + EAN, "Forløb 'Atlantvolden', 14 klasser à 1.100,00",
                    "I alt 15.400,00 (momsfri)", "Konto: " + konto)));
        genuine(m, "127.143.2.1");
        m.description = "the museum's school-service invoice for 14 classes, its own account, DMARC pass";
        m = ok("supplier-letter", false);
        headers(m, "Vestkystmuseerne", "info@vestkystmuseerne.dk", "kultur@varde.dk", "Vinterlukning og udlån til Rådhuset")
            .text("Kære Kultur\n\nBunkermuseet holder vinterlukket fra 1. november. De tre kystfotografier, Rådhuset har lånt til "
                + "receptionen, kan blive hængende til foråret - udlånet er gratis som aftalt.\n\nVestkystmuseerne");
        genuine(m, "127.143.2.1");
        m.description = "the museum's letter about winter closing and a free loan, nothing to pay";
    }

    private void platforms() {
        Object[][] p = {{"flatpay.com", lyd}, {"hogia.se", null}, {"mamut.com", it}, {"invoicebus.com", pudser},
            {"cloudfaktura.dk", skadedyr}, {"cloudfaktura.dk", el}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[1];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            Amount a = amount(520_000);
            m.mailFrom = "bounce-" + sha256("plat37:" + m.id).substring(0, 14) + "@" + d;
            String no;
            if (d.equals("flatpay.com")) {
                no = "FP-" + (330_000 + rnd.nextInt(60_000));
                headers(m, s.name() + " via Flatpay", "invoice@flatpay.com", "kultur@varde.dk", "Betalingsanmodning " + no + " fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px;color:#222\"><p>Hej Varde Kommune"
                        + "</p><p>" + s.name() + " har sendt dig en betalingsanmodning.</p><p>Nr.: " + no + "<br>Beløb: DKK "
                        + a.gross() + "<br>Forfald: " + dots(m, 14) + "</p><p><a href=\"https://pay.flatpay.com/r/"
                        + sha256("fp37:" + m.id).substring(0, 22) + "\">Se og betal</a> - eller overfør til kontoen på fakturaen.</p>"
                        + "<p style=\"font-size:11px;color:#999\">Flatpay</p></body></html>");
            } else if (d.equals("hogia.se")) {
                no = "H" + (71_000 + rnd.nextInt(9_000));
                String farm = bank("9280", "0004937718");
                headers(m, "Vesterhavs Gårdbutik ApS (via Hogia)", "faktura@hogia.se", "aeldre@varde.dk", "Faktura " + no
                    + " - Vesterhavs Gårdbutik ApS")
                    .header("Reply-To", "<salg@vesterhavs-gaardbutik.dk>")
                    .text("Hej Plejecentret Hybenhaven, køkkenet\n\nTak for bestillingen. Vedhæftet er faktura " + no + " for "
                        + "kartofler, grønkål og æbler leveret i uge 38 og 39.\n\nBeløb: " + a.gross() + " kr.\nForfald: "
                        + dots(m, 14) + "\nKonto: " + farm + "\n\nMed venlig hilsen\nVesterhavs Gårdbutik ApS\n(sendt via Hogia)")
                    .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "hg"), "Faktura " + no,
                        List.of("Vesterhavs Gårdbutik ApS, Vrøgumvej 15, 6840 Oksbøl", "Kunde: Varde Kommune, Plejecentret Hybenhaven",
                            "Kartofler 150 kg, grønkål 40 kg, æbler 60 kg, uge 38-39", "DKK " + a.net() + " + moms = " + a.gross(),
                            "Konto: " + farm)));
                genuine(m, dns.get(d).spfIps().get(0));
                m.description = "platform hogia.se: a farm shop's invoice for vegetables to a care home's kitchen, Reply-To the farm";
                v++;
                continue;
            } else if (d.equals("mamut.com")) {
                no = String.valueOf(20_400 + rnd.nextInt(2_000));
                headers(m, s.name(), "noreply@mamut.com", "skole@varde.dk", "Faktura " + no + " fra " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Kære Varde Kommune\n\nVedlagt faktura " + no + " fra " + s.name() + ".\n\nBeløb: DKK " + a.gross()
                        + "\nForfaldsdato: " + dots(m, 21) + "\n\nSpørgsmål til fakturaen: svar på denne mail.\n\n--\nSendt med "
                        + "Mamut Online");
            } else if (d.equals("invoicebus.com")) {
                no = "IB-" + (4_000 + rnd.nextInt(900));
                headers(m, s.name() + " (Invoicebus)", "invoices@invoicebus.com", "kultur@varde.dk", "Faktura " + no + " fra "
                    + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej\n\n" + s.name() + " har sendt dig faktura " + no + " på " + a.gross() + " kr.\nForfald: " + isoDay(m, 10)
                        + "\n\nSe fakturaen online: https://invoicebus.com/i/" + sha256("ib37:" + m.id).substring(0, 20)
                        + "\n\nInvoicebus");
            } else {
                no = "CF" + (10_000 + rnd.nextInt(8_000));
                headers(m, s.name() + " via Cloudfaktura", "faktura@cloudfaktura.dk", v == 4 ? "teknik@varde.dk" : "vejognatur@varde.dk",
                    "Faktura " + no + " - " + s.name())
                    .header("Reply-To", Mime.address(s.person(), addr(s)))
                    .text("Hej Varde Kommune\n\nDu har modtaget en faktura fra " + s.name() + ".\n\nFakturanr.: " + no + "\nBeløb: "
                        + a.gross() + " DKK\nBetalingsfrist: " + dots(m, 14) + "\n\nFakturaen er vedhæftet som PDF og er også "
                        + "sendt til jeres EAN.\n\nCloudfaktura - fakturering for små virksomheder");
            }
            m.mime.attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.name() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void ublFiles() {
        int v = 0;
        for (Supplier s : List.of(kontor, vvs, byg)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(1_100_000);
            boolean peppol = v == 1;
            String ref = "VK-" + (64_800 + v * 389);
            headers(m, s.name(), addr(s), "efaktura@varde.dk", "E-faktura " + no + (peppol ? " (Peppol BIS)" : " (OIOUBL)"))
                .text("Hej e-faktura\n\nFaktura " + no + " er kommet retur fra vores VANS med 'ukendt modtager' - jeres EAN ser "
                    + "ud til at være tastet forkert hos os, og vi retter det. I mellemtiden får I XML-filen og en udskrift her. "
                    + "Kontoen er den sædvanlige, og kommer fakturaen også ad den normale vej, skal den kun betales én gang.\n\n"
                    + "Venlig hilsen\n" + s.name())
                .attach("application/xml", (peppol ? "PEPPOL_" : "OIOUBL_") + no.replace('/', '-') + ".xml",
                    ubl(no, s, s.account(), a, isoDay(m, 0), isoDay(m, 20), peppol, ref, "").getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Udskrift_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 1, List.of("Jeres rekvisition " + ref, "Format: " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL 2.02"))));
            genuine(m, s.ip());
            m.description = s.domain() + (peppol ? " Peppol BIS 3" : " OIOUBL") + " XML invoice with a printout, usual account";
            v++;
        }
    }

    /**
     * Two genuine changes of account, announced properly from the supplier's own domain, each followed by the supplier's next
     * invoice to the new account: the carpenter moves to another bank; the meal service is taken over by a foundation.
     */
    private void bankChanges() {
        String nyT = bank("9070", "0006641183");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@varde.dk", "Ny bankforbindelse fra 1. oktober")
            .text("Til kreditorafdelingen\n\nTistrup Tømrer & Snedker har skiftet bank. Fakturaer udstedt fra og med 1. oktober "
                + "2035 bedes betalt til " + nyT + ". Ældre fakturaer kan fortsat betales til den gamle konto, som holdes åben "
                + "året ud.\n\nRing gerne til mig på det nummer, I har på os i leverandørkartoteket, og få det bekræftet, inden "
                + "I ændrer noget. Et underskrevet brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse_Tistrup_Tomrer.pdf", Attachments.pdf(docId(m, "bs"),
                "Meddelelse om ny bankforbindelse", List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()),
                    "Gælder fakturaer udstedt fra 01.10.2035", "Ny konto: " + nyT, "Morten Lund, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from October (SPF+Ed25519 aligned, no DMARC), "
            + "invites a call-back";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(toemrer.name(), toemrer.domain(), toemrer.person(), toemrer.box(), toemrer.ip(), nyT,
            "nye skabe og bordplader i personalekøkkenet, Tistrup Skole");
        invoice(m, moved, nyT, 13, List.of("Ny bankforbindelse fra 01.10.2035, jf. vores brev"), "\n\nBemærk den nye bank - "
            + "kontonummeret står på fakturaen og i brevet, vi sendte for nylig.");
        genuine(m, toemrer.ip());
        m.description = "tistrup-tomrersnedker.dk invoice to its new account after the announced, authenticated bank change";

        String nyM = iban("DK", "20000009301457");
        m = ok("supplier-new-account", false);
        m.wave = 1;
        headers(m, "Varde Madservice, Økonomi", "oekonomi@varde-madservice.dk", "kreditor@varde.dk",
            "Nye betalingsoplysninger fra 1. oktober 2035")
            .text("Til Varde Kommune, kreditorer og Ældre og Sundhed\n\nVarde Madservice A/S er overtaget af Fonden Vestjysk "
                + "Måltid, som vi skrev i juni. Fra og med fakturaer udstedt efter 1. oktober skal betalinger derfor ske til "
                + "fondens konto " + nyM + ". Fakturaer udstedt før kan betales til den gamle konto, der er åben til nytår. CVR, "
                + "EAN-aftale og priser er uændrede.\n\nÆndringen er også sendt med direktørens underskrift til jeres Digital "
                + "Post. Ring gerne på nummeret i kontrakten.\n\nMed venlig hilsen\nVarde Madservice A/S, Økonomi");
        genuine(m, mad.ip());
        m.description = "history: listed meal service (RSA, p=reject, DMARC pass) announces its new owner's account from "
            + "October, also by Digital Post";
        m = ok("supplier-invoice", true);
        Supplier pooled = new Supplier(mad.name(), mad.domain(), mad.person(), mad.box(), mad.ip(), nyM,
            "mad til hjemmeboende ældre og Plejecentret Hybenhaven, oktober");
        invoice(m, pooled, nyM, 16, List.of("Ny betalingskonto fra 01.10.2035, jf. vores meddelelse"), "\n\nHusk den nye konto, "
            + "som vi har skrevet om - alt andet er uændret.");
        genuine(m, mad.ip());
        m.description = "varde-madservice.dk invoice to its new account after the announced, authenticated change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(lyd, skadedyr, natur, guide, tolk, musik, pudser, motion, smed)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Aftalt med " + (v % 2 == 0 ? "jeres kontaktperson" : "afdelingslederen")),
                v % 3 == 1 ? "\n\nDet er første gang, jeg fakturerer kommunen, så sig endelig til, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "invoice from unlisted " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved premises but kept its bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Varde Låse- og Alarmservice", "varde-laaseservice.dk", "Kim Sønderby", "kim", HOSTER_IP,
            bank("7930", "0002930082"), "nye cylindre og omkodning af brikker, Ølgod Bibliotek");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 17, List.of("Nøglekvittering underskrevet af biblioteket"), "\n\nDe gamle cylindre er "
            + "afleveret på Rådhuset.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 28, List.of("Ny adresse fra 1. september: Håndværkervej 8, 6800 Varde"), "\n\nVi er flyttet "
            + "til Varde. Bank, konto og telefon er de samme.");
        genuine(m, HOSTER_IP);
        m.description = "janderup-elteknik.dk invoice announcing a new address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        M m = ok("foreign-invoice", true);
        m.wave = 1;
        String no = "GSV-" + (3_100 + rnd.nextInt(600));
        String subject = "Faktura " + no + " - Varde Kommune";
        headers(m, svensk.person(), addr(svensk), "vejognatur@varde.dk", subject)
            .text("Hej,\n\nhär kommer fakturan för informationsskyltarna i ek till naturparken, etapp 1, som levererades till "
                + "Oksbøl i augusti. Omvänd skattskyldighet gäller.\n\nBetalning inom 30 dagar till " + svensk.account()
                + ".\n\nMed vänliga hälsningar\n" + svensk.name())
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "se"), "Faktura " + no,
                List.of(svensk.name(), "Kund: Varde Kommune, " + RAADHUS + ", Danmark", svensk.what(),
                    "Att betala SEK 168 400,00 (omvänd skattskyldighet)", "Bank: " + svensk.account())));
        genuine(m, svensk.ip());
        past.put(svensk.domain(), new Past(no, new Amount(0, "", "", "SEK 168 400,00"), messageId(m, svensk.domain()), subject));
        m.description = "Swedish sign maker (history), SE IBAN, reverse charge, p=none aligned pass";
        m = ok("foreign-invoice", true);
        no = "HKT-" + (2_200 + rnd.nextInt(300));
        headers(m, "Husumer Küstentechnik - Buchhaltung", addr(tysk), "kyst@varde.dk", "Rechnung " + no
            + " - Strandzugangsmatten")
            .text("Sehr geehrte Damen und Herren,\n\nanbei unsere Rechnung für die rollstuhlgerechten Strandzugangsmatten in "
                + "Blåvand und Henne Strand gemäß Auftrag vom 12. Mai 2035. Die Abnahme mit Ihrer Strandkoordinatorin erfolgte am "
                + "18. September. Steuerschuldnerschaft des Leistungsempfängers.\n\nZahlbar innerhalb von 30 Tagen auf "
                + tysk.account() + ".\n\nMit freundlichen Grüßen\nHusumer Küstentechnik GmbH")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "de"), "Rechnung " + no,
                List.of(tysk.name() + ", Husum", "Kunde: Varde Kommune, " + RAADHUS + ", Dänemark", tysk.what(),
                    "Betrag EUR 24.960,00 (Reverse Charge)", "Bank: " + tysk.account())));
        genuine(m, tysk.ip());
        m.description = "German maker of beach access mats invoices accepted work (SPF only, aligned pass, no DMARC), DE IBAN";
        m = ok("foreign-invoice", true);
        no = "STN-35-" + (100 + rnd.nextInt(800));
        headers(m, "Strandtechniek Noord - Accounts Receivable", addr(hollandsk), "kyst@varde.dk", "Invoice " + no
            + " - spare parts, your order VK-66104")
            .text("Dear Sir or Madam,\n\nThe rake tines and conveyor belt for your beach-cleaning machine (order VK-66104) were "
                + "delivered to the depot in Oksbøl on 22 September. Our invoice is attached; the reverse charge applies.\n\n"
                + "Payment within 30 days to " + hollandsk.account() + ".\n\nKind regards\nAccounts Receivable\nStrandtechniek "
                + "Noord B.V.")
            .attach("application/pdf", "Invoice_" + no + ".pdf", Attachments.pdf(docId(m, "nl"), "Invoice " + no,
                List.of(hollandsk.name() + ", Den Helder, the Netherlands", "Customer: Varde Kommune, depot Oksbøl",
                    "Order VK-66104: " + hollandsk.what(), "EUR 6,412.00 - reverse charge", "Bank: " + hollandsk.account())));
        genuine(m, hollandsk.ip());
        m.description = "Dutch beach-technology firm invoices delivered spare parts in English, NL IBAN, DMARC pass";
        Past f = past.get(svensk.domain());
        m = ok("payment-reminder", true);
        headers(m, svensk.person(), addr(svensk), "vejognatur@varde.dk", "Betalningspåminnelse " + f.no())
            .text("Hej,\n\nvi kan inte se att faktura " + f.no() + " på " + f.amount().gross() + " är betald. Vänligen betala till "
                + "vårt vanliga konto " + svensk.account() + ". Har ni redan betalat kan ni bortse från detta.\n\nMed vänlig "
                + "hälsning\n" + svensk.name());
        genuine(m, svensk.ip());
        m.description = "Swedish supplier's reminder for its real wave-1 invoice, same SE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("foreign-saas-invoice", true);
        String no = "CB-" + (91_000 + rnd.nextInt(8_000));
        headers(m, "cBrain Fakturering", "invoice@cbrain.com", "it@varde.dk", "Faktura " + no + " - F2 licenser 4. kvartal")
            .text("Kære Varde Kommune\n\nHermed faktura for licenser til sags- og dokumenthåndtering (220 brugere) for 4. kvartal "
                + "2035. Den er også leveret til EAN " + EAN + ", og betaling sker som sædvanlig ad den vej.\n\nVenlig hilsen\n"
                + "cBrain")
            .attach("application/pdf", "cBrain_" + no + ".pdf", Attachments.pdf(docId(m, "cb"), "Faktura " + no,
                List.of("Varde Kommune, IT, EAN " + EAN, "Licenser 220 brugere, 4. kvt. 2035", "DKK 96.800,00 + moms",
                    "Betaling via EAN")));
        genuine(m, "127.146.21.1");
        m.description = "case-management SaaS quarterly invoice, to the EAN, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "IP-" + (50_100 + rnd.nextInt(900));
        headers(m, "iPaper Billing", "billing@ipaper.com", "turisme@varde.dk", "iPaper invoice " + no)
            .text("Dear customer,\n\nPlease find attached the invoice for your digital catalogue subscription (the holiday guide "
                + "for Blåvand, Henne and Vejers in Danish, German and English), 1 October 2035 - 30 September 2036. As agreed, it "
                + "is also delivered to your EAN.\n\nBest regards\niPaper Billing")
            .attach("application/pdf", "iPaper_" + no + ".pdf", Attachments.pdf(docId(m, "ip"), "Invoice " + no,
                List.of("Customer: Varde Kommune, Turisme, EAN " + EAN, "Digital catalogue, 3 languages, 12 months",
                    "DKK 28,500.00 excl. VAT", "Payment: e-invoice (EAN)")));
        genuine(m, "127.146.22.1");
        m.description = "digital-catalogue SaaS invoice in English, to the EAN, Ed25519, DMARC pass";
        m = ok("foreign-saas-invoice", true);
        no = "GW" + (780_000 + rnd.nextInt(90_000));
        headers(m, "GatewayAPI", "billing@gatewayapi.com", "kyst@varde.dk", "Kvittering " + no + " - optankning af SMS-kredit")
            .text("Hej\n\nTak for din betaling. Kontoen 'Varde Kommune - Kyst' er optanket med 40.000 SMS (badevandsvarsler og "
                + "stormvarsler til sommerhusejere) og betalt med kortet, der ender på 5531. Kvitteringen er vedhæftet; du skal "
                + "ikke foretage dig noget.\n\nGatewayAPI")
            .attach("application/pdf", "GatewayAPI_" + no + ".pdf", Attachments.pdf(docId(m, "gw"), "Kvittering " + no,
                List.of("Varde Kommune - Kyst", "SMS-kredit 40.000 stk.", "EUR 1,240.00", "Betalt med kort ****5531")));
        genuine(m, "127.146.23.1");
        m.description = "SMS gateway receipt, already paid by card, p=none aligned pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("as37:" + m.id).substring(0, 12) + "@adobesign.com";
        headers(m, "Destination Vesterhavet via Adobe Acrobat Sign", "adobesign@adobesign.com", "turisme@varde.dk",
            "Underskriv venligst: Partnerskabsaftale 2036-2037")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Destination Vesterhavet har anmodet om din "
                + "underskrift på <b>Partnerskabsaftale 2036-2037</b>.</p><p><a href=\"https://secure.adobesign.com/public/"
                + "apiesign?pid=" + sha256("asl37:" + m.id).substring(0, 28) + "\">Gennemse og underskriv</a></p><p>Spørgsmål "
                + "rettes til afsenderen.</p><p style=\"font-size:10px;color:#888\">Adobe Acrobat Sign</p></body></html>");
        genuine(m, "127.146.24.1");
        m.description = "real e-signature service sends the tourism partnership agreement, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"svindelvarsel-nyt.dk", "Svindelvarsel Nyt", "nyhedsbrev@", "Stormregninger og falske grundejerforeninger",
            "I kystkommunerne kommer der efter hver storm regninger for 'akut strandrensning', som ingen har bestilt, og mails fra "
                + "'grundejerforeninger' om vejbidrag til nye konti. Betal kun efter den aftale eller opkrævning, I kender, og "
                + "ring til foreningen på et nummer, I selv finder."},
            {"varde-revision.dk", "Varde Revision", "nyhedsbrev@", "Erstatninger fra staten kommer uden gebyr",
                "Erstatninger og tilskud fra staten udbetales til NemKonto. Ingen myndighed beder om et 'ekspeditionsgebyr' eller "
                    + "et kontonummer pr. mail, før pengene kan frigives."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl37:" + x[0]).substring(0, 16) + "@campaignmonitor.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@varde.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld?id=" + sha256("u37:" + x[0]).substring(0, 18) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body style=\"margin:0;background:#f1f4f2\"><table width=\"600\" align=\"center\" style=\""
                    + "background:#fff;font-family:Georgia,serif;font-size:14px\"><tr><td style=\"padding:22px\"><h2 style=\""
                    + "color:#24553c\">" + x[3] + "</h2><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs hele "
                    + "artiklen</a></p><p style=\"font-size:10px;color:#888\">Du modtager nyhedsbrevet, fordi du har tilmeldt dig. "
                    + "Afmeld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("campaignmonitor.com");
            m.ip = "127.145.7.1";
            m.helo = "mta.campaignmonitor.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    /** The creditor list tags the subject and adds a footer: the poster's DKIM breaks, the list re-signs. */
    static byte[] listRewrite(byte[] raw) {
        String mail = new String(raw, StandardCharsets.UTF_8);
        mail = mail.replaceFirst("(?m)^Subject: ", "Subject: [Kreditorkreds Vest] ");
        String tail = "\r\n--\r\nKreditorkreds Vest - erfaringsudveksling for kreditor- og indkøbsfolk i vestjyske kommuner\r\n"
            + "Afmeld eller skift indstillinger: https://kreditorkreds-vest.dk/liste\r\n";
        String body = mail.endsWith("\r\n") ? mail.substring(0, mail.length() - 2) : mail;
        return (body + tail).getBytes(StandardCharsets.UTF_8);
    }

    private void creditorList() {
        String[][] p = {{"vestjyske-bogholdere.dk", "Dorthe Lauridsen", "dola@", "Vejbidrag til ny konto?",
            "Hej alle\n\nVi har fået en mail fra 'grundejerforeningen' ved et af vores sommerhusområder om, at vejbidraget nu skal "
                + "betales til en ny konto, fordi kassereren er skiftet. Foreningens formand kendte intet til det. Er andre "
                + "kystkommuner ramt?\n\nDorthe"},
            {"vestkommune-indkoeb.dk", "Per Mikkelsen", "pemi@", "SV: Vejbidrag til ny konto?", "Ja, og hos os kom der samtidig en "
                + "regning for 'strandrensning efter stormen' fra et firma, vi aldrig har hørt om. Vores strandfolk havde selv "
                + "ryddet op.\n\nPer"},
            {"vestjyske-bogholdere.dk", "Ulla Riis", "ulri@", "Gebyr for at få erstatning udbetalt", "Hej\n\nEn 'skadesafdeling' "
                + "skrev, at erstatningen for vejskader efter en militærøvelse var klar, men først kunne frigives mod et "
                + "ekspeditionsgebyr. Ejendomsstyrelsen bekræfter, at de aldrig opkræver noget.\n\nUlla"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditorkreds-vest.dk", x[3])
                .header("List-Id", "Kreditorkreds Vest <liste.kreditorkreds-vest.dk>")
                .header("List-Post", "<mailto:liste@kreditorkreds-vest.dk>")
                .text(x[4]);
            String list = "kreditorkreds-vest.dk";
            m.signers.add(x[0]);
            m.listSigner = list;
            m.afterSigning = HeldOutCorpus37::listRewrite;
            m.helo = "lists." + list;
            m.ip = dns.get(list).spfIps().get(0);
            m.description = "post by " + x[0] + " (DMARC p=" + dns.get(x[0]).dmarc() + ") relayed by " + list
                + "; its subject tag and footer break the poster's DKIM, the list signs anew";
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 23, List.of(), "");
        m.mailFrom = "SRS0=x3Fq=CK=ugeavisen-varde.dk=annonce@srs.varde-net.dk";
        m.signers.add(avis.domain());
        m.ip = "127.145.11.1";
        m.helo = "srs.varde-net.dk";
        m.description = "ugeavisen-varde.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, byg, byg.account(), 31, List.of(), "");
        m.signers.add(byg.domain());
        relayedBy(m, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, rengoer, rengoer.account(), 26, List.of(), "");
        m.signers.add(rengoer.domain());
        relayedBy(m, "DKIM only, its signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 37, List.of(), "");
        relayedBy(m, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(bus);
        Amount a = amount(340_000);
        Mime orig = original(m, "inner37:", 2, 3, 41, bus, "Lone Skov <losk@varde.dk>", "Faktura " + no
            + " - tur til Tirpitz med 6.a og 6.b");
        orig.text("Hej Lone\n\nHer er regningen for bussen til Blåvand med 6. årgang.\n\nKørselskontoret\nBillum Busser");
        orig.attach("application/pdf", pdfName(no, 7), pdfInvoice(m, bus, "Faktura", no, a, bus.account(), 3, List.of()));
        headers(m, "Lone Skov", "losk@" + OWN, "kreditor@varde.dk", "VS: Faktura " + no + " - ekskursion 6. årgang")
            .text("Hej kreditor\n\nBusselskabet sendte fakturaen direkte til mig. Turen er kørt, og jeg godkender den - kontering "
                + "Brorsonskolen, ekskursioner. Den oprindelige mail ligger ved.\n\nLone Skov\nBrorsonskolen")
            .attachMessage(orig.build());
        genuine(m, OWN_IP);
        m.description = "a teacher forwards a listed supplier's invoice as an attached message from our own domain, signed";
    }

    /** The supplier's mail went to an old address at a local fibre provider, which relays it on without SRS. */
    private void relayedBy(M m, String outcome) {
        relayedBy(m, "relay.olgod-fiber.dk", outcome);
    }

    private void internal() {
        String[][] x = {{"Kreditorafdelingen", "kreditor@", "ledere@varde.dk", "Strandrensning, vejbidrag og erstatninger",
            "Kære ledere\n\nStrandrensning betales kun til Blåvand Strandservice efter rammeaftalen og kun for opgaver, vores "
                + "strandkoordinator har bestilt. Vejbidrag til grundejerforeninger og vejlaug betales kun til den konto, vi "
                + "kender fra tidligere år. Erstatninger fra staten kommer til NemKonto - der betales aldrig gebyr for at få dem. "
                + "Er I i tvivl, så send mailen til os.\n\nKreditorafdelingen"},
            {"Birgit Nørgaard", "bino@", "kreditor@varde.dk", "Varde Madservice - ny konto bekræftet", "Hej\n\nJeg har ringet "
                + "til Varde Madservices økonomichef på nummeret i kontrakten. Fondens konto er korrekt, og brevet ligger også i "
                + "Digital Post. Kreditoroplysningerne er rettet for fakturaer fra 1. oktober.\n\nBirgit\nÆldre og Sundhed"},
            {"IT-sikkerhed", "it-sikkerhed@", "alle@varde.dk", "Falske login-sider og QR-koder", "Vi ser mails med QR-koder og "
                + "links, der beder jer logge på med MitID eller Microsoft for at se en faktura eller en 'besked'. Log aldrig ind "
                + "via et link i en mail. Send mailen til os."},
            {"Anne Kathrine Bro", "akbr@", "kreditor@varde.dk", "Udlæg: færgebillet til Fanø ved tilsyn", "Hej\n\nKvitteringen "
                + "for færgebilletten til tilsynet med dagplejen på Fanø er vedhæftet. Kan den komme med i næste udlæg?\n\n"
                + "Anne Kathrine\nDagtilbud"},
            {"Kyst og Natur, strandkoordinatoren", "kyst@", "kreditor@varde.dk", "Stormoprydning: kun med ordrenummer",
                "Hej kreditor\n\nOprydning efter storm på vores strande bestilles kun af mig, og altid med et ordrenummer "
                    + "(SK-...), hos Blåvand Strandservice efter rammeaftale " + beachContract + ". Regninger for strandrensning "
                    + "fra andre er ikke bestilt af os.\n\nStrandkoordinatoren, Kyst og Natur"}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "faergebillet.jpg", Attachments.image(docId(m, "bon"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Ølgod Sparekasse, Erhverv", "erhverv@olgod-sparekasse.dk", "oekonomi@varde.dk", "Kvittering for betalingsfil")
            .text("Kære kunde\n\nVi har modtaget jeres betalingsfil med 212 betalinger. De gennemføres på de angivne datoer, og "
                + "status kan følges i netbanken under 'Filer'.\n\nVi sender aldrig links til log-on og beder aldrig om "
                + "godkendelse med MitID i en mail.\n\nØlgod Sparekasse, Erhverv");
        genuine(m, "127.145.1.1");
        m.description = "the real bank's payment-file receipt: no link, refers to the netbank";
        m = ok("bank-notice", false);
        headers(m, "Ølgod Sparekasse", "erhverv@olgod-sparekasse.dk", "oekonomi@varde.dk", "Ny rentesats på driftskontoen")
            .text("Kære kunde\n\nRentesatsen på jeres driftskonto ændres fra 1. november. Den nye prisliste findes i netbanken "
                + "under 'Dokumenter'.\n\nØlgod Sparekasse");
        genuine(m, "127.145.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Tistrup Andelskasse", "kundeservice@tistrup-andelskasse.dk", "oekonomi@varde.dk",
            "Nye vilkår for erhvervskort")
            .text("De nye vilkår for erhvervskort gælder fra 1. januar 2036 og kan læses i netbanken. Du skal ikke gøre noget.\n\n"
                + "Denne mail kan ikke besvares.");
        genuine(m, "127.145.2.1");
        m.description = "bank notice about terms, Ed25519, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Varde Revision", "revision@varde-revision.dk", "kreditor@varde.dk", "Anmodning om saldobekræftelse - "
            + entrep.name())
            .text("Til Varde Kommune\n\nSom revisor for " + entrep.name() + " beder vi om jeres bekræftelse af mellemværendet "
                + "med selskabet pr. 30. september 2035. Selskabets fuldmagt er vedhæftet.\n\nSvar venligst direkte til os, også "
                + "hvis der ikke er noget mellemværende. Vi beder ikke om betaling eller bankoplysninger.\n\nMed venlig hilsen\n"
                + "Varde Revision")
            .attach("application/pdf", "Saldoforespoergsel.pdf", Attachments.pdf(docId(m, "sb"), "Anmodning om saldobekræftelse",
                List.of(entrep.name() + ", CVR " + cvr(entrep.domain()), "Opgørelsesdato 30.09.2035", "Svar sendes til revisor")));
        genuine(m, "127.143.6.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Ølgod Efterskole, Kontoret", "kontor@olgod-efterskole.dk", "oekonomi@varde.dk",
            "Betaling for leje af Ølgod Hallen")
            .text("Hej\n\nVi har i dag overført 8.200,00 kr. for leje af Ølgod Hallen til vores håndboldstævne (jeres faktura "
                + "6620314).\n\nVenlig hilsen\nØlgod Efterskole");
        genuine(m, "127.143.7.1");
        m.description = "remittance advice: a boarding school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Vestkystens Affaldsselskab I/S, Bogholderi", "bogholderi@vestkyst-affald.dk", "oekonomi@varde.dk",
            "Betalingsspecifikation")
            .text("Til Varde Kommune\n\nSpecifikation af dagens betaling er vedhæftet.\n\nVestkystens Affaldsselskab I/S")
            .attach("text/csv", "betalingsspec.csv", ("faktura;tekst;beloeb\r\n6620322;Leje af areal til haveaffald, Oksbøl;"
                + "9600,00\r\n6620327;Vedligehold af adgangsvej til genbrugspladsen, Ølgod;3150,00\r\n")
                .getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.143.12.1");
        m.description = "the waste company pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"oksbol-isenkram.dk", "Oksbøl Isenkram", "kvittering@", "Kvittering for dit køb",
            "Affaldssække 400 stk., 6 strandriver og arbejdshandsker til Kyst og Natur: 4.218,00 kr. Betalt med kommunens "
                + "indkøbskort."},
            {"varde-boghandel.dk", "Varde Boghandel", "webshop@", "Din ordre 5521 er afsendt", "30 stk. 'Klitter og kystfolk' "
                + "til 5. årgang på Brorsonskolen, 5.970,00 kr. Betalt ved bestillingen."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@varde.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Vestjysk Skoleinventar", "ordre@vestjysk-skoleinventar.dk", "indkoeb@varde.dk", "Ordrebekræftelse 35-2288")
            .text("Tak for ordren på 48 elevborde og 96 stole til den nye indskoling på Tistrup Skole. Levering er aftalt til uge "
                + "47. Fakturaen sendes via NemHandel til EAN " + EAN + " efter levering.\n\nVestjysk Skoleinventar");
        genuine(m, "127.143.8.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, lyd.person(), addr(lyd), "kultur@varde.dk", "Tilbud: lyd og lys til juletræstænding på Torvet")
            .text("Hej Kultur\n\nSom aftalt: lydanlæg til 2.000 personer, lys på træet og scenen og en tekniker fra kl. 15 til 20: "
                + "18.600 kr. ekskl. moms. Tilbuddet gælder til 1. november." + signature(lyd))
            .attach("application/pdf", "Tilbud_juletrae_2035.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("Juletræstænding, Torvet i Varde, 29.11.2035", "Lyd, lys og tekniker", "18.600,00 ekskl. moms",
                    "Gyldigt til 01.11.2035")));
        genuine(m, lyd.ip());
        m.description = "quote from an unlisted sound firm (no DMARC, aligned pass), nothing to pay";
        m = ok("quote", false);
        headers(m, natur.person(), addr(natur), "kyst@varde.dk", "Overslag: rydning af rynket rose 2036")
            .text("Hej\n\nRydning af rynket rose på 4 ha klit ved Henne og opfølgning i juni: ca. 9 dage, 61.200 kr. + moms. Jeg "
                + "kan starte i februar, før fuglene yngler." + signature(natur));
        genuine(m, natur.ip());
        m.description = "quote in the body from an unlisted nature-care firm (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@varde.dk", "Efterårsferie og ændret kørsel på landruterne")
            .text("Hej skoler\n\nI efterårsferien kører vi ikke skoleruterne. Fra uge 43 kører ruten mod Ansager og Starup 10 "
                + "minutter tidligere på grund af vejarbejdet på Ansagervej. Prisen er uændret.\n\nKørselskontoret\nBillum Busser");
        genuine(m, bus.ip());
        m.description = "listed bus company's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "ejendomsservice@varde.dk", "Varslet afbrydelse af fjernvarmen i Oksbøl")
            .text("Kære kunde\n\nTirsdag kl. 9-14 afbryder vi fjernvarmen i den vestlige del af Oksbøl, fordi en hovedledning skal "
                + "omlægges. Oksbøl Skole og Plejecentret Hybenhaven er orienteret direkte.\n\nOksbøl Varmeværk");
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
        beachFrauds();
        roadAssociationFrauds();
        exerciseDamageFrauds();
    }

    private static final String[] MULES = {iban("LT", "1730001234098712"), iban("DK", "85300004729931"), bank("5301", "0002218874"),
        iban("EE", "4422001109876543"), iban("PL", "611090101400000712345687"), iban("GB", "MONZ04000412345678"),
        iban("IE", "BOFI90001712345601"), iban("NL", "BUNQ2041857302"), iban("DE", "500100600987654321"),
        iban("HU", "107000240012345678901234"), iban("RO", "RZBR0000060012345678"), iban("BG", "UNCR70001512345678"),
        iban("CY", "002001950000357001234567"), bank("6471", "0001938205"), iban("MT", "VALL22013000000040012345678"),
        iban("SE", "30000000031234567890"), iban("LT", "3870001111222233"), iban("DK", "04000004412876"),
        iban("NO", "86011117947"), iban("EE", "1222001012345678")};

    private static String mule(int i) {
        return MULES[Math.floorMod(i, MULES.length)];
    }

    private void forgedSuppliers() {
        Supplier[] who = {varme, avis, byg, kontor};
        String[] notes = {"\n\nBEMÆRK: Vi har skiftet bank. Fremover skal der kun betales til kontoen på denne faktura.",
            "\n\nEfter fusionen af vores to pengeinstitutter er den gamle konto nedlagt - ret venligst jeres kreditoroplysninger.",
            "", "\n\nvi har ny konto nu, betal til den der står på fakturaen tak"};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 3 + 2), i + 9, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == byg) {
                m.mime.header("Reply-To", "<proff@ansagertraelast.dk>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " (DMARC " + dns.get(who[i].domain()).dmarc() + ") from a fraudster's "
                + "machine, changed account" + (who[i] == byg ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"oksbol-varmevaerk.com", varme}, {"olgodentreprenor.dk", entrep}, {"ansager-traelast.net", byg},
            {"janderup-el-teknik.dk", el}, {"vestkystens-rengoring-varde.dk", rengoer}, {"agerbaek-vvs.dk", vvs}};
        String[] notes = {"", "\n\nOBS: Vores bankoplysninger er ændret - se fakturaen.", "\n\nVi er skiftet til ny bank, så brug "
            + "venligst kontonummeret på denne faktura.", "", "\n\nDer er sket en ændring i vores betalingsoplysninger pr. 1. oktober.", "\n\nNY KONTO - se nederst på fakturaen."};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 5), i * 4 + 1, List.of(), notes[i]);
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("ansager-tr\u0430elast.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, byg.posing(d, byg.account()), mule(10), 22, List.of("Ny konto pr. 1. oktober 2035"), "\n\nBrug venligst den "
            + "nye konto fra og med denne faktura.");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic a) posing as ansager-traelast.dk, invoice with new account, authenticates";
        d = idn("varde-k\u043emmune.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Borgmesterens sekretariat", "sekretariat@" + d, "kreditor@varde.dk", "Hastebetaling: stand på "
            + "turistmessen i Hamborg")
            .text("Hej kreditor\n\nBorgmesteren har godkendt, at kommunen deltager med egen stand på turistmessen i Hamborg. "
                + "Messebureauet skal have depositum på 164.000 kr. i dag til " + mule(13) + ", ellers går pladsen til en anden "
                + "kystdestination. Fakturaen eftersendes.\n\nVenlig hilsen\nBorgmesterens sekretariat");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (Cyrillic o) posing as our own municipality: same-day deposit to a 'fair agency'";
    }

    private void platformFrauds() {
        M m = bad("lookalike-platform");
        headers(m, kloak.name() + " via Flatpay", "invoice@flatpay-varde.com", "vejognatur@varde.dk", "Rykker: betalingsanmodning "
            + "fra " + kloak.name())
            .html("<html><body style=\"font-family:Inter,Arial,sans-serif;font-size:14px\"><p>Hej Varde Kommune</p><p>"
                + "Betalingsanmodningen fra " + kloak.name() + " på <b>DKK 18.762,50</b> er ikke betalt. Betal inden 48 timer for "
                + "at undgå gebyr og inkasso.</p><p><a href=\"https://flatpay-varde.com/r/" + sha256(m.id).substring(0, 22)
                + "\">Betal med kort</a></p><p style=\"font-size:11px;color:#999\">Flatpay</p></body></html>");
        ownedBy(m, "flatpay-varde.com");
        m.description = "look-alike platform flatpay-varde.com: 'overdue' card-payment link in listed nr-nebel-kloakservice.dk's name";
        m = bad("lookalike-platform");
        String no = "H" + (71_000 + rnd.nextInt(9_000));
        headers(m, natur.name() + " (via Hogia)", "faktura@hogia-olgod.se", "kyst@varde.dk", "Faktura " + no + " - ändrade "
            + "betalningsuppgifter / ændrede betalingsoplysninger")
            .text("Hej Varde Kommune\n\n" + natur.name() + " har sendt jer faktura " + no + " på DKK 14.250,00 for naturpleje i "
                + "klitterne ved Henne.\n\nModtagerens bankoplysninger er opdateret. Betal venligst til " + mule(4) + ".\n\n"
                + "Forfald: " + isoDay(m, 4) + "\n\n(sendt via Hogia)");
        ownedBy(m, "hogia-olgod.se");
        m.description = "look-alike platform hogia-olgod.se in an unlisted nature-care firm's name, PL IBAN";
        m = bad("platform-account-misused");
        no = "CF" + (10_000 + rnd.nextInt(8_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@cloudfaktura.dk";
        headers(m, "Nordsø Turistguide via Cloudfaktura", "faktura@cloudfaktura.dk", "turisme@varde.dk", "Faktura " + no
            + " - Nordsø Turistguide")
            .header("Reply-To", "<nordsoe.turistguide@outlook.com>")
            .text("Hej Varde Kommune\n\nDu har modtaget en faktura fra Nordsø Turistguide.\n\nFakturanr.: " + no + "\nBeløb: "
                + "27.375,00 DKK\nBetalingsfrist: " + dots(m, 7) + "\n\nTekst: Helsidesannonce 'Blåvand - Danmarks vestligste "
                + "punkt' i guiden 2036 (tryk og online)\nKonto: " + mule(11) + "\n\nCloudfaktura - fakturering for små virksomheder")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "pam"), "Faktura " + no,
                List.of("Nordsø Turistguide", "Helsidesannonce 2036, tryk og online", "DKK 27.375,00 inkl. moms",
                    "Konto " + mule(11))));
        genuine(m, "127.144.5.1");
        m.description = "real platform cloudfaktura.dk used by an unknown 'tourist guide' for an advert never ordered, outlook "
            + "Reply-To, BG IBAN";
        m = bad("platform-account-misused");
        no = "FP-" + (330_000 + rnd.nextInt(60_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 14) + "@flatpay.com";
        headers(m, rengoer.name() + " via Flatpay", "invoice@flatpay.com", "kreditor@varde.dk", "Betalingsanmodning " + no
            + " fra " + rengoer.name())
            .header("Reply-To", "<vestkystens.rengoering@gmail.com>")
            .text("Hej\n\n" + rengoer.name() + " har sendt dig en betalingsanmodning.\n\nNr.: " + no + "\nForfald: " + dots(m, 6)
                + "\n\nBesked fra afsender: Vi fakturerer nu gennem Flatpay og har i den forbindelse fået ny konto. Ved "
                + "bankoverførsel brug " + mule(17) + ".\n\nFlatpay")
            .attach("application/pdf", "Faktura_" + no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(17)), "Faktura",
                no, amount(1_900_000), mule(17), 3, List.of("Ny bankforbindelse")));
        genuine(m, "127.144.1.1");
        m.description = "real platform flatpay.com in listed vestkystens-rengoering.dk's name, new DK account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{rengoer, "Vores bank har spærret driftskontoen i forbindelse med et kontrolbesøg, og indbetalinger "
            + "bliver afvist. Indtil det er løst, bedes I betale til vores factoringpartners konto "},
            {kontor, "Efter at Inge er stoppet, har vi lagt bogholderiet ud til et eksternt firma, og betalinger skal nu gå til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 14), i + 11, List.of("Ændret betalingsmodtager"), "\n\n" + c[i][1] + mule(i + 14)
                + ". Jeg er på kursus resten af ugen, så skriv hellere end at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = entrep;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@varde.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej igen\n\nJeg fik ikke skrevet, at vi har skiftet bank i sommer. De " + p.amount().gross() + " kr. for "
                + "fakturaen herunder skal derfor på " + mule(0) + ". Den gamle konto lukker i oktober.\n\n" + s.person() + "\n"
                + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of olgod-entreprenor.dk replies in its own wave-1 thread (DMARC pass), LT account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "nr-nebel-kloakservice.net"}, {mad, "varde-madservice.net"}, {toemrer, "tistrup-tomrer-snedker.dk"},
            {bus, "billum-bus.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@varde.dk", (i % 2 == 0 ? "Re: " : "SV: ") + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nEn hurtig opfølgning på faktura " + p.no() + " (" + p.amount().gross() + " kr.): kontoen på "
                    + "fakturaen er desværre blevet lukket, så beløbet skal i stedet ind på " + mule(i + 6) + ". Vil du sende en "
                    + "kort bekræftelse, når det er ændret?\n\n" + s.person() + "\n\nFra: " + s.person() + " <" + addr(s) + ">\n"
                    + "Sendt: " + sentPlus(m, -25, DOTS) + "\nTil: kreditor@varde.dk\nEmne: " + p.subject() + "\n\n"
                    + GREETING[i + 2] + "\n\nFaktura " + p.no() + " er vedhæftet.");
            if (i == 2) {
                mime.attach("application/pdf", pdfName(p.no(), 8), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 0, List.of("Rettet kontonummer")));
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
        headers(m, bus.person(), "koersel@billum-busser.net", "kreditor@varde.dk", "Rettet faktura " + p.no()
            + " - erstatter den tidligere")
            .text("Hej\n\nDer var desværre fejl i kontonummeret på faktura " + p.no() + ". Vedhæftet er den rettede faktura - "
                + "beløbet på " + p.amount().gross() + " kr. er det samme, men betal venligst til kontoen på den nye og se bort "
                + "fra den første.\n\nKørselskontoret\nBillum Busser")
            .attach("application/pdf", "Rettet_" + pdfName(p.no(), 4), pdfInvoice(m, bus.posing("billum-busser.net", mule(7)),
                "Rettet faktura", p.no(), p.amount(), mule(7), 3, List.of("Erstatter faktura " + p.no())));
        ownedBy(m, "billum-busser.net");
        m.description = "'corrected' copy of billum-busser.dk's real wave-1 invoice from look-alike billum-busser.net, NL IBAN";
        p = past.get(it.domain());
        m = bad("corrected-invoice-resend");
        headers(m, "Vestkyst IT-Center, Fakturering", addr(it), "skole@varde.dk", "Korrigeret faktura " + p.no())
            .text("Til Varde Kommune\n\nI forbindelse med vores skifte af økonomisystem er faktura " + p.no() + " udskrevet med en "
                + "forkert konto. Den korrigerede faktura er vedhæftet og afløser den oprindelige. Overfør venligst "
                + p.amount().gross() + " kr. til " + mule(3) + ".\n\nFakturering\nVestkyst IT-Center")
            .attach("application/pdf", "Korrigeret_" + pdfName(p.no(), 6), pdfInvoice(m, it.posing(it.domain(), mule(3)),
                "Korrigeret faktura", p.no(), p.amount(), mule(3), 2, List.of("Afløser faktura " + p.no())));
        forged(m, forgedHost++);
        m.description = "forged From vestkyst-itcenter.dk (DKIM only, p=reject) from a fraudster's host: 'corrected' copy of "
            + "its real wave-1 invoice, EE IBAN";
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Borgmesteren", "borgmester@" + OWN, "oekonomi@varde.dk", "Fortroligt - skal betales i dag")
            .text("Hej\n\nEn investor, der vil bygge feriecenter ved Vejers, kræver et depositum fra kommunen på 112.000 kr. for at "
                + "holde forhandlingerne åbne med os frem for Ringkøbing-Skjern. Beløbet skal til deres advokat i dag: " + mule(2)
                + ". Sagen er fortrolig, indtil Økonomiudvalget har behandlet den.\n\nBorgmesteren");
        forged(m, forgedHost++);
        m.description = "the mayor's mailbox on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Økonomichefen", "oekonomichef@" + OWN, "kreditor@varde.dk", "Ret Ølgod Entreprenørs konto før kørslen")
            .text("Hej\n\nØlgod Entreprenør har ringet: kontoen i kreditorsystemet er lukket, og den nye er " + mule(13) + ". Vil "
                + "du rette den, så den kommer med i dagens betalingskørsel? Jeg sidder i budgetforhandlinger hele dagen.\n\n"
                + "Økonomichefen");
        forged(m, forgedHost++);
        m.description = "our finance manager's mailbox forged from outside: 'correct the contractor's account', mule";
    }

    private void ceo() {
        Object[][] c = {{"Borgmester Lars Kristensen", "lars.kristensen.borgmester@gmail.com", GMAIL, "Er du ved skrivebordet?",
            "Hej\n\nJeg sidder i møde med Forsvarets folk om skydeterrænet og kan ikke tale i telefon. Der er en betaling, der "
                + "skal af sted før kl. 13. Svar mig her, så sender jeg detaljerne.\n\nLars\n\nSendt fra min iPhone"},
            {"Kommunaldirektør Hanne Bjerre", "hanne.bjerre.kommunaldirektor@outlook.com", MSFT, "Lille opgave",
                "Hej\n\nJeg vil gerne sige tak til de frivillige livredderes bestyrelse for sommeren. Kan du købe 15 gavekort à "
                    + "500 kr. (Google Play eller Apple), skrabe koderne fri og sende mig billeder af dem her? Du får pengene "
                    + "refunderet i morgen.\n\nHanne"},
            {"Thomas Vinding, økonomichef", "thomas.vinding.okonomi@icloud.com", APPLE, "Fortroligt: jordkøb ved Oksbøl",
                "Hej\n\nKøbet af jorden ved Oksbøl til det nye erhvervsområde er på plads. Sælgers advokat skal have et depositum "
                    + "på 385.000 kr. i dag på " + mule(10) + ". Byrådet får sagen på lukket dagsorden, så hold det for dig selv "
                    + "indtil videre.\n\nThomas"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@varde.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Camilla Jessen", "camillajessen88@gmail.com", "loen@varde.dk", "Skift af lønkonto")
            .text("Hej Løn\n\nJeg er sygeplejerske i hjemmeplejen i Ølgod og har skiftet bank. Kan I sætte oktoberlønnen ind på "
                + bank("5301", "0002446651") + "? Jeg kan ikke logge på medarbejderportalen lige nu.\n\nMvh Camilla");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Rune Abildgaard", "rune.abildgaard.oksbol@hotmail.com", "loen@varde.dk", "Løn til konto i Tyskland")
            .text("Hej\n\nJeg er pedel på Oksbøl Skole og flytter til Husum med min familie. Min danske konto bliver lukket, så "
                + "lønnen fra november skal gå til " + mule(8) + ". Jeg har ikke fået MitID på den nye telefon endnu, derfor "
                + "skriver jeg herfra.\n\nRune");
        genuine(m, MSFT);
        m.description = "a 'caretaker' on hotmail (authenticates) wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "peter@alslevmaler.dk", "kreditor@varde.dk", "nyt kontonummer")
            .text("Hej\n\nJeg har fået nyt kontonummer: " + mule(13) + ". Brug det fra nu af, også til den regning, der står åben."
                + "\n\nMvh Peter\nAlslev Malerforretning");
        ownedBy(m, "alslevmaler.dk");
        m.description = "no attachment: look-alike of alslev-malerforretning.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Outrup Vognmand <soren@outrup-vognmand.dk>", "outrup.vognmand@outlook.com", "kreditor@varde.dk",
            "Ændrede bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er nede, så vi skriver fra denne adresse et par dage. Samtidig er vores "
                + "bankkonto ændret til " + mule(16) + " med det samme.\n\nOutrup Vognmandsforretning");
        genuine(m, MSFT);
        m.description = "display name carries a listed supplier's real address, the mail is outlook: new account in the body";
        m = bad("bank-change-body-only");
        headers(m, natur.person(), "ida@filsoenaturpleje-henne.com", "kyst@varde.dk", "Konto")
            .text("Hej\n\nBanken har opsagt min konto. Vil I overføre betalingen for klitplejen til " + mule(19) + " i stedet?\n\n"
                + "Ida Kragh\nFilsø Naturpleje");
        ownedBy(m, "filsoenaturpleje-henne.com");
        m.description = "look-alike of the unlisted filsoe-naturpleje.dk asks to pay its invoice to a new account";
    }

    private void fakeInkasso() {
        Supplier[] s = {kontor, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-reminder-inkasso");
            String sag = "VI-" + (520_000 + rnd.nextInt(70_000));
            headers(m, "Varde Inkasso", "sag@varde-inkasso.com", "kreditor@varde.dk", "Inkassomeddelelse - sag " + sag
                + " - sidste varsel")
                .text("Varde Kommune\n\n" + s[i].name() + " har overdraget faktura " + p.no() + " på " + p.amount().gross()
                    + " kr. til inkasso hos os. Med omkostninger på 1.850 kr. skal det samlede beløb være indbetalt på "
                    + mule(i + 11) + " inden 3 hverdage. Ellers sendes sagen til fogedretten uden yderligere varsel, og kommunen "
                    + "hæfter for sagens omkostninger.\n\nVarde Inkasso\nSagsbehandler")
                .attach("application/pdf", "Inkasso_" + sag + ".pdf", Attachments.pdf(docId(m, "vi"), "Inkassomeddelelse " + sag,
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.850,00",
                        "Konto " + mule(i + 11))));
            ownedBy(m, "varde-inkasso.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-erhverv-varde.com", "MitID Erhverv", "no-reply@", "Jeres MitID Erhverv-administrator skal "
            + "bekræftes", "Alle offentlige myndigheder skal bekræfte deres MitID Erhverv-administratorer inden 48 timer som led "
                + "i den nye sikkerhedsstandard. Sker det ikke, lukkes adgangen til Virk, Digital Post og NemRefusion.",
            "fake-digital-post"},
            {"digitalpost-oksbol.com", "Digital Post", "besked@", "Ny besked fra Skattestyrelsen",
                "Varde Kommune har modtaget en besked om efterregulering af moms for turistinformationen. Beskeden skal åbnes "
                    + "inden fristen, ellers opkræves beløbet med renter.", "fake-digital-post"},
            {"varde-domaeneservice.com", "Dansk Domæneregistrering", "fornyelse@", "varde.dk udløber - 5 dage tilbage",
                "Registreringen af varde.dk udløber om 5 dage. Fornyes den ikke, stopper kommunens hjemmeside og alle "
                    + "mailadresser.", "domain-directory-scam"},
            {"blaavand-firmaregister.org", "Nordeuropæisk Turismeregister", "opdatering@", "Opdatering af Varde Kommunes "
                + "oplysninger i turismeregistret", "Kontrollér venligst de forudfyldte oplysninger og returnér formularen "
                    + "underskrevet. Grundregistrering er gratis.", "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@varde.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 20);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial;font-size:14px\"><p>" + x[4] + "</p><p><a href=\"" + link
                    + "\" style=\"background:#0b4f9c;color:#fff;padding:9px 18px;text-decoration:none\">Log på med MitID</a></p>"
                    + "<p style=\"font-size:10px;color:#777\">Denne besked kan ikke besvares.</p></body></html>");
            } else if (x[0].startsWith("varde-domaene")) {
                mime.text(x[4] + "\n\nFornyelse 3 år: 7.450,00 kr. til " + mule(5) + " - eller betal med kort her: " + link
                        + "\n\nDansk Domæneregistrering")
                    .attach("application/pdf", "Fornyelse_varde.dk.pdf", Attachments.pdf(docId(m, "dom"), "Fornyelse af domæne",
                        List.of("Domæne: varde.dk", "Periode: 3 år", "7.450,00", "Konto " + mule(5))));
            } else {
                mime.text(x[4] + "\n\nNordeuropæisk Turismeregister")
                    .attach("application/pdf", "Opdatering_Varde_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Opdateringsformular",
                        List.of("Varde Kommune, " + RAADHUS, "Underskrift og dato:", "Med underskriften bestilles en "
                            + "premiumregistrering i 3 år à 1.290 EUR pr. år")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link from " + x[0]
                : "domain/directory trap from " + x[0];
        }
    }

    private void fakeNemHandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "support@nemhandel-varde.net", "efaktura@varde.dk", "EAN " + EAN + " lukkes om 48 timer")
            .html("<html><body style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Kære modtager</p><p>Jeres EAN-nummer "
                + EAN + " er ikke genvalideret efter opdateringen af NemHandel-registret. Uden validering lukkes modtagelsen af "
                + "e-fakturaer om 48 timer.</p><p><a href=\"https://nemhandel-varde.net/valider/" + sha256(m.id).substring(0, 18)
                + "\">Genvalider EAN-nummer</a></p></body></html>");
        ownedBy(m, "nemhandel-varde.net");
        m.description = "fake NemHandel notice: validate the EAN number via a login link";
        m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Support", "retur@nemhandel-varde.net", "kreditor@varde.dk", "4 fakturaer afvist - betaling kan "
            + "ske via os")
            .text("Hej\n\nFire fakturaer til Varde Kommune er afvist på grund af en fejl i jeres modtagerprofil. For at "
                + "leverandørerne ikke skal vente, kan det samlede beløb på 41.237,50 kr. betales via vores mellemregningskonto "
                + mule(6) + ". Fakturaerne kan ses her: https://nemhandel-varde.net/retur/" + sha256(m.id).substring(0, 16)
                + "\n\nNemHandel Support");
        ownedBy(m, "nemhandel-varde.net");
        m.description = "fake NemHandel 'rejected invoices' notice offering to collect their payment to a mule account";
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreafdelingen", "ordre@outrup-ordrecenter.com", "indkoeb@varde.dk", "Ordrebekræftelse 77410: 10 stk. "
            + "MacBook Pro")
            .text("Tak for din ordre. 10 x MacBook Pro 14\" med AppleCare, i alt 214.850,00 kr., sendes og faktureres i morgen "
                + "kl. 8.\n\nHar du ikke bestilt varerne? Ring straks på +45 78 74 19 02, så annullerer vi.\n\nOrdreafdelingen");
        ownedBy(m, "outrup-ordrecenter.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "Kundeservice", "service@outrup-ordrecenter.com", "it@varde.dk", "Fornyelse bekræftet - McAfee Total "
            + "Protection Business")
            .text("Jeres abonnement på McAfee Total Protection Business (75 enheder) er fornyet automatisk for 12 måneder: "
                + "9.675 kr. Ønsker I at opsige, skal det ske telefonisk på +45 78 74 19 02 inden for 24 timer.")
            .attach("application/pdf", "Kvittering.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("McAfee Total Protection Business, 75 enheder, 12 mdr.", "9.675,00 kr.", "Opsigelse: +45 78 74 19 02")));
        ownedBy(m, "outrup-ordrecenter.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"blavand-parkering.com", "Strandparkering Blåvand", "kontrol@", "Kontrolafgift - P-plads ved Blåvand "
            + "Fyr", "Et køretøj fra kommunens bilpark (reg.nr. DA 19 744) er registreret uden gyldig P-billet ved Blåvand Fyr. "
                + "Kontrolafgiften er 760 kr. og stiger efter 3 dage."},
            {"tistrup-betalingsservice.net", "Betalingsservice", "aftale@", "Betalingsaftale afvist",
                "Betalingsaftalen for kommunens fjernvarme er afvist af jeres pengeinstitut. For at undgå gebyr og lukning skal "
                    + "aftalen bekræftes på ny."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@varde.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med mobilen for at fortsætte.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "qr-kode.png", Attachments.qr(docId(m, "qr")));
            ownedBy(m, x[0]);
            m.description = "QR code to pay or confirm, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Oksbøl Freight Services", "accounts@oksbol-freight.com", "indkoeb@varde.dk", "Invoice OFS-2281 - customs "
            + "clearance and storage, CMR 44102")
            .text("Dear customer,\n\nA consignment (3 pallets, 640 kg) addressed to Varde Kommune has arrived at our terminal. "
                + "Customs clearance, documentation and 11 days of storage amount to EUR 2,215.00. The goods will be released "
                + "once payment has been received on " + mule(5) + ". After 14 days, undelivered goods are returned to the "
                + "sender at your cost.\n\nKind regards\nBilling Department\nOksbøl Freight Services")
            .attach("application/pdf", "OFS-2281.pdf", Attachments.pdf(docId(m, "en"), "Invoice OFS-2281",
                List.of("Consignee: Varde Kommune", "CMR 44102, 3 pallets, 640 kg", "Customs clearance, documentation, storage 11 days",
                    "EUR 2,215.00", "Bank: " + mule(5))));
        ownedBy(m, "oksbol-freight.com");
        m.description = "English 'customs clearance and storage' invoice for a consignment nobody ordered, GB IBAN";
        m = bad("english-international");
        headers(m, "Oksbøl Freight Services - Finance", "finance@oksbol-freight.com", "oekonomi@varde.dk",
            "Notification of new remittance details")
            .text("Dear valued customer,\n\nPlease note that our banking arrangements have changed. Kindly amend your supplier "
                + "records and remit all open and future payments to " + mule(14) + " with immediate effect. A brief "
                + "confirmation by return would be appreciated.\n\nFinance Team");
        ownedBy(m, "oksbol-freight.com");
        m.description = "English 'new remittance details', MT IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "alslev-maleren.com"}, {vognmand, "outrup-vognmand.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@varde.dk", i == 0 ? "Faktura som billede" : "Scannet regning")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "billede" : "scanning") + ", fordi vores program driller. Husk "
                    + "det nye kontonummer, der står på den.\n\n" + s.person())
                .attach(i == 0 ? "image/png" : "application/pdf", i == 0 ? "faktura_foto.png" : "Scan_0001.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "png") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "varde-vestkystens-rengoering.net"}, {vvs, "agerbaek-vvs-blik.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 1)), "Faktura", no, amount(1_200_000), mule(i + 1), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@varde.dk", "Faktura " + n + " (pakket fil)")
                .text("Hej\n\nFakturaen er pakket, fordi jeres mailsystem har afvist vores PDF'er. Pak den ud og betal gerne inden "
                    + "fredag.\n\n" + s.person())
                .attach(i == 0 ? "application/x-7z-compressed" : "application/zip", "Faktura_" + n + (i == 0 ? ".7z" : ".zip"),
                    i == 0 ? Attachments.sevenZip("Faktura_" + n + ".pdf", pdf)
                        : Attachments.zip("Faktura " + n + "/faktura.pdf", pdf, "Faktura " + n + "/VIGTIGT.txt",
                            "Bemærk vores nye kontonummer på fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a " + (i == 0 ? "7z" : "ZIP") + " archive from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@aarre-kontorforsyning.com", "indkoeb@varde.dk", "Faktura og følgeseddel september")
            .text("Hej\n\nFaktura og følgeseddel er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nÅrre Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_foelgeseddel.docm",
                Attachments.word("Faktura\nVarde Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "aarre-kontorforsyning.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of aarre-kontorforsyning.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@vestkyst-itcenter-varde.net", "skole@varde.dk", "Licensoversigt og nye betalingsoplysninger")
            .text("Hej\n\nLicensoversigten for september og vores nye betalingsoplysninger står i regnearket. Aktivér makroer for "
                + "at se tallene.\n\nVestkyst IT-Center")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Licenser_september.xlsm",
                Attachments.excel(List.of("Licensoversigt september 2035", "I alt DKK 58.125,00", "Ny konto: " + plain(mule(7))), true));
        ownedBy(m, "vestkyst-itcenter-varde.net");
        m.description = "macro-enabled Excel statement from a look-alike of vestkyst-itcenter.dk";
    }

    private void svgHtml() {
        String[][] x = {{"varde-bilagsportal.com", "Ansager Trælast", "Kontoudtog september", "kontoudtog_sep.svg", "image/svg+xml"},
            {"olgod-dokumentarkiv.net", "Ølgod Entreprenørforretning", "Faktura klar i dokumentarkivet", "Faktura_visning.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/d/" + sha256(m.id).substring(0, 20);
            String doc = y[4].equals("text/html")
                ? "<!DOCTYPE html><html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"><script>location.replace('"
                    + url + "');</script></head><body>Henter faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"160\"><text x=\"12\" y=\"30\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"48\" width=\"220\" height=\"34\" "
                    + "fill=\"#24553c\"/></a><script>window.top.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@varde.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    /** An e-invoice XML (OIOUBL, Peppol) whose payee account is the fraudster's, from a look-alike. */
    private void xmlChanged() {
        Object[][] x = {{entrep, "olgod-entreprenor.net", false}, {it, "vestkystitcenter-varde.dk", true}};
        int i = 0;
        for (Object[] y : x) {
            Supplier s = (Supplier) y[0];
            String d = (String) y[1];
            boolean peppol = (Boolean) y[2];
            M m = bad("xml-invoice-changed-account");
            String no = invoiceNo(s);
            Amount a = amount(2_200_000);
            headers(m, s.name(), s.box() + "@" + d, "efaktura@varde.dk", "E-faktura " + no + (peppol ? " (Peppol)" : " (OIOUBL)"))
                .text("Hej\n\nVi skifter e-fakturaudbyder i denne måned, så fakturaen kommer som XML direkte til jer og kan "
                    + "indlæses som normalt. Bemærk den nye bankkonto i filen.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", no.replace('/', '-') + ".xml",
                    ubl(no, s, peppol ? mule(i + 8) : mule(i + 2), a, isoDay(m, 0), isoDay(m, 8), peppol, "VK-" + (67_000 + i),
                        "Ny bankforbindelse").getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = (peppol ? "Peppol" : "OIOUBL") + " XML from look-alike " + d + " of " + s.domain()
                + " with the payee account changed";
            i++;
        }
    }

    private void fakeSignatures() {
        M m = bad("fake-esignature-request");
        headers(m, "Destination Vesterhavet via Adobe Acrobat Sign", "adobesign@adobesign-varde.com", "turisme@varde.dk",
            "Underskriv venligst: Tillæg til partnerskabsaftale - udløber i dag")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Destination Vesterhavet har anmodet om din "
                + "underskrift på <b>Tillæg til partnerskabsaftale 2036</b>. Dokumentet udløber i dag kl. 16.</p><p><a href=\""
                + "https://adobesign-varde.com/sign/" + sha256(m.id).substring(0, 24) + "\">Log ind og underskriv</a></p>"
                + "<p style=\"font-size:10px;color:#888\">Adobe Acrobat Sign</p></body></html>");
        ownedBy(m, "adobesign-varde.com");
        m.description = "look-alike e-signature domain in the tourism partnership's name: login page, deadline today";
        m = bad("fake-esignature-request");
        headers(m, "Dokumentservice", "underskrift@henne-signering.net", "ejendomsservice@varde.dk", "Forpagtningsaftale klar til "
            + "underskrift: kiosk ved Henne Strand")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Et dokument venter på din underskrift: <b>Forpagtning af "
                + "kiosken ved Henne Strand, 2036-2038</b>.</p><p>Bekræft din identitet med din Microsoft 365-konto for at åbne "
                + "dokumentet.</p><p><a href=\"https://henne-signering.net/d/" + sha256(m.id).substring(0, 20)
                + "\">Åbn dokument</a></p></body></html>");
        ownedBy(m, "henne-signering.net");
        m.description = "fake signing service: a 'beach kiosk lease' behind a Microsoft 365 login page";
    }

    /** Part to the known account, the rest to a new one: looks careful, moves the money all the same. */
    private void splitPayments() {
        Past p = past.get(mad.domain());
        M m = bad("split-payment-redirect");
        headers(m, "Varde Madservice, Debitor", "debitor@varde-madservice.dk.betaling-varde.com", "aeldre@varde.dk", "Delt "
            + "betaling - faktura " + p.no())
            .text("Kære Varde Kommune\n\nI forbindelse med fondens overtagelse skal betalingen for faktura " + p.no() + " ("
                + p.amount().gross() + " kr.) deles: 30 % til den konto, I kender, og 70 % til fondens driftskonto " + mule(16)
                + ". Fra januar samles alt på den nye konto.\n\nPå forhånd tak.\n\nVarde Madservice A/S\nDebitor");
        ownedBy(m, "varde-madservice.dk.betaling-varde.com");
        m.description = "the meal service's real domain as a prefix of betaling-varde.com splits its real invoice's payment "
            + "(it did announce a new account itself): 70 % to an LT account";
        p = past.get(vvs.domain());
        m = bad("split-payment-redirect");
        headers(m, "Agerbæk VVS & Blik ApS", "kontor@agerbaek-vvs-blik.com", "kreditor@varde.dk", "Vedr. faktura " + p.no()
            + " - delbetaling")
            .text("Hej\n\nVores bank har lagt et loft over indbetalinger på driftskontoen, mens vi skifter kontopakke. Betal derfor "
                + "20.000 kr. af faktura " + p.no() + " til den sædvanlige konto og resten til vores projektkonto " + mule(1)
                + ".\n\nMvh\nKontoret\nAgerbæk VVS & Blik");
        ownedBy(m, "agerbaek-vvs-blik.com");
        m.description = "look-alike of agerbaek-vvs-blik.dk: part of a real invoice to the usual account, the rest to a DK mule";
    }

    /** A phone call first ("as agreed on the phone"), then the mail that confirms the new account. */
    private void vishingFollowups() {
        M m = bad("vishing-followup");
        headers(m, vognmand.person(), "soren@outrup-vognmand.com", "kreditor@varde.dk", "Som lovet i telefonen")
            .text("Hej\n\nTak for snakken her til morgen. Som aftalt får du de nye kontooplysninger på skrift: " + mule(13)
                + ". Det gælder også faktura " + past.get(vognmand.domain()).no() + ", som står åben hos jer.\n\nVh Søren\n"
                + vognmand.name());
        ownedBy(m, "outrup-vognmand.com");
        m.description = "after a call, a look-alike of outrup-vognmand.dk 'confirms in writing' a new account, DK mule account";
        m = bad("vishing-followup");
        headers(m, "Gitte Vang - Ansager Trælast", "gitte.vang.traelast@outlook.com", "kreditor@varde.dk",
            "Skriftlig bekræftelse af vores samtale - ny konto")
            .text("Hej\n\nHer er den skriftlige bekræftelse, du bad om i telefonen. Ansager Trælasts nye konto er " + mule(15)
                + " fra i dag. Jeg skriver fra min private mail, fordi firmamailen er ved at blive flyttet til en ny udbyder.\n\n"
                + "Med venlig hilsen\nGitte Vang\nBogholderiet, Ansager Trælast A/S");
        genuine(m, MSFT);
        m.description = "after a call, a 'bookkeeper' of the listed timber merchant confirms a new SE account from outlook";
    }

    /**
     * New family: beach cleaning after storms billed or moved: the real beach contractor's name on a look-alike cites the real
     * framework agreement and moves the storm clean-up to a new account, an unknown firm bills clean-up "agreed with your beach
     * staff" that nobody ordered, and an English "oil-spill response" firm wants prepayment for removing oil on the beach.
     */
    private void beachFrauds() {
        Past p = past.get(strand.domain());
        M m = bad("fake-beach-cleaning-invoice");
        headers(m, strand.person(), "hans@blaavand-strandservice.net", "kyst@varde.dk", "Stormoprydning uge 39 - rammeaftale "
            + beachContract + " - ny konto")
            .text("Hej Kyst og Natur\n\nHer er fakturaen for oprydningen efter stormen i uge 39 efter rammeaftale " + beachContract
                + ", samme timepriser som august (faktura " + p.no() + ").\n\nVi har skiftet bank efter sommeren, så brug "
                + "kontoen på den nye faktura: " + mule(3) + ". Den gamle konto er lukket.\n\nVh Hans\n" + strand.name())
            .attach("application/pdf", pdfName(p.no() + "-S", 1), pdfInvoice(m, strand.posing("blaavand-strandservice.net", mule(3)),
                "Faktura", p.no() + "-S", new Amount(7_368_000, kr(7_368_000), kr(1_842_000), kr(9_210_000)), mule(3), 1,
                List.of("Rammeaftale " + beachContract + ": stormoprydning uge 39", "Ny bankforbindelse")));
        ownedBy(m, "blaavand-strandservice.net");
        m.description = "look-alike of the real beach contractor cites its agreement and August invoice: the storm clean-up to a "
            + "new EE account";
        m = bad("fake-beach-cleaning-invoice");
        String no = "VSR-" + (1_100 + rnd.nextInt(300));
        headers(m, "Henne Strandrens ApS", "faktura@henne-strandrens.dk", "kyst@varde.dk", "Faktura " + no + " - akut "
            + "strandrensning efter stormen")
            .text("Til Varde Kommune, Kyst og Natur\n\nEfter stormen i uge 39 ryddede vi efter aftale med jeres strandfolk tang, "
                + "fiskenet og drivgods på Vejers Strand og ved nedkørslen i Henne, hvor jeres egen entreprenør ikke nåede frem.\n\n"
                + "Faktura " + no + " på 48.562,50 kr. inkl. moms er vedhæftet. Betaling inden 8 dage til " + mule(17) + ".\n\n"
                + "Med venlig hilsen\nHenne Strandrens ApS")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "vsr"), "Faktura " + no,
                List.of("Henne Strandrens ApS", "Kunde: Varde Kommune, Kyst og Natur", "Akut strandrensning efter storm, uge 39",
                    "Traktor m. strandrive 26 t à 925,00, bortkørsel 14 t à 1.050,00", "38.850,00 + moms 9.712,50 = 48.562,50",
                    "Konto: " + mule(17))));
        ownedBy(m, "henne-strandrens.dk");
        m.description = "unknown firm bills 'emergency beach cleaning agreed with your staff' on beaches the contractor cleaned, "
            + "DK mule account";
        m = bad("fake-beach-cleaning-invoice");
        headers(m, "North Sea Oil Spill Response - Blåvand", "ops@blaavand-oilspill-response.com", "kyst@varde.dk",
            "URGENT: oil contamination on your beach - mobilisation requires prepayment")
            .text("Dear Coastal Department,\n\nOur spotter has registered oil lumps along 2.5 km of beach south of Blåvand lighthouse "
                + "after the storm. We have a crew of 8 with absorbents and a container ready to mobilise tomorrow at 06:00.\n\n"
                + "Day rate EUR 9,400. As you are a new client, the first day must be prepaid to " + mule(5) + " before 15:00 "
                + "today, otherwise the crew will be assigned to the German coast.\n\nBest regards\nOperations\nNorth Sea Oil "
                + "Spill Response");
        ownedBy(m, "blaavand-oilspill-response.com");
        m.description = "English 'oil-spill response' wants a day's clean-up prepaid today before mobilising, GB IBAN";
    }

    /**
     * New family: landowners' associations' road contributions for the municipality's plots, demanded by the wrong people: the
     * real association's name on a look-alike cites the real member number with a "new treasurer's account", an unknown "road
     * guild" bills a large contribution for a road resurfacing nobody decided, and a "treasurer" on gmail asks for several
     * years' contributions "in arrears" to his own account.
     */
    private void roadAssociationFrauds() {
        M m = bad("fake-road-association-contribution");
        headers(m, "Henne Strand Grundejerforening, kasserer", "kasserer@henne-strand-grundejerforening.dk",
            "ejendomsservice@varde.dk", "Vejbidrag 2035 - medlem " + memberNo + " - ny kasserer og ny konto")
            .text("Kære Varde Kommune\n\nPå generalforsamlingen blev der valgt ny kasserer, og foreningens konto er flyttet til "
                + "min bank. Vejbidraget for 2035 for medlem " + memberNo + " (4 grunde, i alt 4.600,00 kr.) bedes derfor betalt til "
                + mule(2) + " senest " + written(m, 7) + ". Se bort fra en eventuel opkrævning med den gamle konto.\n\n"
                + "Med venlig hilsen\nKassereren\nHenne Strand Grundejerforening")
            .attach("application/pdf", "Vejbidrag_" + memberNo + ".pdf", Attachments.pdf(docId(m, "fvb"), "Opkrævning vejbidrag 2035",
                List.of("Henne Strand Grundejerforening", "Medlem " + memberNo + ": Varde Kommune, 4 grunde",
                    "4 x 1.150,00 = 4.600,00", "Ny konto: " + mule(2))));
        ownedBy(m, "henne-strand-grundejerforening.dk");
        m.description = "look-alike of the landowners' association cites the municipality's member number: 'new treasurer, "
            + "new account', DK mule account";
        m = bad("fake-road-association-contribution");
        String no = "VKV-" + (300 + rnd.nextInt(200));
        headers(m, "Vejlauget Henne Klit", "kasse@henne-klit-vejlaug.dk", "ejendomsservice@varde.dk", "Opkrævning " + no
            + ": ekstraordinært vejbidrag, asfaltering af Klitvejen")
            .text("Til Varde Kommune\n\nPå laugets ekstraordinære generalforsamling blev det besluttet at asfaltere Klitvejen og "
                + "Sandbjergvej. Efter fordelingsnøglen udgør kommunens andel for 6 grunde 68.400,00 kr.\n\nBeløbet skal betales "
                + "inden 10 dage til " + mule(18) + ", så entreprenøren kan bestilles før frosten. Ved manglende betaling "
                + "pålægges rykkergebyr og renter efter vedtægternes § 9.\n\nBestyrelsen\nVejlauget Henne Klit")
            .attach("application/pdf", "Opkraevning_" + no + ".pdf", Attachments.pdf(docId(m, "vkv"), "Opkrævning " + no,
                List.of("Vejlauget Henne Klit", "Ekstraordinært vejbidrag, asfaltering 2035", "6 grunde: 68.400,00",
                    "Konto: " + mule(18))));
        ownedBy(m, "henne-klit-vejlaug.dk");
        m.description = "unknown 'road guild' bills an extraordinary contribution for a resurfacing nobody decided, NO IBAN";
        m = bad("fake-road-association-contribution");
        headers(m, "Poul Erik Damgaard", "pouleriik.damgaard.kasserer@gmail.com", "ejendomsservice@varde.dk",
            "Restance vejbidrag 2032-2035 - Lyngvejen")
            .text("Hej\n\nJeg har overtaget kassererposten i vejlauget og kan se, at kommunen ikke har betalt vejbidrag for "
                + "grunden ved pumpestationen siden 2032. Restancen er 4 x 850 kr. + rykkergebyrer, i alt 3.900 kr.\n\nLaugets "
                + "konto er ved at blive flyttet, så indtil videre kan beløbet overføres til min egen konto " + bank("5301",
                "0002590012") + ". Jeg sender kvittering til lauget.\n\nVenlig hilsen\nPoul Erik Damgaard\nkasserer");
        genuine(m, GMAIL);
        m.description = "a 'new treasurer' of the real road guild on gmail (authenticates) claims four years' 'arrears' to his "
            + "own account (the guild's real treasurer was paid this year)";
    }

    /**
     * New family: compensation for road damage after the military exercise at Oksbøl "released" against a fee, or its payout
     * moved: a look-alike of the defence estate agency cites the real case and asks for a processing fee, a "claims settlement"
     * firm wants a success fee in advance to "speed up" the compensation, and a forged mail from the agency's real domain asks
     * for the municipality's account "for the payout" via a form.
     */
    private void exerciseDamageFrauds() {
        M m = bad("fake-exercise-damage-compensation-fee");
        headers(m, "Forsvarsministeriets Ejendomsstyrelse, Oksbøl", "erstatning@fes-oksbol.com", "vejognatur@varde.dk",
            "Sag " + damageCase + " - erstatning klar til udbetaling")
            .text("Til Varde Kommune\n\nErstatningen for vejskaderne efter øvelsen i Oksbøl Skydeterræn (sag " + damageCase + ") er "
                + "godkendt med 286.400 kr.\n\nFør beløbet kan frigives, skal der betales et ekspeditionsgebyr på 2,5 % (7.160,00 "
                + "kr.) til " + mule(10) + " senest " + written(m, 3) + ". Ellers bortfalder sagen og skal genansøges.\n\n"
                + "Med venlig hilsen\nErstatningskontoret\nForsvarsministeriets Ejendomsstyrelse")
            .attach("application/pdf", "Gebyr_" + damageCase + ".pdf", Attachments.pdf(docId(m, "fes"), "Ekspeditionsgebyr sag "
                + damageCase, List.of("Erstatning for vejskader efter øvelse: 286.400,00", "Ekspeditionsgebyr 2,5 %: 7.160,00",
                    "Betales til: " + mule(10), "Frist: " + dots(m, 3))));
        ownedBy(m, "fes-oksbol.com");
        m.description = "look-alike of the defence estate agency cites the real damage case: compensation released only against "
            + "a 'processing fee', RO IBAN";
        m = bad("fake-exercise-damage-compensation-fee");
        headers(m, "Oksbøl Skadesafregning ApS", "sag@oksbol-skadesafregning.dk", "vejognatur@varde.dk", "Hurtigere udbetaling "
            + "af erstatning for vejskader efter øvelse")
            .text("Til Varde Kommune, Vej og Natur\n\nVi bistår kommuner med erstatningskrav mod staten efter militærøvelser og "
                + "har adgang til at fremskynde sagsbehandlingen hos Ejendomsstyrelsen. Vores erfaring er, at kommunerne får "
                + "30-40 % mere udbetalt.\n\nHonoraret er et fast forskud på 24.500 kr. ekskl. moms, der skal være betalt på "
                + mule(12) + " inden fredag, hvis jeres sag skal nå med i næste udbetalingsrunde.\n\nMed venlig hilsen\n"
                + "Oksbøl Skadesafregning ApS")
            .attach("application/pdf", "Fuldmagt_og_forskud.pdf", Attachments.pdf(docId(m, "osa"), "Fuldmagt og forskudsfaktura",
                List.of("Oksbøl Skadesafregning ApS", "Forskud: 24.500,00 + moms 6.125,00 = 30.625,00", "Konto: " + mule(12),
                    "Underskrift (kommunen):")));
        ownedBy(m, "oksbol-skadesafregning.dk");
        m.description = "unknown 'claims settlement' firm wants an advance fee to 'speed up' the state's compensation, BG IBAN";
        m = bad("fake-exercise-damage-compensation-fee");
        headers(m, "Forsvarsministeriets Ejendomsstyrelse", "oksbol@fes.dk", "oekonomi@varde.dk", "Udbetaling sag " + damageCase
            + " - bekræft modtagerkonto")
            .html("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Til Varde Kommune</p><p>Erstatningen i sag "
                + damageCase + " kan ikke udbetales til NemKonto, da kontoen er registreret som spærret. Bekræft venligst "
                + "kommunens modtagerkonto og betal verifikationsbeløbet på 1,00 kr. via linket inden 24 timer.</p><p><a href=\""
                + "https://janderup-claims.com/fes/" + sha256(m.id).substring(0, 20) + "\">Bekræft modtagerkonto</a></p>"
                + "<p style=\"font-size:10px;color:#777\">Forsvarsministeriets Ejendomsstyrelse</p></body></html>");
        forged(m, forgedHost++);
        m.description = "forged From fes.dk (p=reject) from a fraudster's host: 'NemKonto blocked, confirm the account' via a "
            + "card link on janderup-claims.com";
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
        return writeFiles(dir, new HeldOutCorpus37().generate(), List.of(
            "# Varde Kommune, Økonomi: invoice checks (thirty-seventh held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=oksbol-varmevaerk.dk olgod-entreprenor.dk nr-nebel-kloakservice.dk tistrup-tomrersnedker.dk "
                + "alslev-malerforretning.dk vestkystens-rengoering.dk ugeavisen-varde.dk outrup-vognmand.dk janderup-elteknik.dk "
                + "agerbaek-vvs-blik.dk varde-madservice.dk ansager-traelast.dk vestkyst-itcenter.dk billum-busser.dk "
                + "aarre-kontorforsyning.dk blaavand-strandservice.dk",
            "invoice.domains.platforms=flatpay.com hogia.se mamut.com invoicebus.com cloudfaktura.dk",
            "invoice.names.protected=Varde Kommune"));
    }
}
