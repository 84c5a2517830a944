package org.spoofguard.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.spoofguard.core.dkim.DkimAlgorithm;

/**
 * The third held-out invoice corpus (issue 11 item 5): a fourth test set in a world nobody tuned on. "Our" public
 * body is Skive Kommune ({@value #OWN}, p=reject) with twelve listed suppliers of its own (acronyms such as EWII,
 * JN Data, SK Tag next to long names with æ/ø/å), three invoicing platforms, ESPs, banks, authorities, a creditor
 * network's mailing list, a forwarder, free mail, foreign suppliers and fraudsters' own domains.
 *
 * <p>Written blind: from the issue's lists and Danish fraud warnings, without reading the invoice engine, its tests,
 * tuning notes or any earlier result. Labels say what a mail is when it was written. {@code genuine_auth_invoice}
 * is derived from the mail's kind (a legitimate invoice or reminder) and its computed authentication (DMARC pass,
 * or aligned SPF/DKIM pass where the From domain publishes no DMARC record), never from a detector.
 *
 * <p>Regenerate with {@code mvn -B -o -pl it -am test-compile surefire:test@default-test
 * -Dtest=HeldOutCorpus3GeneratorTest -Dsurefire.failIfNoSpecifiedTests=false -Dinvoice.corpus.regenerate=true}.
 */
public final class HeldOutCorpus3 extends CorpusWorld {
    public static final Path DIR = Path.of("src/test/resources/invoice-corpus-heldout3");
    public static final String OWN = "skive.dk";
    static final String FRAUD_NET = "127.99.";
    private static final String OWN_IP = "127.60.0.1";
    private static final String GLN = "5798008342106";

    private final Random rnd = new Random(78001126L);
    /** Ids of legitimate mails that are invoices or payment reminders (genuine_auth_invoice if authenticated). */
    private final Map<String, String> threads = new LinkedHashMap<>();

    @Override
    ZonedDateTime historyStart() {
        return ZonedDateTime.of(2026, 8, 24, 7, 45, 0, 0, ZoneOffset.ofHours(2));
    }

    @Override
    ZonedDateTime start() {
        return ZonedDateTime.of(2026, 11, 2, 7, 15, 0, 0, ZoneOffset.ofHours(1));
    }

    @Override
    String forgedNet() {
        return FRAUD_NET + "3.";
    }

    // ------------------------------------------------------------------------------------------ world

    private final Supplier jn = new Supplier("JN Data A/S", "jndata.dk", "Debitorbogholderiet", "debitor", "127.61.1.1",
        iban("DK", "30002345118810"), "drift af fagsystemer, november");
    private final Supplier elis = new Supplier("Elis Danmark A/S", "elis.dk", "Elis Kundeservice", "faktura", "127.61.2.1",
        bank("2211", "6287001143"), "leje og vask af arbejdstøj, Skive Rådhus");
    private final Supplier sweco = new Supplier("Sweco Danmark A/S", "sweco.dk", "Mette Vinther", "invoice.dk", "127.61.3.1",
        iban("DK", "20000745661203"), "rådgivning, renovering af Skive Svømmehal, etape 2");
    private final Supplier fjv = new Supplier("Skive Fjernvarme A.m.b.a.", "skivefjernvarme.dk", "Skive Fjernvarme", "regning",
        "127.61.4.1", bank("7730", "0001298844"), "fjernvarme, kommunale bygninger, oktober");
    private final Supplier solar = new Supplier("Solar Danmark A/S", "solar.dk", "Solar Ordreservice", "ordre", "127.61.5.1",
        bank("3001", "4310066201"), "el-artikler til Skive Ejendomsservice");
    private final Supplier dagrofa = new Supplier("Dagrofa Foodservice A/S", "dagrofa.dk", "Bogholderi", "kreditnota",
        "127.61.6.1", bank("4180", "0007766210"), "fødevarer til Plejecenter Liselund");
    private final Supplier salling = new Supplier("Salling Fjords Anlægsgartneri ApS", "sallingfjord-anlaeg.dk",
        "Kristoffer Dahl", "kontor", "127.61.7.1", bank("7780", "0002651187"), "vintervedligehold af grønne områder, Resen");
    private final Supplier noehr = new Supplier("Nøhr & Sønner Kloak- og Entreprenørservice ApS", "noehr-kloak.dk",
        "Åse Nøhr", "aase", "127.61.8.1", bank("9260", "0003318842"), "tv-inspektion af kloak, Østergade");
    private final Supplier bravida = new Supplier("Bravida Danmark A/S", "bravida.dk", "Bravida Fakturering", "fakturering",
        "127.61.9.1", iban("DK", "30004031226678"), "service på ventilationsanlæg, Skive Gymnasium-hallen");
    private final Supplier ewii = new Supplier("EWII Energi A/S", "ewii.dk", "EWII Erhverv", "erhverv", "127.61.10.1",
        iban("DK", "50000003456721"), "el, kommunale ejendomme, oktober");
    private final Supplier sk = new Supplier("SK Tagdækning A/S", "sk-tag.dk", "Søren Kirk", "sk", "127.61.11.1",
        bank("9070", "2041187733"), "tagpap og inddækning, Brårup Skole");
    private final Supplier faarup = new Supplier("Fårup Køle- og Ventilationsteknik ApS", "faarup-koel.dk", "Jørgen Fårup",
        "jf", "127.61.12.1", bank("9684", "0000917734"), "køleservice, storkøkken Lindegården");
    // small suppliers nobody listed, and foreign ones
    private final Supplier glyn = new Supplier("Glyngøre Tømrer ApS", "glyngoere-toemrer.dk", "Per Glyngøre", "per",
        "127.62.1.1", bank("7770", "0004410982"), "udskiftning af dør, Glyngøre Bibliotek");
    private final Supplier roslev = new Supplier("Roslev VVS", "roslev-vvs.dk", "Hans Roslev", "hans", "127.62.2.1",
        bank("9090", "0002776651"), "reparation af blandingsbatteri, Roslev Skole");
    private final Supplier spang = new Supplier("Spangsbjerg Vinduespolering", "gmail.com", "Malene Spangsbjerg",
        "spangsbjerg.vinduer", "127.66.1.1", bank("8117", "0001554221"), "vinduespolering, Skive Bibliotek");
    private final Supplier kaercher = new Supplier("Alfred Kärcher SE & Co. KG", "kaercher.com", "Kärcher Accounts Receivable",
        "ar.nordics", "127.65.1.1", iban("DE", "600501010002345678"), "service kit, floor scrubber B 50");

    private final List<Supplier> listed = List.of(jn, elis, sweco, fjv, solar, dagrofa, salling, noehr, bravida, ewii, sk, faarup);

