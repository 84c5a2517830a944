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
 * The sixth held-out invoice corpus (issue 11 item 5): a seventh test set in a world nobody tuned on. "Our" public
 * body is Næstved Kommune ({@value #OWN}, p=reject, its creditor and finance mailboxes) with thirteen listed
 * suppliers from Sydsjælland in every DNS posture real Danish firms have, three bookkeeping/invoicing platforms
 * ({@code sumup.com}, {@code fortnox.se}, {@code storecove.com}), banks, authorities, an ERFA list, a forwarder (with
 * and without SRS), free mail, foreign SaaS and fraudsters' own domains.
 *
 * <p>Written blind: from the brief and Danish fraud warnings (fakturafælder, changed bank details, CEO fraud, fake
 * Digital Post/MitID, fake inkasso, renewal scams, compromised mailboxes, MobilePay requests, fake tender fees,
 * advance-payment orders, calendar invitations with pay links, QR codes, hijacked threads), without reading the
 * invoice engine, its tests, tuning notes or any earlier result. Labels say what a mail is when it was written.
 * {@code genuine_auth_invoice} is derived from the mail's kind (a legitimate invoice, credit note, reminder or
 * collection letter for a real debt) and its computed authentication (DMARC pass, or aligned SPF/DKIM pass where the
 * From domain publishes no DMARC record).
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus6GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus6 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout6");
    public static final String OWN = "naestved.dk";
    static final String FRAUD_NET = "127.96.";
    private static final String OWN_IP = "127.60.0.1";
    private static final String GLN = "5798005450212";
    private static final String ADDRESS = "Rådmandshaven 20, 4700 Næstved";

    private final Random rnd = new Random(47_0006_2026L);
    private final Map<String, String> threads = new TreeMap<>();
    private final Map<String, String> threadSubject = new TreeMap<>();
    private final Map<String, String> historyNo = new TreeMap<>();

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 9, 21, 7, 55, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 23, 7, 25, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "6.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier vand = new Supplier("NK-Forsyning A/S", "nk-forsyning.dk", "NK-Forsyning Erhvervsafregning", "afregning",
        "127.61.1.1", iban("DK", "20007412093318"), "vand og afledning, Næstved Rådhus og daginstitutioner, 3. kvartal");
    private final Supplier movia = new Supplier("Movia Trafikselskab", "moviatrafik.dk", "Movia Økonomi", "debitor", "127.61.2.1",
        bank("9570", "0012219904"), "flextur og variabel kørsel, skolebørn og borgere til genoptræning, november");
    private final Supplier energi = new Supplier("Sydsjællands Energi A/S", "sydsj-energi.dk", "Sydsjællands Energi Kundecenter",
        "kundecenter", "127.61.3.1", iban("DK", "30003520998101"), "el til vejbelysning, idrætshaller og pumpestationer");
    private final Supplier toemrer = new Supplier("Karrebæksminde Tømrer & Snedker ApS", "karrebaek-toemrer.dk", "Thomas Enø",
        "thomas", "127.61.4.1", bank("0400", "4021187732"), "nye vinduer i gymnastiksal, Karrebæk Skole");
    private final Supplier anlaeg = new Supplier("Næstved Anlæg & Belægning ApS", "naestved-anlaeg.dk", "Susanne Holme", "bogholderi",
        "127.61.5.1", bank("5470", "0001820076"), "omlægning af fliser, Axeltorv og Hjultorvet");
    private final Supplier maler = new Supplier("Fensmark Malerfirma v/ Jan Rønnede", "fensmark-maler.dk", "Jan Rønnede", "jan",
        "127.61.6.1", bank("0400", "4030418866"), "maling af gange og trappeopgange, Fensmark Skole");
    private final Supplier medier = new Supplier("Sjællandske Medier A/S", "sjaellandske-medier.dk", "Sjællandske Medier Annoncefaktura",
        "annoncefaktura", "127.61.7.1", iban("DK", "50000001293377"), "jobannoncer og kommunale meddelelser i Næstved Bladet");
    private final Supplier vognmand = new Supplier("Glumsø Vognmandsforretning ApS", "glumsoe-vognmand.dk", "Kim Glumsø", "kim",
        "127.61.8.1", bank("0400", "4019233015"), "vintertjeneste: saltning og snerydning, rute 7 og 8");
    private final Supplier rengoering = new Supplier("Holme-Olstrup Rengøring ApS", "ho-rengoering.dk", "Bente Olstrup", "faktura",
        "127.61.9.1", bank("5470", "0004411298"), "vinduespolering og hovedrengøring, Næstved Bibliotek");
    private final Supplier kloak = new Supplier("Suså Kloak & Miljø A/S", "susaa-kloak.dk", "Suså Kloak Ordrekontor", "ordre",
        "127.61.10.1", bank("9570", "0007730541"), "spuling og TV-inspektion af stikledninger, Herlufmagle Børnehus");
    private final Supplier mediq = new Supplier("Mediq Danmark A/S", "mediq.dk", "Mediq Kundeservice", "kundeservice.dk", "127.61.11.1",
        iban("DK", "20000645118870"), "bleer, kateterposer og sårplejeprodukter, hjemmeplejen Syd");
    private final Supplier el = new Supplier("Herlufmagle El-Teknik ApS", "herlufmagle-el.dk", "Søren Bøgh", "soeren", "127.61.12.1",
        bank("0400", "4022901187"), "udskiftning af nødbelysning, Grønnegades Kaserne");
    private final Supplier frugt = new Supplier("Sydsjællands Frugt & Grønt ApS", "sydsj-frugt.dk", "Frugt og Grønt Ordre",
        "ordre", "127.61.13.1", bank("5470", "0009120443"), "frugt og grønt til Madservice Næstved og plejecentrene");
    // unlisted small suppliers, one-person businesses
    private final Supplier vvs = new Supplier("Tappernøje VVS & Blik ApS", "tappernoeje-vvs.dk", "Mikkel Tappernøje", "mikkel",
        "127.62.1.1", bank("0400", "4017720919"), "udskiftning af blandingsbatterier, Tappernøje Børnehus");
    private final Supplier coach = new Supplier("Mette Rishøj Coaching", "gmail.com", "Mette Rishøj", "mette.rishoj.coaching",
        "127.66.1.1", bank("9570", "0011338712"), "2 dages supervision af pædagoger, Børnehuset Regnbuen");
    private final Supplier snedker = new Supplier("Rønnebæk Snedkeri v/ Anders Kure", "roennebaek-snedkeri.dk", "Anders Kure", "anders",
        "127.62.2.1", bank("5470", "0003318405"), "reparation af skabe og skuffer, køkkenet på Plejecenter Herlufsholm");
    private final Supplier musik = new Supplier("Lotte Fuglebæk, sang og musik", "outlook.com", "Lotte Fuglebæk", "lotte.fuglebaek",
        "127.66.2.1", bank("0400", "4055810027"), "sangformiddage på plejecentrene, 6 besøg");
    private final Supplier skadedyr = new Supplier("Sydsjællands Skadedyrskontrol", "sydsj-skadedyr.dk", "Henrik Lund", "henrik",
        "127.62.3.1", bank("9570", "0006680193"), "rottebekæmpelse, kloaksikring Fuglebjerg");
    private final Supplier grafik = new Supplier("Saxkjøbing Design v/ Ida Sax", "icloud.com", "Ida Sax", "ida.sax.design",
        "127.66.5.1", bank("5470", "0002280311"), "layout af folder om affaldssortering");

    private final List<Supplier> listed = List.of(vand, movia, energi, toemrer, anlaeg, maler, medier, vognmand, rengoering, kloak,
        mediq, el, frugt);

    /** Fraudsters' domains, each set up (SPF, mostly DKIM, some DMARC) by its owner. */
    private static final String[] OWNED = {"nk-forsyningen.dk", "moviatrafik.com", "mediq-dk.com", "karrebaek-tomrer.dk",
        "sjaellandske-medier.com", "medlq.dk", idn("m\u043Eviatrafik.dk"),
        idn("n\u00e6stved.dk"), "naestved-kommune.dk", "sumup-faktura.com", "fortnox-betaling.dk", "storecove-docs.net",
        "sydsj-energi.com", "herlufmagle-el.com", "susaa-kloak.com", "nordisk-inkasso-center.dk", "dk-debitor-inkasso.com",
        "digitalpost-borger.net", "mitid-erhverv-login.com", "domaeneregister-fornyelse.com", "erhvervs-register-dk.eu",
        "udbud-sjaelland.dk", "kontorpartner-nordic.com", "it-hardware-direct.eu", "glumsoe-vognmand.com", "ho-rengoring.dk",
        "naestved-anlaeg.com", "sydsj-frugt.com", "faktura-portal-dk.com", "secure-docs-view.com", "euro-trade-services.com",
        "kalender-invitation.net", "mobilbetal-erhverv.dk", "nk-forsyning-betaling.dk", "fensmark-maler.com", "microsoft-billing-center.com"};

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nk-forsyning.dk", List.of(vand.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("moviatrafik.dk", List.of(movia.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sydsj-energi.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("karrebaek-toemrer.dk", List.of(toemrer.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC
        domain("naestved-anlaeg.dk", List.of(anlaeg.ip()), "~all", null, null); // SPF only
        domain("fensmark-maler.dk", null, null, null, null); // nothing published
        domain("sjaellandske-medier.dk", List.of(medier.ip()), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("glumsoe-vognmand.dk", List.of("127.61.98.8"), "~all", null, "none"); // SPF names the web host only
        domain("ho-rengoering.dk", null, null, DkimAlgorithm.ED25519_SHA256, null); // Ed25519 only
        domain("susaa-kloak.dk", List.of(kloak.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("mediq.dk", List.of(mediq.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("herlufmagle-el.dk", List.of(el.ip()), "-all", null, null); // SPF only
        domain("sydsj-frugt.dk", List.of(frugt.ip()), "-all", null, "quarantine"); // SPF only, enforcing
        domain("tappernoeje-vvs.dk", List.of(vvs.ip()), "-all", null, null);
        domain("roennebaek-snedkeri.dk", null, null, DkimAlgorithm.RSA_SHA256, null);
        domain("sydsj-skadedyr.dk", List.of(skadedyr.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("lindberg-inkasso.dk", List.of("127.62.7.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("konica-minolta.dk", List.of("127.62.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms
        domain("sumup.com", List.of("127.63.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("fortnox.se", List.of("127.63.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("storecove.com", List.of("127.63.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        // associations, banks, authorities, neighbours, relays
        domain("mailchimpapp.net", List.of("127.64.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("kommunekredit.dk", List.of("127.64.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("kommunalbogholderi.dk", List.of("127.64.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("sparekassen-sjaelland.dk", List.of("127.64.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("lsb.dk", List.of("127.64.5.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("vordingborg.dk", List.of("127.64.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ringsted.dk", List.of("127.64.7.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("faxekommune.dk", List.of("127.64.8.1"), "-all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("cfcs-nyhedsbrev.dk", List.of("127.64.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("relay.sjnet.dk", List.of("127.67.1.1"), "-all", null, null);
        domain("forward.gigahost.dk", List.of("127.67.3.1"), "-all", null, null);
        // free mail, foreign SaaS, shops
        domain("gmail.com", List.of("127.66.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.66.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.66.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.66.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("icloud.com", List.of("127.66.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("notion.so", List.of("127.65.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("dropbox.com", List.of("127.65.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("surveymonkey.com", List.of("127.65.3.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ok.dk", List.of("127.65.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("parkone.dk", List.of("127.65.5.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("komplett.dk", List.of("127.65.6.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("lekolar.se", List.of("127.65.8.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("bauhaus.dk", List.of("127.65.7.1"), "-all", null, "none");
        for (int i = 0; i < OWNED.length; i++) {
            domain(OWNED[i], List.of(FRAUD_NET + "7." + (i + 1)), i % 4 == 1 ? "~all" : "-all",
                i % 5 == 3 ? null : i % 5 == 1 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 2 ? null : i % 3 == 0 ? "none" : "quarantine");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    private Amount amount(int maxNetOre) {
        long net = 42_000 + rnd.nextInt(maxNetOre);
        return new Amount(net, kr(net), kr(net / 4), kr(net + net / 4));
    }

    private String no(String prefix) {
        return prefix + (200_000 + rnd.nextInt(700_000));
    }

    private static final String[] TO = {"kreditor@naestved.dk", "faktura@naestved.dk", "oekonomi@naestved.dk", "kreditor@naestved.dk",
        "teknik-miljoe@naestved.dk", "sundhed-omsorg@naestved.dk", "skole-dagtilbud@naestved.dk", "indkoeb@naestved.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf6:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(31_000_000 + Math.floorMod(sha256("cvr6:" + domain).hashCode(), 12_000_000));
    }

    /** Three layouts of this corpus: a classic Danish one, a table-like one and a short craftsman's note. */
    private byte[] pdf(M m, Supplier s, String kind, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 3)) {
            case 0 -> {
                title = kind.toUpperCase(DA) + " " + no;
                l.add(s.name() + "  |  CVR " + cvr(s.domain()) + "  |  www." + s.domain());
                l.add("Faktureres til: Næstved Kommune, Økonomi, " + ADDRESS);
                l.add("EAN-lokationsnr. " + GLN + "   " + kind + "snr. " + no + "   Udstedt " + writtenDay(m, 0));
                l.add("Leverance: " + s.what());
                l.add("Subtotal " + a.net() + "  +  moms 25 % " + a.vat() + "  =  at betale DKK " + a.gross());
                l.addAll(extra);
                l.add("Betalingsbetingelser: løbende måned + 30 dage (" + writtenDay(m, 30) + ").  Betaling: " + account);
            }
            case 1 -> {
                title = s.name() + " / " + kind + " " + no;
                l.add("Pos.  Tekst                                   Beløb");
                l.add("1     " + s.what());
                l.add("      Netto                                   " + a.net());
                l.add("      Moms                                    " + a.vat());
                l.add("      I alt DKK                               " + a.gross());
                l.addAll(extra);
                l.add("Kunde: Næstved Kommune (EAN " + GLN + ").  Bankforbindelse: " + account + ".  Ref.: " + no);
            }
            default -> {
                title = kind + " " + no;
                l.add(s.name() + " - " + s.person());
                l.add("Til Næstved Kommune");
                l.add("Arbejde: " + s.what());
                l.add("Samlet pris " + a.gross() + " kr. inkl. moms");
                l.addAll(extra);
                l.add("Venligst indbetal til " + account + " inden 8 dage. Mange tak.");
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private static String pdfName(String no, int variant) {
        return switch (Math.floorMod(variant, 5)) {
            case 0 -> "faktura_" + no + ".pdf";
            case 1 -> "Næstved Kommune - faktura " + no + ".pdf";
            case 2 -> no + ".pdf";
            case 3 -> "Fakt" + no.replaceAll("[^0-9]", "") + ".PDF";
            default -> "Invoice_" + no + "_DK.pdf";
        };
    }

    private static final String[] GREET = {"Hej", "Goddag Næstved Kommune", "Att. kreditorbogholderiet", "Kære modtager", "Hej alle",
        "Hej igen"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(s.domain().hashCode(), 3)) {
            case 0 -> "\n\nVenlig hilsen\n" + s.person() + "\n" + s.name() + "\nCVR-nr. " + cvr(s.domain()) + " | www." + s.domain();
            case 1 -> "\n\nMvh.\n" + s.person() + ", " + s.name() + "\nTlf. 55 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89));
            default -> "\n\n" + s.name() + "\n(udsendt fra vores fakturasystem - svar gerne på denne mail ved spørgsmål)";
        };
    }

    /** A supplier's invoice mail (body, PDF); headers set, the caller decides how it travels. Returns the number. */
    private String invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = no(s.name().substring(0, 2).toUpperCase(DA).replaceAll("[^A-Z]", "X") + (v % 2 == 0 ? "" : "-"));
        Amount a = amount(listed.contains(s) ? 19_000_000 : 1_400_000);
        String[] subjects = {"Faktura " + n, "Fakturanr. " + n + " fra " + s.name(), "Din faktura fra " + s.name(),
            "Næstved Kommune - faktura " + n, "Faktura vedr. " + s.what(), "Fakturakopi " + n, "Regning " + n};
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 6)) {
            case 0 -> "Hermed faktura " + n + " for " + s.what() + ".";
            case 1 -> "Vedlagt vores faktura på i alt " + a.gross() + " kr. inkl. moms. Den er også sendt via NemHandel.";
            case 2 -> "Fakturaen for " + s.what() + " er vedhæftet som PDF. Betalingsfrist " + writtenDay(m, 30) + ".";
            case 3 -> "Som aftalt får I her fakturaen. Sig endelig til, hvis rekvirent eller EAN skal rettes.";
            case 4 -> "Tak for samarbejdet. Vedhæftet finder I faktura " + n + ".";
            default -> "Faktura " + n + " - " + a.gross() + " kr. - forfald " + writtenDay(m, 30) + ". Betaling som sædvanlig.";
        } + bodyExtra + sig(s);
        Mime mime = headers(m, v % 3 == 1 ? s.name() : s.person(), addr(s), to(), subjects[Math.floorMod(v, subjects.length)]);
        if (v % 5 == 3) {
            mime.html("<html><body><p style=\"font-family:Arial\">" + body.replace("\n\n", "</p><p style=\"font-family:Arial\">")
                .replace("\n", "<br>") + "</p></body></html>");
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
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            threadSubject.put(s.domain(), "Faktura " + n);
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        for (Supplier s : List.of(mediq, kloak, el, medier, vand, anlaeg, maler, energi, movia, frugt, toemrer, rengoering, vognmand)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 3 + 1, List.of("Rekv.: " + (v % 2 == 0 ? "indkøbsordre " + (4_500_000 + v) : "EAN " + GLN)),
                v % 3 == 0 ? "\n\nFølgeseddel og timeliste ligger i vedhæftningerne." : "");
            if (v % 3 == 0) {
                m.mime.attach("application/pdf", "foelgeseddel.pdf", Attachments.pdf(docId(m, "fs"), "Følgeseddel",
                    List.of("Leveret: " + s.what(), "Kvitteret af: modtager på stedet")));
            } else if (v % 4 == 1) {
                m.mime.attach("image/jpeg", "IMG_" + (2000 + v) + ".jpg", Attachments.image(docId(m, "img"), "jpg"));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
            v++;
        }
        for (Supplier s : List.of(movia, energi, mediq, frugt, vand, rengoering, kloak, el)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++ * 7, List.of("Periode: november 2026"), "\n\nFakturaen dækker november.");
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
        smallSuppliers();
        newsletters();
        lists();
        forwarded();
        internal();
        foreign();
        foreignSupplier();
        receipts();
        other();
    }

    private void creditNotes() {
        Object[][] x = {{mediq, "Kreditnota til faktura ", "Returvarerne fra hjemmeplejen Syd (2 kasser kateterposer) er modtaget."},
            {vand, "Krediteret: faktura ", "Måleren på Børnehuset Solsikken var fejlaflæst; vi har krediteret det for høje forbrug."},
            {frugt, "Kreditering af leverance, faktura ", "Bananerne i uge 46 var ikke i orden og er krediteret."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("credit-note", false);
            invoiceLike.add(m.id);
            String n = no("KN");
            Amount a = amount(900_000);
            headers(m, s.person(), addr(s), "kreditor@naestved.dk", e[1] + historyNo.get(s.domain()))
                .text(GREET[v] + "\n\n" + e[2] + " Kreditnota " + n + " på -" + a.gross() + " kr. er vedlagt og fratrækkes næste "
                    + "betaling." + sig(s))
                .attach("application/pdf", "Kreditnota " + n + ".pdf", pdf(m, s, "Kreditnota", n, a.credit(),
                    s.account(), v, List.of("Krediterer faktura " + historyNo.get(s.domain()))));
            genuine(m, s.ip());
            m.description = s.domain() + " credit note for its earlier invoice";
            v++;
        }
    }

    private void statements() {
        for (Supplier s : List.of(medier, movia, mediq)) {
            M m = mail("statement-of-account", false);
            headers(m, s.person(), addr(s), "kreditor@naestved.dk", "Kontoudtog pr. 20. november - " + s.name())
                .text("Hej\n\nHer er jeres kontoudtog til afstemning. Der står ikke noget åbent; seneste faktura "
                    + historyNo.get(s.domain()) + " er udlignet." + sig(s))
                .attach("application/pdf", "kontoudtog.pdf", Attachments.pdf(docId(m, "ku"), "Kontoudtog " + s.name(),
                    List.of("Kunde: Næstved Kommune", "Faktura " + historyNo.get(s.domain()) + " betalt", "Saldo 0,00")));
            genuine(m, s.ip());
            m.description = s.domain() + " statement of account, nothing due";
        }
        M m = mail("payment-acknowledgement", false);
        headers(m, vand.person(), addr(vand), "kreditor@naestved.dk", "Kvittering for betaling")
            .text("Goddag\n\nVi har modtaget betalingen af faktura " + historyNo.get("nk-forsyning.dk") + ". Tak.\n\n" + vand.name());
        genuine(m, vand.ip());
        m.description = "nk-forsyning.dk acknowledges payment of its earlier invoice";
    }

    private void reminders() {
        Object[][] r = {{movia, "Påmindelse", "Ifølge vores bogholderi mangler vi betaling af nedenstående. Er den betalt, så se bort fra mailen."},
            {toemrer, "Rykker", "Hej. Vi har ikke fået betaling for vinduerne på Karrebæk Skole. Kan I se, om fakturaen sidder fast? Thomas"},
            {kloak, "1. rykker", "Fakturaen nedenfor er overskredet. Der er ikke pålagt gebyr."},
            {el, "Venlig påmindelse", "Bare en påmindelse om fakturaen for nødbelysningen. Mangler I et ordrenummer?"},
            {medier, "Betalingspåmindelse", "Vi mangler fortsat indbetaling for annoncerne. Kontakt os ved afvisning."}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = historyNo.get(s.domain());
            Amount a = amount(2_000_000);
            headers(m, s.person(), addr(s), "kreditor@naestved.dk", x[1] + ": faktura " + n)
                .text(GREET[v % 5] + "\n\n" + x[2] + "\n\nFaktura " + n + ", " + a.gross() + " kr., betales til " + s.account() + sig(s))
                .attach("application/pdf", "rykker_" + n + ".pdf", pdf(m, s, "Påmindelse", n, a, s.account(), v + 1,
                    List.of("Oprindelig forfaldsdato " + writtenDay(m, -14))));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder citing its earlier invoice, usual account";
            v++;
        }
    }

    private void collection() {
        M m = mail("collection-notice", false);
        invoiceLike.add(m.id);
        String n = no("S");
        headers(m, "Lindberg Inkasso", "sag@lindberg-inkasso.dk", "kreditor@naestved.dk", "Inkassosag " + n + " / Sydsjællands Skadedyrskontrol")
            .text("Næstved Kommune\n\nVores klient Sydsjællands Skadedyrskontrol har bedt os rette henvendelse om faktura 2291 af "
                + "3. september 2026 (rottebekæmpelse, Fuglebjerg), der ifølge klienten er ubetalt.\n\nHar I betalt eller afvist fakturaen, "
                + "så send os venligst dokumentation. Ellers kan beløbet indbetales på klientkonto " + bank("9570", "0014402281")
                + " mærket " + n + ".\n\nTelefon 55 72 40 40.\n\nMed venlig hilsen\nLindberg Inkasso")
            .attach("application/pdf", "inkasso_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassomeddelelse " + n,
                List.of("Fordringshaver: Sydsjællands Skadedyrskontrol", "Faktura 2291 kr. 4.125,00", "Rykkergebyr 100,00")));
        genuine(m, "127.62.7.1");
        m.description = "real collection agency (DMARC pass) about a real unpaid invoice of an unlisted small supplier";
    }

    private void platforms() {
        Object[][] p = {{"sumup.com", "no-reply@", "SumUp Fakturaer", toemrer}, {"sumup.com", "no-reply@", "SumUp Fakturaer", vvs},
            {"sumup.com", "no-reply@", "SumUp Fakturaer", skadedyr}, {"fortnox.se", "faktura@", "Fortnox", maler},
            {"fortnox.se", "faktura@", "Fortnox", snedker}, {"storecove.com", "invoices@", "Storecove", el},
            {"storecove.com", "invoices@", "Storecove", anlaeg},
            {"storecove.com", "invoices@", "Storecove", grafik}, {"fortnox.se", "faktura@", "Fortnox", musik},
            {"sumup.com", "no-reply@", "SumUp Fakturaer", kloak}};
        int v = 0;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            String d = (String) x[0];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String n = no("");
            Amount a = amount(3_000_000);
            headers(m, s.name() + " via " + x[2], x[1] + d, "faktura@naestved.dk", "Faktura " + n + " fra " + s.name())
                .header("Reply-To", Mime.address(s.person(), addr(s)))
                .html("<html><body><table width=\"600\"><tr><td><h2>" + s.name() + "</h2><p>Du har modtaget faktura nr. " + n
                    + " på <b>DKK " + a.gross() + "</b> med forfald " + writtenDay(m, 14 + v) + ".</p><p>Fakturaen er vedhæftet som PDF. "
                    + "Spørgsmål til fakturaen besvares af " + s.name() + " - svar blot på denne mail.</p><p style=\"color:#888\">Sendt med "
                    + x[2] + " - regnskab og fakturering for små virksomheder.</p></td></tr></table></body></html>")
                .attach("application/pdf", "faktura-" + n + ".pdf", pdf(m, s, "Faktura", n, a, s.account(), v + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = (listed.contains(s) ? "listed " : "unlisted ") + s.domain() + " invoice relayed by platform " + d + ", usual account";
            v++;
        }
    }

    private String oioubl(String no, Supplier s, Amount a, String account, String bban) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">\n"
            + "  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>\n"
            + "  <cbc:ID>" + no + "</cbc:ID>\n  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n  <cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>" + s.name().replace("&", "&amp;") + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            + "  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0088\">" + GLN + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>Næstved Kommune</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            + "  <cac:PaymentMeans><cbc:PaymentMeansCode>" + (bban == null ? "31" : "58") + "</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>"
            + account + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            + "  <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID=\"DKK\">" + String.format("%.2f", a.ore() / 100.0)
            + "</cbc:TaxExclusiveAmount><cbc:PayableAmount currencyID=\"DKK\">" + String.format("%.2f", (a.ore() + a.ore() / 4) / 100.0)
            + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</Invoice>\n";
    }

    private void xml() {
        int v = 0;
        for (Supplier s : List.of(mediq, vand, kloak)) {
            M m = mail("oioubl-peppol-xml", false);
            invoiceLike.add(m.id);
            String n = no("P");
            Amount a = amount(5_000_000);
            String acct = s.account().startsWith("IBAN") ? s.account().substring(5).replace(" ", "") : s.account().replaceAll("[^0-9]", "");
            headers(m, s.name(), addr(s), "faktura@naestved.dk", "Elektronisk faktura " + n + " (OIOUBL/Peppol BIS 3)")
                .text("Denne mail indeholder en elektronisk faktura til Næstved Kommune, EAN " + GLN + ". XML-filen kan indlæses i "
                    + "jeres økonomisystem; PDF'en er en visning af samme faktura.\n\n" + s.name())
                .attach("application/xml", n + ".xml", oioubl(n, s, a, acct, null).getBytes(StandardCharsets.UTF_8))
                .attach("application/pdf", n + "_visning.pdf", pdf(m, s, "Faktura", n, a, s.account(), v, List.of("Peppol BIS Billing 3.0")));
            genuine(m, s.ip());
            m.description = s.domain() + " OIOUBL/Peppol XML invoice with PDF view, usual account";
            v++;
        }
    }

    private void newAccount() {
        M m = mail("supplier-new-account", false);
        String n = iban("DK", "53130004417702");
        headers(m, rengoering.person(), addr(rengoering), "kreditor@naestved.dk", "Nyt pengeinstitut fra 1. januar")
            .text("Kære kunde\n\nHolme-Olstrup Rengøring ApS skifter pr. 1. januar 2027 bank fra Danske Bank til Sparekassen Sjælland. "
                + "Vores nye konto er " + n + " (reg.nr. 5313).\n\nFor en god ordens skyld: ring gerne til mig på vores kendte nummer og "
                + "bekræft ændringen, før I retter stamdata. Fakturaer frem til nytår betales til den gamle konto.\n\nBrev på "
                + "brevpapir med underskrift er vedhæftet." + sig(rengoering))
            .attach("application/pdf", "bankskifte_underskrevet.pdf", Attachments.pdf(docId(m, "bs"), "Meddelelse om ny bankforbindelse",
                List.of("Holme-Olstrup Rengøring ApS, CVR " + cvr("ho-rengoering.dk"), "Ny konto fra 01-01-2027: " + n,
                    "Underskrevet: Bente Olstrup, direktør")));
        genuine(m, rengoering.ip());
        m.description = "listed supplier genuinely announces new bank from January, signed from its own server, asks for phone check";
    }

    private void smallSuppliers() {
        int v = 0;
        for (Supplier s : List.of(vvs, coach, snedker, musik, skadedyr, grafik)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v * 5 + 2, List.of("Bestilt af: " + (v % 2 == 0 ? "institutionslederen" : "centerchefen")),
                v == 0 ? "\n\nDet er vores første faktura til kommunen, så sig til hvis der mangler noget." : "");
            genuine(m, s.ip());
            m.description = "first invoice from unlisted small local supplier " + s.name() + " (" + s.domain() + "), authenticated";
            v++;
        }
    }

    private void newsletters() {
        String[][] n = {{"cfcs-nyhedsbrev.dk", "Center for Cybersikkerhed", "nyhedsbrev@", "Trusselsvurdering: falske fakturaer og "
            + "ændrede bankoplysninger rammer kommuner", "Svindlere udgiver sig for kendte leverandører og beder om betaling til en ny konto. "
            + "Kontrollér altid ændrede betalingsoplysninger via et telefonnummer, I selv slår op. Vær også opmærksom på falske "
            + "rykkere med trussel om inkasso og mails, der ligner Digital Post eller MitID."},
            {"kommunekredit.dk", "KommuneKredit", "info@", "Nyt om lån og leasing - november", "Kvartalets renteudvikling, ny "
                + "grøn låneramme og en påmindelse: KommuneKredit ændrer aldrig kontooplysninger pr. mail."},
            {"kommunalbogholderi.dk", "Kommunalt Bogholderi-netværk", "nyhed@", "Nyhedsbrev: faktura-svindel, e-fakturering og årsafslutning",
                "I dette nummer: Sådan opdagede Vordingborg en falsk faktura fra en 'kendt' vognmand, nye Peppol-regler og "
                    + "tjekliste til årsafslutningen."}};
        for (String[] x : n) {
            M m = mail("newsletter", false);
            m.mailFrom = "bounce-" + x[0].replace('.', '-') + "@mailchimpapp.net";
            headers(m, x[1], x[2] + x[0], "oekonomi@naestved.dk", x[3])
                .header("List-Unsubscribe", "<https://" + x[0] + "/afmeld>")
                .html("<html><body><h1>" + x[3] + "</h1><p>" + x[4] + "</p><p><a href=\"https://" + x[0] + "/nyheder\">Læs mere</a></p>"
                    + "</body></html>");
            m.signers.add(x[0]);
            m.signers.add("mailchimpapp.net");
            m.ip = "127.64.1.1";
            m.helo = "mail.mailchimpapp.net";
            m.description = "newsletter from " + x[0] + " sent via an ESP, signed by both";
        }
    }

    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-sj] ");
        s = s.replaceFirst("\r\n$", "\r\n_______________\r\nkreditor-sj - netvaerk for kreditorbogholdere i Region Sjaelland\r\n"
            + "Afmeld: https://kommunalbogholderi.dk/lister/kreditor-sj\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"vordingborg.dk", "Lise Kalvehave", "lika@", "Falsk rykker med inkasso - har I set den?",
            "Hej alle\n\nVi har fået en rykker fra et 'inkassobureau' om en faktura fra en af vores vognmænd. Fakturanummeret passer, "
                + "men kontoen er en helt anden, og vognmanden siger de aldrig har sendt den. Pas på derude.\n\nLise"},
            {"ringsted.dk", "Peter Benløse", "pebe@", "SV: Falsk rykker med inkasso - har I set den?",
                "Ja, samme her i sidste uge. Vi ringer altid til leverandøren på nummeret fra kontrakten. Peter"},
            {"faxekommune.dk", "Anja Karise", "akar@", "Årsafslutning: sidste frist for fakturaer",
                "Hej netværk\n\nHvornår lukker I for fakturaer i år? Vi overvejer 8. januar.\n\nAnja"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            headers(m, x[1], x[2] + x[0], "kreditor-sj@kommunalbogholderi.dk", x[3]).header("List-Id", "<kreditor-sj.kommunalbogholderi.dk>")
                .text(x[4]);
            m.signers.add(x[0]);
            m.ip = "127.64.3.1";
            m.helo = "lists.kommunalbogholderi.dk";
            m.afterSigning = HeldOutCorpus6::listFooter;
            m.listSigner = "kommunalbogholderi.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + ") about invoices; footer breaks its DKIM";
        }
    }

    private void forwarded() {
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        invoice(m, mediq, mediq.account(), 11, List.of(), "");
        m.mailFrom = "SRS0=Kx7d=SE=mediq.dk=kundeservice.dk@forward.gigahost.dk";
        m.signers.add("mediq.dk");
        m.ip = "127.67.3.1";
        m.helo = "forward.gigahost.dk";
        m.description = "mediq.dk invoice forwarded with SRS (SPF passes for the forwarder, supplier's DKIM survives)";
        for (Supplier s : List.of(movia, el)) {
            m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 13, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.67.1.1";
            m.helo = "relay.sjnet.dk";
            m.description = s.domain() + " invoice relayed without SRS" + (dns.get(s.domain()).dkim() != null ? " (DKIM survives)"
                : " (SPF only: nothing survives)");
        }
        m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = no("AN");
        Amount a = amount(2_500_000);
        headers(m, "Camilla Herlufsholm", "cahe@" + OWN, "kreditor@naestved.dk", "VS: Faktura " + n + " - Axeltorv")
            .text("Hej Kreditor\n\nFakturaen er sendt til mig ved en fejl. Arbejdet er godkendt, kontering 6120-02.\n\nCamilla\nVej og Park"
                + "\n\n---------- Videresendt besked ----------\nFra: " + anlaeg.person() + " <" + addr(anlaeg) + ">\nSendt: " + writtenDay(m, -3)
                + "\nEmne: Faktura " + n + "\n\nHej Camilla, vedlagt faktura for fliserne. Hilsen Susanne")
            .attach("application/pdf", "Faktura " + n + ".pdf", pdf(m, anlaeg, "Faktura", n, a, anlaeg.account(), 0, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice from our own domain, signed";
    }

    private void internal() {
        String[][] x = {{"Ulla Fuglebjerg", "ulfu@", "Husk: nye attestationsregler fra 1. december", "Hej alle\n\nFra 1. december skal "
            + "alle fakturaer over 50.000 kr. godkendes af to. Ændringer af leverandørers bankoplysninger skal altid ringes op.\n\nUlla\nØkonomi"},
            {"Kasper Næstelsø", "kane@", "Spørgsmål til faktura fra Movia", "Hej Kreditor\n\nEr november-fakturaen fra Movia betalt? "
                + "Jeg skal bruge det til budgetopfølgning.\n\nKasper"},
            {"IT-Service", "it-service@", "Planlagt nedetid i økonomisystemet lørdag", "Økonomisystemet er lukket lørdag 8-14 pga. opdatering."},
            {"Helle Mogenstrup", "hemo@", "Udlæg - kørsel og parkering", "Hej\n\nVedlagt mine kvitteringer for parkering ved kurset i Roskilde."}};
        for (String[] i : x) {
            M m = mail("internal", false);
            Mime mime = headers(m, i[0], i[1] + OWN, "kreditor@naestved.dk", i[2]).text(i[3]);
            if (i[2].startsWith("Udlæg")) {
                mime.attach("image/jpeg", "kvittering_parkering.jpg", Attachments.image(docId(m, "kv"), "jpg"));
            }
            genuine(m, OWN_IP);
            m.description = "internal mail from our own domain, signed";
        }
        M m = mail("internal", false);
        headers(m, "Jens Rislev", "jeri@" + OWN, "kreditor@naestved.dk", "Mistænkelig mail fra 'Movia' - slettet")
            .text("Hej Kreditor\n\nJeg fik en mail om en faktura fra Movia med et nyt kontonummer i Litauen. Jeg har ringet til Movia, "
                + "som ikke kender noget til det. Mailen er slettet og meldt til IT. Bare så I ved det.\n\nJens\nSkole og Dagtilbud");
        genuine(m, OWN_IP);
        m.description = "internal warning about a fraud attempt (no account of ours, nothing to pay)";
        m = mail("internal", false);
        headers(m, "Kreditorbogholderiet", "kreditor@" + OWN, "alle-ledere@naestved.dk", "Fakturaer skal sendes til EAN - ikke til os")
            .text("Kære ledere\n\nHusk at bede leverandører sende fakturaer elektronisk til jeres EAN-nummer. PDF-fakturaer pr. mail "
                + "kan vi ikke bogføre direkte.\n\nVenlig hilsen\nKreditorbogholderiet");
        genuine(m, OWN_IP);
        m.description = "internal circular about invoice routing";
        m = mail("bank-notice", false);
        headers(m, "Sparekassen Sjælland-Fyn Erhverv", "erhverv@sparekassen-sjaelland.dk", "oekonomi@naestved.dk", "Ny besked i netbanken")
            .text("Der ligger en ny besked til jer i Netbank Erhverv. Log ind på sædvanlig vis - vi sender aldrig links i mails.");
        genuine(m, "127.64.4.1");
        m.description = "bank notice without link, DMARC pass";
        m = mail("bank-notice", false);
        headers(m, "Lån & Spar Bank", "noreply@lsb.dk", "oekonomi@naestved.dk", "Kontoudskrift for november er klar")
            .text("Kontoudskriften for november er klar i Netbank Erhverv. Denne mail kan ikke besvares.");
        genuine(m, "127.64.5.1");
        m.description = "bank statement notice, DMARC pass";
    }

    private void foreign() {
        Object[][] f = {{"notion.so", "Notion", "billing@", "Your Notion invoice #", "Thanks for using Notion Plus. Your card ending 4471 has been "
            + "charged. Invoice attached.", "USD 960.00"},
            {"dropbox.com", "Dropbox", "receipts@", "Dropbox Business - receipt ", "Your annual Dropbox Business subscription has renewed. No action needed.",
                "EUR 450.00"},
            {"surveymonkey.com", "SurveyMonkey", "billing@", "SurveyMonkey invoice ", "Thank you for your payment. Attached is your "
                + "invoice for the Team Advantage plan.", "EUR 1,188.00"}};
        for (Object[] x : f) {
            M m = mail("foreign-saas-invoice", false);
            invoiceLike.add(m.id);
            String n = String.valueOf(7_000_000 + rnd.nextInt(2_000_000));
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@naestved.dk", x[3] + n)
                .text(x[4] + "\n\nAmount: " + x[5] + " (paid by card)\n\n" + x[1] + " Billing")
                .attach("application/pdf", "invoice_" + n + ".pdf", Attachments.pdf(docId(m, "saas"), x[1] + " Invoice " + n,
                    List.of("Bill to: Naestved Kommune, " + ADDRESS + ", Denmark", "VAT reverse charge", "Total " + x[5], "Paid")));
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "foreign SaaS invoice (card already charged), DMARC pass";
        }
    }

    private void foreignSupplier() {
        M m = mail("foreign-invoice", false);
        invoiceLike.add(m.id);
        String n = String.valueOf(9_100_000 + rnd.nextInt(800_000));
        String acct = iban("SE", "50000000058398257466");
        headers(m, "Lekolar AB Kundreskontra", "kundreskontra@lekolar.se", "indkoeb@naestved.dk", "Faktura " + n + " - Lekolar")
            .text("Hej\n\nHär kommer fakturan för leveransen av ritmaterial och hobbymaterial till Fensmark Skole. Betalning i DKK till "
                + acct + " (BIC ESSESESS).\n\nMed vänliga hälsningar\nLekolar AB")
            .attach("application/pdf", "Faktura_" + n + ".pdf", Attachments.pdf(docId(m, "lek"), "Faktura " + n, List.of(
                "Lekolar AB, Box 2, 283 21 Osby, Sverige", "Kund: Næstved Kommune, EAN " + GLN, "Ritmaterial och hobbymaterial",
                "Att betala DKK 12.480,00", "Betalning: " + acct)));
        genuine(m, "127.65.8.1");
        m.description = "Swedish school-material supplier invoice, foreign IBAN in its own name, DMARC pass";
        m = mail("loan-instalment-notice", false);
        invoiceLike.add(m.id);
        headers(m, "KommuneKredit", "opkraevning@kommunekredit.dk", "oekonomi@naestved.dk", "Ydelsesopkrævning lån 2019-0441 pr. 30. december")
            .text("Næstved Kommune\n\nYdelsen på lån 2019-0441 forfalder 30. december 2026 og trækkes som aftalt via Betalingsservice. "
                + "Opkrævningen er vedhæftet til bogføring.\n\nKommuneKredit")
            .attach("application/pdf", "ydelsesopkraevning_2019-0441.pdf", Attachments.pdf(docId(m, "kk"), "Ydelsesopkrævning",
                List.of("Lån 2019-0441", "Rente 412.300,00", "Afdrag 1.250.000,00", "Trækkes via Betalingsservice 30-12-2026")));
        genuine(m, "127.64.2.1");
        m.description = "loan instalment notice from the municipal lender, direct debit, DMARC pass";
    }

    private void receipts() {
        Object[][] r = {{"ok.dk", "OK", "kvittering@", "Kvittering for tankning", "Tak for dit køb. Beløb 612,40 kr."},
            {"parkone.dk", "ParkOne", "noreply@", "Din parkeringskvittering", "Parkering Næstved Banegård, 38,00 kr."},
            {"komplett.dk", "Komplett", "ordre@", "Ordrebekræftelse og kvittering", "Ordre 88213: 2 stk. USB-C docking. Betalt med EAN-faktura."},
            {"bauhaus.dk", "BAUHAUS", "kvittering@", "Din e-kvittering", "Tak for dit køb i BAUHAUS Næstved. I alt 1.245,00 kr."}};
        for (Object[] x : r) {
            M m = mail("receipt", false);
            headers(m, (String) x[1], x[2] + (String) x[0], "indkoeb@naestved.dk", (String) x[3]).text(x[4] + "\n\n" + x[1]);
            genuine(m, dns.get((String) x[0]).spfIps().get(0));
            m.description = "receipt from " + x[0] + ", already paid";
        }
    }

    private void other() {
        M m = mail("quote", false);
        headers(m, vvs.person(), addr(vvs), "teknik-miljoe@naestved.dk", "Tilbud på udskiftning af radiatorventiler")
            .text("Hej\n\nSom lovet: tilbud på 24 nye radiatorventiler i Tappernøje Børnehus, 18.400 kr. ekskl. moms. Gyldigt 30 dage."
                + sig(vvs))
            .attach("application/pdf", "tilbud_radiatorventiler.pdf", Attachments.pdf(docId(m, "tb"), "Tilbud",
                List.of("24 stk. termostatventiler inkl. montering", "Pris 18.400,00 ekskl. moms")));
        genuine(m, vvs.ip());
        m.description = "quote from unlisted small supplier, nothing to pay";
        m = mail("order-confirmation", false);
        headers(m, "Konica Minolta Ordre", "ordre@konica-minolta.dk", "indkoeb@naestved.dk", "Ordrebekræftelse 55102 - toner")
            .text("Tak for jeres bestilling via SKI-aftalen. Levering i uge 49. Fakturering via NemHandel til EAN " + GLN + ".");
        genuine(m, "127.62.5.1");
        m.description = "order confirmation, invoice comes by NemHandel";
        m = mail("supplier-letter", false);
        headers(m, energi.person(), addr(energi), "kreditor@naestved.dk", "Nye priser fra 1. januar 2027")
            .html("<html><body><p>Kære kunde</p><p>Vi justerer nettariffen fra 1. januar. Betalingsoplysninger er uændrede.</p><p>"
                + energi.name() + "</p></body></html>");
        genuine(m, "127.61.3.9");
        m.description = "listed supplier's price letter (DKIM only domain), payment details unchanged";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 10;

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
        qr();
        english();
        imageOnly();
        archives();
        htmlLink();
        mobilePay();
        tenderFee();
        prepayment();
        calendar();
    }

    private static final String[] MULE = {iban("LT", "3250000013370481"), iban("DK", "89000004512370"), bank("8401", "1120937"),
        iban("GB", "NWBK60161331926819"), iban("PL", "109010140000071219812874"), iban("EE", "3822000221020145"),
        bank("9070", "2043718822"), iban("NL", "RABO0318402201"), iban("DE", "370400440532013000"), iban("IE", "AIBK93115212345678")};

    private String mule(int i) {
        return MULE[Math.floorMod(i, MULE.length)];
    }

    private void forgedSupplier() {
        Supplier[] s = {vand, energi, toemrer, anlaeg, maler, frugt, vognmand};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            invoice(m, s[i], mule(i), i + 2, List.of("OBS: ny bankforbindelse"), "\n\nBemærk venligst, at vi har skiftet bank. Brug "
                + "kontoen på fakturaen fremover.");
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " from a fraudster's machine, changed account";
        }
    }

    private void lookalikes() {
        Object[][] l = {{"nk-forsyningen.dk", vand}, {"moviatrafik.com", movia}, {"mediq-dk.com", mediq}, {"karrebaek-tomrer.dk", toemrer},
            {"sydsj-energi.com", energi}, {"medlq.dk", mediq}, {"ho-rengoring.dk", rengoering}, {"sydsj-frugt.com", frugt}};
        int i = 0;
        for (Object[] x : l) {
            Supplier s = (Supplier) x[1];
            M m = mail("lookalike-domain", true);
            Supplier fake = new Supplier(s.name(), (String) x[0], s.person(), s.box(), "", s.account(), s.what());
            invoice(m, fake, mule(i + 3), i + 4, List.of(), i % 2 == 0 ? "\n\nVi har fået ny bank - se venligst kontonummeret." : "");
            ownedBy(m, (String) x[0]);
            m.description = "look-alike " + x[0] + " of " + s.domain() + " (own DNS), new account";
            i++;
        }
        Object[][] h = {{idn("m\u043Eviatrafik.dk"), movia}, {idn("n\u00e6stved.dk"), null}};
        for (Object[] x : h) {
            M m = mail("punycode-homoglyph", true);
            if (x[1] != null) {
                Supplier s = (Supplier) x[1];
                invoice(m, new Supplier(s.name(), (String) x[0], s.person(), s.box(), "", s.account(), s.what()), mule(5), 8, List.of(), "");
            } else {
                headers(m, "Næstved Kommune Økonomi", "oekonomi@" + x[0], "kreditor@naestved.dk", "Intern overførsel - godkend i dag")
                    .text("Hej\n\nVi mangler en hasteoverførsel til en leverandør på 184.500 kr. til " + mule(6) + ". Bilag følger.\n\nØkonomi");
            }
            ownedBy(m, (String) x[0]);
            m.description = "IDN homoglyph domain " + x[0] + ", authenticates";
        }
    }

    private void platformFraud() {
        String[][] p = {{"sumup-faktura.com", "SumUp Fakturaer"}, {"fortnox-betaling.dk", "Fortnox"}, {"storecove-docs.net", "Storecove"}};
        int i = 0;
        for (String[] x : p) {
            M m = mail("lookalike-platform", true);
            String n = no("");
            headers(m, x[1] + " Faktura", "noreply@" + x[0], "faktura@naestved.dk", "Ny faktura " + n + " venter på betaling")
                .html("<html><body><p>Næstved Kommune har en ny faktura fra <b>" + listed.get(i * 3).name() + "</b>.</p><p><a href=\"https://"
                    + x[0] + "/vis/" + n + "\">Se og betal fakturaen</a></p><p>" + x[1] + "</p></body></html>");
            ownedBy(m, x[0]);
            m.description = "look-alike of platform " + x[1] + " with view-and-pay link";
            i++;
        }
        String[][] misuse = {{"sumup.com", "no-reply@", "Sydsjællands Vej & Kloak ApS"},
            {"storecove.com", "invoices@", "Næstved Facility Partner"},
            {"fortnox.se", "faktura@", "Karrebæk Konsulent IVS"}};
        for (String[] x : misuse) {
            M m = mail("platform-account-misused", true);
            String n = no("");
            Supplier s = new Supplier(x[2], x[0], x[2], "", "", mule(i), "ekstraordinær kloakrensning efter skybrud, oktober");
            Amount a = amount(9_000_000);
            headers(m, x[2] + " via " + x[0], x[1] + x[0], "kreditor@naestved.dk", "Faktura " + n + " fra " + x[2])
                .header("Reply-To", "<" + x[2].toLowerCase(DA).replaceAll("[^a-z]", "") + "@gmail.com>")
                .html("<html><body><p>Du har modtaget faktura nr. " + n + " på DKK " + a.gross() + " fra " + x[2] + ".</p><p>Betales "
                    + "straks til " + mule(i) + ".</p></body></html>")
                .attach("application/pdf", "faktura-" + n + ".pdf", pdf(m, s, "Faktura", n, a, mule(i), i, List.of()));
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = "fraudster's own account on real platform " + x[0] + " invoices an unordered service (authenticates)";
            i++;
        }
        // a listed supplier's real platform account taken over: its name, its usual layout, a new account
        M m = mail("platform-account-misused", true);
        String n = no("");
        Amount a = amount(6_000_000);
        String acct = iban("DK", "98830001246651");
        headers(m, toemrer.name() + " via SumUp Fakturaer", "no-reply@sumup.com", "faktura@naestved.dk", "Faktura " + n + " fra "
            + toemrer.name())
            .header("Reply-To", "<karrebaek.toemrer.bogholderi@outlook.com>")
            .html("<html><body><table width=\"600\"><tr><td><h2>" + toemrer.name() + "</h2><p>Du har modtaget faktura nr. " + n
                + " på <b>DKK " + a.gross() + "</b>. OBS: vi har skiftet bank - betal til " + acct + ".</p><p style=\"color:#888\">"
                + "Sendt med SumUp Fakturaer.</p></td></tr></table></body></html>")
            .attach("application/pdf", "faktura-" + n + ".pdf", pdf(m, toemrer, "Faktura", n, a, acct, 1, List.of("Ny bankforbindelse")));
        genuine(m, "127.63.1.1");
        m.description = "listed karrebaek-toemrer.dk's real SumUp account taken over: new account, free-mail Reply-To (authenticates)";
    }

    private void compromised() {
        Supplier[] s = {kloak, el, medier, toemrer};
        for (int i = 0; i < s.length; i++) {
            M m = mail("compromised-supplier", true);
            String body = "\n\nVIGTIGT: Pga. revision af vores bankforhold bedes betalingen af denne og kommende fakturaer ske til "
                + mule(i + 1) + ". Betal ikke til den gamle konto.";
            invoice(m, s[i], mule(i + 1), i * 2 + 5, List.of("Ny kontoinformation: " + mule(i + 1)), body);
            genuine(m, s[i].ip());
            m.description = "mail from " + s[i].domain() + "'s real (compromised) mailbox, changed account, authenticates";
        }
    }

    private void hijack() {
        Supplier[] s = {movia, anlaeg, mediq};
        String[] via = {"moviatrafik.com", "naestved-anlaeg.com", "mediq-dk.com"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("reply-chain-hijack", true);
            Supplier fake = new Supplier(s[i].name(), via[i], s[i].person(), s[i].box(), "", mule(i + 4), s[i].what());
            Mime mime = headers(m, s[i].person(), addr(fake), "kreditor@naestved.dk", "SV: " + threadSubject.get(s[i].domain()))
                .header("In-Reply-To", threads.get(s[i].domain())).header("References", threads.get(s[i].domain()))
                .text("Hej igen\n\nTak for svaret. Som nævnt i telefonen er vores konto blevet ændret - betal venligst den åbne faktura "
                    + historyNo.get(s[i].domain()) + " til " + mule(i + 4) + " i dag, så vi undgår rykkergebyr.\n\nMvh " + s[i].person()
                    + "\n\n> " + threadSubject.get(s[i].domain()) + "\n> Hej, vi har modtaget fakturaen og den er sendt til godkendelse.");
            if (i == 1) {
                mime.attach("application/pdf", "opdateret_faktura.pdf", pdf(m, fake, "Faktura", historyNo.get(s[i].domain()), amount(3_000_000),
                    mule(i + 4), 1, List.of()));
            }
            ownedBy(m, via[i]);
            m.description = "hijacked thread about " + s[i].domain() + "'s earlier invoice, look-alike domain, new account";
        }
    }

    private void ownDomain() {
        String[][] x = {{"Borgmester Carsten Rasmussen", "borgmester@", "Fortroligt - betaling i dag"},
            {"Næstved Kommune Kreditor", "kreditor@", "Faktura 2026-11-4471 fra Næstved Kommune"},
            {"Økonomichef", "oekonomichef@", "Godkend overførsel"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("own-domain-forged", true);
            Mime mime = headers(m, y[0], y[1] + OWN, i == 1 ? "oekonomi@naestved.dk" : "kreditor@naestved.dk", y[2]);
            if (i == 1) {
                mime.text("Vedhæftet faktura fra Næstved Kommune. Betaling til " + mule(7) + ".").attach("application/pdf", "faktura-4471.pdf",
                    Attachments.pdf(docId(m, "own"), "Faktura 2026-11-4471", List.of("Næstved Kommune", "Ydelse: administrationsgebyr",
                        "Beløb 48.750,00", "Betal til " + mule(7))));
            } else {
                mime.text("Hej\n\nJeg sidder i møde og kan ikke tale i telefon. Vi skal have betalt " + (i == 0 ? "212.000" : "96.300")
                    + " kr. til " + mule(i + 8) + " i dag - det vedrører en fortrolig opkøbssag. Giv mig besked når det er gjort.\n\n" + y[0]);
            }
            forged(m, host++);
            m.description = "our own domain forged from outside (p=reject)";
            i++;
        }
    }

    private void ceo() {
        String[][] x = {{"Carsten Rasmussen", "gmail.com", "borgmester.naestved"}, {"Kommunaldirektør Per Toft", "outlook.com", "per.toft.direktor"},
            {"Økonomichef Birgitte", "hotmail.com", "birgitte.okonomichef"}, {"Carsten Rasmussen", "icloud.com", "c.rasmussen.dk"}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("ceo-fraud", true);
            headers(m, y[0], y[2] + "@" + y[1], "kreditor@naestved.dk", i % 2 == 0 ? "Er du ved din computer?" : "Hurtig opgave")
                .text(i % 2 == 0 ? "Hej\n\nEr du ledig? Jeg skal bruge din hjælp til en diskret betaling. Svar mig her - ikke på min "
                    + "arbejdsmail.\n\nSendt fra min iPhone" : "Hej\n\nKan du lave en overførsel på 78.400 kr. til " + mule(i)
                    + " i dag? Det er et depositum til konferencen i januar. Jeg ordner bilaget bagefter.\n\n" + y[0]);
            genuine(m, dns.get(y[1]).spfIps().get(0));
            m.description = "CEO/mayor fraud from free mail (" + y[1] + ", authenticates), display name of our management";
            i++;
        }
    }

    private void bodyOnly() {
        String[][] x = {{"karrebaek-tomrer.dk", "Thomas Enø", "thomas@", "Ændring af kontooplysninger", "Hej\n\nVi har skiftet bank. "
            + "Fremover skal alle betalinger til os gå til " + iban("DK", "91000007720455") + ". Ret det venligst i jeres system og bekræft."
            + "\n\nRing gerne på 42 77 18 03.\n\nThomas\nKarrebæksminde Tømrer & Snedker"},
            {"gmail.com", "Glumsø Vognmand", "glumsoe.vognmand@", "Vinterfaktura - ny konto", "Hej\n\nVores mailserver er nede, derfor "
                + "skriver jeg herfra. Betal venligst vinterfakturaen på 94.812,50 kr. til " + bank("9070", "2043718822")
                + " i stedet. Spørgsmål: ring 31 42 86 19.\n\nKim"},
            {"fensmark-maler.com", "Jan Rønnede", "jan@", "Opdatering af betalingsinfo", "Hej kreditor\n\nVi har fået ny konto: "
                + mule(4) + ". Den gamle lukkes 1. december. Tak.\n\nJan"}};
        for (String[] y : x) {
            M m = mail("bank-change-body-only", true);
            headers(m, y[1], y[2] + y[0], "kreditor@naestved.dk", y[3]).text(y[4]);
            if (y[0].equals("gmail.com")) {
                genuine(m, "127.66.1.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "no attachment: changed account and phone number in the body only (" + y[0] + ")";
        }
    }

    private void inkasso() {
        Supplier[] s = {vognmand, kloak, frugt};
        String[] via = {"nordisk-inkasso-center.dk", "dk-debitor-inkasso.com", "nordisk-inkasso-center.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("fake-reminder-inkasso", true);
            String n = historyNo.get(s[i].domain());
            headers(m, "Inkassoafdelingen", "sag@" + via[i], "kreditor@naestved.dk", "SIDSTE VARSEL før retslige skridt - faktura " + n)
                .text("Næstved Kommune\n\nPå vegne af " + s[i].name() + " varsler vi hermed inkasso vedr. faktura " + n + ". Beløbet "
                    + "inkl. inkassogebyr på 875,00 kr. skal være indbetalt inden 48 timer til " + mule(i + 2) + ".\n\nSker betaling "
                    + "ikke, overdrages sagen til fogedretten og registreres i RKI.\n\nInkassoafdelingen")
                .attach("application/pdf", "inkassovarsel_" + n + ".pdf", Attachments.pdf(docId(m, "ink"), "Inkassovarsel",
                    List.of("Kreditor: " + s[i].name(), "Faktura " + n, "Hovedstol + gebyrer", "Betal til " + mule(i + 2))));
            ownedBy(m, via[i]);
            m.description = "fake inkasso reminder citing real earlier invoice " + n + " of " + s[i].domain() + ", new account";
        }
    }

    private void digitalPost() {
        String[][] x = {{"digitalpost-borger.net", "Digital Post", "Ny post fra Skattestyrelsen - handling påkrævet",
            "Du har modtaget et brev om tilbagebetaling af moms. Log ind med MitID for at se brevet."},
            {"mitid-erhverv-login.com", "MitID Erhverv", "Din MitID Erhverv skal fornyes", "Jeres organisations MitID Erhverv udløber. "
                + "Forny inden 24 timer for at undgå lukning af adgangen til NemHandel og Virk."},
            {"digitalpost-borger.net", "e-Boks Erhverv", "Faktura tilgængelig i Digital Post", "Der ligger en faktura fra Nets til jer. "
                + "Betal via linket."}};
        for (String[] y : x) {
            M m = mail("fake-digital-post", true);
            headers(m, y[1], "besked@" + y[0], "oekonomi@naestved.dk", y[2]).html("<html><body><p>" + y[3] + "</p><p><a href=\"https://"
                + y[0] + "/login\">Log ind</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "fake " + y[1] + " with login link";
        }
    }

    private void renewals() {
        String[][] x = {{"domaeneregister-fornyelse.com", "Domænefornyelse", "Fornyelse af naestved.dk - forfalder", "Domænet naestved.dk "
            + "udløber om 5 dage. Fornyelsesgebyr 4.890,00 kr. + moms for 3 år."},
            {"erhvervs-register-dk.eu", "Erhvervsregistret", "Registrering af Næstved Kommune 2027", "Vi har opdateret jeres oplysninger "
                + "i Nordisk Erhvervsregister. Årlig annoncering 11.980,00 kr. jf. vilkår."},
            {"domaeneregister-fornyelse.com", "SEO Domain Services", "naestved.dk - search engine registration",
                "Submit naestved.dk to search engines. Annual fee EUR 396.00."}};
        int i = 0;
        for (String[] y : x) {
            M m = mail("domain-directory-scam", true);
            headers(m, y[1], "faktura@" + y[0], "faktura@naestved.dk", y[2]).text(y[3] + "\n\nBetaling til " + mule(i + 6) + ".")
                .attach("application/pdf", "faktura_" + (40_000 + i) + ".pdf", Attachments.pdf(docId(m, "ren"), y[1],
                    List.of(y[3], "Beløbet betales til " + mule(i + 6))));
            ownedBy(m, y[0]);
            m.description = "domain/directory renewal scam, unordered";
            i++;
        }
    }

    private void xmlFraud() {
        Supplier[] s = {mediq, vand};
        String[] via = {"mediq-dk.com", "nk-forsyning-betaling.dk"};
        for (int i = 0; i < s.length; i++) {
            M m = mail("xml-invoice-changed-account", true);
            String n = no("P");
            Amount a = amount(6_000_000);
            String bban = i == 0 ? "iban" : null;
            headers(m, s[i].name(), "efaktura@" + via[i], "faktura@naestved.dk", "Elektronisk faktura " + n)
                .text("E-faktura (Peppol BIS 3) til EAN " + GLN + " er vedhæftet.\n\n" + s[i].name())
                .attach("application/xml", n + ".xml", oioubl(n, s[i], a, i == 0 ? mule(0).substring(5).replace(" ", "") : "84011120937", bban)
                    .getBytes(StandardCharsets.UTF_8));
            ownedBy(m, via[i]);
            m.description = "Peppol-looking XML in " + s[i].domain() + "'s name from a look-alike, changed account";
        }
    }

    private void qr() {
        for (int i = 0; i < 2; i++) {
            M m = mail("qr-code-payment", true);
            String d = i == 0 ? "faktura-portal-dk.com" : "sydsj-energi.com";
            headers(m, i == 0 ? "Fakturaservice" : energi.name(), "betaling@" + d, "kreditor@naestved.dk", "Betal hurtigt med QR-kode")
                .html("<html><body><p>Scan QR-koden med din mobil for at betale udestående " + (i == 0 ? "14.250,00" : "31.870,00")
                    + " kr.</p><img src=\"cid:qr\"></body></html>")
                .attach("image/png", "betal_qr.png", Attachments.image(docId(m, "qr"), "png"));
            ownedBy(m, d);
            m.description = "QR code to pay, no account in text";
        }
    }

    private void english() {
        String[][] x = {{"euro-trade-services.com", "Euro Trade Services Ltd", "Outstanding invoice - final notice", "Dear Sir/Madam,\n\n"
            + "Please find attached our invoice for the translation services delivered to Naestved Municipality. Kindly remit EUR 4,870 to "
            + iban("GB", "NWBK60161331926819") + " within 3 days.\n\nRegards,\nAccounts Receivable"},
            {"microsoft-billing-center.com", "Microsoft 365 Billing", "Action required: payment failed for your subscription",
                "Your Microsoft 365 E5 subscription payment failed. Update billing information to avoid service interruption."},
            {"kontorpartner-nordic.com", "Kontorpartner Nordic", "Invoice INV-22817 - office supplies", "Hello,\n\nAttached invoice "
                + "for toner and paper delivered to your offices. Payment to " + iban("DE", "370400440532013000") + ".\n\nBest regards"}};
        for (String[] y : x) {
            M m = mail("english-international", true);
            Mime mime = headers(m, y[1], "accounts@" + y[0], "kreditor@naestved.dk", y[2]).text(y[3]);
            if (!y[0].startsWith("microsoft")) {
                mime.attach("application/pdf", "Invoice.pdf", Attachments.pdf(docId(m, "en"), y[1] + " Invoice", List.of(y[3].replace("\n", " "))));
            }
            ownedBy(m, y[0]);
            m.description = "English-language international fraud from " + y[0];
        }
    }

    private void imageOnly() {
        Supplier[] s = {rengoering, el};
        String[] via = {"ho-rengoring.dk", "herlufmagle-el.com"};
        for (int i = 0; i < 2; i++) {
            M m = mail("image-only-invoice", true);
            headers(m, s[i].person(), s[i].box() + "@" + via[i], "kreditor@naestved.dk", "Faktura (scannet)")
                .text("Hej\n\nFakturaen er scannet ind, se vedhæftet. Bemærk nyt kontonummer på fakturaen.\n\n" + s[i].person())
                .attach(i == 0 ? "image/jpeg" : "application/pdf", i == 0 ? "scan_faktura.jpg" : "Scan_2026-11.pdf",
                    i == 0 ? Attachments.image(docId(m, "sc"), "jpg") : Attachments.scannedPdf(docId(m, "sc")));
            ownedBy(m, via[i]);
            m.description = "invoice only as image/scan from look-alike of " + s[i].domain();
        }
    }

    private void archives() {
        for (int i = 0; i < 2; i++) {
            M m = mail("archive-invoice", true);
            Supplier s = i == 0 ? anlaeg : frugt;
            String d = i == 0 ? "naestved-anlaeg.com" : "sydsj-frugt.com";
            String n = no("Z");
            byte[] inner = pdf(m, new Supplier(s.name(), d, s.person(), s.box(), "", mule(i), s.what()), "Faktura", n, amount(4_000_000),
                mule(i), 0, List.of());
            headers(m, s.person(), s.box() + "@" + d, "kreditor@naestved.dk", "Fakturaer samlet - " + n)
                .text("Hej\n\nI det komprimerede bilag er de samlede fakturaer for perioden - pakket, fordi mailen ellers blev for stor.\n\n" + s.person())
                .attach("application/zip", i == 0 ? "fakturaer_nov.zip" : "faktura_" + n + ".zip",
                    i == 0 ? Attachments.zip("faktura_" + n + ".pdf", inner, "bilag.txt", "Se faktura".getBytes(StandardCharsets.UTF_8))
                        : Attachments.zip("faktura_" + n + ".pdf", inner));
            ownedBy(m, d);
            m.description = "invoice inside an archive from a look-alike of " + s.domain();
        }
    }

    private void htmlLink() {
        String[][] x = {{"secure-docs-view.com", "Dokumentdeling", "Karrebæksminde Tømrer har delt en faktura med dig"},
            {"secure-docs-view.com", "OneDrive", "Faktura_Movia_nov.pdf er delt med dig"}};
        for (String[] y : x) {
            M m = mail("shared-document-phish", true);
            headers(m, y[1], "no-reply@" + y[0], "kreditor@naestved.dk", y[2]).html("<html><body><p>" + y[2] + ".</p><p><a href=\"https://"
                + y[0] + "/d/" + sha256(m.id).substring(0, 10) + "\">Åbn dokument</a></p></body></html>");
            ownedBy(m, y[0]);
            m.description = "HTML-only shared-document lure to a credential page";
        }
    }

    private void mobilePay() {
        String[][] x = {{"gmail.com", "Fuglebjerg Idrætsforening", "fuglebjerg.if.kasserer", "Tilskud - mangler gebyr",
            "Hej\n\nFor at udbetale jeres foreningstilskud skal vi have et ekspeditionsgebyr på 1.250 kr. Send det på MobilePay Box "
                + "til 2261 4410 i dag.\n\nKasserer"},
            {"mobilbetal-erhverv.dk", "MobilePay Erhverv", "erhverv", "Betalingsanmodning: faktura 88104",
                "Næstved Kommune har en åben betalingsanmodning på 9.875,00 kr. Godkend via MobilePay MyShop nr. 71 80 22 13."}};
        for (String[] y : x) {
            M m = mail("mobilepay-payment-request", true);
            headers(m, y[1], y[2] + "@" + y[0], "kreditor@naestved.dk", y[3]).text(y[4]);
            if (y[0].equals("gmail.com")) {
                genuine(m, "127.66.1.1");
            } else {
                ownedBy(m, y[0]);
            }
            m.description = "pay by MobilePay number in the body, no account, no attachment";
        }
    }

    private void tenderFee() {
        for (int i = 0; i < 2; i++) {
            M m = mail("fake-tender-fee", true);
            headers(m, "Udbudsportalen Sjælland", "udbud@udbud-sjaelland.dk", "indkoeb@naestved.dk",
                i == 0 ? "Tildeling: rammeaftale vinterbeklædning - gebyr" : "Registreringsgebyr for udbudsdeltagelse")
                .text("Kære ordregiver\n\nFor at offentliggøre jeres udbud i 2027 skal registreringsgebyret på " + (i == 0 ? "6.400" : "3.950")
                    + " kr. betales til " + mule(i + 3) + ". Faktura er vedhæftet.\n\nUdbudsportalen")
                .attach("application/pdf", "gebyr_udbud.pdf", Attachments.pdf(docId(m, "ud"), "Faktura udbudsgebyr",
                    List.of("Registrering af udbud 2027", "Betal til " + mule(i + 3))));
            ownedBy(m, "udbud-sjaelland.dk");
            m.description = "fake tender portal fee invoice, unordered";
        }
    }

    private void prepayment() {
        for (int i = 0; i < 2; i++) {
            M m = mail("advance-payment-order", true);
            String d = "it-hardware-direct.eu";
            headers(m, "IT Hardware Direct", "sales@" + d, "indkoeb@naestved.dk", "Ordrebekræftelse - forudbetaling påkrævet")
                .text("Tak for jeres forespørgsel på " + (i == 0 ? "40 bærbare" : "25 skærme") + ". Pga. lagerstatus kræves 100 % forudbetaling "
                    + "til " + mule(i + 5) + " før afsendelse. Proformafaktura vedlagt.")
                .attach("application/pdf", "Proforma_" + (7100 + i) + ".pdf", Attachments.pdf(docId(m, "pf"), "Proforma invoice",
                    List.of("Forudbetaling 100 %", "Betal til " + mule(i + 5))));
            ownedBy(m, d);
            m.description = "fake webshop demands advance payment for an order never placed";
        }
    }

    private void calendar() {
        for (int i = 0; i < 2; i++) {
            M m = mail("calendar-invite-invoice", true);
            String d = "kalender-invitation.net";
            String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:" + sha256(m.id).substring(0, 16) + "@" + d
                + "\r\nSUMMARY:Forfalden faktura - betal her\r\nDESCRIPTION:Betal udestående via https://" + d + "/pay\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
            headers(m, i == 0 ? "Movia Debitor" : "Kalender", "invite@" + d, "kreditor@naestved.dk", "Invitation: Forfalden faktura - frist i dag")
                .text("Du er inviteret. Åbn invitationen for at se betalingslinket.")
                .attach("text/calendar", "invite.ics", ics.getBytes(StandardCharsets.UTF_8));
            ownedBy(m, d);
            m.description = "calendar invitation carrying an overdue-invoice pay link";
        }
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus6().generate(), List.of(
            "# Næstved Kommune, Økonomi: invoice checks (sixth held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers use.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=nk-forsyning.dk moviatrafik.dk sydsj-energi.dk karrebaek-toemrer.dk naestved-anlaeg.dk "
                + "fensmark-maler.dk sjaellandske-medier.dk glumsoe-vognmand.dk ho-rengoering.dk susaa-kloak.dk mediq.dk "
                + "herlufmagle-el.dk sydsj-frugt.dk",
            "invoice.domains.platforms=sumup.com fortnox.se storecove.com",
            "invoice.names.protected=Næstved Kommune"));
    }
}
