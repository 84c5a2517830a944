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
 * The nineteenth held-out invoice corpus (issue 11 item 5): a test set in a world nobody tuned on. "Our" public body is
 * Hillerød Kommune ({@value #OWN}, p=reject; creditor, e-invoice, finance, purchasing, payroll, jobcentre, children and
 * family, and department mailboxes) with fifteen listed suppliers from Hillerød, Ullerød, Favrholm, Gørløse, Skævinge,
 * Nødebo, Harløse, Tjæreby and Gribskov in every DNS posture real Danish firms have (some sending through a web hoster
 * named in their SPF), three invoicing platforms ({@code invoice2go.com}, {@code freshbooks.com}, {@code billdu.com}),
 * local banks, the capital region and a neighbouring municipality, a Lübeck street-furniture maker for the new Favrholm
 * district and a Helsingborg playground builder, SaaS (Doodle, Emply, Jobindex, DanDomain), an auditor, an
 * e-signature service, a lawyer's collection department, an insurer, a pension fund, employers with wage subsidies, a
 * foster family, a creditor list, forwarders (with and without SRS), free mail and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (changed bank details, CEO fraud, fake Digital Post/MitID,
 * fake inkasso, domain and directory traps, compromised mailboxes, hijacked threads, QR codes, archives, SVG/HTML
 * attachments, macro documents, callback scams, salary-account changes, vishing follow-ups, fake NemHandel rejections)
 * and three kinds new here: a wage-subsidy claim (løntilskud/fleksjob refusion) paid to an account other than the
 * employer's NemKonto, a foster carer's fee moved to a new account, and an insurance deductible ("selvrisiko") demanded
 * in an insurer's or restoration firm's name. The invoice engine, its tests, tuning notes and earlier results were not
 * read. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the mail's kind (a
 * legitimate invoice, credit note, reminder, collection demand for a real debt, intermunicipal, wage-subsidy claim,
 * foreign, SaaS or domain-renewal invoice) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where
 * the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus19GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus19 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout19");
    public static final String OWN = "hillerod.dk";
    static final String FRAUD_NET = "127.196.";
    private static final String OWN_IP = "127.190.0.1";
    private static final String EAN = "5798007845102";
    private static final String RAADHUS = "Trollesminde Allé 27, 3400 Hillerød";
    /** A North Zealand web hoster whose outgoing server several small firms name in their SPF. */
    private static final String HOSTER_IP = "127.195.9.1";
    private static final String GMAIL = "127.199.1.1";
    private static final String MSFT = "127.199.2.1";
    private static final String APPLE = "127.199.5.1";

    private final Random rnd = new Random(19_0019_3400L);
    /** Wave 1 per supplier domain: what later mails (reminders, hijacks, split payments, credit notes) cite. */
    private final Map<String, Past> past = new TreeMap<>();
    private Amount last;
    private String lastSubject;
    private int forgedHost = 40;

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2028, 10, 23, 7, 35, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2028, 11, 22, 7, 45, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "4.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Ullerød Vand & Varme A/S", "ullerod-vandvarme.dk",
        "Kundecenter, Ullerød Vand & Varme", "regning", "127.191.1.1", iban("DK", "20000007318452"),
        "vand, vandafledning og fjernvarme, kommunale bygninger i Ullerød, oktober");
    private final Supplier entrep = new Supplier("Favrholm Anlæg & Beton A/S", "favrholm-anlaeg.dk", "Mette Grønvold",
        "mette", "127.191.2.1", bank("2191", "0006624871"), "støttemure og trapper ved den nye station, Favrholm etape 2");
    private final Supplier kloak = new Supplier("Gørløse Kloakservice ApS", "gorlose-kloak.dk", "Henrik Jessen", "henrik",
        HOSTER_IP, bank("0400", "4015527309"), "TV-inspektion og rodskæring af stikledninger, Gørløse Skole");
    private final Supplier toemrer = new Supplier("Skævinge Tømrer & Byg ApS", "skaevinge-byg.dk", "Anders Kofoed", "anders",
        "127.191.4.1", bank("5301", "0000467281"), "nye døre og lofter i personalerum, Skævinge Børnehus");
    private final Supplier maler = new Supplier("Nødebo Malerforretning v/ Per Lund", "nodebo-maler.dk", "Per Lund", "per",
        "127.191.5.1", bank("2191", "0008120347"), "indvendig maling af klasselokaler, Nødebo Skole, efterårsferien");
    private final Supplier rengoer = new Supplier("Frederiksborg Facility Service ApS", "frederiksborg-facility.dk",
        "Bogholderiet", "bogholderi", "127.191.6.1", bank("3409", "0012275038"),
        "daglig rengøring af Hillerød Bibliotek og Ullerødhallen, oktober");
    private final Supplier avis = new Supplier("Ugeavisen Slotsbyen", "slotsbyen-ugeavis.dk", "Annoncesalget", "annonce",
        "127.191.7.1", iban("DK", "30000010662398"), "kommunens side og tre stillingsannoncer, oktober");
    private final Supplier vognmand = new Supplier("Gørløse Vognmandsforretning I/S", "gorlose-vognmand.dk", "Bjarne Holst",
        "bjarne", "127.191.8.1", bank("0400", "4016611853"), "bortkørsel af jord og levering af grus til stien ved Gørløse Mose");
    private final Supplier el = new Supplier("Tjæreby El & Teknik ApS", "tjaereby-el.dk", "Casper Tjæreby Lind", "casper",
        HOSTER_IP, bank("5301", "0000529106"), "ny belysning og nødlys, Tjæreby Forsamlingshus");
    private final Supplier vvs = new Supplier("Harløse VVS ApS", "harlose-vvs.dk", "Kontoret", "kontor", "127.191.10.1",
        bank("2191", "0003358816"), "udskiftning af varmtvandsbeholder og cirkulationspumpe, Harløse Børnehave");
    private final Supplier madservice = new Supplier("Frederiksborg Madservice A/S", "frederiksborg-madservice.dk",
        "Frederiksborg Madservice, Kundeservice", "kunde", "127.191.11.1", iban("DK", "53010000781264"),
        "mad til hjemmeboende borgere og plejecentre, uge 41-42");
    private final Supplier traelast = new Supplier("Hillerød Trælast A/S", "hillerod-traelast.dk", "Trælastens Erhvervsafdeling",
        "erhverv", "127.191.12.1", iban("DK", "04004016773920"), "byggematerialer til Ejendomme og Drift, rammeaftale 2028");
    private final Supplier it = new Supplier("Hillerød IT-Drift ApS", "hillerod-itdrift.dk", "Hillerød IT-Drift, Fakturering",
        "faktura", "127.191.13.1", bank("3409", "0011462257"), "drift af skolernes trådløse net og 60 nye elev-PC'er");
    private final Supplier bus = new Supplier("Skævinge Busser ApS", "skaevinge-busser.dk", "Trafikkontoret", "trafik",
        "127.191.14.1", bank("5301", "0000614492"), "specialkørsel til Ullerødskolen og Skævinge Skole, oktober");
    private final Supplier kontor = new Supplier("Gribskov Kontorforsyning ApS", "gribskov-kontor.dk", "Ordrekontoret", "ordre",
        "127.191.15.1", iban("DK", "21910005537184"), "kopipapir, toner og mødeblokke, rammeaftale, oktober");
    // not on the creditor list: small local firms and sole traders
    private final Supplier smed = new Supplier("Nr. Herlev Smedie v/ Ole Brink", "nrherlev-smedie.dk", "Ole Brink", "ole",
        "127.192.1.1", bank("0400", "4017720015"), "nye gelændere ved trappen til Slotssøen, Torvet");
    private final Supplier skadedyr = new Supplier("Uvelse Skadedyrskontrol", "uvelse-skadedyr.dk", "Dorthe Uvelse", "dorthe",
        "127.192.2.1", bank("5301", "0000732219"), "musebekæmpelse i køkkenet, Ullerød Plejecenter");
    private final Supplier snedker = new Supplier("Lille Lyngby Møbelsnedker", "lillelyngby-snedker.dk", "Rasmus Lyngby",
        "rasmus", "127.192.3.1", bank("2191", "0005571940"), "reparation af læsesalens borde, Hillerød Bibliotek");
    private final Supplier have = new Supplier("Freerslev Have & Park v/ Jonas Freerslev", "freerslev-have.dk", "Jonas Freerslev",
        "jonas", "127.192.4.1", bank("3409", "0013318820"), "beskæring af lindetræer, Alsønderup Skole");
    private final Supplier natur = new Supplier("Naturvejleder i Gribskov v/ Ida Bjerre", "gmail.com", "Ida Bjerre",
        "ida.bjerre.gribskov", GMAIL, bank("0400", "4019937264"), "naturdag i Gribskov med 4. årgang, Skævinge Skole");
    private final Supplier tolk = new Supplier("Yusuf Demir Tolkning", "outlook.com", "Yusuf Demir", "yusuf.demir.tolk", MSFT,
        bank("5301", "0000881437"), "tolkning tyrkisk-dansk, Jobcenter Hillerød, 3 timer");
    private final Supplier musik = new Supplier("Harmonikaspiller Karen Mose", "icloud.com", "Karen Mose", "karen.mose.musik",
        APPLE, bank("2191", "0007742615"), "musik til julefrokost for beboerne, Plejecenter Skovhuset");
    private final Supplier foto = new Supplier("Nødebo Foto v/ Line Krogh", "hotmail.com", "Line Krogh", "nodebo.foto",
        MSFT, bank("3409", "0015528301"), "fotos af nybyggeriet i Favrholm til kommunens hjemmeside");
    // foreign suppliers for the new Favrholm district and the playgrounds
    private final Supplier moebel = new Supplier("Stadtmobiliar Lübeck GmbH", "stadtmobiliar-luebeck.de", "Buchhaltung",
        "buchhaltung", "127.197.1.1", iban("DE", "230400000331774400"), "Sitzbänke und Fahrradständer, Favrholm Stationsplads");
    private final Supplier lekplats = new Supplier("Lekplatsbygg Helsingborg AB", "lekplatsbygg-helsingborg.se", "Ekonomi",
        "ekonomi", "127.197.2.1", iban("SE", "30500000053071882264"), "klätterställning med fallunderlag, Nødebo Naturlegeplads");

    private final List<Supplier> listed = List.of(forsyning, entrep, kloak, toemrer, maler, rengoer, avis, vognmand, el, vvs,
        madservice, traelast, it, bus, kontor);

    /** Fraudsters' own domains; each gets SPF and, depending on its position, DKIM and DMARC. */
    private static final String[] OWNED = {"ullerod-vandvarme.com", "favrholm-anlaeg.com", "hillerod-traelast.net",
        "skaevinge-byg.com", idn("frederiksborg-facil\u0456ty.dk"), idn("hiller\u00f8d.dk"), "invoice2go-hillerod.com",
        "billdu-hillerod.net", "gorlose-kloakservice.dk", "frederiksborg-madservice.com", "skaevingebyg.dk", "nodebomaler.dk",
        "hillerod-inkassocenter.com", "mitid-hillerod-kommune.com", "hillerod-domaeneservice.com",
        "frederiksborg-erhvervsregister.org", "gribskov-ordreservice.com", "mobilbetaling-hillerod.net", "skaevinge-busser.net",
        "favrholm-geosurvey.com", "nodebo-maler.net", "gorlose-vognmand.com", "frederiksborg-facility.net", "gorlose-kloak.net",
        "gribskov-kontor.com", "hillerod-it-drift.dk", "hillerod-dokumentvisning.com", "ullerod-fakturaportal.net",
        "skaevinge-bus.dk", "gorlose-planteskole.com", "hillerod-virksomhedsservice.dk", "kronborg-forsikring-hillerod.com",
        "hillerod-skadeservice.com", "hillerodtraelast.dk", "harlose-vvs-hillerod.dk", "nemhandel-hillerod.com",
        "efaktura-frederiksborg.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ullerod-vandvarme.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("favrholm-anlaeg.dk", List.of(entrep.ip()), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gorlose-kloak.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("skaevinge-byg.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.ED25519_SHA256, null); // no DMARC
        domain("nodebo-maler.dk", null, null, null, null); // nothing published
        domain("frederiksborg-facility.dk", null, null, DkimAlgorithm.RSA_SHA256, "quarantine"); // DKIM only, enforcing
        domain("slotsbyen-ugeavis.dk", List.of(avis.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("gorlose-vognmand.dk", List.of("127.191.98.8"), "~all", null, "none"); // SPF names the route planner only
        domain("tjaereby-el.dk", List.of(HOSTER_IP), "-all", DkimAlgorithm.RSA_SHA256, "none"); // hoster SPF and DKIM
        domain("harlose-vvs.dk", List.of(vvs.ip()), "-all", null, "reject"); // SPF only, enforcing
        domain("frederiksborg-madservice.dk", List.of(madservice.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("hillerod-traelast.dk", List.of(traelast.ip(), "127.191.12.2"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hillerod-itdrift.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only, enforcing
        domain("skaevinge-busser.dk", List.of(bus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("gribskov-kontor.dk", List.of(kontor.ip()), "?all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("nrherlev-smedie.dk", List.of(smed.ip()), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("uvelse-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("lillelyngby-snedker.dk", List.of(snedker.ip()), "-all", null, null);
        domain("freerslev-have.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("hammersholt-laas.dk", List.of(HOSTER_IP), "~all", null, null); // SPF through the web hoster only
        domain("stadtmobiliar-luebeck.de", List.of(moebel.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("lekplatsbygg-helsingborg.se", List.of(lekplats.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("spielgeraete-ratzeburg.de", List.of("127.197.3.1"), "-all", null, null);
        // collection, auditor, e-signature, insurer, pension fund, employers, school, shops
        domain("nordstjernen-advokater.dk", List.of("127.193.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slotsbyens-revision.dk", List.of("127.193.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("lppension.dk", List.of("127.193.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kronborg-forsikring.dk", List.of("127.193.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("frb-gymnasium.dk", List.of("127.193.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sj-legepladser.dk", List.of("127.193.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("hillerod-byggemarked.dk", List.of("127.193.7.1"), "-all", null, "none");
        domain("slotsgade-boghandel.dk", List.of("127.193.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, null);
        domain("addosign.com", List.of("127.193.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("gorlose-planteskole.dk", List.of("127.193.10.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hillerod-cykelcenter.dk", List.of("127.193.11.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        // invoicing platforms
        domain("invoice2go.com", List.of("127.194.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("freshbooks.com", List.of("127.194.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("billdu.com", List.of("127.194.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        // banks, region, neighbours, list, ESP, newsletter, forwarders
        domain("nsj-andelskasse.dk", List.of("127.195.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("slotsbanken.dk", List.of("127.195.2.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("regionh.dk", List.of("127.195.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("allerod.dk", List.of("127.195.4.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("furesoe.dk", List.of("127.195.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("kreditornet-hovedstaden.dk", List.of("127.195.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mailerlite.com", List.of("127.195.7.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kreditorbladet.dk", List.of("127.195.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("srs.nsjnet.dk", List.of("127.198.1.1"), "-all", null, null);
        domain("relay.hillerod-fiber.dk", List.of("127.198.2.1"), "-all", null, null);
        // free mail, SaaS
        domain("gmail.com", List.of(GMAIL), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of(MSFT), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("icloud.com", List.of(APPLE), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("doodle.com", List.of("127.197.5.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("emply.com", List.of("127.197.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jobindex.dk", List.of("127.197.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dandomain.dk", List.of("127.197.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        String[] policy = {"reject", null, "quarantine", "none", null, "reject", "quarantine"};
        for (int i = 0; i < OWNED.length; i++) {
            DkimAlgorithm key = i % 6 == 5 ? null : i % 4 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256;
            domain(OWNED[i], List.of(FRAUD_NET + "70." + (i + 1)), i % 5 == 3 ? "~all" : "-all", key, policy[i % policy.length]);
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int span) {
        long net = 41_200 + rnd.nextInt(span);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    /** Every supplier numbers its invoices its own way. */
    private String invoiceNo(Supplier s) {
        switch (Math.floorMod(sha256("no19:" + s.domain()).hashCode(), 6)) {
            case 0:
                return String.valueOf(62_000 + rnd.nextInt(9_000));
            case 1:
                return "2028-" + String.format("%04d", 200 + rnd.nextInt(3_000));
            case 2:
                return "FAK" + (10_400 + rnd.nextInt(5_000));
            case 3:
                return "H" + (3_100 + rnd.nextInt(2_000)) + "-28";
            case 4:
                return (500 + rnd.nextInt(900)) + "/2028";
            default:
                return String.valueOf(1_900_000 + rnd.nextInt(90_000));
        }
    }

    private static final String[] TO = {"kreditor@hillerod.dk", "efaktura@hillerod.dk", "kreditor@hillerod.dk",
        "oekonomi@hillerod.dk", "by-land-vand@hillerod.dk", "skole@hillerod.dk", "sundhed-aeldre@hillerod.dk",
        "kultur-fritid@hillerod.dk", "ejendomme@hillerod.dk", "indkoeb@hillerod.dk", "kreditor@hillerod.dk", "favrholm@hillerod.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String tag) {
        return Long.parseLong(sha256("pdf19:" + tag + ":" + m.id).substring(5, 17), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr19:" + domain).hashCode(), 8_000_000));
    }

    private static String creditorNo(String domain) {
        return String.valueOf(85_000_000 + Math.floorMod(sha256("fi19:" + domain).hashCode(), 9_000_000));
    }

    /**
     * Four layouts: a header block "Faktura nr. / Ordre nr. / Dato / Betalingsbetingelser" with a line and totals; a
     * craftsman's "regning" splitting hours and materials; a short bill from the accounting program with an FI line
     * "+71<...>" (printed only with the supplier's own account); a "betalingsoplysninger" box at the foot.
     */
    private byte[] pdfInvoice(M m, Supplier s, String title, String no, Amount a, String account, int layout, List<String> more) {
        List<String> l = new ArrayList<>();
        String head;
        boolean free = CorpusChecks.FREE_MAIL.contains(s.domain());
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                head = s.name();
                l.add((free ? "" : "www." + s.domain() + "  -  ") + "CVR-nr. " + cvr(s.domain()));
                l.add(title.toUpperCase(DA) + " nr. " + no + "    Ordre nr. " + (7_000 + Math.floorMod(s.domain().hashCode(), 2_000))
                    + "    Dato " + dottedDay(m, 0));
                l.add("Kunde: Hillerød Kommune, " + RAADHUS + "   EAN " + EAN);
                l.add("Betalingsbetingelser: netto 30 dage (" + dottedDay(m, 30) + ")");
                l.add("1 stk.  " + s.what() + "   " + a.net());
                l.add("Subtotal " + a.net() + "   25 % moms " + a.vat() + "   I alt DKK " + a.gross());
                l.addAll(more);
                l.add("Beløbet indbetales på " + account + " - anfør fakturanummer " + no);
            }
            case 1 -> {
                head = "Regning " + no;
                l.add(s.name() + (free ? "" : " - " + s.domain()) + " - CVR " + cvr(s.domain()));
                l.add("Til Hillerød Kommune (EAN " + EAN + "), dato " + writtenDay(m, 0));
                l.add("Udført: " + s.what());
                long hours = a.ore() * 60 / 100;
                l.add("Timer " + (6 + Math.floorMod(no.hashCode(), 30)) + " á sats: " + kr(hours) + "   Materialer og kørsel: "
                    + kr(a.ore() - hours));
                l.add("Ialt u/moms " + a.net() + ", moms " + a.vat() + ", at betale " + a.gross() + " kr.");
                l.addAll(more);
                l.add("Betaling senest " + writtenDay(m, 21) + " til " + account);
            }
            case 2 -> {
                head = title;
                l.add(s.name() + "   " + title.toLowerCase(DA) + " " + no + "   " + isoDay(m, 0));
                l.add("Debitor: Hillerød Kommune, kreditorbogholderiet, EAN " + EAN);
                l.add("Tekst: " + s.what());
                l.add("Netto " + a.net() + " | moms " + a.vat() + " | total " + a.gross() + " DKK | forfald " + isoDay(m, 30));
                l.addAll(more);
                l.add("Konto: " + account);
                if (account.equals(s.account())) {
                    String digits = no.replaceAll("\\D", "");
                    l.add("+71<" + String.format("%015d", digits.isEmpty() ? 0L : Long.parseLong(digits) % 1_000_000_000_000_000L)
                        + "+" + creditorNo(s.domain()) + "<");
                }
            }
            default -> {
                head = title + " " + no;
                l.add("Afsender: " + s.name() + ", CVR " + cvr(s.domain()));
                l.add("Modtager: Hillerød Kommune, " + RAADHUS);
                l.add("Fakturadato " + dottedDay(m, 0) + "   Forfaldsdato " + dottedDay(m, 14));
                l.add(s.what() + "   " + a.net() + " ekskl. moms");
                l.add("Moms " + a.vat() + "   Fakturabeløb DKK " + a.gross());
                l.addAll(more);
                l.add("BETALINGSOPLYSNINGER: " + account + "   Reference: " + no);
            }
        }
        return Attachments.pdf(docId(m, no), head, l);
    }

    private static String pdfName(String no, int v) {
        String n = no.replace('/', '-');
        String[] names = {"Faktura-" + n + ".pdf", "faktura_" + n + ".pdf", n + ".pdf", "Hillerod_Kommune_" + n + ".pdf",
            "Fakt" + n + ".pdf", "Regning_" + n + ".pdf", "Dokument_" + n + ".pdf", "invoice_" + n + ".pdf"};
        return names[Math.floorMod(v, names.length)];
    }

    private static final String[] GREETING = {"Hej", "Til Hillerød Kommune", "Kære kreditorbogholderi", "Goddag", "Hej kreditor",
        "Att. bogholderiet", "Hej alle", "Hej igen"};

    private String signature(Supplier s) {
        switch (Math.floorMod(sha256("sig19:" + s.domain() + s.box()).hashCode(), 5)) {
            case 0:
                return "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name();
            case 1:
                return "\n\nMvh\n" + s.person() + "\n" + s.name() + "\nTlf. 48 " + (20 + rnd.nextInt(70)) + " " + (10 + rnd.nextInt(89))
                    + " " + (10 + rnd.nextInt(89));
            case 2:
                return "\n\nVenlig hilsen\n" + s.person() + " - " + s.name() + "\nCVR " + cvr(s.domain());
            case 3:
                return "\n\nHilsen\n" + s.person() + (CorpusChecks.FREE_MAIL.contains(s.domain()) ? "\n\nSendt fra min telefon" : "\n"
                    + s.name() + " | www." + s.domain());
            default:
                return "\n\nVh " + s.person() + "\n" + s.name();
        }
    }

    /** A supplier's invoice mail (text or HTML, PDF attached); the caller says how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> more, String note) {
        String no = invoiceNo(s);
        Amount a = amount(listed.contains(s) ? 8_800_000 : 720_000);
        String[] subjects = {"Faktura " + no, "Faktura nr. " + no + " fra " + s.name(), "Hillerød Kommune - faktura " + no,
            "Regning " + no, "Faktura " + no + " (EAN " + EAN + ")", s.name() + ": faktura", "Ny faktura fra " + s.name(),
            "Fakt. " + no + " - udført arbejde", "Faktura nr. " + no};
        String text = switch (Math.floorMod(v, 8)) {
            case 0 -> "Hermed faktura " + no + " vedrørende " + s.what() + ".";
            case 1 -> "Vedhæftet vores faktura på " + a.gross() + " kr. inkl. moms med forfald " + writtenDay(m, 30) + ".";
            case 2 -> "Arbejdet er færdigt, og fakturaen følger her. Den er også sendt elektronisk til jeres EAN.";
            case 3 -> "Tak for samarbejdet. Faktura nr. " + no + " er vedhæftet - giv lyd, hvis noget ser forkert ud.";
            case 4 -> "Se vedhæftede faktura for perioden. Angiv venligst fakturanummeret, når I betaler.";
            case 5 -> "Faktura: " + no + "\nBeløb i alt: " + a.gross() + " kr.\nBetalingsfrist: " + writtenDay(m, 30);
            case 6 -> "Undskyld forsinkelsen på regningen - den har ligget i udbakken siden efterårsferien.";
            default -> "Faktura vedhæftet.";
        };
        String body = GREETING[Math.floorMod(v, GREETING.length)] + "\n\n" + text + note + signature(s);
        last = a;
        lastSubject = subjects[Math.floorMod(v, subjects.length)];
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), lastSubject);
        if (v % 5 == 2) {
            mime.html("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Verdana,Arial,sans-serif;font-size:10pt\"><p>"
                + body.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(no, v), pdfInvoice(m, s, "Faktura", no, a, account, v, more));
        return no;
    }

    /** An OIOUBL 2.02 invoice as the Danish NemHandel infrastructure carries it. */
    private String oioubl(String no, Supplier s, Amount a, String issue, String due) {
        return Ubl.oioublBank(no, s.name(), cvr(s.domain()), s.account(), s.what(), "Hillerød Kommune", EAN, a.ore(), issue, due, "31",
            String.valueOf(45_000 + Math.floorMod(no.hashCode(), 5_000)));
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
        List<Supplier> again = List.of(entrep, traelast, madservice, avis, kloak, it, vvs, maler, forsyning, el, kontor, vognmand,
            bus, toemrer, rengoer, traelast);
        int k = 0;
        for (Supplier s : again) {
            M m = ok("supplier-invoice", true);
            List<String> ref = switch (k % 4) {
                case 0 -> List.of("Indkøbsordre " + (58_200 + k * 23));
                case 1 -> List.of("Rekvirent: " + to().replace("@hillerod.dk", ""));
                case 2 -> List.of("Projekt: " + (k % 3 == 0 ? "Favrholm byudvikling" : "bygningsvedligehold 2028"));
                default -> List.of();
            };
            String note = k % 5 == 1 ? "\n\nTimesedlen ligger med i mailen." : k % 7 == 4 ? "\n\nBilleder af det udførte er vedhæftet." : "";
            invoice(m, s, s.account(), k * 3 + 1, ref, note);
            if (k % 5 == 1) {
                m.mime.attach("application/pdf", "timeseddel_uge" + (40 + k) + ".pdf", Attachments.pdf(docId(m, "ts"), "Timeseddel",
                    List.of(s.what(), "Timer i alt: " + (4 + k % 11), "Kørsel: Hillerød t/r", "Godkendt af driftsleder")));
            } else if (k % 7 == 4) {
                m.mime.attach("image/jpeg", "IMG_" + (4410 + k) + ".jpg", Attachments.image(docId(m, "jpg"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice with its usual account" + (s.ip().equals(HOSTER_IP) ? ", sent via its web hoster" : "");
            k++;
        }
        for (Supplier s : List.of(forsyning, madservice, rengoer)) {
            M m = ok("supplier-invoice", true);
            invoice(m, s, s.account(), k++ * 3 + 2, List.of("Periode: november 2028"), "\n\nFakturaen dækker november måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice for November, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        intermunicipal();
        wageSubsidies();
        fosterCarer();
        insurance();
        platforms();
        oioublFiles();
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
        pension();
        auditor();
        remittances();
        shops();
        quotesAndLetters();
    }

    private void creditNotes() {
        Object[][] c = {{traelast, "Kreditnota til faktura ", "To paller fliser blev returneret fra Ejendomme og Drift i ubrudt emballage."},
            {kontor, "Kreditering - faktura ", "Vi sendte 15 kasser mødeblokke for meget i oktober. Beklager fejlen."},
            {madservice, "Kreditnota vedr. faktura ", "Seks borgere var på aflastning i uge 42 og fik ikke leveret mad."}};
        int i = 0;
        for (Object[] x : c) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("credit-note", true);
            String no = "KR-" + (200 + rnd.nextInt(5_000));
            Amount a = amount(310_000).credit();
            headers(m, s.person(), addr(s), "kreditor@hillerod.dk", x[1] + p.no())
                .text(GREETING[i + 1] + "\n\n" + x[2] + " Vedhæftet kreditnota " + no + " på " + a.gross() + " kr., som I kan "
                    + "trække fra i næste betaling." + signature(s))
                .attach("application/pdf", "Kreditnota-" + no + ".pdf", pdfInvoice(m, s, "Kreditnota", no, a, s.account(), i + 1,
                    List.of("Vedrører faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note against its wave-1 invoice";
            i++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(toemrer, vvs)) {
            Past p = past.get(s.domain());
            M m = ok("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@hillerod.dk", "Kontoudtog pr. " + dottedDay(m, -1))
                .text("Hej\n\nVedhæftet kontoudtog til jeres afstemning. Faktura " + p.no() + " er betalt, og der er ingen åbne poster."
                    + signature(s))
                .attach("application/pdf", "kontoudtog_hillerod_kommune.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog",
                    List.of("Debitor: Hillerød Kommune", "Faktura " + p.no() + "   " + p.amount().gross() + "   betalt", "Saldo DKK 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing open";
        }
        M m = ok("payment-acknowledgement", false);
        headers(m, vognmand.person(), addr(vognmand), "kreditor@hillerod.dk", "Tak for betalingen")
            .text("Hej\n\nPengene for faktura " + past.get(vognmand.domain()).no() + " er kommet ind. Tak for det.\n\nBjarne\n"
                + vognmand.name());
        genuine(m, vognmand.ip());
        m.description = "gorlose-vognmand.dk thanks for payment (its SPF names only the route planner: softfail)";
    }

    private void reminders() {
        Object[][] r = {{avis, "Betalingspåmindelse", "Ifølge vores bogholderi er nedenstående faktura endnu ikke betalt. Er "
            + "betalingen allerede sendt, kan I se bort fra denne påmindelse."},
            {maler, "Mangler betaling", "Hej. Jeg har ikke fået betaling for malerarbejdet på Nødebo Skole i efterårsferien. "
                + "Kan I se, om den er blevet væk? Mvh Per"},
            {kloak, "1. rykker", "Fakturaen er nu 10 dage over forfald. Vi opkræver ikke rykkergebyr denne gang."}};
        int i = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            Past p = past.get(s.domain());
            M m = ok("payment-reminder", true);
            headers(m, s.person(), addr(s), "kreditor@hillerod.dk", x[1] + ": faktura " + p.no())
                .text(GREETING[(i + 3) % GREETING.length] + "\n\n" + x[2] + "\n\nFaktura " + p.no() + " på " + p.amount().gross()
                    + " kr. bedes betalt til vores sædvanlige konto " + s.account() + "." + signature(s))
                .attach("application/pdf", "Rykker-" + p.no().replace('/', '-') + ".pdf", pdfInvoice(m, s, "Rykker", p.no(),
                    p.amount(), s.account(), i + 2, List.of("Påmindelse om faktura " + p.no())));
            genuine(m, s.ip());
            m.description = s.domain() + " reminder for its real wave-1 invoice, usual account";
            i++;
        }
    }

    private void collection() {
        M m = ok("collection-notice", true);
        String sag = "NA-" + (51_000 + rnd.nextInt(900));
        String klient = bank("3409", "0019902214");
        headers(m, "Nordstjernen Advokater, inkassoafdelingen", "inkasso@nordstjernen-advokater.dk", "kreditor@hillerod.dk",
            "Inkassomeddelelse - sag " + sag + " (Lille Lyngby Møbelsnedker)")
            .text("Hillerød Kommune\n\nSom advokat for Lille Lyngby Møbelsnedker v/ Rasmus Lyngby skal vi meddele, at faktura nr. 318 "
                + "af 12. august 2028 på 8.437,50 kr. (nye hylder, Hillerød Bibliotek) ikke er betalt trods to rykkere.\n\nHar I "
                + "betalt, eller er I uenige i kravet, bedes I skrive til os med sagsnummeret. Ellers bedes beløbet med tillæg af "
                + "100 kr. i inkassogebyr indbetalt på vores klientkonto " + klient + " inden 10 dage.\n\nMed venlig hilsen\n"
                + "Nordstjernen Advokater, Hillerød")
            .attach("application/pdf", "Inkassomeddelelse-" + sag + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + sag,
                List.of("Fordringshaver: Lille Lyngby Møbelsnedker", "Faktura 318: 8.437,50", "Inkassogebyr: 100,00",
                    "Klientkonto: " + klient)));
        genuine(m, "127.193.1.1");
        m.description = "a real lawyer's collection letter about an unlisted firm's unpaid invoice, DMARC pass";
    }

    private void intermunicipal() {
        M m = ok("intermunicipal-invoice", true);
        String no = "RH-" + (4_410_000 + rnd.nextInt(90_000));
        String konto = iban("DK", "02160002117795");
        headers(m, "Region Hovedstaden, Debitorbogholderiet", "debitor@regionh.dk", "kreditor@hillerod.dk", "Faktura " + no
            + " - ophold på regionalt botilbud, oktober")
            .text("Til Hillerød Kommune\n\nVedhæftet faktura for ophold på regionens botilbud i oktober 2028 efter rammeaftalen. "
                + "Fakturaen er også sendt via NemHandel til jeres EAN. Betaling til " + konto + ".\n\nVenlig hilsen\nRegion "
                + "Hovedstaden, Koncern Økonomi")
            .attach("application/pdf", "Faktura-" + no + ".pdf", Attachments.pdf(docId(m, "rh"), "Faktura " + no,
                List.of("Region Hovedstaden, Kongens Vænge 2, 3400 Hillerød", "Betaler: Hillerød Kommune, EAN " + EAN,
                    "Takst oktober 2028, 31 døgn", "I alt DKK 104.780,00 (momsfri)", "Betaling: " + konto)));
        genuine(m, "127.195.3.1");
        m.description = "the capital region's invoice for a placement under the framework agreement, its own account, DMARC pass";
        m = ok("intermunicipal-invoice", true);
        no = "AK-" + (72_000 + rnd.nextInt(9_000));
        konto = bank("2191", "0006655120");
        headers(m, "Allerød Kommune, Opkrævningen", "opkraevning@allerod.dk", "skole@hillerod.dk", "Mellemkommunal betaling "
            + no + " - elev i specialtilbud")
            .text("Kære Hillerød Kommune\n\nHermed opkrævning for en elev med bopæl i Hillerød, som går i vores specialtilbud på "
                + "Lillerød Skole, perioden 1. august - 31. oktober. Specifikationen er vedhæftet. Beløbet indbetales på " + konto
                + " med nummer " + no + ".\n\nMed venlig hilsen\nAllerød Kommune, Opkrævningen")
            .attach("application/pdf", "Opkraevning-" + no + ".pdf", Attachments.pdf(docId(m, "ak"), "Opkrævning " + no,
                List.of("Mellemkommunal betaling, specialundervisning", "Periode 01.08.2028-31.10.2028", "DKK 57.900,00",
                    "Konto " + konto)));
        genuine(m, "127.195.4.1");
        m.description = "neighbouring municipality's intermunicipal charge for a pupil, p=none, aligned pass";
    }

    /** New legitimate family: real employers claim the wage subsidy for people in subsidised jobs, paid to their NemKonto. */
    private void wageSubsidies() {
        M m = ok("wage-subsidy-claim", true);
        headers(m, "Gørløse Planteskole A/S, Løn", "loen@gorlose-planteskole.dk", "jobcenter@hillerod.dk",
            "Anmodning om udbetaling af løntilskud, oktober 2028")
            .text("Til Jobcenter Hillerød, Virksomhedsservice\n\nVi har en medarbejder i løntilskud hos os (bevilling af 4. september "
                + "2028, sagsnr. JC-28-4471). Lønsedlen for oktober er vedhæftet, og vi anmoder om udbetaling af tilskuddet på "
                + "9.842,00 kr. Det udbetales som sædvanlig til vores NemKonto.\n\nVenlig hilsen\nMarianne Friis\nGørløse "
                + "Planteskole A/S, CVR " + cvr("gorlose-planteskole.dk"))
            .attach("application/pdf", "Loenseddel_oktober_loentilskud.pdf", Attachments.pdf(docId(m, "lt"), "Lønseddel oktober 2028",
                List.of("Gørløse Planteskole A/S", "Medarbejder i løntilskud, 37 timer/uge", "Timer i perioden: 160,33",
                    "Tilskud efter bevilling: 9.842,00 DKK", "Udbetales til virksomhedens NemKonto")));
        genuine(m, "127.193.10.1");
        m.description = "a local employer's monthly wage-subsidy claim with the payslip, paid to its NemKonto, DMARC pass";
        m = ok("wage-subsidy-claim", true);
        headers(m, "Hillerød Cykelcenter", "butik@hillerod-cykelcenter.dk", "jobcenter@hillerod.dk",
            "Refusion fleksjob 3. kvartal - Hillerød Cykelcenter")
            .text("Hej Jobcenter\n\nVedhæftet opgørelse for vores medarbejder i fleksjob for juli-september. I plejer at sende "
                + "tilskuddet til NemKonto - det er uændret.\n\nMvh\nTorben Storm\nHillerød Cykelcenter, Slotsgade 18")
            .attach("application/pdf", "Opgoerelse_fleksjob_Q3.pdf", Attachments.pdf(docId(m, "fj"), "Opgørelse fleksjob Q3 2028",
                List.of("Hillerød Cykelcenter ApS, CVR " + cvr("hillerod-cykelcenter.dk"), "Fleksjob, 15 timer/uge",
                    "Løn udbetalt jul.-sep.: 51.210,00", "Tilskud jf. bevilling: 27.654,00", "NemKonto")));
        genuine(m, "127.193.11.1");
        m.description = "a bike shop's quarterly flexi-job subsidy statement (Ed25519, p=none, aligned pass), NemKonto as always";
    }

    /** New legitimate family: a foster family sends receipts for agreed expenses; reimbursement goes to their NemKonto. */
    private void fosterCarer() {
        M m = ok("foster-carer-expense-claim", false);
        headers(m, "Louise og Mikkel Hvass", "hvass.familie.nodebo@gmail.com", "boern-familie@hillerod.dk",
            "Udlæg for efterårsferien - kvitteringer")
            .text("Hej Sanne\n\nSom aftalt på opfølgningsmødet sender vi kvitteringerne for vinterjakke, støvler og lejrskole "
                + "(i alt 2.385 kr.). Det må gerne komme med den næste udbetaling til vores NemKonto.\n\nKh Louise og Mikkel\n"
                + "Plejefamilie, Nødebo")
            .attach("image/jpeg", "kvitteringer_oktober.jpg", Attachments.image(docId(m, "pf"), "jpg"));
        genuine(m, GMAIL);
        m.description = "a real foster family on gmail sends receipts for agreed expenses, NemKonto, nothing new";
    }

    /** New legitimate family: the insurer settles a claim and deducts the deductible; nothing to pay. */
    private void insurance() {
        M m = ok("insurance-settlement", false);
        String sag = "SK-" + (880_000 + rnd.nextInt(90_000));
        headers(m, "Kronborg Forsikring, Erhvervsskade", "skade@kronborg-forsikring.dk", "oekonomi@hillerod.dk",
            "Skadeopgørelse " + sag + " - vandskade Ullerødhallen")
            .text("Kære Hillerød Kommune\n\nVi har nu opgjort vandskaden i Ullerødhallen efter skybruddet den 2. oktober. "
                + "Erstatningen udgør 186.420,00 kr. efter fradrag af selvrisiko på 25.000,00 kr., og beløbet udbetales til "
                + "kommunens NemKonto inden 5 bankdage. I skal ikke foretage jer noget.\n\nOpgørelsen er vedhæftet.\n\n"
                + "Med venlig hilsen\nKronborg Forsikring, Erhvervsskade")
            .attach("application/pdf", "Skadeopgoerelse-" + sag + ".pdf", Attachments.pdf(docId(m, "sk"), "Skadeopgørelse " + sag,
                List.of("Forsikringstager: Hillerød Kommune", "Skadested: Ullerødhallen", "Opgjort skade 211.420,00",
                    "Selvrisiko -25.000,00", "Udbetales til NemKonto: 186.420,00")));
        genuine(m, "127.193.4.1");
        m.description = "insurer's settlement of a real water damage, deductible already deducted, paid to our NemKonto";
    }

    private void platforms() {
        Object[][] p = {{"invoice2go.com", "invoices@", "Invoice2go", toemrer}, {"invoice2go.com", "invoices@", "Invoice2go", smed},
            {"freshbooks.com", "noreply@", "FreshBooks", el}, {"freshbooks.com", "noreply@", "FreshBooks", moebel},
            {"billdu.com", "faktura@", "Billdu", natur}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = ok("platform-invoice", true);
            String no = (d.startsWith("invoice2go") ? "#" : d.startsWith("billdu") ? "BD" : "FB-") + (300 + rnd.nextInt(6_000));
            Amount a = amount(1_300_000);
            m.mailFrom = "bounces+" + sha256("plat19:" + m.id).substring(0, 10) + "@" + d;
            headers(m, s.name() + " via " + x[2], x[1] + d, "efaktura@hillerod.dk", (s == moebel ? "Rechnung / Faktura " : "Faktura ")
                + no + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body style=\"font-family:Arial,sans-serif;background:#eef1f4\"><table width=\"580\" align=\"center\" "
                    + "style=\"background:#fff\"><tr><td style=\"padding:24px\"><p>Hej Hillerød Kommune</p><p>Du har modtaget "
                    + "faktura <b>" + no + "</b> fra " + s.name() + ".</p><p>Beløb: <b>DKK " + a.gross() + "</b><br>Forfald: "
                    + writtenDay(m, 14 + v * 3) + "</p><p>PDF'en er vedhæftet. Svar på denne mail for at skrive direkte til " + s.name()
                    + ".</p><p style=\"color:#999;font-size:11px\">Sendt med " + x[2] + " på vegne af " + s.name()
                    + ".</p></td></tr></table></body></html>")
                .attach("application/pdf", no.replace("#", "") + ".pdf", pdfInvoice(m, s, "Faktura", no, a, s.account(), v, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice through platform " + d
                + ", usual account, Reply-To the supplier";
            v++;
        }
    }

    private void oioublFiles() {
        int v = 0;
        for (Supplier s : List.of(forsyning, kontor, entrep)) {
            M m = ok("oioubl-peppol-xml", true);
            String no = invoiceNo(s);
            Amount a = amount(2_600_000);
            headers(m, s.name(), addr(s), "efaktura@hillerod.dk", "OIOUBL-faktura " + no)
                .text("Hej e-faktura\n\nSom aftalt med jeres e-fakturateam sender vi OIOUBL-filen direkte, mens vores udbyder "
                    + "skifter Peppol-adgangspunkt. Der er en PDF-kopi med.\n\nVenlig hilsen\n" + s.name())
                .attach("application/xml", "OIOUBL_" + no.replace('/', '-') + ".xml", oioubl(no, s, a, isoDay(m, 0), isoDay(m, 30))
                    .getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", "Kopi_" + no.replace('/', '-') + ".pdf", pdfInvoice(m, s, "Faktura", no, a,
                    s.account(), v + 3, List.of("Original sendt som OIOUBL 2.02")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL XML invoice with a PDF copy, usual account";
            v++;
        }
    }

    /** Two genuine bank changes, announced properly; one supplier's next invoice then carries the new account. */
    private void bankChanges() {
        String nyKonto = bank("5301", "0000990417");
        M m = ok("supplier-new-account", false);
        headers(m, toemrer.person(), addr(toemrer), "kreditor@hillerod.dk", "Ny bank fra 1. januar")
            .text("Hej\n\nVi skifter bank til Nordsjællands Andelskasse 1. januar 2029. Fakturaer dateret 1. januar eller senere "
                + "har det nye kontonummer " + nyKonto + " trykt på; alt før den dato betales til den gamle konto.\n\nRing gerne "
                + "til mig på det nummer, I har stående i kreditorsystemet, og få det bekræftet, før I retter noget. Det "
                + "underskrevne brev er vedhæftet." + signature(toemrer))
            .attach("application/pdf", "Ny_bankforbindelse_2029.pdf", Attachments.pdf(docId(m, "nb"), "Meddelelse om ny bankforbindelse",
                List.of(toemrer.name() + ", CVR " + cvr(toemrer.domain()), "Gælder fakturaer fra 01.01.2029", "Ny konto: " + nyKonto,
                    "Anders Kofoed, indehaver")));
        genuine(m, toemrer.ip());
        m.description = "listed carpenter genuinely announces a bank change from January (SPF+DKIM, no DMARC) and asks for a call-back";
        String nyM = iban("DK", "95700001428836");
        m = ok("supplier-new-account", false);
        headers(m, "Frederiksborg Madservice A/S, Økonomi", "oekonomi@frederiksborg-madservice.dk", "kreditor@hillerod.dk",
            "Ny bankforbindelse efter fusion - også sendt med brev")
            .text("Kære kunde\n\nFrederiksborg Madservice er pr. 1. november fusioneret med Nordsjællands Storkøkken A/S. Derfor "
                + "betales fakturaer dateret 1. november 2028 og senere til " + nyM + ".\n\nDet samme står i brevet, vi har sendt "
                + "med posten, og på vores hjemmeside. Ring til vores hovednummer fra hjemmesiden, hvis I vil have ændringen "
                + "bekræftet.\n\nMed venlig hilsen\nFrederiksborg Madservice A/S, Økonomi");
        genuine(m, madservice.ip());
        m.description = "listed supplier (p=reject, DMARC pass) announces a merger and a new account, letter by post";
        m = ok("supplier-invoice", true);
        Supplier moved = new Supplier(madservice.name(), madservice.domain(), madservice.person(), madservice.box(), madservice.ip(),
            nyM, madservice.what());
        invoice(m, moved, nyM, 14, List.of("Ny bankforbindelse jf. brev af 27. oktober 2028"), "\n\nBemærk det nye kontonummer, "
            + "som vi varslede i brevet.");
        genuine(m, madservice.ip());
        m.description = "frederiksborg-madservice.dk invoice with its new account after the announced, authenticated bank change";
    }

    private void smallFirms() {
        int v = 0;
        for (Supplier s : List.of(smed, skadedyr, snedker, have, natur, tolk, musik, foto)) {
            M m = ok("small-supplier-invoice", true);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Bestilt af: " + (v % 2 == 0 ? "driftsleder" : "afdelingsleder")),
                v % 3 == 1 ? "\n\nDet er min første regning til kommunen - skriv endelig, hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted local " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    /** A locksmith on the web hoster (SPF only) and a listed electrician who has moved workshop but not bank. */
    private void moreLocal() {
        Supplier laas = new Supplier("Hammersholt Lås & Alarm", "hammersholt-laas.dk", "Kim Hammer", "kim", HOSTER_IP,
            bank("0400", "4018834406"), "nye cylindre og nøglesystem, Hammersholt Skole");
        M m = ok("small-supplier-invoice", true);
        invoice(m, laas, laas.account(), 19, List.of("Nøgleliste afleveret til skolens pedel"), "\n\nNøglelisten er afleveret "
            + "til pedellen personligt.");
        genuine(m, HOSTER_IP);
        m.description = "unlisted locksmith sending through its web hoster (SPF only, aligned pass, no DMARC)";
        m = ok("supplier-invoice", true);
        invoice(m, el, el.account(), 22, List.of("Ny adresse: Industrivej 9, 3320 Skævinge"), "\n\nVi er flyttet til nyt værksted "
            + "i Skævinge. Bank og konto er de samme.");
        genuine(m, HOSTER_IP);
        m.description = "tjaereby-el.dk invoice announcing a new workshop address, bank unchanged, via its hoster";
    }

    private void foreignSuppliers() {
        Object[][] g = {{moebel, "Rechnung ", "anbei unsere Rechnung für die Lieferung von 14 Sitzbänken und 40 Fahrradständern an den "
            + "Stationsplatz Favrholm. Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).", "EUR 21.480,00",
            "Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"},
            {lekplats, "Faktura ", "här kommer fakturan för klätterställningen med fallunderlag till Nødebo naturlekplats, monterad "
                + "vecka 44. Omvänd skattskyldighet gäller.", "EUR 17.950,00", "Hej,", "Med vänliga hälsningar"}};
        for (Object[] x : g) {
            Supplier s = (Supplier) x[0];
            M m = ok("foreign-invoice", true);
            if (s == moebel) {
                m.wave = 1;
            }
            String no = (s == moebel ? "RE-28-" : "LB") + (4_100 + rnd.nextInt(800));
            String subject = x[1] + no + " - Hillerød Kommune";
            headers(m, s.person() + ", " + s.name(), addr(s), "favrholm@hillerod.dk", subject)
                .text(x[4] + "\n\n" + x[2] + "\n\n" + (s == moebel ? "Zahlbar innerhalb von 30 Tagen auf " : "Betalning inom 30 "
                    + "dagar till ") + s.account() + ".\n\n" + x[5] + "\n" + s.name())
                .attach("application/pdf", (s == moebel ? "Rechnung_" : "Faktura_") + no + ".pdf", Attachments.pdf(docId(m, "fx"),
                    x[1] + no, List.of(s.name(), "Kunde: Hillerød Kommune, " + RAADHUS + ", Dänemark/Danmark", s.what(), "Summe "
                        + x[3] + " - reverse charge", "Bank: " + s.account())));
            genuine(m, s.ip());
            past.put(s.domain(), new Past(no, new Amount(0, "", "", (String) x[3]), messageId(m, s.domain()), subject));
            m.description = s == moebel ? "German street-furniture maker from Lübeck (history), DE IBAN, reverse charge"
                : "Swedish playground builder from Helsingborg, SE IBAN, reverse charge, p=quarantine";
        }
        M m = ok("foreign-invoice", true);
        String no = "R" + (8_800 + rnd.nextInt(300));
        String konto = iban("DE", "200505501262004418");
        headers(m, "Spielgeräte Ratzeburg", "info@spielgeraete-ratzeburg.de", "ejendomme@hillerod.dk", "Rechnung " + no)
            .text("Guten Tag,\n\nanbei die Rechnung für die Ersatzteile (Kettenglieder und Sitze) für die Schaukeln in Ullerød. "
                + "Bitte überweisen Sie auf " + konto + ".\n\nViele Grüße aus Ratzeburg\nHolger Timm")
            .attach("application/pdf", "Rechnung_" + no + ".pdf", Attachments.pdf(docId(m, "rz"), "Rechnung " + no,
                List.of("Spielgeräte Ratzeburg, Inh. Holger Timm", "Ersatzteile Schaukeln, 6 Sitze, 12 Ketten", "EUR 1.386,00 netto, "
                    + "Reverse Charge", konto)));
        genuine(m, "127.197.3.1");
        m.description = "small German workshop from Ratzeburg, SPF only (aligned pass, no DMARC), DE IBAN";
        Past f = past.get(moebel.domain());
        m = ok("payment-reminder", true);
        headers(m, moebel.person() + ", " + moebel.name(), addr(moebel), "favrholm@hillerod.dk", "Zahlungserinnerung zu " + f.no())
            .text("Sehr geehrte Damen und Herren,\n\nfür unsere Rechnung " + f.no() + " über " + f.amount().gross() + " ist bei uns "
                + "noch kein Zahlungseingang verbucht. Wir bitten um Überweisung auf unser bekanntes Konto " + moebel.account()
                + ". Sollte sich Ihre Zahlung mit diesem Schreiben gekreuzt haben, ist es gegenstandslos.\n\nMit freundlichen "
                + "Grüßen\nStadtmobiliar Lübeck GmbH");
        genuine(m, moebel.ip());
        m.description = "German supplier's polite reminder for its real wave-1 invoice, same DE IBAN, p=none aligned pass";
    }

    private void saas() {
        M m = ok("saas-invoice", true);
        String no = "DO-" + (300_000 + rnd.nextInt(90_000));
        headers(m, "Doodle Billing", "billing@doodle.com", "indkoeb@hillerod.dk", "Your Doodle receipt " + no)
            .text("Hello,\n\nThank you for renewing Doodle Team (25 users, annual plan) for Hillerød Kommune. Your card has been "
                + "charged.\n\nInvoice " + no + "\nTotal: EUR 1,740.00 (paid)\n\nDoodle AG")
            .attach("application/pdf", "Doodle_" + no + ".pdf", Attachments.pdf(docId(m, "do"), "Invoice " + no,
                List.of("Bill to: Hillerød Kommune, Denmark", "Doodle Team, 25 seats, 12 months", "EUR 1,740.00 - paid by card",
                    "VAT: reverse charge")));
        genuine(m, "127.197.5.1");
        m.description = "scheduling SaaS receipt already paid by card, Ed25519, DMARC pass";
        m = ok("saas-invoice", true);
        no = "EM" + (51_000 + rnd.nextInt(9_000));
        String konto = bank("3409", "0011128840");
        headers(m, "Emply Økonomi", "faktura@emply.com", "loen@hillerod.dk", "Faktura " + no + " - Emply Hire, 1. halvår 2029")
            .text("Kære kunde\n\nVedhæftet faktura for jeres Emply Hire-licens (rekruttering), 1. halvår 2029, jf. aftalen. Fakturaen "
                + "er også sendt til EAN " + EAN + ". Betaling til " + konto + ".\n\nVenlig hilsen\nEmply")
            .attach("application/pdf", "Emply_" + no + ".pdf", Attachments.pdf(docId(m, "em"), "Faktura " + no,
                List.of("Hillerød Kommune, Løn og Personale", "Emply Hire, 01.01.2029-30.06.2029", "DKK 46.250,00 + moms",
                    "Konto " + konto)));
        genuine(m, "127.197.6.1");
        m.description = "recruitment-system licence invoice, bank transfer to its own account, DMARC pass";
        m = ok("job-advert-invoice", true);
        no = "J" + (9_120_000 + rnd.nextInt(50_000));
        konto = bank("2191", "0004120067");
        headers(m, "Jobindex Fakturering", "faktura@jobindex.dk", "loen@hillerod.dk", "Faktura " + no + " - stillingsopslag")
            .text("Hej Hillerød Kommune\n\nHer er fakturaen for stillingsopslaget 'Socialrådgiver til Børn og Familie' (30 dage, "
                + "fremhævet). Betalingsfrist 14 dage til " + konto + ".\n\nVenlig hilsen\nJobindex")
            .attach("application/pdf", "Jobindex_" + no + ".pdf", Attachments.pdf(docId(m, "jx"), "Faktura " + no,
                List.of("Stillingsopslag, 30 dage, fremhævet", "DKK 7.900,00 + moms 1.975,00 = 9.875,00", "Konto " + konto)));
        genuine(m, "127.197.7.1");
        m.description = "job advertisement invoice from the job portal, DMARC pass";
        m = ok("domain-renewal-invoice", true);
        no = "DD" + (7_700_000 + rnd.nextInt(90_000));
        headers(m, "DanDomain Kundeservice", "faktura@dandomain.dk", "it-drift@hillerod.dk", "Faktura " + no
            + " - fornyelse af hillerod-kulturnat.dk")
            .text("Hej\n\nDomænet hillerod-kulturnat.dk fornyes for et år. Beløbet trækkes automatisk på det betalingskort, der er "
                + "tilknyttet jeres konto hos os - I skal ikke foretage jer noget.\n\nFaktura " + no + ": 149,00 kr. + moms\n\n"
                + "DanDomain")
            .attach("application/pdf", "Faktura_" + no + ".pdf", Attachments.pdf(docId(m, "dd"), "Faktura " + no,
                List.of("Hillerød Kommune, Digitalisering", "Fornyelse hillerod-kulturnat.dk, 12 mdr.", "DKK 186,25 inkl. moms",
                    "Trækkes på tilknyttet kort")));
        genuine(m, "127.197.8.1");
        m.description = "real hosting company's domain renewal for a municipal event domain, paid by card, DMARC pass";
    }

    private void esignature() {
        M m = ok("e-signature-request", false);
        m.mailFrom = "bounce-" + sha256("as19:" + m.id).substring(0, 8) + "@addosign.com";
        headers(m, "Slotsbyens Revision via Addo Sign", "noreply@addosign.com", "oekonomi@hillerod.dk",
            "Til underskrift: Revisionsprotokollat 2027 - Hillerød Forsyningsfond")
            .html("<html><body style=\"font-family:Arial,sans-serif\"><p>Hej Økonomi</p><p>Slotsbyens Revision har sendt dig et "
                + "dokument til underskrift: <b>Revisionsprotokollat 2027</b>.</p><p>Du kan læse og underskrive med MitID via "
                + "linket eller ved at logge ind på addosign.com.</p><p><a href=\"https://app.addosign.com/sign/"
                + sha256("asl19:" + m.id).substring(0, 18) + "\">Åbn dokumentet</a></p><p>Spørgsmål rettes til afsenderen, "
                + "Slotsbyens Revision.</p></body></html>");
        genuine(m, "127.193.9.1");
        m.description = "real e-signature service sends the auditor's management letter for signing, DMARC pass, nothing to pay";
    }

    private void newsletters() {
        String[][] n = {{"kreditorbladet.dk", "Kreditorbladet", "nyhedsbrev@", "Svindel med løntilskud og fleksjobrefusion",
            "Falske arbejdsgivere beder jobcentre udbetale tilskud til en 'ny konto' i stedet for NemKonto. Tilskud udbetales "
                + "altid til virksomhedens NemKonto - kontrollér CVR og bevilling."},
            {"slotsbyens-revision.dk", "Slotsbyens Revision", "nyt@", "Nyhedsbrev: selvrisiko og skadesager",
                "Når en skade er anmeldt, trækker forsikringsselskabet selvrisikoen i udbetalingen. Krav om at betale selvrisiko "
                    + "til en skadeservice bør altid tjekkes hos selskabet."}};
        for (String[] x : n) {
            M m = ok("newsletter", false);
            m.mailFrom = "bounce-" + sha256("nl19:" + x[0]).substring(0, 12) + "@mailerlite.com";
            headers(m, x[1], x[2] + x[0], "oekonomi@hillerod.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/frameld/" + sha256("u19:" + x[0]).substring(0, 10) + ">")
                .header("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .html("<html><body><table width=\"600\" style=\"font-family:Georgia,serif\"><tr><td><h2>" + x[3] + "</h2><p>"
                    + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p><p style=\"font-size:10px\">"
                    + "Du får nyhedsbrevet, fordi du er tilmeldt. Frameld med ét klik.</p></td></tr></table></body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailerlite.com");
            m.ip = "127.195.7.1";
            m.helo = "smtp12.mailerlite.com";
            m.description = "newsletter from " + x[0] + " sent through an ESP, signed by both";
        }
    }

    private void creditorList() {
        String[][] p = {{"regionh.dk", "Birgitte Lund", "bilu@", "Falsk 'selvrisiko' i forsikringsselskabets navn",
            "Hej alle\n\nVi har fået en mail fra et domæne, der lignede vores forsikringsselskabs, med krav om at betale "
                + "selvrisikoen på en vandskade til en konto. Selvrisikoen bliver trukket i erstatningen - der er aldrig noget at "
                + "betale.\n\nBirgitte, Region Hovedstaden"},
            {"allerod.dk", "Jakob Winther", "jawi@", "SV: Falsk 'selvrisiko' i forsikringsselskabets navn", "Tak Birgitte. Hos "
                + "os i Jobcentret er der kommet en 'arbejdsgiver', der vil have løntilskud udbetalt til en anden konto end "
                + "NemKonto. Det kan vi slet ikke, så den var let.\n\nJakob, Allerød"},
            {"furesoe.dk", "Pia Søndergaard", "piso@", "Plejefamilier og kontonumre", "Hej, vi har haft en mail fra en "
                + "'plejemor' på gmail, der ville have vederlaget sat ind på en ny konto. Vederlag går til NemKonto - ring altid "
                + "familien op på det kendte nummer.\n\nPia, Furesø"}};
        for (String[] x : p) {
            M m = ok("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "liste@kreditornet-hovedstaden.dk", x[3])
                .header("List-Id", "Kreditornet Hovedstaden <liste.kreditornet-hovedstaden.dk>")
                .header("List-Post", "<mailto:liste@kreditornet-hovedstaden.dk>")
                .text(x[4]);
            String list = "kreditornet-hovedstaden.dk";
            listPost(m, x[0], list, "[Kreditornet H] ",
                "\r\n_______________________________________________\r\nKreditornet Hovedstaden - kreditor- og "
                + "e-fakturafolk i hovedstadens kommuner\r\nFrameld: https://kreditornet-hovedstaden.dk/liste\r\n");
        }
    }

    private void forwarded() {
        M m = ok("forwarded", true);
        invoice(m, avis, avis.account(), 17, List.of(), "");
        m.mailFrom = "SRS0=k8Tq=SF=slotsbyen-ugeavis.dk=annonce@srs.nsjnet.dk";
        m.signers.add(avis.domain());
        m.ip = "127.198.1.1";
        m.helo = "srs.nsjnet.dk";
        m.description = "slotsbyen-ugeavis.dk invoice forwarded with SRS (forwarder's SPF passes, the paper's DKIM survives)";
        m = ok("forwarded", true);
        invoice(m, traelast, traelast.account(), 27, List.of(), "");
        m.signers.add(traelast.domain());
        relayedBy(m, RELAY, "its DKIM signature survives");
        m = ok("forwarded", true);
        invoice(m, vvs, vvs.account(), 34, List.of(), "");
        relayedBy(m, RELAY, "SPF only and p=reject: nothing aligned survives");
        m = ok("forwarded", true);
        String no = invoiceNo(vognmand);
        Amount a = amount(610_000);
        headers(m, "Rikke Dahl", "ridh@" + OWN, "kreditor@hillerod.dk", "VS: Faktura " + no + " - grus, Gørløse Mose")
            .text("Hej kreditor\n\nFakturaen kom direkte til mig. Kørslen er udført og godkendt, konto 4410-207, Naturpleje "
                + "Gørløse.\n\nRikke Dahl\nBy, Land og Vand\n\n---------- Videresendt meddelelse ----------\nFra: "
                + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + writtenDay(m, -3) + "\nEmne: Faktura " + no + "\n\n"
                + "Hej Rikke, her er regningen for gruset til stien.")
            .attach("application/pdf", pdfName(no, 5), pdfInvoice(m, vognmand, "Faktura", no, a, vognmand.account(), 2, List.of()));
        genuine(m, OWN_IP);
        m.description = "a colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    /** The supplier's mail went to an old address at the local fibre provider, which relays it on without SRS. */
    private static final String RELAY = "relay.hillerod-fiber.dk";

    private void internal() {
        String[][] x = {{"Jobcenter Hillerød, Virksomhedsservice", "virksomhedsservice@", "kreditor@hillerod.dk",
            "Løntilskud og fleksjob udbetales kun til NemKonto", "Hej kreditor\n\nTil orientering: tilskud til arbejdsgivere "
                + "udbetales altid til virksomhedens NemKonto efter bevilling i fagsystemet. Beder en 'arbejdsgiver' om en anden "
                + "konto, så send mailen videre til os.\n\nVirksomhedsservice"},
            {"Søren Bak", "soba@", "kreditor@hillerod.dk", "Faktura fra Skævinge Busser?", "Hej\n\nSkævinge Busser spørger til "
                + "oktoberfakturaen for specialkørslen. Ligger den til godkendelse hos os?\n\nSøren\nSkole og Dagtilbud"},
            {"Digitalisering", "it-drift@", "alle-oekonomi@hillerod.dk", "Vi sender aldrig dokumenter som HTML-filer",
                "Kære kolleger\n\nDelte dokumenter kommer i Teams eller SharePoint, aldrig som vedhæftet HTML- eller SVG-fil. "
                    + "Send den slags til it-sikkerhed@.\n\nDigitalisering"},
            {"Nanna Lykke", "naly@", "kreditor@hillerod.dk", "Udlæg - kaffe til borgermødet i Favrholm", "Hej\n\nVedhæftet "
                + "kvittering for kaffe og kage til borgermødet om Favrholm etape 3. Kan det komme med i næste udlægskørsel?\n\n"
                + "Nanna\nBy, Land og Vand"},
            {"Løn og Personale", "loen@", "ledere@hillerod.dk", "Lønkørsel december", "Kære ledere\n\nÆndringer til "
                + "decemberlønnen skal være registreret senest den 8. Medarbejdere retter selv deres NemKonto; vi ændrer aldrig "
                + "lønkonto på baggrund af en mail."}};
        for (String[] i : x) {
            M m = ok("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, i[2], i[3]).text(i[4]);
            if (i[3].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_borgermoede.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
    }

    private void banks() {
        M m = ok("bank-notice", false);
        headers(m, "Nordsjællands Andelskasse, Erhverv", "erhverv@nsj-andelskasse.dk", "oekonomi@hillerod.dk",
            "Ny meddelelse i Netbank Erhverv")
            .text("Kære kunde\n\nDer er en ny meddelelse til jer i Netbank Erhverv. Log ind på sædvanlig vis. Vi sender aldrig "
                + "links til login og beder aldrig om koder eller MitID-godkendelser på mail.\n\nNordsjællands Andelskasse");
        genuine(m, "127.195.1.1");
        m.description = "bank notice without links, DMARC pass";
        m = ok("bank-notice", false);
        headers(m, "Slotsbanken", "info@slotsbanken.dk", "oekonomi@hillerod.dk", "Julens betalingsfrister")
            .text("Betalinger, der skal være hos modtageren før jul, skal godkendes senest den 21. december kl. 12. "
                + "Udlandsbetalinger skal godkendes to bankdage før.\n\nDenne mail kan ikke besvares.");
        genuine(m, "127.195.2.1");
        m.description = "bank notice about Christmas cut-off times, DMARC pass";
    }

    private void pension() {
        M m = ok("pension-notice", false);
        headers(m, "Lærernes Pension, Arbejdsgiverservice", "arbejdsgiver@lppension.dk", "loen@hillerod.dk",
            "Indbetalingsfil for december")
            .text("Kære arbejdsgiver\n\nDecemberindbetalingen sker som altid via lønsystemets pensionsfil; der er ingen ændringer i "
                + "satser eller indbetalingsoplysninger. Vi ændrer aldrig betalingsoplysninger pr. e-mail.\n\nVenlig hilsen\n"
                + "Lærernes Pension");
        genuine(m, "127.193.3.1");
        m.description = "pension fund's routine notice to the employer, payment via the payroll system, DMARC pass";
    }

    private void auditor() {
        M m = ok("audit-balance-confirmation", false);
        headers(m, "Slotsbyens Revision", "revision@slotsbyens-revision.dk", "kreditor@hillerod.dk", "Saldobekræftelse - "
            + vvs.name())
            .text("Til Hillerød Kommune\n\nSom revisor for " + vvs.name() + " beder vi jer bekræfte jeres saldo over for selskabet "
                + "pr. 30. september 2028. Fuldmagten fra selskabet er vedhæftet.\n\nSvar med saldoen, også hvis den er 0. Vi beder "
                + "ikke om betaling eller bankoplysninger.\n\nVenlig hilsen\nSlotsbyens Revision")
            .attach("application/pdf", "Fuldmagt_saldo.pdf", Attachments.pdf(docId(m, "rev"), "Anmodning om saldobekræftelse",
                List.of(vvs.name() + ", CVR " + cvr(vvs.domain()), "Opgørelsesdato 30.09.2028", "Svar sendes direkte til revisor")));
        genuine(m, "127.193.2.1");
        m.description = "a listed supplier's real auditor asks us to confirm our balance, no payment";
    }

    private void remittances() {
        M m = ok("remittance-advice", false);
        headers(m, "Frederiksborg Gymnasium, Økonomi", "oekonomi@frb-gymnasium.dk", "oekonomi@hillerod.dk", "Betalingsadvisering")
            .text("Hej\n\nVi har i dag overført 18.600,00 kr. til kommunen for leje af Frederiksborg Centret til idrætsdagen "
                + "(jeres faktura 9105533).\n\nVenlig hilsen\nFrederiksborg Gymnasium");
        genuine(m, "127.193.5.1");
        m.description = "remittance advice: a school has paid our invoice";
        m = ok("remittance-advice", false);
        headers(m, "Region Hovedstaden, Kreditorer", "kreditor@regionh.dk", "oekonomi@hillerod.dk", "Betalingsspecifikation")
            .text("Hej Hillerød Kommune\n\nSpecifikation af dagens betaling fra Region Hovedstaden er vedhæftet.\n\nRegion "
                + "Hovedstaden")
            .attach("text/csv", "specifikation.csv", ("fakturanr;tekst;beloeb\r\n9105540;Genoptræning efter udskrivning, oktober;"
                + "22318,00\r\n9105541;Hjælpemidler udlånt, 3. kvartal;4115,50\r\n").getBytes(StandardCharsets.UTF_8));
        genuine(m, "127.195.3.1");
        m.description = "the region pays our invoices (CSV specification), DMARC pass";
    }

    private void shops() {
        String[][] r = {{"hillerod-byggemarked.dk", "Hillerød Byggemarked", "kvittering@", "Din kvittering",
            "Skruer, silikone og 4 spande maling, 1.946,50 kr. Betalt med kommunens indkøbskort."},
            {"slotsgade-boghandel.dk", "Slotsgade Boghandel", "ordre@", "Ordre 8817 bekræftet", "30 eksemplarer af "
                + "'Frederiksborg Slot gennem 400 år' til 6. årgang, 5.370,00 kr. Betalt ved bestilling."}};
        for (String[] x : r) {
            M m = ok("receipt", false);
            headers(m, x[1], x[2] + x[0], "indkoeb@hillerod.dk", x[3]).text(x[4] + "\n\nTak for handlen.\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
        M m = ok("order-confirmation", false);
        headers(m, "Sjællandske Legepladser", "ordre@sj-legepladser.dk", "indkoeb@hillerod.dk", "Ordrebekræftelse 30922")
            .text("Tak for ordren på rutsjebane og sandkasse til legepladsen ved Ullerød Børnehus. Levering uge 49. Fakturaen "
                + "sendes via NemHandel til EAN " + EAN + ".\n\nSjællandske Legepladser");
        genuine(m, "127.193.6.1");
        m.description = "order confirmation, to be invoiced electronically";
    }

    private void quotesAndLetters() {
        M m = ok("quote", false);
        headers(m, smed.person(), addr(smed), "by-land-vand@hillerod.dk", "Tilbud - cykelstativer, Hillerød Station")
            .text("Hej\n\nTilbud på 12 overdækkede cykelstativer i galvaniseret stål, leveret og monteret: 48.600 kr. ekskl. moms. "
                + "Tilbuddet gælder til 31. januar." + signature(smed))
            .attach("application/pdf", "Tilbud_cykelstativer.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("12 overdækkede cykelstativer", "48.600,00 ekskl. moms", "Gyldigt til 31.01.2029")));
        genuine(m, smed.ip());
        m.description = "quote from an unlisted smithy, nothing to pay";
        m = ok("quote", false);
        headers(m, have.person(), addr(have), "by-land-vand@hillerod.dk", "Pris på fældning ved Alsønderup")
            .text("Hej\n\nFældning af tre syge asketræer ved Alsønderup Skole, inkl. stubfræsning og bortkørsel: 1 dag, 11.800 kr. "
                + "+ moms. Vi kan komme i uge 50." + signature(have));
        genuine(m, have.ip());
        m.description = "quote in the body from an unlisted gardener (Ed25519 DKIM only), nothing to pay";
        m = ok("supplier-letter", false);
        headers(m, bus.person(), addr(bus), "skole@hillerod.dk", "Ændret køreplan ved vejarbejdet i Skævinge")
            .text("Hej\n\nMens Hillerødvej i Skævinge er spærret i uge 48-49, kører vi via Lille Lyngby. Afhentningen flyttes 10 "
                + "minutter frem. Faktureringen er uændret.\n\nSkævinge Busser");
        genuine(m, bus.ip());
        m.description = "listed supplier's timetable letter, payment unchanged";
        m = ok("supplier-letter", false);
        headers(m, forsyning.person(), addr(forsyning), "ejendomme@hillerod.dk", "Varsel: afbrydelse af fjernvarmen i Ullerød")
            .text("Kære kunde\n\nTirsdag kl. 8-13 afbryder vi fjernvarmen i dele af Ullerød på grund af ledningsarbejde. Det berører "
                + "Ullerødskolen og Ullerødhallen.\n\nUllerød Vand & Varme");
        genuine(m, forsyning.ip());
        m.description = "listed utility's notice of a district-heating interruption, nothing to pay";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private static final String[] MULES = {iban("LT", "2132500004418837"), iban("DK", "66950002937716"), bank("6695", "0003882195"),
        iban("EE", "4210220177352216"), iban("PL", "741090101400000712198866"), iban("GB", "REVO00996651208843"),
        iban("IE", "BOFI90001244871366"), iban("NL", "BUNQ2066104477"), iban("DE", "500105175409912833"),
        iban("HU", "117730160000551920000000"), iban("RO", "INGB0001000000188402"), iban("BG", "UNCR70001522334411"),
        iban("CY", "002001280000001200883100"), bank("8117", "0000734418"), iban("MT", "VALL22013000000040022914456"),
        iban("SE", "50000000058398257466"), iban("NO", "86011117947")};

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
        splitPayments();
        vishing();
        fakeNemhandel();
        wageSubsidyFraud();
        fosterCarerFraud();
        insuranceFraud();
    }

    private void forgedSuppliers() {
        Supplier[] who = {forsyning, avis, traelast, it};
        String[] notes = {"\n\nVi har fået ny bank. Betal kun til kontoen på denne faktura.",
            "\n\nVores gamle konto er lukket - opdatér venligst jeres kreditorkartotek.", "",
            "\n\nBemærk ny bankforbindelse fra og med denne faktura."};
        for (int i = 0; i < who.length; i++) {
            M m = bad("forged-supplier");
            invoice(m, who[i], mule(i * 4 + 2), i + 5, List.of("Ny bankforbindelse"), notes[i]);
            if (who[i] == traelast) {
                m.mime.header("Reply-To", "<erhverv@hillerod-traelast.net>");
            }
            forged(m, forgedHost++);
            m.description = "forged From " + who[i].domain() + " from a fraudster's machine, changed account"
                + (who[i] == traelast ? ", look-alike Reply-To" : "");
        }
    }

    private void lookalikes() {
        Object[][] l = {{"ullerod-vandvarme.com", forsyning}, {"favrholm-anlaeg.com", entrep},
            {"hillerod-traelast.net", traelast}, {"skaevinge-byg.com", toemrer}};
        for (int i = 0; i < l.length; i++) {
            Supplier real = (Supplier) l[i][1];
            String d = (String) l[i][0];
            M m = bad("lookalike-domain");
            invoice(m, real.posing(d, real.account()), mule(i + 4), i * 3 + 2, List.of(), i % 2 == 0
                ? "\n\nHusk at bruge det nye kontonummer, der står på fakturaen." : "");
            ownedBy(m, d);
            m.description = "look-alike " + d + " of " + real.domain() + " (its own DNS), new account";
        }
    }

    private void homoglyphs() {
        String d = idn("frederiksborg-facil\u0456ty.dk");
        M m = bad("punycode-homoglyph");
        invoice(m, rengoer.posing(d, rengoer.account()), mule(7), 15, List.of(), "");
        ownedBy(m, d);
        m.description = "IDN " + d + " (Cyrillic i) posing as frederiksborg-facility.dk, invoice with new account, authenticates";
        d = idn("hiller\u00f8d.dk");
        m = bad("punycode-homoglyph");
        headers(m, "Hillerød Kommune, Økonomi", "oekonomi@" + d, "kreditor@hillerod.dk", "Haster: depositum til leje af pavillon")
            .text("Hej\n\nVi skal bruge skolepavillonen til Favrholmskolen fra 1. december, og udlejeren vil have et depositum på "
                + "96.000 kr. i dag, ellers går den til en anden kommune. Overfør venligst til " + mule(9) + " - lejekontrakten "
                + "kommer bagefter.\n\nMvh\nØkonomi");
        ownedBy(m, d);
        m.description = "IDN domain " + d + " (ø, the town's own spelling) posing as our finance department: urgent deposit, authenticates";
    }

    private void platformFrauds() {
        String[][] look = {{"invoice2go-hillerod.com", "Invoice2go"}, {"billdu-hillerod.net", "Billdu"}};
        for (int i = 0; i < look.length; i++) {
            Supplier s = i == 0 ? toemrer : vvs;
            M m = bad("lookalike-platform");
            String no = (i == 0 ? "#" : "BD") + (300 + rnd.nextInt(6_000));
            headers(m, s.name() + " via " + look[i][1], "noreply@" + look[i][0], "efaktura@hillerod.dk", "Påmindelse: faktura " + no
                + " er forfalden")
                .html("<html><body style=\"font-family:Arial\"><p>Hej Hillerød Kommune</p><p>Faktura " + no + " fra " + s.name()
                    + " er forfalden. Betal nu med kort eller MobilePay for at undgå rykkergebyr:</p><p><a href=\"https://"
                    + look[i][0] + "/betal/" + sha256(m.id).substring(0, 14) + "\" style=\"background:#0a7d5a;color:#fff;padding:10px "
                    + "20px;text-decoration:none\">Se og betal faktura</a></p></body></html>");
            ownedBy(m, look[i][0]);
            m.description = "look-alike platform " + look[i][0] + ": overdue invoice in listed " + s.domain() + "'s name, pay link";
        }
        M m = bad("platform-account-misused");
        String no = "#" + (300 + rnd.nextInt(6_000));
        m.mailFrom = "bounces+x" + sha256(m.id).substring(0, 9) + "@invoice2go.com";
        headers(m, "Nordic Event Security via Invoice2go", "invoices@invoice2go.com", "kultur-fritid@hillerod.dk", "Faktura " + no
            + " fra Nordic Event Security")
            .header("Reply-To", "<nordic.event.security@outlook.com>")
            .html("<html><body><p>Hej Hillerød Kommune</p><p>Nordic Event Security har sendt faktura <b>" + no + "</b> for "
                + "vagter ved juletræstændingen på Torvet: <b>DKK 31.250,00</b>. Betales inden 5 dage til " + mule(5)
                + ".</p></body></html>")
            .attach("application/pdf", no.replace("#", "") + ".pdf", Attachments.pdf(docId(m, "pf"), "Invoice " + no,
                List.of("Nordic Event Security", "Vagter, 5 personer x 10 timer", "DKK 31.250,00", "Account " + mule(5))));
        genuine(m, "127.194.1.1");
        m.description = "real platform invoice2go.com used by an unknown firm for guards never ordered, free-mail Reply-To, mule";
        m = bad("platform-account-misused");
        no = "BD" + (300 + rnd.nextInt(6_000));
        m.mailFrom = "bounce-" + sha256(m.id).substring(0, 10) + "@billdu.com";
        headers(m, "Frederiksborg Facility Service ApS via Billdu", "faktura@billdu.com", "kreditor@hillerod.dk", "Faktura " + no
            + " - nye betalingsoplysninger")
            .header("Reply-To", "<frederiksborg.facility@gmail.com>")
            .html("<html><body><p>Hej Hillerød Kommune</p><p>Frederiksborg Facility Service fakturerer nu gennem Billdu og har "
                + "skiftet bank. Faktura " + no + " betales til " + mule(3) + ".</p></body></html>")
            .attach("application/pdf", no + ".pdf", pdfInvoice(m, rengoer.posing(rengoer.domain(), mule(3)), "Faktura", no,
                amount(2_200_000), mule(3), 0, List.of("Nye betalingsoplysninger")));
        genuine(m, "127.194.3.1");
        m.description = "real platform billdu.com in listed frederiksborg-facility.dk's name, new account, gmail Reply-To";
    }

    private void compromised() {
        Object[][] c = {{kontor, "Vi er blevet opkøbt af en svensk kontorgrossist, og alle betalinger skal fremover til moderselskabets konto "},
            {entrep, "Vores erhvervskonto er midlertidigt låst på grund af bankens hvidvaskkontrol. Indtil videre bedes I betale til "},
            {bus, "Vi har solgt vores fakturaer til et factoringselskab, så betaling skal fremover ske til "}};
        for (int i = 0; i < c.length; i++) {
            Supplier s = (Supplier) c[i][0];
            M m = bad("compromised-supplier");
            invoice(m, s, mule(i + 10), i + 8, List.of("Ændrede betalingsoplysninger"), "\n\n" + c[i][1] + mule(i + 10)
                + ". Jeg er på kursus resten af ugen, så svar gerne på mailen i stedet for at ringe.");
            genuine(m, s.ip());
            m.description = "compromised real mailbox of " + s.domain() + " (authenticates): invoice with the account moved";
        }
        Supplier s = forsyning;
        Past p = past.get(s.domain());
        M m = bad("compromised-supplier");
        headers(m, s.person(), addr(s), "kreditor@hillerod.dk", "SV: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nEn opfølgning på fakturaen herunder: efter vores bankskifte skal de " + p.amount().gross()
                + " kr. indbetales til " + mule(15) + ". Den gamle konto lukkes ved månedens udgang.\n\n" + s.person()
                + "\n" + s.name() + "\n\n> Faktura " + p.no());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of ullerod-vandvarme.dk replies in its own wave-1 thread (DMARC pass), new account";
    }

    private void hijacks() {
        Object[][] h = {{kloak, "gorlose-kloakservice.dk"}, {madservice, "frederiksborg-madservice.com"}, {toemrer, "skaevingebyg.dk"}};
        for (int i = 0; i < h.length; i++) {
            Supplier s = (Supplier) h[i][0];
            String d = (String) h[i][1];
            Past p = past.get(s.domain());
            M m = bad("reply-chain-hijack");
            Mime mime = headers(m, s.person(), s.box() + "@" + d, "kreditor@hillerod.dk", "Re: " + p.subject())
                .header("In-Reply-To", p.messageId())
                .header("References", p.messageId())
                .text("Hej\n\nAngående faktura " + p.no() + " på " + p.amount().gross() + " kr.: vi har skiftet bank, så beløbet "
                    + "skal gå til " + mule(i + 6) + " og ikke til kontoen på fakturaen. Giv lige besked, når det er ændret.\n\n"
                    + s.person() + "\n\n-----Oprindelig meddelelse-----\n> " + GREETING[i] + "\n> Faktura " + p.no() + " vedhæftet.");
            if (i == 1) {
                mime.attach("application/pdf", pdfName(p.no(), 6), pdfInvoice(m, s.posing(d, mule(i + 6)), "Faktura", p.no(),
                    p.amount(), mule(i + 6), 3, List.of("Rettet betalingsinformation")));
            }
            ownedBy(m, d);
            m.description = "reply to the wave-1 thread of " + s.domain() + " from look-alike " + d + ": real number, new account";
        }
    }

    private void ownDomain() {
        M m = bad("own-domain-forged");
        headers(m, "Kirsten Jensen, borgmester", "borgmester@" + OWN, "oekonomi@hillerod.dk", "Fortroligt - grundkøb i Favrholm")
            .text("Hej\n\nVi er i fortrolige forhandlinger om en grund i Favrholm. Sælgers advokat skal have 275.000 kr. deponeret "
                + "i dag. Overfør til " + mule(4) + ", og hold det mellem os, til Økonomiudvalget er orienteret.\n\nKirsten");
        forged(m, forgedHost++);
        m.description = "the mayor's name on our own domain, sent from outside: SPF fail, DMARC fail (p=reject)";
        m = bad("own-domain-forged");
        headers(m, "Kreditor", "kreditor@" + OWN, "oekonomi@hillerod.dk", "Afvist betaling til Region Hovedstaden - send igen")
            .text("Hej\n\nBanken har afvist oktoberbetalingen til Region Hovedstaden. Send venligst 104.780,00 kr. igen til "
                + mule(8) + " i dag - regionen har givet os den nye konto. Vi retter bilaget bagefter.\n\nKreditor");
        forged(m, forgedHost++);
        m.description = "our creditor mailbox forged from outside: 'pay the rejected regional payment again', mule account";
    }

    private void ceo() {
        Object[][] c = {{"Kirsten Jensen", "kirsten.jensen.borgmester@gmail.com", GMAIL, "Er du ved din computer?", "Hej\n\nJeg "
            + "sidder i møde i KKR Hovedstaden og kan ikke ringe. Jeg skal have klaret en betaling i dag, inden banken lukker. "
            + "Svar her, så sender jeg detaljerne.\n\nKirsten\nSendt fra min iPhone"},
            {"Morten Vilhelmsen - kommunaldirektør", "morten.vilhelmsen.hk@outlook.com", MSFT, "Lille tak til hjemmeplejen",
                "Hej\n\nJeg vil gerne overraske hjemmeplejen i Skævinge efter et hårdt efterår. Køb 25 gavekort à 400 kr. og send "
                    + "mig koderne - jeg refunderer, så snart jeg er tilbage.\n\nMorten"},
            {"Anne-Mette Stær", "annemette.staer.oekonomi@icloud.com", APPLE, "Fortroligt: forlig", "Hej\n\nVi har indgået forlig i "
                + "en personalesag, og modpartens advokat skal have 148.000 kr. i dag til " + mule(1) + ". Jeg skriver under på "
                + "bilaget, når jeg er tilbage.\n\nAnne-Mette, økonomichef"}};
        for (Object[] x : c) {
            M m = bad("ceo-fraud");
            headers(m, (String) x[0], (String) x[1], "oekonomi@hillerod.dk", (String) x[3]).text((String) x[4]);
            genuine(m, (String) x[2]);
            m.description = "CEO fraud: a leader's name on free mail (authenticates)";
        }
    }

    private void payroll() {
        M m = bad("payroll-account-change");
        headers(m, "Sara Thygesen", "sara.thygesen.paedagog@gmail.com", "loen@hillerod.dk", "Ny konto til lønnen")
            .text("Hej\n\nJeg er pædagog i Børnehuset i Gørløse og har fået ny bank. Kan I sætte min decemberløn ind på "
                + bank("6695", "0006612048") + "? Jeg kan ikke logge på medarbejderportalen hjemmefra.\n\nMvh Sara");
        genuine(m, GMAIL);
        m.description = "an 'employee' on gmail asks to move her salary";
        m = bad("payroll-account-change");
        headers(m, "Jesper Holmgaard", "jesper.holmgaard@hotmail.com", "loen@hillerod.dk", "Løn og feriepenge - ny konto")
            .text("Hej\n\nJeg er vikar på Ullerødskolen og har fået ny konto, fordi min bank har lukket den gamle. Løn og feriepenge "
                + "skal fremover ind på " + mule(8) + ". Mit MitID virker ikke lige nu.\n\nJesper");
        genuine(m, MSFT);
        m.description = "a 'substitute teacher' on hotmail wants his salary to a German account";
    }

    private void bodyOnly() {
        M m = bad("bank-change-body-only");
        headers(m, maler.person(), "per@nodebomaler.dk", "kreditor@hillerod.dk", "Nyt kontonummer")
            .text("Hej\n\nBare så I ved det: mit kontonummer er nu " + mule(13) + ". Brug det fremover, også til den regning, der "
                + "står åben.\n\nMvh Per\nNødebo Malerforretning");
        ownedBy(m, "nodebomaler.dk");
        m.description = "no attachment: look-alike of nodebo-maler.dk asks to use a new account";
        m = bad("bank-change-body-only");
        headers(m, "Frederiksborg Madservice <kunde@frederiksborg-madservice.dk>", "frederiksborg.madservice@gmail.com",
            "kreditor@hillerod.dk", "VIGTIGT: opdaterede bankoplysninger")
            .text("Kære kunde\n\nVores mailserver er nede, så vi skriver fra denne adresse. Vores bankkonto er ændret til "
                + mule(12) + " med virkning fra i dag.\n\nFrederiksborg Madservice");
        genuine(m, GMAIL);
        m.description = "display name carries a listed supplier's real address, the mail is gmail: new account in the body";
    }

    private void fakeInkasso() {
        Supplier[] s = {el, vognmand};
        for (int i = 0; i < s.length; i++) {
            Past p = past.get(s[i].domain());
            M m = bad("fake-inkasso");
            String sag = "HI-" + (500_000 + rnd.nextInt(90_000));
            headers(m, "Hillerød Inkassocenter", "sag@hillerod-inkassocenter.com", "kreditor@hillerod.dk", "Sidste varsel inden "
                + "fogedretten - sag " + sag)
                .text("Hillerød Kommune\n\nVi har overtaget " + s[i].name() + "s krav for faktura " + p.no() + " på "
                    + p.amount().gross() + " kr. Betales beløbet med tillæg af 1.275 kr. i omkostninger ikke inden 3 hverdage til "
                    + mule(i + 14) + ", overgår sagen til fogedretten uden yderligere varsel.\n\nHillerød Inkassocenter")
                .attach("application/pdf", "Varsel-" + sag + ".pdf", Attachments.pdf(docId(m, "fi"), "Sidste varsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + p.no() + ": " + p.amount().gross(), "Omkostninger 1.275,00",
                        "Konto " + mule(i + 14))));
            ownedBy(m, "hillerod-inkassocenter.com");
            m.description = "fake collection agency cites " + s[i].domain() + "'s real wave-1 invoice, mule account";
        }
    }

    private void fakeAuthorities() {
        String[][] a = {{"mitid-hillerod-kommune.com", "Digital Post", "post@", "Ny post fra Skattestyrelsen",
            "Hillerød Kommune har modtaget et brev i Digital Post om efterregulering af lønsumsafgift. Brevet skal åbnes med MitID "
                + "Erhverv inden 48 timer.", "fake-digital-post"},
            {"mitid-hillerod-kommune.com", "MitID Erhverv", "support@", "Jeres MitID Erhverv-administrator udløber",
                "Administratorrettigheden for Hillerød Kommune skal genbekræftes. Bekræft med MitID inden fredag, ellers spærres "
                    + "adgangen til Digital Post.", "fake-digital-post"},
            {"hillerod-domaeneservice.com", "Domæneservice Nordsjælland", "fornyelse@", "Fornyelse af hillerod.dk",
                "Registreringen af hillerod.dk udløber. Betal inden 7 dage, ellers lukkes hjemmeside og e-mail.",
                "domain-directory-scam"},
            {"frederiksborg-erhvervsregister.org", "Frederiksborg Erhvervsregister", "data@", "Bekræft jeres firmaoplysninger",
                "Gennemgå de forudfyldte oplysninger og returnér formularen med underskrift. Grundregistrering er gratis.",
                "domain-directory-scam"}};
        for (String[] x : a) {
            M m = bad(x[5]);
            Mime mime = headers(m, x[1], x[2] + x[0], "oekonomi@hillerod.dk", x[3]);
            String link = "https://" + x[0] + "/" + sha256(m.id).substring(0, 16);
            if (x[5].equals("fake-digital-post")) {
                mime.html("<html><body style=\"font-family:Arial\"><p>" + x[4] + "</p><p><a href=\"" + link + "\">Log på med "
                    + "MitID</a></p></body></html>");
            } else if (x[0].startsWith("hillerod-domaene")) {
                mime.text(x[4] + "\n\nPris for 3 år: 4.470,00 kr. til " + mule(0) + " eller med kort: " + link
                    + "\n\nDomæneservice Nordsjælland")
                    .attach("application/pdf", "Fornyelse_hillerod.dk.pdf", Attachments.pdf(docId(m, "dom"), "Domænefornyelse",
                        List.of("Domæne: hillerod.dk", "3 år", "4.470,00", "Konto " + mule(0))));
            } else {
                mime.text(x[4] + "\n\nFrederiksborg Erhvervsregister")
                    .attach("application/pdf", "Formular_Hillerod_Kommune.pdf", Attachments.pdf(docId(m, "reg"), "Registreringsformular",
                        List.of("Hillerød Kommune, " + RAADHUS, "Underskrift:", "Ved underskrift bestilles 3 års opslag à 1.190 EUR")));
            }
            ownedBy(m, x[0]);
            m.description = x[5].equals("fake-digital-post") ? "fake Digital Post / MitID Erhverv notice with a login link"
                : "domain/directory trap from " + x[0];
        }
    }

    private void callbacks() {
        M m = bad("callback-phone-invoice");
        headers(m, "Ordreservice", "ordre@gribskov-ordreservice.com", "indkoeb@hillerod.dk", "Ordre 77120 afsendt: 6 x iPad Pro")
            .text("Tak for din bestilling. 6 x iPad Pro 13\" med tastatur, i alt 94.740,00 kr., hæves ved afsendelse i morgen.\n\n"
                + "Har du ikke bestilt? Ring straks på +45 78 75 11 62 for at annullere.\n\nOrdreservice");
        ownedBy(m, "gribskov-ordreservice.com");
        m.description = "callback scam: fake order confirmation, call to cancel";
        m = bad("callback-phone-invoice");
        headers(m, "McAfee Fornyelse", "ordre@gribskov-ordreservice.com", "oekonomi@hillerod.dk", "Kvittering: abonnement fornyet")
            .text("Jeres sikkerhedsabonnement er fornyet automatisk i 2 år (5.980 kr.). Ønsker I at fortryde, skal I ringe på +45 78 "
                + "75 11 62 inden 24 timer.")
            .attach("application/pdf", "Kvittering_fornyelse.pdf", Attachments.pdf(docId(m, "cb"), "Kvittering",
                List.of("Total Protection, 2 år", "5.980,00 kr.", "Fortrydelse: +45 78 75 11 62")));
        ownedBy(m, "gribskov-ordreservice.com");
        m.description = "callback scam: renewal 'receipt' with only a phone number";
    }

    private void qrCodes() {
        String[][] q = {{"mobilbetaling-hillerod.net", "MobilePay MyShop", "noreply@", "Betaling afvist - scan og betal igen",
            "En betaling på 12.650,00 kr. fra Hillerød Kommune blev afvist."},
            {"skaevinge-busser.net", bus.person(), "trafik@", "Specialkørsel oktober: betal med QR", "Oktoberfakturaen for "
                + "specialkørslen kan nu betales med det samme."}};
        for (String[] x : q) {
            M m = bad("qr-code-payment");
            headers(m, x[1], x[2] + x[0], "kreditor@hillerod.dk", x[3])
                .html("<html><body><p>" + x[4] + " Scan QR-koden med telefonen for at betale.</p><p><img src=\"cid:qr\" "
                    + "width=\"220\" height=\"220\" alt=\"QR\"></p></body></html>")
                .attach("image/png", "betal_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, x[0]);
            m.description = "QR code to pay, no account in the text, from " + x[0];
        }
    }

    private void english() {
        M m = bad("english-international");
        headers(m, "Favrholm Geo Survey", "accounts@favrholm-geosurvey.com", "favrholm@hillerod.dk",
            "Invoice FGS-2281 - geotechnical drilling, Favrholm stage 3")
            .text("Dear Sir or Madam,\n\nPlease find attached our invoice for the geotechnical drillings at Favrholm stage 3, as "
                + "agreed with your planning department. EUR 22,400.00 is due within 7 days to " + mule(4) + ".\n\nKind regards\n"
                + "Favrholm Geo Survey")
            .attach("application/pdf", "FGS-2281.pdf", Attachments.pdf(docId(m, "en"), "Invoice FGS-2281",
                List.of("Client: Hillerod Municipality", "Geotechnical drilling, 9 boreholes", "EUR 22,400.00", "Bank: " + mule(4))));
        ownedBy(m, "favrholm-geosurvey.com");
        m.description = "English invoice for drillings never ordered, PL IBAN";
        m = bad("english-international");
        headers(m, "Favrholm Geo Survey - Finance", "finance@favrholm-geosurvey.com", "oekonomi@hillerod.dk",
            "Change of bank details - action required")
            .text("Hello,\n\nDue to a change of our banking provider, please update your supplier records and pay all outstanding "
                + "items to " + mule(10) + " with immediate effect. Kindly confirm once done.\n\nFinance Team");
        ownedBy(m, "favrholm-geosurvey.com");
        m.description = "English 'change of bank details', RO IBAN";
    }

    private void imageOnly() {
        Object[][] x = {{maler, "nodebo-maler.net"}, {vognmand, "gorlose-vognmand.com"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("image-only-invoice");
            headers(m, s.person(), s.box() + "@" + d, "kreditor@hillerod.dk", i == 0 ? "Regning - foto" : "Faktura (scannet)")
                .text("Hej\n\nFakturaen kommer som " + (i == 0 ? "foto" : "scanning") + ", da vores fakturaprogram driller. Læg mærke "
                    + "til det nye kontonummer.\n\n" + s.person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "IMG_20281124_1012.jpg" : "Scan_2028-11-25.pdf",
                    i == 0 ? Attachments.image(docId(m, "img"), "jpg") : Attachments.scannedPdf(docId(m, "img")));
            ownedBy(m, d);
            m.description = "invoice only as image/scan from look-alike " + d + " of " + s.domain();
        }
    }

    private void archives() {
        Object[][] x = {{rengoer, "frederiksborg-facility.net"}, {kloak, "gorlose-kloak.net"}};
        for (int i = 0; i < x.length; i++) {
            Supplier s = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = bad("archive-invoice");
            String no = invoiceNo(s);
            byte[] pdf = pdfInvoice(m, s.posing(d, mule(i + 16)), "Faktura", no, amount(1_800_000), mule(i + 16), i + 2, List.of());
            String n = no.replace('/', '-');
            headers(m, s.person(), s.box() + "@" + d, "kreditor@hillerod.dk", "Faktura " + n + " (komprimeret)")
                .text("Hej\n\nFakturaen er lagt i en zip-fil, fordi jeres spamfilter stoppede den sidst. Pak den ud og betal.\n\n"
                    + s.person())
                .attach(i == 0 ? "application/zip" : "application/x-zip-compressed", "Faktura_" + n + ".zip", i == 0
                    ? Attachments.zip("Faktura_" + n + ".pdf", pdf)
                    : Attachments.zip("faktura/" + n + ".pdf", pdf, "faktura/LAES_MIG.txt", "Ny konto - se fakturaen."));
            ownedBy(m, d);
            m.description = "invoice inside a ZIP from look-alike " + d + " of " + s.domain();
        }
    }

    private void macros() {
        M m = bad("office-macro");
        headers(m, kontor.person(), "ordre@gribskov-kontor.com", "indkoeb@hillerod.dk", "Faktura og pakkeliste november")
            .text("Hej\n\nFaktura og pakkeliste er vedhæftet. Dokumentet er beskyttet - klik 'Aktivér redigering' og 'Aktivér "
                + "indhold' for at se det.\n\nGribskov Kontorforsyning")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_pakkeliste.docm",
                Attachments.word("Faktura\nHillerød Kommune\nAktivér indhold for at se beløb og kontonummer", true));
        ownedBy(m, "gribskov-kontor.com");
        m.description = "macro-enabled Word 'invoice' from a look-alike of gribskov-kontor.dk";
        m = bad("office-macro");
        headers(m, it.person(), "faktura@hillerod-it-drift.dk", "skole@hillerod.dk", "Timeopgørelse november")
            .text("Hej\n\nTimeopgørelsen for november og vores nye bankoplysninger står i regnearket. Aktivér makroer for at se "
                + "tallene.\n\nHillerød IT-Drift")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "Timer_november.xlsm",
                Attachments.excel(List.of("Timeopgørelse november 2028", "I alt DKK 68.375,00", "Ny konto: " + plain(mule(1))), true));
        ownedBy(m, "hillerod-it-drift.dk");
        m.description = "macro-enabled Excel statement from a look-alike of hillerod-itdrift.dk";
    }

    private void svgHtml() {
        String[][] x = {{"hillerod-dokumentvisning.com", "Hillerød Trælast", "Kontoudtog november", "kontoudtog.svg",
            "image/svg+xml"},
            {"ullerod-fakturaportal.net", "Ullerød Vand & Varme", "Din faktura er klar til visning", "Faktura_november.html",
                "text/html"}};
        for (String[] y : x) {
            M m = bad("svg-html-attachment");
            String url = "https://" + y[0] + "/v/" + sha256(m.id).substring(0, 14);
            String doc = y[4].equals("text/html")
                ? "<html><head><meta http-equiv=\"refresh\" content=\"0;url=" + url + "\"></head><body>Henter faktura ...</body></html>"
                : "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" height=\"170\"><text x=\"12\" y=\"32\">Kontoudtog - "
                    + "klik for at åbne</text><a href=\"" + url + "\"><rect x=\"12\" y=\"52\" width=\"210\" height=\"36\" "
                    + "fill=\"#35a\"/></a><script>window.location='" + url + "'</script></svg>";
            headers(m, y[1], "dokument@" + y[0], "kreditor@hillerod.dk", y[2])
                .text("Hej\n\nDokumentet åbner i din browser.\n\n" + y[1])
                .attach(y[4], y[3], doc.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, y[0]);
            m.description = "SVG/HTML attachment leading to a credential page, in a listed supplier's name";
        }
    }

    private void splitPayments() {
        Supplier s = traelast;
        Past p = past.get(s.domain());
        M m = bad("split-payment-redirect");
        headers(m, s.person(), addr(s), "kreditor@hillerod.dk", "Faktura " + p.no() + " - betales i to dele")
            .text("Hej\n\nFaktura " + p.no() + " på " + p.amount().gross() + " kr. skal deles: 40 % dækker trævarer fra vores "
                + "underleverandør og betales direkte til deres konto " + mule(6) + ", resten som sædvanlig til " + s.account()
                + ".\n\nDet er aftalt med underleverandøren. Skriv her, hvis noget er uklart.\n\n" + s.person() + "\n" + s.name());
        genuine(m, s.ip());
        m.description = "compromised real mailbox of hillerod-traelast.dk (DMARC pass) splits its real invoice: 40 % to a new account";
        s = bus;
        p = past.get(s.domain());
        m = bad("split-payment-redirect");
        headers(m, s.person(), "trafik@skaevinge-bus.dk", "kreditor@hillerod.dk", "Re: " + p.subject())
            .header("In-Reply-To", p.messageId())
            .header("References", p.messageId())
            .text("Hej\n\nVores bank har sat et loft på 35.000 kr. om dagen for indgående betalinger, mens vi skifter aftale. Betal "
                + "derfor 35.000 kr. af faktura " + p.no() + " til den normale konto og resten til vores nye konto " + mule(11)
                + ".\n\nTak\nTrafikkontoret");
        ownedBy(m, "skaevinge-bus.dk");
        m.description = "look-alike of skaevinge-busser.dk in the wave-1 thread: part of the real invoice to the usual, rest to a new account";
    }

    /** A fraudster rings first ("we have new bank details"), then mails "as agreed on the phone". */
    private void vishing() {
        M m = bad("vishing-followup");
        headers(m, traelast.person(), "erhverv@hillerodtraelast.dk", "kreditor@hillerod.dk", "Som aftalt i telefonen")
            .text("Hej\n\nTak for snakken i formiddags. Som lovet kommer den nye konto her på skrift: " + mule(2) + ". Den gælder "
                + "for alle åbne fakturaer, også " + past.get(traelast.domain()).no() + ".\n\nHav en god dag\n" + traelast.name());
        ownedBy(m, "hillerodtraelast.dk");
        m.description = "after a phone call, look-alike hillerodtraelast.dk confirms 'the new account' for all open invoices";
        m = bad("vishing-followup");
        headers(m, vvs.person(), "kontor@harlose-vvs-hillerod.dk", "ejendomme@hillerod.dk", "Opfølgning på vores samtale")
            .text("Hej\n\nSom du bad om i telefonen, sender jeg de opdaterede betalingsoplysninger: " + mule(5) + ". Vil du sende "
                + "dem videre til kreditor, så regningen for Harløse Børnehave kommer rigtigt ind?\n\nMvh\nHarløse VVS");
        ownedBy(m, "harlose-vvs-hillerod.dk");
        m.description = "after a phone call to a department, look-alike of harlose-vvs.dk mails 'updated payment details'";
    }

    private void fakeNemhandel() {
        M m = bad("fake-nemhandel-notice");
        headers(m, "NemHandel Driftsinformation", "drift@nemhandel-hillerod.com", "efaktura@hillerod.dk",
            "Fejl: 14 e-fakturaer afvist på jeres EAN " + EAN)
            .html("<html><body style=\"font-family:Arial\"><p>Kære modtager</p><p>14 fakturaer til EAN " + EAN + " er afvist på "
                + "grund af et udløbet certifikat. Forny certifikatet med MitID Erhverv, så fakturaerne kan leveres:</p><p><a href=\""
                + "https://nemhandel-hillerod.com/cert/" + sha256(m.id).substring(0, 12) + "\">Forny certifikat</a></p>"
                + "<p>NemHandel, Driftsinformation</p></body></html>");
        ownedBy(m, "nemhandel-hillerod.com");
        m.description = "fake NemHandel notice: e-invoices 'rejected', renew the certificate with MitID via a link";
        m = bad("fake-nemhandel-notice");
        Supplier s = entrep;
        headers(m, s.name(), "faktura@efaktura-frederiksborg.com", "kreditor@hillerod.dk", "Faktura afvist af NemHandel - betal "
            + "manuelt")
            .text("Hej\n\nVores e-faktura til jeres EAN er blevet afvist to gange af NemHandel. For at undgå rykkergebyr beder vi jer "
                + "betale manuelt efter den vedhæftede PDF til " + mule(15) + ".\n\n" + s.name())
            .attach("application/pdf", "Faktura_manuel.pdf", pdfInvoice(m, s.posing("efaktura-frederiksborg.com", mule(15)), "Faktura",
                "M-" + (700 + rnd.nextInt(200)), amount(4_400_000), mule(15), 0, List.of("E-faktura afvist - betales manuelt")));
        ownedBy(m, "efaktura-frederiksborg.com");
        m.description = "look-alike sender in favrholm-anlaeg.dk's name: 'NemHandel rejected our e-invoice, pay manually' to a new account";
    }

    /** New family: a wage subsidy (løntilskud, fleksjob) claimed to an account other than the employer's NemKonto. */
    private void wageSubsidyFraud() {
        M m = bad("fake-wage-subsidy-claim");
        headers(m, "Gørløse Planteskole A/S, Løn", "loen@gorlose-planteskole.com", "jobcenter@hillerod.dk",
            "Løntilskud november - ændret udbetalingskonto")
            .text("Til Jobcenter Hillerød\n\nLønsedlen for november for vores medarbejder i løntilskud (sagsnr. JC-28-4471) er "
                + "vedhæftet. Da vores NemKonto er under omlægning, bedes tilskuddet på 10.116,00 kr. denne gang udbetalt til "
                + mule(0) + ".\n\nVenlig hilsen\nMarianne Friis\nGørløse Planteskole A/S")
            .attach("application/pdf", "Loenseddel_november.pdf", Attachments.pdf(docId(m, "lt"), "Lønseddel november 2028",
                List.of("Gørløse Planteskole A/S", "Medarbejder i løntilskud", "Tilskud: 10.116,00 DKK", "Udbetales til " + mule(0))));
        ownedBy(m, "gorlose-planteskole.com");
        m.description = "look-alike of gorlose-planteskole.dk cites the real grant number and asks the subsidy to a new account";
        m = bad("fake-wage-subsidy-claim");
        headers(m, "Ullerød Bilpleje ApS", "ullerod.bilpleje@gmail.com", "jobcenter@hillerod.dk", "Refusion løntilskud sep.-nov.")
            .text("Hej\n\nVi har haft en borger fra jer i løntilskud siden september, som aftalt med jeres konsulent. Vi har endnu "
                + "ikke fået noget udbetalt, så vi sender samlet opgørelse for tre måneder, i alt 31.980,00 kr. Beløbet bedes sat ind "
                + "på vores firmakonto " + bank("6695", "0008841173") + ", da NemKonto ikke er oprettet endnu.\n\nMvh\nDennis\n"
                + "Ullerød Bilpleje ApS, CVR 41882207")
            .attach("application/pdf", "Opgoerelse_loentilskud.pdf", Attachments.pdf(docId(m, "ub"), "Opgørelse løntilskud",
                List.of("Ullerød Bilpleje ApS", "September-november 2028", "I alt 31.980,00", "Konto 6695 0008841173")));
        genuine(m, GMAIL);
        m.description = "an unknown 'employer' on gmail claims three months of wage subsidy to a bank account, no NemKonto";
        m = bad("fake-wage-subsidy-claim");
        headers(m, "Virksomhedsservice Nordsjælland", "refusion@hillerod-virksomhedsservice.dk", "jobcenter@hillerod.dk",
            "Samlet refusionsanmodning, fleksjob 3. kvartal (7 virksomheder)")
            .text("Til Jobcenter Hillerød\n\nPå vegne af syv mindre arbejdsgivere i Hillerød og Skævinge fremsender vi samlet "
                + "anmodning om fleksjobtilskud for 3. kvartal, i alt 143.260,00 kr. Af hensyn til fordelingen bedes beløbet "
                + "indbetalt på vores klientkonto " + mule(1) + ". Fuldmagter eftersendes.\n\nVenlig hilsen\nVirksomhedsservice "
                + "Nordsjælland")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Refusion_Q3_samlet.xlsx",
                Attachments.excel(List.of("Samlet refusion fleksjob Q3 2028", "7 virksomheder", "I alt 143.260,00",
                    "Klientkonto " + plain(mule(1))), false));
        ownedBy(m, "hillerod-virksomhedsservice.dk");
        m.description = "a 'service bureau' claims seven employers' flexi-job subsidies to its client account, powers of attorney 'to follow'";
    }

    /** New family: a foster carer's fee moved to a new account by mail. */
    private void fosterCarerFraud() {
        M m = bad("foster-carer-account-change");
        headers(m, "Louise Hvass", "louise.hvass.plejefamilie@gmail.com", "boern-familie@hillerod.dk", "Vederlag - ny konto")
            .text("Hej Sanne\n\nVi har skiftet bank og vil gerne have vederlag og omkostningsdækning for december sat ind på "
                + bank("6695", "0002219984") + ". Jeg kan ikke komme ind på borger.dk og rette NemKonto, fordi mit MitID er "
                + "spærret.\n\nKh Louise\nPlejefamilie, Nødebo");
        genuine(m, GMAIL);
        m.description = "a foster mother's name on a new gmail address: fee to a new account, 'MitID blocked'";
        m = bad("foster-carer-account-change");
        headers(m, "Jonas og Tina Bech - aflastningsfamilie", "bech.aflastning@hotmail.com", "boern-familie@hillerod.dk",
            "Udbetaling af aflastning")
            .text("Hej\n\nVi er aflastningsfamilie for en dreng fra Gørløse. Vi bor i øjeblikket i England på grund af arbejde, så "
                + "vederlaget for oktober og november skal sendes til " + mule(5) + ". Kan det nås inden fredag?\n\nMvh\nJonas og "
                + "Tina");
        genuine(m, MSFT);
        m.description = "a 'respite family' on hotmail wants the fee to a UK account";
    }

    /** New family: an insurance deductible ("selvrisiko") demanded to an account, in an insurer's or restorer's name. */
    private void insuranceFraud() {
        M m = bad("fake-insurance-deductible");
        String sag = "SK-" + (880_000 + rnd.nextInt(90_000));
        headers(m, "Kronborg Forsikring, Skadeafdelingen", "skade@kronborg-forsikring-hillerod.com", "oekonomi@hillerod.dk",
            "Skadesag " + sag + " - indbetaling af selvrisiko")
            .text("Kære Hillerød Kommune\n\nVedrørende vandskaden i Ullerødhallen: før erstatningen kan frigives, skal selvrisikoen "
                + "på 25.000,00 kr. indbetales til vores skadekonto " + mule(3) + ". Når beløbet er modtaget, udbetales den fulde "
                + "erstatning inden 5 bankdage.\n\nMed venlig hilsen\nKronborg Forsikring, Skadeafdelingen")
            .attach("application/pdf", "Selvrisiko_" + sag + ".pdf", Attachments.pdf(docId(m, "sr"), "Opkrævning af selvrisiko",
                List.of("Skadested: Ullerødhallen", "Selvrisiko 25.000,00", "Konto " + mule(3))));
        ownedBy(m, "kronborg-forsikring-hillerod.com");
        m.description = "look-alike of kronborg-forsikring.dk demands the deductible before the (real) water-damage payout";
        m = bad("fake-insurance-deductible");
        headers(m, "Hillerød Skadeservice", "faktura@hillerod-skadeservice.com", "ejendomme@hillerod.dk",
            "Faktura - affugtning Ullerødhallen (selvrisiko)")
            .text("Hej Ejendomme\n\nVi har stået for affugtningen efter skybruddet på vegne af jeres forsikringsselskab. Selskabet "
                + "betaler os direkte, men selvrisikoen på 25.000,00 kr. opkræves hos jer. Faktura vedhæftet, betaling til "
                + mule(9) + " inden 8 dage.\n\nHillerød Skadeservice")
            .attach("application/pdf", "Faktura_selvrisiko.pdf", Attachments.pdf(docId(m, "hs"), "Faktura",
                List.of("Hillerød Skadeservice", "Affugtning Ullerødhallen, selvrisiko", "DKK 25.000,00", "Konto " + mule(9))));
        ownedBy(m, "hillerod-skadeservice.com");
        m.description = "a 'restoration firm' bills the deductible 'on behalf of your insurer' to its own account";
        m = bad("fake-insurance-deductible");
        headers(m, "Kronborg Forsikring", "skade@kronborg-forsikring.dk", "oekonomi@hillerod.dk", "Rykker: selvrisiko ikke modtaget")
            .text("Kære kunde\n\nVi mangler fortsat selvrisikoen på 25.000,00 kr. i skadesagen for Ullerødhallen. Indbetal venligst "
                + "til " + mule(13) + " i dag, så sagen ikke lukkes uden udbetaling.\n\nKronborg Forsikring");
        forged(m, forgedHost++);
        m.description = "forged kronborg-forsikring.dk (p=reject: SPF fail, DMARC fail) chases a deductible to a new account";
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
        return writeFiles(dir, new HeldOutCorpus19().generate(), List.of(
            "# Hillerød Kommune, Økonomi: invoice checks (nineteenth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers send through.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=ullerod-vandvarme.dk favrholm-anlaeg.dk gorlose-kloak.dk skaevinge-byg.dk nodebo-maler.dk "
                + "frederiksborg-facility.dk slotsbyen-ugeavis.dk gorlose-vognmand.dk tjaereby-el.dk harlose-vvs.dk "
                + "frederiksborg-madservice.dk hillerod-traelast.dk hillerod-itdrift.dk skaevinge-busser.dk gribskov-kontor.dk",
            "invoice.domains.platforms=invoice2go.com freshbooks.com billdu.com",
            "invoice.names.protected=Hillerød Kommune"));
    }
}