    private void world() {
        domain(OWN, List.of(OWN_IP), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("jndata.dk", List.of(jn.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("elis.dk", null, null, DkimAlgorithm.RSA_SHA256, "reject"); // DKIM only
        domain("sweco.dk", List.of(sweco.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("skivefjernvarme.dk", List.of(fjv.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("solar.dk", List.of(solar.ip()), "-all", DkimAlgorithm.RSA_SHA256, null); // no DMARC record
        domain("dagrofa.dk", List.of(dagrofa.ip()), "-all", null, null); // SPF only
        domain("sallingfjord-anlaeg.dk", List.of("127.61.97.7"), "~all", null, null); // SPF names the old host
        domain("noehr-kloak.dk", null, null, null, null); // nothing published
        domain("bravida.dk", List.of(bravida.ip()), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("ewii.dk", List.of(ewii.ip()), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("sk-tag.dk", List.of(sk.ip()), "-all", null, "reject"); // SPF only, DMARC reject
        domain("faarup-koel.dk", List.of(faarup.ip()), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("glyngoere-toemrer.dk", List.of(glyn.ip()), "-all", null, null);
        domain("roslev-vvs.dk", null, null, null, null);
        domain("kaercher.com", List.of(kaercher.ip()), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // invoicing platforms (they send in their own name for many companies)
        domain("pagero.com", List.of("127.63.1.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("sproom.net", List.of("127.63.2.1"), "~all", DkimAlgorithm.ED25519_SHA256, "none");
        domain("billwerk.com", List.of("127.63.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        // ESPs and senders behind them
        domain("sendgrid.net", List.of("127.64.1.1"), "~all", DkimAlgorithm.RSA_SHA256, null);
        domain("mcsv.net", List.of("127.64.2.1"), "-all", DkimAlgorithm.RSA_SHA256, null);
        domain("ski.dk", List.of("127.64.9.1"), "-all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("danskindustri.dk", null, null, DkimAlgorithm.RSA_SHA256, "none");
        // banks, authorities, neighbours, list server, forwarder
        domain("jutlander.dk", List.of("127.64.3.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("nykredit.dk", List.of("127.64.4.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("ufst.dk", List.of("127.64.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("viborg.dk", List.of("127.64.6.1"), "~all", DkimAlgorithm.RSA_SHA256, "quarantine");
        domain("morsoe.dk", List.of("127.64.7.1"), "-all", DkimAlgorithm.ED25519_SHA256, "reject");
        domain("lemvig.dk", List.of("127.64.8.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("kreditornetvaerk.dk", List.of("127.67.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("postvideresend.dk", List.of("127.67.1.1"), "-all", null, null);
        // free mail, foreign SaaS, shops
        domain("gmail.com", List.of("127.66.1.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("outlook.com", List.of("127.66.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("hotmail.com", List.of("127.66.2.1"), "~all", DkimAlgorithm.RSA_SHA256, "none");
        domain("yahoo.com", List.of("127.66.3.1"), "?all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("hubspot.com", List.of("127.65.2.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("figma.com", List.of("127.65.3.1"), "~all", DkimAlgorithm.ED25519_SHA256, "quarantine");
        domain("proshop.dk", List.of("127.65.4.1"), "-all", DkimAlgorithm.RSA_SHA256, "none");
        domain("circlek.dk", List.of("127.65.5.1"), "-all", DkimAlgorithm.RSA_SHA256, "reject");
        domain("easypark.dk", List.of("127.65.6.1"), "~all", null, "none");
        // fraudsters' domains, set up properly by their owners
        String[] own = {"jndatta.dk", "sweko.dk", "bravlda.dk", "skivefjernvame.dk", "elis-faktura.dk", "bravida-betaling.dk",
            "skive-kommune.dk", "skive.dk-opkraevning.com", "ewii.net", "dagrofa.com", "sweco.eu", idn("el\u0456s.dk"),
            idn("sk\u0456ve.dk"), idn("s\u043Elar.dk"), idn("br\u0430vida.dk"), "dk-virksomhedsregister.com",
            "european-business-directory.org", "inkasso-nord.com", "dansk-retsinkasso.net", "e-boks-notifikation.com",
            "fakturadeling.com", "dokument-center.net", "faktura-besked.com", "skive-kommunen.dk", "sk-tag.com",
            "jndata-support.com", "faarup-kol.dk"};
        for (int i = 0; i < own.length; i++) {
            domain(own[i], List.of(FRAUD_NET + "7." + (i + 1)), i % 5 == 3 ? "~all" : "-all",
                i % 4 == 1 ? null : i % 4 == 2 ? DkimAlgorithm.ED25519_SHA256 : DkimAlgorithm.RSA_SHA256,
                i % 3 == 0 ? null : i % 3 == 1 ? "none" : "quarantine");
        }
    }

    // ------------------------------------------------------------------------------------------ documents

    record Amount(String net, String vat, String total) {
    }

    private Amount amount(int maxNetOre) {
        long net = 30_000 + rnd.nextInt(maxNetOre);
        return new Amount(kr(net), kr(net / 4), kr(net + net / 4));
    }


    private String no(String prefix) {
        return prefix + (100_000 + rnd.nextInt(800_000));
    }

    private static final String[] TO = {"kreditor@skive.dk", "fakturaer@skive.dk", "okonomi@skive.dk", "ejendomme@skive.dk",
        "teknik@skive.dk", "aeldre-sundhed@skive.dk", "boern-unge@skive.dk", "indkob@skive.dk"};

    private String to() {
        return TO[rnd.nextInt(TO.length)];
    }

    private static long docId(M m, String what) {
        return Long.parseLong(sha256("pdf3:" + what + ":" + m.id).substring(0, 12), 16);
    }

    private static String cvr(String domain) {
        return String.valueOf(25_000_000 + Math.floorMod(sha256("cvr3:" + domain).hashCode(), 14_000_000));
    }

    /** Four layouts of their own: a boxed Danish one, a one-column English one, a "kreditnota-style" and a terse one. */
    private byte[] pdf(M m, Supplier s, String no, Amount a, String account, int layout, List<String> extra) {
        List<String> l = new ArrayList<>();
        String title;
        switch (Math.floorMod(layout, 4)) {
            case 0 -> {
                title = "Faktura " + no + " / " + s.name();
                l.add("Sælger: " + s.name() + ", CVR-nr. " + cvr(s.domain()));
                l.add("Køber: Skive Kommune, Torvegade 10, 7800 Skive - GLN " + GLN);
                l.add("Fakturadato: " + dashedDay(m, 0) + "   Forfald: " + dashedDay(m, 30));
                l.add("Ydelse: " + s.what());
                l.add("Beløb ekskl. moms " + a.net() + "   Moms 25 % " + a.vat() + "   I alt DKK " + a.total());
                l.addAll(extra);
                l.add("Indbetales på " + account + " med fakturanummer som tekst.");
            }
            case 1 -> {
                title = "INVOICE " + no;
                l.add(s.name() + " - VAT DK" + cvr(s.domain()));
                l.add("Bill to: Skive Municipality, Denmark (GLN " + GLN + ")");
                l.add("Date " + dashedDay(m, 0) + ", due " + dashedDay(m, 21));
                l.add("Item: " + s.what());
                l.add("Amount DKK " + a.net() + " + VAT " + a.vat() + " = " + a.total());
                l.addAll(extra);
                l.add("Bank details: " + account);
            }
            case 2 -> {
                title = s.name() + " - Fakturaoversigt";
                l.add("Faktura nr. " + no + " af " + dashedDay(m, 0));
                l.add("Skive Kommune, att. Kreditorafdelingen");
                l.add("1 stk. " + s.what() + " ... " + a.net());
                l.add("Moms ... " + a.vat());
                l.add("Total at betale ... " + a.total() + " kr.");
                l.addAll(extra);
                l.add("Betalingsbetingelser: netto 30 dage. Konto: " + account);
            }
            default -> {
                title = "Regning " + no;
                l.add(s.name() + " - " + s.domain());
                l.add(s.what() + ": " + a.total() + " kr. inkl. moms");
                l.addAll(extra);
                l.add("Betal til " + account + " senest " + dashedDay(m, 14));
            }
        }
        return Attachments.pdf(docId(m, no), title, l);
    }

    private String pdfName(String no, int variant) {
        return switch (Math.floorMod(variant, 6)) {
            case 0 -> "Faktura_" + no + ".pdf";
            case 1 -> no + ".pdf";
            case 2 -> "Invoice " + no + ".PDF";
            case 3 -> "faktura-" + no + "-skive kommune.pdf";
            case 4 -> "DOK" + no + "_001.pdf";
            default -> "Fakt. " + no + " (2).pdf";
        };
    }

    private static final String[] GREET = {"Hej", "Kære kreditorafdeling", "Goddag", "Hej Skive Kommune", "Til bogholderiet",
        "Dear accounts payable"};

    private String sig(Supplier s) {
        return switch (Math.floorMod(s.domain().hashCode(), 3)) {
            case 0 -> "\n\nMed venlig hilsen\n" + s.person() + "\n" + s.name() + "\nCVR " + cvr(s.domain()) + " | www." + s.domain();
            case 1 -> "\n\nVh\n" + s.person() + "\n--\n" + s.name() + "\nDenne mail er sendt fra et ikke-overvåget system.";
            default -> "\n\nMvh. " + s.person() + ", " + s.name() + "\nTlf. 97 " + (10 + rnd.nextInt(89)) + " " + (10 + rnd.nextInt(89))
                + " " + (10 + rnd.nextInt(89));
        };
    }

    /** A supplier's invoice mail (body text, PDF), headers set; the caller decides how it travels. */
    private Mime invoice(M m, Supplier s, String account, int v, List<String> extra, String bodyExtra) {
        String n = no(s.name().substring(0, 2).toUpperCase(DA).replaceAll("[^A-ZÆØÅ]", "X"));
        Amount a = amount(listed.contains(s) ? 25_000_000 : 1_500_000);
        String[] subjects = {"Faktura " + n, "Faktura nr. " + n + " fra " + s.name(), "Invoice " + n, "Ny faktura - " + s.what(),
            s.name() + ": faktura " + n, "Fakt " + n};
        String subj = subjects[Math.floorMod(v, subjects.length)];
        String body = GREET[Math.floorMod(v, GREET.length)] + "\n\n" + switch (Math.floorMod(v, 5)) {
            case 0 -> "Vedhæftet faktura " + n + " vedrørende " + s.what() + ".";
            case 1 -> "Hermed fremsendes faktura for " + s.what() + ". Beløbet udgør " + a.total() + " kr. inkl. moms.";
            case 2 -> "Please find attached invoice " + n + " (" + a.total() + " DKK). Payment terms as per contract.";
            case 3 -> "Så er arbejdet afsluttet, og fakturaen ligger i vedhæftningen. Sig endelig til hvis noget ser forkert ud.";
            default -> "Faktura " + n + ", forfald " + dashedDay(m, 30) + ", " + a.total() + " kr.";
        } + bodyExtra + sig(s);
        Mime mime = headers(m, s.person() + (v % 3 == 0 ? "" : " | " + s.name()), addr(s), to(), subj);
        if (v % 7 == 4) {
            mime.html("<html><body><p>" + body.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>");
        } else {
            mime.text(body);
        }
        mime.attach("application/pdf", pdfName(n, v), pdf(m, s, n, a, account, v, extra));
        return mime;
    }

    // ------------------------------------------------------------------------------------------ legitimate

    private void legit() {
        int v = 0;
        // wave 1: every listed supplier's earlier invoice, the usual account
        for (Supplier s : listed) {
            M m = mail("supplier-invoice", false);
            m.wave = 1;
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++, List.of(), "");
            genuine(m, s.ip());
            threads.put(s.domain(), messageId(m, s.domain()));
            m.description = "history: " + s.domain() + " invoice, usual account, from its own server";
        }
        // wave 2: the same suppliers invoice again (some with a second attachment)
        for (Supplier s : List.of(jn, elis, sweco, fjv, solar, bravida, ewii, faarup, dagrofa, sk, salling, noehr)) {
            M m = mail("supplier-invoice", false);
            invoiceLike.add(m.id);
            Mime mime = invoice(m, s, s.account(), v++ * 3, List.of(), v % 2 == 0 ? "\n\nTimeseddel er vedlagt." : "");
            if (v % 2 == 0) {
                mime.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "timer_" + v + ".xlsx",
                    Attachments.excel(List.of("Dato;Medarbejder;Timer", "03-11;MK;7,5", "04-11;MK;6,0"), false));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " invoice, usual account, from its own server";
        }
        // small suppliers nobody listed
        for (Supplier s : List.of(glyn, roslev, spang)) {
            M m = mail("small-supplier-invoice", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), v++, List.of(), "\n\nTak for opgaven!");
            genuine(m, s.ip());
            m.description = "unlisted small supplier " + s.domain() + " invoice";
        }
        reminders();
        platforms();
        xml();
        newsletters();
        lists();
        forwarded();
        notices();
        internal();
        foreign();
        letters();
    }

    private void reminders() {
        Object[][] r = {{ewii, "Påmindelse: faktura forfalden", "Vi kan ikke se, at vi har modtaget betaling for nedenstående faktura. "
            + "Har I allerede betalt, kan I se bort fra denne mail."},
            {sweco, "Reminder: overdue invoice", "Our records show the attached invoice as unpaid. Kindly arrange payment "
                + "or let us know if there is a dispute."},
            {dagrofa, "1. rykker", "Vi skal venligst minde om fakturaen nedenfor, der forfaldt for 8 dage siden. Der er ikke "
                + "pålagt gebyr."},
            {noehr, "Rykker faktura", "Hej igen. Har I fået den faktura vi sendte for kloakinspektionen? Vi mangler stadig betaling."},
            {glyn, "Mangler betaling", "Hej, jeg tror den sidste regning er gået i glemmebogen. Kan I kigge på den?"}};
        int v = 0;
        for (Object[] x : r) {
            Supplier s = (Supplier) x[0];
            M m = mail("payment-reminder", false);
            invoiceLike.add(m.id);
            String n = no("R");
            Amount a = amount(4_000_000);
            headers(m, s.person(), addr(s), to(), (String) x[1] + " " + n)
                .text(GREET[v % 3] + "\n\n" + x[2] + "\n\nFaktura " + n + " - " + a.total() + " kr. - " + s.account() + sig(s))
                .attach("application/pdf", "Rykker_" + n + ".pdf", pdf(m, s, n, a, s.account(), v + 2, List.of("RYKKER - oprindelig "
                    + "forfaldsdato " + dashedDay(m, -8))));
            genuine(m, s.ip());
            m.description = s.domain() + " payment reminder, usual account";
            v++;
        }
    }

    private void platforms() {
        // the platforms send in their own name; SPF and DKIM are the platform's
        Object[][] p = {{"pagero.com", "no-reply@", "Pagero", sweco}, {"pagero.com", "no-reply@", "Pagero", bravida},
            {"sproom.net", "faktura@", "Sproom", salling}, {"billwerk.com", "invoices@", "billwerk", glyn}};
        int v = 1;
        for (Object[] x : p) {
            Supplier s = (Supplier) x[3];
            M m = mail("platform-invoice", false);
            invoiceLike.add(m.id);
            String d = (String) x[0];
            String n = no("P");
            Amount a = amount(9_000_000);
            headers(m, s.name() + " via " + x[2], x[1] + d, to(), "Du har modtaget en faktura fra " + s.name())
                .html("<html><body><p>Skive Kommune har modtaget et dokument fra <b>" + s.name() + "</b>.</p><table><tr><td>Fakturanr.</td><td>"
                    + n + "</td></tr><tr><td>Beløb</td><td>" + a.total() + " DKK</td></tr><tr><td>Forfald</td><td>" + dashedDay(m, 30)
                    + "</td></tr></table><p>Dokumentet er vedhæftet som PDF.</p><p style=\"font-size:10px\">Sendt via " + x[2]
                    + ". Svar ikke på denne mail.</p></body></html>")
                .attach("application/pdf", n + ".pdf", pdf(m, s, n, a, s.account(), v++, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = s.domain() + " invoice sent by platform " + d + " in its own name";
        }
    }

    private byte[] ubl(M m, Supplier s, String no, Amount a, boolean peppol) {
        String acct = s.account().replaceFirst("^IBAN ", "").replaceAll("[^A-Z0-9]", "");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\" "
            + "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\" "
            + "xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\">\n"
            + "<cbc:UBLVersionID>2.1</cbc:UBLVersionID>\n"
            + "<cbc:CustomizationID>" + (peppol ? "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
            : "OIOUBL-2.02") + "</cbc:CustomizationID>\n"
            + "<cbc:ID>" + no + "</cbc:ID>\n<cbc:IssueDate>" + m.sent.atZone(ZoneOffset.UTC).toLocalDate() + "</cbc:IssueDate>\n"
            + "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n<cbc:DocumentCurrencyCode>DKK</cbc:DocumentCurrencyCode>\n"
            + "<cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID=\"0184\">DK" + cvr(s.domain()) + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>" + s.name().replace("&", "&amp;") + "</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>\n"
            + "<cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID=\"0088\">" + GLN + "</cbc:EndpointID>"
            + "<cac:PartyName><cbc:Name>Skive Kommune</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>\n"
            + "<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>" + acct
            + "</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>\n"
            + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"DKK\">" + a.total().replace(".", "").replace(',', '.')
            + "</cbc:PayableAmount></cac:LegalMonetaryTotal>\n</Invoice>\n";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private void xml() {
        Object[][] x = {{jn, false, null}, {ewii, true, null}, {faarup, false, "sproom.net"}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("oioubl-xml", false);
            invoiceLike.add(m.id);
            String n = no("X");
            Amount a = amount(12_000_000);
            String via = (String) e[2];
            Mime mime = headers(m, via == null ? s.name() : "Sproom e-faktura", via == null ? addr(s) : "efaktura@" + via, to(),
                ((Boolean) e[1] ? "Peppol BIS invoice " : "OIOUBL faktura ") + n)
                .text("Elektronisk faktura til GLN " + GLN + ". Filen kan indlæses i jeres økonomisystem.\n\n" + s.name())
                .attach("application/xml", n + ".xml", ubl(m, s, n, a, (Boolean) e[1]));
            if (via == null) {
                mime.attach("application/pdf", "visning_" + n + ".pdf", pdf(m, s, n, a, s.account(), 2, List.of()));
            }
            genuine(m, via == null ? s.ip() : dns.get(via).spfIps().get(0));
            m.description = (via == null ? s.domain() : s.domain() + " via " + via) + " electronic invoice (" + ((Boolean) e[1] ? "Peppol" : "OIOUBL") + ")";
        }
    }

    private void newsletters() {
        M m = mail("newsletter", false);
        m.mailFrom = "bounce-4411@sendgrid.net";
        headers(m, "DI Nyhedsbrev", "nyheder@danskindustri.dk", "okonomi@skive.dk", "Nye regler for e-fakturering fra 2027")
            .html("<html><body><h2>E-fakturering: det skal I vide</h2><p>Fra 2027 skal flere fakturaer sendes som Peppol BIS. "
                + "Læs om overgangsregler, og hvorfor en faktura i PDF ikke længere er nok.</p><p><a href=\"https://www.danskindustri.dk/e-faktura\">"
                + "Læs mere</a></p><p>Afmeld nyhedsbrevet <a href=\"https://www.danskindustri.dk/afmeld\">her</a>.</p></body></html>");
        m.ip = "127.64.1.1";
        m.helo = "o1.sendgrid.net";
        m.signers.add("danskindustri.dk");
        m.signers.add("sendgrid.net");
        m.description = "trade association newsletter about e-invoicing via ESP (sender's DKIM + ESP's DKIM)";
        m = mail("newsletter", false);
        m.mailFrom = "bounce-mc.us21_882@mcsv.net";
        headers(m, "SKI - Staten og Kommunernes Indkøbsservice", "nyhedsbrev@ski.dk", "indkob@skive.dk", "SKI Nyt: pas på falske fakturaer")
            .html("<html><body><p>Vi ser igen svindlere, der udgiver sig for at være leverandører på vores aftaler og beder om "
                + "betaling til et nyt kontonummer. Ring altid til leverandøren på et kendt nummer, før I ændrer bankoplysninger.</p>"
                + "<p>Hilsen SKI</p></body></html>");
        m.ip = "127.64.2.1";
        m.helo = "mail198.mcsv.net";
        m.signers.add("ski.dk");
        m.description = "procurement agency newsletter warning about bank-detail fraud via ESP (sender's DKIM)";
        m = mail("newsletter", false);
        headers(m, "Jutlander Bank Erhverv", "nyhedsbrev@jutlander.dk", "okonomi@skive.dk", "Nyt kontonummer-tjek i Netbank Erhverv")
            .text("Kære kunde\n\nFra 1. december viser Netbank Erhverv navnet på modtagerkontoen, før en betaling godkendes. "
                + "Det gør det sværere for svindlere at få jer til at betale til en forkert konto.\n\nJutlander Bank");
        genuine(m, "127.64.3.1");
        m.description = "bank newsletter about payee-name check, signed";
    }

    /** The list server adds a tag and a footer: the author's signature breaks; the list signs itself. */
    static byte[] listFooter(byte[] raw) {
        String s = new String(raw, StandardCharsets.UTF_8);
        s = s.replaceFirst("(?m)^Subject: ", "Subject: [kreditor-net] ");
        s = s.replaceFirst("\r\n$", "\r\n-- \r\nkreditor-net: erfaringsudveksling for kommunale kreditorbogholderier\r\n"
            + "Afmeld: https://kreditornetvaerk.dk/afmeld\r\n");
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void lists() {
        String[][] p = {{"viborg.dk", "Louise Kragh", "louise.kragh@", "Erfaring med leverandør der skifter bank?",
            "Hej alle\n\nVi har fået et brev fra en leverandør om ny bankforbindelse. Hvordan verificerer I det? Vi ringer til "
                + "kontaktpersonen, men det tager tid.\n\nLouise, Viborg Kommune"},
            {"morsoe.dk", "Anders Thy", "anders.thy@", "SV: Erfaring med leverandør der skifter bank?",
                "Vi ringer altid op på det nummer vi har i kreditorstamdata, aldrig på nummeret i mailen.\n\nAnders, Morsø Kommune"},
            {"lemvig.dk", "Bodil Agger", "bodil.agger@", "Eksempel på falsk rykker",
                "Vedhæftet et anonymiseret eksempel på en falsk rykker vi fik i sidste uge. Læg mærke til afsenderdomænet.\n\nBodil"}};
        for (String[] x : p) {
            M m = mail("mailing-list", false);
            m.mailFrom = "kreditor-net-bounces@kreditornetvaerk.dk";
            Mime mime = headers(m, x[1], x[2] + x[0], "kreditor-net@kreditornetvaerk.dk", x[3])
                .header("List-Id", "kreditor-net <kreditor-net.kreditornetvaerk.dk>").text(x[4]);
            if (x[0].equals("lemvig.dk")) {
                mime.attach("image/png", "falsk_rykker_skaermbillede.png", Attachments.image(docId(m, "png"), "png"));
            }
            m.signers.add(x[0]);
            m.ip = "127.67.2.1";
            m.helo = "lists.kreditornetvaerk.dk";
            m.afterSigning = HeldOutCorpus3::listFooter;
            m.listSigner = "kreditornetvaerk.dk";
            m.description = "list post by " + x[0] + " (DMARC " + dns.get(x[0]).dmarc() + "), tag and footer break its DKIM";
        }
    }

    private void forwarded() {
        // a private forwarding service relays a supplier's invoice without SRS; DKIM survives where signed
        for (Supplier s : List.of(bravida, dagrofa)) {
            M m = mail("forwarded", false);
            invoiceLike.add(m.id);
            invoice(m, s, s.account(), 9, List.of(), "");
            if (dns.get(s.domain()).dkim() != null) {
                m.signers.add(s.domain());
            }
            m.ip = "127.67.1.1";
            m.helo = "mx.postvideresend.dk";
            m.description = s.domain() + " invoice relayed by a forwarder without SRS";
        }
        M m = mail("forwarded", false);
        invoiceLike.add(m.id);
        String n = no("EL");
        Amount a = amount(6_000_000);
        headers(m, "Kasper Møller Nissen", "kmn@" + OWN, "kreditor@skive.dk", "VS: Faktura " + n)
            .text("Hej kreditor\n\nSendt til mig ved en fejl - kan I tage den? Godkendt af mig, konto 4410.\n\nKasper\nEjendomsservice\n\n"
                + "-----Oprindelig meddelelse-----\nFra: " + elis.person() + " <" + addr(elis) + ">\nSendt: " + dashedDay(m, -2)
                + "\nTil: Kasper Møller Nissen\nEmne: Faktura " + n + "\n\n> Vedhæftet faktura for leje af arbejdstøj.\n> \n> Elis Danmark")
            .attach("application/pdf", "Faktura_" + n + ".pdf", pdf(m, elis, n, a, elis.account(), 0, List.of()));
        genuine(m, OWN_IP);
        m.description = "colleague forwards a listed supplier's invoice (own domain, signed)";
    }

    private void notices() {
        String[][] b = {{"jutlander.dk", "Jutlander Bank", "netbank@", "Kvittering for betaling",
            "Betalingen på 212.418,75 kr. til Bravida Danmark A/S er gennemført fra konto 7780 0001122334."},
            {"nykredit.dk", "Nykredit", "noreply@", "Ny besked i Nykredit Netbank Erhverv",
                "Der ligger en ny besked til jer i Netbank Erhverv. Log ind via nykredit.dk for at læse den."},
            {"ufst.dk", "Udbetaling Danmark / UFST", "noreply@", "Kvittering: momsangivelse modtaget",
                "Vi har modtaget jeres angivelse for 3. kvartal. Der er intet at betale. Dette er en automatisk kvittering."}};
        for (String[] x : b) {
            M m = mail("bank-authority-notice", false);
            headers(m, x[1], x[2] + x[0], "okonomi@skive.dk", x[3]).text(x[4] + "\n\nVenlig hilsen\n" + x[1]);
            genuine(m, dns.get(x[0]).spfIps().get(0));
            m.description = x[0] + " automatic notice, signed";
        }
    }

    private void internal() {
        M m = mail("internal", false);
        headers(m, "Hanne Bisgaard", "hanne.bisgaard@" + OWN, "kreditor@skive.dk", "Fakturaer til attestation, uge 45")
            .text("Hej\n\nHer er ugens liste. De to fra Sweco afventer projektleder.\n\nHanne")
            .attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "attestation_uge45.xlsx",
                Attachments.excel(List.of("Kreditor;Beløb;Status", "Sweco;118.250,00;Afventer", "EWII;64.871,20;OK"), false));
        genuine(m, OWN_IP);
        m.description = "internal attestation list, signed";
        m = mail("internal", false);
        headers(m, "Økonomiafdelingen", "okonomi@" + OWN, "alle-ledere@skive.dk", "Husk: bankoplysninger ændres kun efter opringning")
            .html("<html><body><p>Kære ledere</p><p>Hvis en leverandør beder om at få betalingen til en ny konto, så send mailen "
                + "til kreditor@skive.dk. Vi ringer til leverandøren på det kendte nummer.</p><p>Økonomi</p></body></html>");
        genuine(m, OWN_IP);
        m.description = "internal HTML-only reminder about bank-detail changes, signed";
        m = mail("internal", false);
        headers(m, "Ole Brask", "ole.brask@" + OWN, "kreditor@skive.dk", "Ny kreditor Roslev VVS")
            .text("Opret venligst Roslev VVS, CVR " + cvr("roslev-vvs.dk") + ", " + roslev.account() + ". Bekræftet pr. telefon.\n\nOle");
        genuine(m, OWN_IP);
        m.description = "internal request to create a creditor, signed";
    }

    private void foreign() {
        Object[][] x = {{"hubspot.com", "HubSpot", "billing@", "Your HubSpot invoice", iban("IE", "BOFI90012345987654"), "Marketing Hub Starter"},
            {"figma.com", "Figma, Inc.", "receipts@", "Figma receipt", "paid by card ending 3381", "Figma Professional, 3 editors"},
            {"kaercher.com", kaercher.name(), kaercher.box() + "@", "Rechnung / Invoice", kaercher.account(), kaercher.what()}};
        int v = 1;
        for (Object[] e : x) {
            M m = mail("foreign-invoice", false);
            invoiceLike.add(m.id);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "", "", (String) e[4], (String) e[5]);
            String n = no("INV-");
            Amount a = amount(800_000);
            headers(m, (String) e[1], e[2] + d, "it@skive.dk", e[3] + " " + n)
                .text("Hello,\n\nThank you for your business. Your invoice " + n + " for " + e[5] + " is attached.\n\n"
                    + (((String) e[4]).startsWith("IBAN") ? "Please pay by bank transfer to " + e[4] + ", BIC quoted on the invoice." : "No action needed: "
                    + e[4] + ".") + "\n\n" + e[1])
                .attach("application/pdf", "invoice_" + n + ".pdf", pdf(m, s, n, a, (String) e[4], v++ * 2 + 1, List.of()));
            genuine(m, dns.get(d).spfIps().get(0));
            m.description = "foreign supplier invoice from " + d + (((String) e[4]).startsWith("IBAN") ? " with foreign IBAN" : ", card");
        }
        M m = mail("receipt", false);
        headers(m, "Circle K", "kvittering@circlek.dk", "ejendomme@skive.dk", "Din kvittering")
            .html("<html><body><p>Tak for dit køb. Diesel 48,2 l: 612,14 kr. Betalt med firmakort.</p></body></html>");
        genuine(m, "127.65.5.1");
        m.description = "fuel receipt, HTML only, signed";
        m = mail("receipt", false);
        headers(m, "EasyPark", "noreply@easypark.dk", "teknik@skive.dk", "Kvittering for parkering")
            .text("Parkering Skive Havn, 2 t 10 min, 38,00 kr. trukket på kort. Kvittering vedhæftet.")
            .attach("application/pdf", "kvittering.pdf", Attachments.pdf(docId(m, "kv"), "Kvittering", List.of("Parkering 38,00 kr.", "Betalt")));
        genuine(m, "127.65.6.1");
        m.description = "parking receipt (SPF pass, DMARC none, no DKIM)";
        m = mail("order-confirmation", false);
        headers(m, "Proshop", "ordre@proshop.dk", "it@skive.dk", "Ordrebekræftelse 7731409")
            .text("Tak for din ordre. 4 stk. dockingstation, levering 3-5 hverdage. Faktura sendes via EAN " + GLN + ".\n\nProshop");
        genuine(m, "127.65.4.1");
        m.description = "web shop order confirmation, signed";
        m = mail("order-confirmation", false);
        headers(m, solar.person(), addr(solar), "ejendomme@skive.dk", "Ordrebekræftelse - kabelbakker")
            .text("Hej\n\nVi bekræfter ordren på kabelbakker til levering fredag. Faktura følger ved levering." + sig(solar))
            .attach("application/pdf", "ordrebekraeftelse.pdf", Attachments.pdf(docId(m, "ob"), "Ordrebekræftelse",
                List.of("40 m kabelbakke 200 mm", "Levering: Skive Ejendomsservice")));
        genuine(m, solar.ip());
        m.description = "listed supplier order confirmation, signed (no DMARC record)";
    }

    private void letters() {
        M m = mail("supplier-letter", false);
        headers(m, "Bravida Danmark", "fakturering@bravida.dk", "kreditor@skive.dk", "Ændret fakturaadresse pr. 1. januar")
            .text("Kære kunde\n\nFra 1. januar sender vi alle fakturaer som e-faktura via Pagero. Bankforbindelse og kontonummer er "
                + "uændrede.\n\nMed venlig hilsen\nBravida Danmark A/S");
        genuine(m, bravida.ip());
        m.description = "listed supplier announces channel change, same account, signed";
        m = mail("supplier-letter", false);
        headers(m, sweco.person(), addr(sweco), "teknik@skive.dk", "RE: Tidsplan svømmehal")
            .header("In-Reply-To", threads.get("sweco.dk"))
            .text("Hej Michael\n\nTak for mødet. Vi sender faktura for etape 2 når tilsynsrapporten er godkendt.\n\nMette\n\n"
                + "> Hej Mette, kan I nå at få tilsynsrapporten klar inden jul?\n> Michael");
        genuine(m, sweco.ip());
        m.description = "listed supplier reply in a thread, signed";
    }

    // ------------------------------------------------------------------------------------------ fraud

    private int host = 1;

    private void fraud() {
        forgedSupplier();
        lookalikes();
        displayName();
        compromised();
        hijack();
        archives();
        imageOnly();
        payLinks();
        macros();
        ceo();
        registration();
        inkasso();
        eboks();
    }

    private static final String NEW_DK = bank("5470", "0002918876");
    private static final String[] NEW = {iban("LT", "7044090112345678"), bank("6695", "2005412267"), iban("GB", "REVO00996912345678"),
        iban("DK", "89880001234567"), bank("5301", "0004433219"), iban("PL", "105000997603123456789123"), iban("EE", "2200221020145685"),
        bank("8401", "1188442200"), iban("NL", "BUNQ2036912345"), iban("DK", "67400001298331")};
    private int nw;

    private String newAccount() {
        return NEW[nw++ % NEW.length];
    }

    private static final String[] CHANGE = {"\n\nBemærk: vi har skiftet bank. Betal venligst fremover til den nye konto på fakturaen.",
        "\n\nPlease note our bank details have changed due to an audit. Use only the account on the attached invoice.",
        "\n\nVORES KONTO ER ÆNDRET - den gamle konto lukkes ved månedens udgang.",
        "\n\nGrundet omlægning af vores finansiering skal betalinger nu ske til ny konto.", ""};

    private void forgedSupplier() {
        Supplier[] s = {jn, sweco, ewii, solar, dagrofa, noehr};
        for (int i = 0; i < s.length; i++) {
            M m = mail("forged-supplier", true);
            String acc = newAccount();
            invoice(m, s[i], acc, i * 5 + 2, List.of(), CHANGE[i % CHANGE.length]);
            forged(m, host++);
            m.description = "forged From " + s[i].domain() + " (DMARC " + dns.get(s[i].domain()).dmarc() + "), new account, fraudster's host";
        }
    }

    private void lookalikes() {
        Object[][] x = {{jn, "jndatta.dk", "typo"}, {sweco, "sweko.dk", "typo"}, {bravida, "bravlda.dk", "typo"},
            {fjv, "skivefjernvame.dk", "typo"}, {elis, "elis-faktura.dk", "added word"}, {bravida, "bravida-betaling.dk", "added word"},
            {ewii, "ewii.net", "other TLD"}, {dagrofa, "dagrofa.com", "other TLD"}, {sweco, "sweco.eu", "other TLD"},
            {elis, idn("el\u0456s.dk"), "homoglyph"}, {solar, idn("s\u043Elar.dk"), "homoglyph"}, {bravida, idn("br\u0430vida.dk"), "homoglyph"},
            {sk, "sk-tag.com", "other TLD"}, {faarup, "faarup-kol.dk", "typo"}};
        for (int i = 0; i < x.length; i++) {
            Supplier real = (Supplier) x[i][0];
            String d = (String) x[i][1];
            M m = mail("lookalike-" + ((String) x[i][2]).replace(" ", "-").toLowerCase(Locale.ROOT), true);
            invoice(m, as(real, d, real.box()), newAccount(), i * 3 + 1, List.of(), CHANGE[(i + 1) % CHANGE.length]);
            ownedBy(m, d);
            m.description = x[i][2] + " look-alike " + d + " of " + real.domain() + ", own DNS, new account";
        }
    }

    private void displayName() {
        // free mail with a listed supplier's or our own name
        Object[][] x = {{"gmail.com", "ewii.erhverv.faktura", ewii.name() + " - Fakturering", ewii},
            {"outlook.com", "bravida-dk", "Bravida Danmark A/S", bravida}, {"hotmail.com", "skive.kommune.indkob", "Skive Kommune Indkøb", null}};
        for (Object[] e : x) {
            M m = mail("display-name-freemail", true);
            String from = e[1] + "@" + e[0];
            if (e[3] != null) {
                Supplier s = (Supplier) e[3];
                invoice(m, new Supplier(s.name(), (String) e[0], (String) e[2], (String) e[1], "", "", s.what()), newAccount(), 6, List.of(),
                    "\n\nVores almindelige mail er nede, derfor skriver vi herfra.");
            } else {
                String acc = newAccount();
                headers(m, (String) e[2], from, "kreditor@skive.dk", "Intern: betaling af leverandør i dag")
                    .text("Hej\n\nVi skal have betalt vedhæftede faktura i dag for at undgå leveringsstop på skolemadsordningen. "
                        + "Betal til " + acc + ". Godkendelse følger.\n\nSkive Kommune, Indkøb")
                    .attach("application/pdf", "faktura.pdf", pdf(m, as(dagrofa, "dagrofa.dk", "x"), no("D"), amount(5_000_000),
                        acc, 3, List.of()));
            }
            genuine(m, dns.get((String) e[0]).spfIps().get(0));
            m.description = "authenticated free mail " + e[0] + " with display name '" + e[2] + "'";
        }
        // authenticated own domains of fraudsters showing our name / a supplier's name
        String[][] y = {{"faktura-besked.com", "Skive Kommune - Økonomi", "okonomi"}, {"jndata-support.com", "JN Data A/S", "billing"}};
        for (String[] e : y) {
            M m = mail("display-name-authenticated", true);
            headers(m, e[1], e[2] + "@" + e[0], to(), e[0].startsWith("faktura") ? "Opdatering af leverandørbetaling" : "Faktura - ny bank")
                .text("Hej\n\nVi beder jer registrere følgende konto til kommende betalinger: " + newAccount() + ".\n\nVenlig hilsen\n" + e[1]);
            ownedBy(m, e[0]);
            m.description = "fraudster's own authenticated domain " + e[0] + " with display name '" + e[1] + "'";
        }
    }

    private void compromised() {
        // the supplier's real mailbox is taken over: real server, real signature, new account
        Object[][] x = {{bravida, bank("5470", "0002918876"), "Vi har skiftet pengeinstitut. Fremover bedes alle betalinger ske til "
            + bank("5470", "0002918876") + ". Opdater venligst jeres kreditorstamdata."},
            {sweco, iban("LT", "7300010176543210"), "Due to a change in our group treasury, payments for Danish projects are now "
                + "received on " + iban("LT", "7300010176543210") + ". Please confirm when updated."},
            {fjv, bank("9860", "0001177340"), "Kære kunde. Pga. systemskifte opkræves fjernvarmen nu via ny konto " + bank("9860", "0001177340")
                + ". Den gamle aftale ophører."},
            {sk, iban("DK", "13970009812234"), "Hej, kan I ændre vores konto inden næste betalingskørsel? Ny: " + iban("DK", "13970009812234")
                + " - tak. Søren"},
            {faarup, bank("6611", "0004991207"), "Vi har fået ny bankforbindelse. Vedhæftet faktura skal betales til " + bank("6611", "0004991207")
                + ". Ring ikke, vi er på kursus hele ugen."}};
        int v = 0;
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            M m = mail("compromised-supplier", true);
            if (v % 2 == 0) {
                invoice(m, s, (String) e[1], v + 11, List.of(), "\n\n" + e[2]);
            } else {
                headers(m, s.person(), addr(s), to(), v == 1 ? "Updated bank details" : "Ny konto").text(GREET[v % 3] + "\n\n" + e[2] + sig(s));
            }
            genuine(m, s.ip());
            m.description = s.domain() + " real mailbox taken over: own server" + (dns.get(s.domain()).dkim() != null ? ", signed" : "")
                + ", asks for new account";
            v++;
        }
    }

    private void hijack() {
        Object[][] x = {{ewii, "ewii.net"}, {jn, "jndatta.dk"}, {fjv, "skivefjernvame.dk"}};
        for (Object[] e : x) {
            Supplier s = (Supplier) e[0];
            String d = (String) e[1];
            M m = mail("reply-chain-hijack", true);
            String n = no("H");
            Amount a = amount(9_000_000);
            String acc = newAccount();
            headers(m, s.person(), s.box() + "@" + d, to(), "SV: Faktura " + n)
                .header("In-Reply-To", threads.get(s.domain())).header("References", threads.get(s.domain()))
                .text("Hej igen\n\nSom aftalt sender jeg fakturaen igen med den rettede konto - den forrige havde forkerte oplysninger. "
                    + "Kan den nå med i fredagens kørsel?" + sig(s) + "\n\n-----Oprindelig meddelelse-----\nFra: Skive Kommune, Kreditor\n"
                    + "Sendt: " + dashedDay(m, -3) + "\n\n> Hej, vi har modtaget fakturaen og den er sendt til attestation.\n> Mvh Kreditor")
                .attach("application/pdf", pdfName(n, 0), pdf(m, as(s, d, s.box()), n, a, acc, 1, List.of("Korrigeret faktura")));
            ownedBy(m, d);
            m.description = "hijacked thread continued from look-alike " + d + " of " + s.domain() + ", new account";
        }
    }

    private void archives() {
        Object[][] x = {{"fakturadeling.com", elis, "zip"}, {"skive-kommune.dk", null, "7z"}, {"bravlda.dk", bravida, "zipzip"}};
        for (Object[] e : x) {
            String d = (String) e[0];
            Supplier s = e[1] == null ? new Supplier("Skive Kommune - Indkøb", d, "Indkøb", "bilag", "", "", "varer til plejecentre") : as((Supplier) e[1], d, "faktura");
            M m = mail("archive-invoice", true);
            String n = no("Z");
            byte[] inner = pdf(m, s, n, amount(7_000_000), newAccount(), 2, List.of());
            Mime mime = headers(m, s.person(), s.box() + "@" + d, to(), "Faktura(er) vedhæftet - " + n)
                .text("Hej\n\nFakturaerne er pakket pga. størrelsen. Åbn arkivet og betal inden fredag.\n\nMvh " + s.person());
            switch ((String) e[2]) {
                case "zip" -> mime.attach("application/zip", "fakturaer_" + n + ".zip", Attachments.zip("Faktura " + n + ".pdf", inner));
                case "7z" -> mime.attach("application/x-7z-compressed", "Bilag-" + n + ".7z", Attachments.sevenZip("Bilag " + n + ".pdf", inner));
                default -> mime.attach("application/zip", n + ".zip", Attachments.zip("arkiv.zip", Attachments.zip(n + ".pdf", inner)));
            }
            ownedBy(m, d);
            m.description = "invoice PDF in a " + e[2] + " from " + d + ", new account";
        }
    }

    private void imageOnly() {
        M m = mail("image-only-invoice", true);
        headers(m, "Solar Danmark", "solar.faktura@gmail.com", to(), "Faktura scannet")
            .text("Hej, vedhæftet scannet faktura. Betal venligst til kontoen på fakturaen.\n\nSendt fra min iPhone")
            .attach("application/pdf", "scan_0042.pdf", Attachments.scannedPdf(docId(m, "scan")));
        genuine(m, "127.66.1.1");
        m.description = "image-only PDF invoice from free mail with a listed supplier's name";
        m = mail("image-only-invoice", true);
        headers(m, "Dagrofa Foodservice", "kreditnota@dagrofa.com", to(), "Faktura " + no("DG"))
            .html("<html><body><p>Se fakturaen nedenfor.</p><img src=\"cid:faktura\"></body></html>")
            .attach("image/jpeg", "FAKTURA.jpg", Attachments.image(docId(m, "jpg"), "jpg"));
        ownedBy(m, "dagrofa.com");
        m.description = "JPEG-only invoice from other-TLD look-alike dagrofa.com";
        m = mail("image-only-invoice", true);
        headers(m, "Åse Nøhr", "aase@noehr-kloak.dk", to(), "Regning kloak")
            .text("Hermed regning.")
            .attach("image/png", "regning.png", Attachments.image(docId(m, "png"), "png"));
        forged(m, host++);
        m.description = "PNG-only invoice, forged From of listed supplier publishing nothing";
    }

    private void payLinks() {
        Object[][] x = {{"faktura-besked.com", "EWII Erhverv", "https://ewii-betaling.com/faktura/", "Din elregning er klar"},
            {"jndata-support.com", "JN Data Fakturaservice", "https://jndata.dk.betal-faktura.com/pay?id=", "Faktura klar til betaling"},
            {"skive.dk-opkraevning.com", "Skive Kommune Opkrævning", "https://skive-kommune.dk/betal/", "Manglende betaling - handling påkrævet"}};
        for (Object[] e : x) {
            M m = mail("lookalike-pay-link", true);
            String n = no("L");
            String link = e[2] + n;
            headers(m, (String) e[1], "noreply@" + e[0], to(), (String) e[3])
                .html("<html><body><p>Kære kunde</p><p>Faktura " + n + " på " + amount(3_000_000).total() + " kr. er klar. Betal nemt med "
                    + "kort eller MobilePay:</p><p><a href=\"" + link + "\">Betal faktura</a></p><p>Linket udløber om 48 timer.</p></body></html>");
            ownedBy(m, (String) e[0]);
            m.description = "pay link to look-alike " + link.replaceFirst("https://", "").replaceFirst("/.*", "") + " from " + e[0];
        }
    }

    private void macros() {
        M m = mail("office-macro", true);
        headers(m, sweco.person(), "invoice@sweco.eu", to(), "Faktura og timeopgørelse")
            .text("Hej, vedhæftet faktura. Aktiver redigering for at se beløbene.\n\nMette")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "Faktura_" + no("SW") + ".docm",
                Attachments.word("Faktura - aktiver indhold for at se dokumentet", true));
        ownedBy(m, "sweco.eu");
        m.description = "docm with vbaProject from other-TLD look-alike sweco.eu";
        m = mail("office-macro", true);
        headers(m, "Dokumentcenter", "scan@dokument-center.net", to(), "Betalingsoversigt november")
            .text("Betalingsoversigt vedhæftet. Aktiver makroer for at vise data.")
            .attach("application/vnd.ms-excel.sheet.macroEnabled.12", "betalingsoversigt.xlsm",
                Attachments.excel(List.of("Kreditor;Beløb", "#AKTIVER#;0"), true));
        ownedBy(m, "dokument-center.net");
        m.description = "xlsm with vbaProject, unknown sender domain";
        m = mail("office-macro", true);
        headers(m, "Kristoffer Dahl", "kontor@sallingfjord-anlaeg.dk", to(), "Faktura vintervedligehold")
            .text("Hej\n\nFaktura vedhæftet i Word.\n\nKristoffer")
            .attach("application/vnd.ms-word.document.macroEnabled.12", "faktura.docm", Attachments.word("Faktura", true));
        forged(m, host++);
        m.description = "docm with macro, forged listed supplier (SPF softfail, no DMARC)";
    }

    private void ceo() {
        String[][] x = {{"gmail.com", "Kommunaldirektør Lars Bjerre", "lars.bjerre.skive", "Hastende overførsel",
            "Hej\n\nJeg sidder i møde og kan ikke tale i telefon. Vi skal i dag overføre 184.500 kr. til en leverandør for at sikre "
                + "en aftale. Kontoen er " + iban("GB", "MONZ04000412345678") + ". Giv besked når det er gjort.\n\nLars\nSendt fra min iPad"},
            {"skive-kommunen.dk", "Borgmester Skive Kommune", "borgmester", "Fortroligt - betaling",
                "Kære økonomi\n\nFortroligt: vi har indgået en aftale, der skal betales i dag. Beløb 96.000 kr. til " + NEW_DK
                    + ". Jeg forklarer på mandag. Ingen må kende til det endnu.\n\nVh borgmesteren"},
            {"outlook.com", "Direktør, Skive Kommune", "skive.direktion", "Are you at your desk?",
                "I need you to process an urgent payment today. Reply with your mobile number and I will send the details."},
            {OWN, "Lars Bjerre", "lars.bjerre", "Overførsel i dag",
                "Hej, kan du lave en hasteoverførsel på 240.000 kr. til " + iban("DK", "60520001123344") + "? Jeg er på farten.\n\nLars"}};
        for (String[] e : x) {
            M m = mail("ceo-urgent", true);
            headers(m, e[1], e[2] + "@" + e[0], "okonomi@skive.dk", e[3]).text(e[4]);
            if (e[0].equals(OWN)) {
                forged(m, host++);
            } else if (e[0].contains("skive")) {
                ownedBy(m, e[0]);
            } else {
                genuine(m, dns.get(e[0]).spfIps().get(0));
            }
            m.description = "CEO/urgent payment request from " + e[0];
        }
    }

    private void registration() {
        Object[][] x = {{"dk-virksomhedsregister.com", "Dansk Virksomhedsregister", "Opdatering af registrering - Skive Kommune",
            "Jeres virksomhedsoplysninger skal bekræftes. Ved underskrift accepteres optagelse i registret for 3 år á 8.950 kr. pr. år."},
            {"european-business-directory.org", "European Business Directory", "Registration form 2027",
                "Please update your entry in the European Business Directory. Signing the form constitutes an order of 995 EUR per year "
                    + "for 3 years. Pay to " + iban("MT", "MALT011000012345MTLCAST001S") + "."},
            {"skive.dk-opkraevning.com", "Domæneservice DK", "Fornyelse af skive.dk - betaling påkrævet",
                "Domænet skive.dk udløber om 5 dage. Betal fornyelsesgebyret på 1.295 kr. til " + iban("EE", "1000001020145685")
                    + " for at undgå nedlukning."}};
        for (Object[] e : x) {
            M m = mail("registration-scam", true);
            String d = (String) e[0];
            Supplier s = new Supplier((String) e[1], d, (String) e[1], "", "", "", "registrering");
            String n = no("REG");
            headers(m, (String) e[1], "info@" + d, to(), (String) e[2])
                .text(e[3] + "\n\nVenlig hilsen\n" + e[1])
                .attach("application/pdf", "formular_" + n + ".pdf", pdf(m, s, n, amount(2_000_000), "se formular", 3, List.of("Ordre ved underskrift")));
            ownedBy(m, d);
            m.description = "unordered registration/renewal scam from " + d;
        }
    }

    private void inkasso() {
        Object[][] x = {{"inkasso-nord.com", "Inkasso Nord", "Inkassovarsel - sag " + (40_000 + rnd.nextInt(9_000)), elis},
            {"dansk-retsinkasso.net", "Dansk Retsinkasso", "SIDSTE VARSEL før retslige skridt", jn},
            {"elis-faktura.dk", "Elis Danmark - Debitor", "3. rykker - inkassovarsel", elis}};
        for (Object[] e : x) {
            M m = mail("fake-inkasso", true);
            Supplier s = (Supplier) e[3];
            String acc = newAccount();
            String n = no("IK");
            Amount a = amount(3_000_000);
            headers(m, (String) e[1], "sag@" + e[0], to(), (String) e[2])
                .text("Vi er blevet anmodet af " + s.name() + " om at inddrive ubetalt faktura " + n + ". Skyldigt beløb inkl. gebyr: "
                    + a.total() + " kr. Betales inden 3 dage til " + acc + ", ellers overgår sagen til fogedretten.\n\n" + e[1])
                .attach("application/pdf", "inkassovarsel_" + n + ".pdf", pdf(m, as(s, (String) e[0], "sag"), n, a, acc, 0,
                    List.of("INKASSOVARSEL efter rentelovens § 9 b")));
            ownedBy(m, (String) e[0]);
            m.description = "fake debt-collection notice for " + s.domain() + " from " + e[0];
        }
    }

    private void eboks() {
        M m = mail("fake-digital-post", true);
        headers(m, "e-Boks", "besked@e-boks-notifikation.com", to(), "Du har modtaget en faktura i Digital Post")
            .html("<html><body><p>Du har en ulæst faktura fra Skatteforvaltningen. Log på med MitID for at se og betale den.</p>"
                + "<p><a href=\"https://e-boks-notifikation.com/mitid/login\">Log på</a></p></body></html>");
        ownedBy(m, "e-boks-notifikation.com");
        m.description = "fake Digital Post/e-Boks notice with MitID phishing link";
        m = mail("fake-digital-post", true);
        headers(m, "Digital Post", "noreply@" + idn("sk\u0456ve.dk"), to(), "Ny besked fra Skive Kommune: opkrævning")
            .html("<html><body><p>Skive Kommune har sendt dig en opkrævning. <a href=\"https://" + idn("sk\u0456ve.dk")
                + "/digitalpost\">Åbn beskeden</a>.</p></body></html>");
        ownedBy(m, idn("sk\u0456ve.dk"));
        m.description = "Digital Post notice from homoglyph look-alike of our own domain";
    }

    // ------------------------------------------------------------------------------------------ output

    public List<Mail> generate() {
        world();
        legit();
        fraud();
        return heldOutOutput(invoiceLike);
    }

    public static List<Mail> write(Path dir) throws IOException {
        return writeFiles(dir, new HeldOutCorpus3().generate(), List.of(
            "# Skive Kommune, Økonomi: invoice checks (third held-out corpus run, InvoiceCorpusIT).",
            "# Suppliers from the creditor list; invoicing platforms our suppliers use.",
            "invoice.profile=standard",
            "invoice.domains.own=" + OWN,
            "invoice.domains.suppliers=jndata.dk elis.dk sweco.dk skivefjernvarme.dk solar.dk dagrofa.dk sallingfjord-anlaeg.dk "
                + "noehr-kloak.dk bravida.dk ewii.dk sk-tag.dk faarup-koel.dk",
            "invoice.domains.platforms=pagero.com sproom.net billwerk.com",
            "invoice.names.protected=Skive Kommune"));
    }
}
