package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Danish and English invoice / payment vocabulary, matched on word tokens (never regular expressions over the
 * raw text, so a 1 MB line costs one linear pass). Inflections are covered by stems: Danish nouns inflect by
 * suffix (faktura, fakturaen, fakturaer, fakturaerne; fakturanr., fakturanummer).
 */
final class Vocabulary {

    /** What one text contained. */
    static final class Hits {
        final Set<String> invoice = new LinkedHashSet<>();
        final Set<String> pressure = new LinkedHashSet<>();
        final Set<String> bankChange = new LinkedHashSet<>();
        final Set<String> payment = new LinkedHashSet<>();
        final Set<String> confidential = new LinkedHashSet<>();
        /** "signing … constitutes … an order": an offer that paying or signing accepts (unordered-offer). */
        final Set<String> offer = new LinkedHashSet<>();
        /** "fornyet", "renewed", "verlängert": something was renewed (the auto-renewal pretext). */
        boolean renewed;
        /** "Did not order this? Call +45 ..." (callback-request). */
        final Set<String> callback = new LinkedHashSet<>();
        /**
         * "Ønsker I at fortryde, skal I ringe +45 …": cancelling only by telephone. A callback request only beside a
         * renewal anywhere in the mail ({@code MimeScan}): the auto-renewal pretext.
         */
        final Set<String> cancelCall = new LinkedHashSet<>();
        /** "Har du 5 minutter?", "keep this confidential": the CEO fraud's opener (covert-request). */
        final Set<String> covert = new LinkedHashSet<>();
        /** "Udfyld med CPR-nummer og MitID-brugernavn", "enter your password": a login secret asked for. */
        final Set<String> credential = new LinkedHashSet<>();
        /** "falske fakturaer", "svindlere", "phishing": the text talks about fraud (fraud-warning). */
        final Set<String> warning = new LinkedHashSet<>();
        /** "Vores bankforbindelse er uændret", "I skal fortsat betale til kontonr.": the bank details stay. */
        final Set<String> unchanged = new LinkedHashSet<>();
        /** "Kontoen lukkes", "our account is closed": an account said to be closed (a bank-change story). */
        final Set<String> closing = new LinkedHashSet<>();
        /** "trukket på dit kort", "charged to your card", "tak for din betaling": nothing left to pay (payment-settled). */
        final Set<String> settled = new LinkedHashSet<>();
        /** "Beløbet skal tilbagebetales til IBAN …", "please pay to account …": an order to pay into an account. */
        final Set<String> instruction = new LinkedHashSet<>();
        /** "Scan QR-koden for at gennemføre betalingen": a payment whose destination only a phone camera reads. */
        final Set<String> qr = new LinkedHashSet<>();
        /**
         * "Ny konto", "vores nye konto": Danish for a new account, without a bank word. Alone it is as often a login
         * ("opret ny konto"); beside bank details it is a bank change ({@code MimeScan}).
         */
        final Set<String> newAccount = new LinkedHashSet<>();
        /** "Rykker", "inkasso", "overdue", "unpaid": the text says a debt is already late. */
        final Set<String> overdue = new LinkedHashSet<>();
        /** Renewal, registration and trademark words: what the domain and register traps sell. */
        final Set<String> renewal = new LinkedHashSet<>();
        /**
         * Domain names the text writes within a few words of a renewal word ("Domænet kolding.dk udløber",
         * "Registrierung koldingkommune.eu"), at most {@link #MAX_DOMAINS}: what a trap offers to renew.
         */
        final Set<String> renewedDomains = new LinkedHashSet<>();
        /** A Danish business registration number the text gives ("CVR-nr. 3350 9406", "SE-nr."), 8 digits. */
        String registration;
        /** The first VAT word ("VAT no.", "reverse charge", "USt-IdNr.", "moms"): the text names a tax treatment. */
        String tax;
        /** The first payment term under ten days ("within 5 days", "on receipt", "inden 3 dage", "inden 48 timer"). */
        String shortTerm;
        /**
         * The first term counted in hours, anywhere ("inden 24 timer", "within 48 hours"), or a clock time today
         * ("before 16:00 today", "inden kl. 14 i dag").
         */
        String hoursTerm;
        /** The first claim that the order was placed by phone or by word of mouth ("efter telefonisk bestilling"). */
        String phoneOrder;
        /**
         * The first word of money asked before the goods or the work ("forudbetaling", "prepayment", "payment in
         * advance", "Vorauskasse").
         */
        String prepayment;
        /**
         * "Vores firmamail er nede, så fakturaen kommer herfra", "writing from my private e-mail": why the mail comes
         * from another mailbox than the sender's usual one (mailbox-excuse).
         */
        String mailboxExcuse;
        /** The first word of a collector acting for a creditor ("inkasso", "inddrive", "på vegne af", "klientkonto"). */
        String collecting;
        /**
         * The first word of an employee's pay ("lønnen", "lønkonto", "salary", "wages"): with an account in the mail
         * and no invoice, the payroll-diversion request ({@code MimeScan}).
         */
        String salary;
        /**
         * The first expiry within hours ("Linket udløber om 12 timer", "expires today", "kun gyldigt i 24 timer"):
         * with a link to act on, the phishing page's clock ({@code MimeScan}).
         */
        String expiry;
        /** Common function words of each language seen: which language the text is written in. */
        int danishWords;
        int englishWords;

        /** Written in Danish: more Danish than English function words, and at least three. */
        boolean danish() {
            return danishWords >= 3 && danishWords > englishWords;
        }

        boolean any() {
            return !invoice.isEmpty() || !pressure.isEmpty() || !bankChange.isEmpty() || !payment.isEmpty()
                    || !confidential.isEmpty() || !offer.isEmpty();
        }

        void addAll(Hits o) {
            invoice.addAll(o.invoice);
            pressure.addAll(o.pressure);
            bankChange.addAll(o.bankChange);
            payment.addAll(o.payment);
            confidential.addAll(o.confidential);
            offer.addAll(o.offer);
            callback.addAll(o.callback);
            cancelCall.addAll(o.cancelCall);
            renewed |= o.renewed;
            instruction.addAll(o.instruction);
            qr.addAll(o.qr);
            covert.addAll(o.covert);
            warning.addAll(o.warning);
            unchanged.addAll(o.unchanged);
            closing.addAll(o.closing);
            settled.addAll(o.settled);
            credential.addAll(o.credential);
            newAccount.addAll(o.newAccount);
            overdue.addAll(o.overdue);
            renewal.addAll(o.renewal);
            for (String d : o.renewedDomains) {
                if (renewedDomains.size() < MAX_DOMAINS) {
                    renewedDomains.add(d);
                }
            }
            if (registration == null) {
                registration = o.registration;
            }
            if (tax == null) {
                tax = o.tax;
            }
            if (shortTerm == null) {
                shortTerm = o.shortTerm;
            }
            if (hoursTerm == null) {
                hoursTerm = o.hoursTerm;
            }
            if (phoneOrder == null) {
                phoneOrder = o.phoneOrder;
            }
            if (prepayment == null) {
                prepayment = o.prepayment;
            }
            if (mailboxExcuse == null) {
                mailboxExcuse = o.mailboxExcuse;
            }
            if (collecting == null) {
                collecting = o.collecting;
            }
            if (salary == null) {
                salary = o.salary;
            }
            if (expiry == null) {
                expiry = o.expiry;
            }
            danishWords += o.danishWords;
            englishWords += o.englishWords;
        }
    }

    // Token prefixes that make a word an invoice word (faktura* covers fakturaen/-er/-erne/-nr/-nummer).
    private static final Stems INVOICE_PREFIXES = new Stems(
        "faktura", "fakturer", "kreditnota", "invoice", "creditnote", "betalingsanmodning", "opkrævning",
        "opkraevning", "betalingsopkrævning", "proforma"
    );
    private static final WordSet INVOICE_WORDS = WordSet.of("regning", "regningen", "regninger", "regningerne",
            "inv", "bill", "billing", "kvittering", "receipt",
            // our neighbours' words: a border municipality's German and Dutch suppliers ("Rechnung R9015",
            // "Gutschrift", "factuur"); not "Rechnungswesen", the accounts department signing a letter
            "rechnung", "rechnungen", "rechnungsnummer", "rechnungsnr", "rechnungsbetrag", "gutschrift", "factuur",
            "facturen", "factuurnummer");
    private static final String[][] INVOICE_PHRASES = {
        {"credit", "note"}, {"payment", "request"}, {"amount", "due"}, {"til", "betaling"}, {"at", "betale"},
    };
    // "bill", "receipt", "kvittering", "inv" alone are too common in ordinary mail: they count only in phrases.
    private static final WordSet WEAK_INVOICE_WORDS = WordSet.of("inv", "bill", "billing", "kvittering", "receipt");

    private static final Stems PRESSURE_PREFIXES = new Stems(
        "rykker", "betalingspåmindelse", "betalingspaamindelse", "inkasso", "forfald", "overdue", "rykkerbrev"
    );
    private static final String[][] PRESSURE_PHRASES = {
        {"payment", "reminder"}, {"past", "due"}, {"final", "notice"}, {"final", "reminder"}, {"sidste", "frist"},
        {"sidste", "rykker"}, {"straks"}, {"urgent", "payment"}, {"immediate", "payment"}, {"betal", "straks"},
        {"overskredet"}, {"unpaid"}, {"ubetalt"}, {"ubetalte"}, {"payable", "immediately"}, {"legal", "action"},
        {"retslige", "skridt"},
    };

    // A debt said to be late already (a reminder, a collection letter), as opposed to a due date ("forfald" is on
    // every invoice): the fake reminder and fake inkasso letter start here, for a debt nobody can find.
    private static final Stems OVERDUE_PREFIXES = new Stems(
        "rykker", "betalingspåmindelse", "betalingspaamindelse", "inkasso", "overdue", "restance", "mahnung",
        "zahlungserinnerung", "überfällig", "ueberfaellig", "unpaid", "ubetalt", "overskredet", "misligholdt",
        // "vi er bedt om at inddrive faktura 118": a collection agency's letter
        "inddriv", "påkrav", "paakrav"
    );
    private static final String[][] OVERDUE_PHRASES = {
        {"payment", "reminder"}, {"past", "due"}, {"final", "notice"}, {"final", "reminder"}, {"sidste", "rykker"},
        {"legal", "action"}, {"legal", "proceedings"}, {"ikke", "betalt"}, {"ikke", "blevet", "betalt"},
        {"mangler", "betaling"}, {"not", "been", "paid"}, {"not", "paid"}, {"still", "outstanding"},
        {"ikke", "er", "betalt"}, {"ikke", "er", "blevet", "betalt"},
        {"stadig", "ubetalt"}, {"nicht", "bezahlt"}, {"retslige", "skridt"},
    };

    // Bank-change: a "change" word within a short window of a "bank account" word, either order
    // ("ændrede bankoplysninger", "bank details have changed", "vores kontonummer er ændret").
    private static final Stems CHANGE_PREFIXES = new Stems(
        "ændre", "ændr", "aendre", "ændring", "changed", "change", "updated", "update", "skift",
        // German, the neighbours' suppliers: "Bankverbindung geändert", "Kontoänderung"
        "geänder", "geaender",
        // Swedish "kontonummer har ändrats"
        "ändr"
    );
    // A bank's, an auditor's or a trade body's warning names the fraud it warns of ("falske fakturaer med nye
    // kontonumre", "svindlere udgiver sig for leverandører", "invoice fraud"); an announcement of a change does not.
    private static final Stems WARNING_PREFIXES = new Stems("svindel", "svindl", "bedrageri", "bedrager", "fraud",
        "phishing", "betrug");
    private static final WordSet WARNING_WORDS = WordSet.of("falske", "fake", "scam", "scams", "scammers",
            "svig", "fupfakturaer", "fupmails");
    private static final WordSet CHANGE_WORDS = WordSet.of("ny", "nye", "nyt", "new", "ændret", "aendret", "different",
            "midlertidig", "midlertidige", "midlertidigt", "temporary", "interim",
            "another", "alternative", "andet", "anden", "stedet", "instead",
            // "Bankoplysningerne er opdateret": the sender's own details updated. Not the imperative "Opdater dine
            // bankoplysninger under Indstillinger", a software newsletter telling the reader to update theirs.
            "opdateret", "opdaterede", "opdateres",
            // German: "neue Bankverbindung", "unser neues Konto"
            "neue", "neuen", "neues", "neuer",
            // "vi har byttet bank" (Danish and Norwegian); Swedish and Norwegian "nytt konto", "nya bankuppgifter"
            "byttet", "nytt", "nya");
    /**
     * "Deponeringskonto: IBAN LT44 … Erstatter kontoen i købsaftalens § 4", "replaces the account": a change word, and
     * like "ny konto" an account other than the one agreed ("erstatning" is compensation, and "erstattet" also means
     * compensated: neither is here).
     */
    private static final WordSet REPLACE_WORDS = WordSet.of("erstatter", "erstattes", "replaces", "replacing",
            "supersedes");
    // "ny konto", "vores nye konto", "den nye konto" (one word between at most): the plain Danish for a new account
    // "vores midlertidige konto", "our temporary account": a new account under another name
    private static final WordSet NEW_WORDS = WordSet.of("ny", "nye", "nyt", "midlertidig", "midlertidige",
            "midlertidigt", "temporary", "interim", "neue", "neuen", "neues", "neuer", "nytt", "nya");
    // "en anden konto end den, museet normalt bruger", "a different account": an account other than the usual one
    private static final WordSet OTHER_WORDS = WordSet.of("anden", "andet", "another", "different", "alternative");
    private static final WordSet ACCOUNT_WORDS = WordSet.of("konto", "kontoen", "kontoer", "konti", "account",
            "accounts");
    /** Pronouns that start a new clause ("…NemKonto - de går ikke gennem os"). */
    private static final WordSet CLAUSE_SUBJECTS = WordSet.of("de", "vi", "jeg", "they", "we");
    private static final WordSet NEGATIONS = WordSet.of("ingen", "ikke", "intet", "uden", "no", "not", "never",
            "aldrig", "nicht", "keine", "kein", "without");
    // A supplier's anti-fraud footer describes the fraud it warns of: "Modtager du en mail om ændrede
    // kontooplysninger, så ring til os", "Får du besked om nyt kontonummer, er det svindel", "if you get an e-mail
    // about new bank details". A conditional receiving of a message (Danish verb-first "modtager du", or after
    // "hvis/if/skulle/should"), and the change words in the next few words are what such a message would say.
    private static final WordSet RECEIVE_WORDS = WordSet.of("modtager", "modtage", "får", "faar", "receive",
            "receives", "get", "gets");
    private static final WordSet CONDITIONALS = WordSet.of("hvis", "if", "skulle", "should");
    private static final WordSet YOU_WORDS = WordSet.of("du", "i", "you");
    private static final WordSet MESSAGE_WORDS = WordSet.of("mail", "mails", "email", "emails", "besked",
            "beskeder", "henvendelse", "henvendelser", "anmodning", "anmodninger", "opfordring", "brev", "sms",
            "opkald", "request", "requests", "message", "messages", "call", "letter", "notice", "notification");
    private static final int REPORTED_WINDOW = 10;
    // A question about the reader's own bank: see askedOfReader
    private static final WordSet QUESTION_VERBS = WordSet.of("har", "have", "has", "did", "do", "hast", "habt",
            "haben");
    private static final WordSet READERS_CHANGE_VERBS = WordSet.of("fået", "faaet", "skiftet", "ændret", "aendret",
            "got", "gotten", "changed", "change", "switched", "switch", "moved", "geändert", "gewechselt");
    private static final WordSet FIRST_PERSON = WordSet.of("vores", "vor", "vort", "vore", "vi", "os", "min", "mit",
            "mine", "jeg", "our", "ours", "we", "us", "my", "unsere", "unser", "unseren", "unserer", "wir", "uns");
    // "og ikke som tidligere på vores konto i Danske Bank", "not as before to our account": the usual account
    // denied, so another is meant
    private static final WordSet AS_WORDS = WordSet.of("som", "as");
    private static final WordSet BEFORE_WORDS = WordSet.of("tidligere", "før", "foer", "hidtil", "previously",
            "before", "earlier", "usual", "sædvanligt", "saedvanligt");
    // "Betaling til reg. 5301 konto 0244123456. Bemærk venligst ændringen.": the change pointed at, not named;
    // only right after an account, and not "ændringen i åbningstiderne" (a preposition says what changed)
    private static final WordSet NOTE_WORDS = WordSet.of("bemærk", "bemaerk", "note", "noter");
    private static final WordSet CHANGE_NOUNS = WordSet.of("ændringen", "ændringerne", "aendringen",
            "aendringerne", "change", "changes");
    private static final WordSet PREPOSITIONS = WordSet.of("i", "af", "på", "paa", "til", "for", "om", "ved", "in",
            "of", "on", "to", "at", "with");
    private static final int NOTED_WINDOW = 12;
    // "den gamle konto er lukket", "our account has been frozen", "Konto gesperrt": the story that makes a new
    // account necessary, which no genuine supplier tells by mail (it announces the new account with a date)
    private static final WordSet CLOSED_WORDS = WordSet.of("lukket", "lukkes", "lukker", "closing", "nedlagt",
            "nedlægges", "nedlaegges", "spærret", "spaerret", "closed", "frozen", "blocked", "suspended", "gesperrt",
            "geschlossen", "aufgelöst", "aufgeloest",
            // "kontoen er ophørt / opsagt", "discontinued", "deactivated": the same story in other words
            "ophørt", "ophoert", "ophører", "ophoerer", "opsagt", "deaktiveret", "discontinued", "deactivated",
            "terminated");
    // "Kontonummeret på fakturaen er forkert", "the bank details on the invoice are incorrect": the correction's
    // pretext, only after the account ("pas på ikke at betale til en forkert konto" warns)
    private static final WordSet WRONG_WORDS = WordSet.of("forkert", "forkerte", "incorrect", "wrong");
    private static final WordSet CLOSED_ACCOUNTS = WordSet.of("konto", "kontoen", "kontoer", "konti", "kontiene",
            "kontierne", "account", "accounts",
            "bankkonto", "bankkontoen", "konten", "kontonummer", "kontonummeret", "bankverbindung", "verbindung");
    // "Kontoen i Danske Bank er lukket": the bank's two words between account and verb
    private static final int CLOSED_WINDOW = 5;
    // "den gamle konto", "vores gamle kontonummer", "our old account", "the former account": one being left
    private static final WordSet OLD_WORDS = WordSet.of("gamle", "old", "former", "alte", "alten", "bisherige",
            "bisherigen");
    private static final Stems BANK_PREFIXES = new Stems(
        "bankoplysning", "bankforbindelse", "bankkonto", "kontonummer", "kontonr", "betalingsoplysning",
        "bankdetalje", "bankinformation", "bankinfo", "iban", "kontooplysning",
        // the account money is paid into, as Danish compounds name it ("ny indbetalingskonto", "ændret modtagerkonto")
        "indbetalingskonto", "betalingskonto", "udbetalingskonto", "modtagerkonto", "klientkonto",
        // "efter vores skift af pengeinstitut": the formal Danish for a bank
        "pengeinstitut",
        // German: "Bankverbindung", "Bankdaten", "Kontoverbindung", "Kontonummer"
        "bankverbindung", "bankdaten", "kontoverbindung",
        // Swedish and Norwegian: "bankuppgifter", "kontouppgifter", "bankopplysninger", "bankgiro"
        "bankuppgift", "kontouppgift", "bankopplysning", "bankgiro"
    );
    private static final String[][] BANK_PHRASES = {
        {"bank", "details"}, {"bank", "account"}, {"banking", "details"}, {"account", "details"},
        {"payment", "details"}, {"remittance", "details"}, {"bank", "information"}, {"bank", "info"},
        {"beneficiary", "account"}, {"account", "number"}, {"bank", "account", "details"},
        // "our banking partner has changed"
        {"banking", "partner"}, {"banking", "provider"}, {"bank", "partner"},
        // business e-mail compromise: "our new remittance/collection account", "update your vendor master file"
        {"remittance", "account"}, {"collection", "account"}, {"receiving", "account"}, {"vendor", "master"},
        {"supplier", "master"},
    };

    private static final Stems PAYMENT_PREFIXES = new Stems(
        "betaling", "overførsel", "overfoersel", "remittance", "kontonummer", "kontonr",
        // a border municipality's German mail ("Zahlungsziel", "per Überweisung"); not "Zahlen", numbers
        "zahlung", "überweisung", "ueberweisung"
    );
    private static final WordSet PAYMENT_WORDS = WordSet.of("betal", "betale", "payment", "payments", "iban",
            "swift", "bic", "beløb", "beløbet", "amount", "betrag", "bezahlen", "begleichen");
    private static final String[][] PAYMENT_PHRASES = {
        {"wire", "transfer"}, {"bank", "transfer"}, {"reg", "nr"},
    };

    // CEO fraud asks for a transfer in confidence, so that nobody checks it. Legal footers call every mail
    // "confidential" too, so a secrecy word counts only next to a transfer word ("fortrolig overførsel",
    // "confidential payment"), or as an explicit request to keep quiet ("keep this confidential", "må ikke
    // omtales") in a mail that also talks about paying.
    private static final WordSet SECRECY_WORDS = WordSet.of("fortrolig", "fortroligt", "fortrolige", "diskret",
            "diskrete", "diskretion", "hemmelig", "hemmeligt", "hemmelige", "confidential", "confidentially",
            "discreet", "discreetly", "discretion", "secret", "secretly");
    private static final Stems TRANSFER_PREFIXES = new Stems(
        "overførsel", "overfoersel", "overføre", "overfoere", "overfør", "udbetaling", "betaling", "transfer"
    );
    // Gift cards are the untraceable transfer of the CEO fraud's cheaper variant ("køb 20 gavekort og send mig
    // koderne").
    private static final WordSet TRANSFER_WORDS = WordSet.of("wire", "payment", "payments", "betal", "betale", "iban",
            "gavekort", "gavekortene", "gavekortet", "giftcard", "giftcards", "itunes");
    private static final String[][] QUIET_PHRASES = {
        {"keep", "this", "confidential"}, {"keep", "it", "confidential"}, {"keep", "this", "between", "us"},
        {"between", "you", "and", "me"}, {"tell", "no", "one"}, {"do", "not", "discuss"}, {"don", "t", "discuss"},
        {"ikke", "omtales"}, {"ikke", "må", "omtales"}, {"ikke", "nævnes"}, {"hold", "det", "fortroligt"},
        {"hold", "det", "for", "dig", "selv"}, {"tal", "ikke", "med"}, {"ikke", "tale", "med"}, {"mellem", "os"},
        {"sig", "det", "ikke", "til", "nogen"}, {"ikke", "sig", "det", "til", "nogen"}, {"fortæl", "det", "ikke"},
        {"fortael", "det", "ikke"}, {"don", "t", "tell", "anyone"}, {"do", "not", "tell", "anyone"},
        // "the mayor's office asked me to sort it out quietly", "klar det i al stilhed"
        {"quietly"}, {"i", "al", "stilhed"},
    };
    private static final int SECRECY_WINDOW = 6;

    // Redirecting *future* payments is what a changed-bank-details request asks for ("register this account for
    // future payments", "kommende betalinger skal ske til"), even when it avoids the words "new" and "bank".
    private static final WordSet FUTURE_WORDS = WordSet.of("fremover", "fremtidige", "fremtidig", "kommende",
            "fremadrettet", "fremadrettede", "future", "upcoming");
    // "from now on" (not "kommende"/"upcoming", which also date an ordinary invoice): followed within six words by
    // where the money goes, it is a redirect
    private static final WordSet FROM_NOW_ON = WordSet.of("fremover", "fremadrettet", "fremadrettede", "fremtidige",
            "fremtidig", "future");
    // the same in several words
    private static final Phrases FROM_NOW_ON_PHRASES = new Phrases(new String[][] {{"fra", "nu", "af"},
        {"from", "now", "on"}, {"going", "forward"}, {"henceforth"}});
    private static final int FUTURE_ACCOUNT_WINDOW = 6;
    private static final WordSet PAYMENTS_WORDS = WordSet.of("betalinger", "betalingerne", "indbetalinger",
            "overførsler", "overfoersler", "payments", "remittances", "transfers");

    // The invoice trap ("fakturafælde"; EU Directive 2006/114/EC on misleading marketing, art. 2 and 3 case
    // law; US 39 U.S.C. 3001(d)): an offer of a register entry, a directory listing, a renewal, dressed as an
    // invoice, whose small print says that paying or signing it is the order. An act, then "constitutes/is
    // accepted as", then what is ordered: "Ved underskrift accepteres optagelse i registret", "Signing the form
    // constitutes an order", "Die Zahlung gilt als Auftrag". A genuine invoice's "payment accepts our terms"
    // names no order, entry or subscription.
    private static final WordSet OFFER_ACTS = WordSet.of("underskrift", "underskriften", "underskrive",
            "underskriver", "underskrevet", "signing", "signature", "signed", "sign", "indbetaling", "indbetalingen",
            "betaling", "betalingen", "paying", "payment", "returnering", "returneres", "return", "returning",
            "unterschrift", "zahlung", "bezahlung");
    private static final WordSet OFFER_VERBS = WordSet.of("constitutes", "constitute", "udgør", "udgoer",
            "betragtes", "indebærer", "indebaerer", "implies", "gælder", "gaelder", "accepteres", "accepterer",
            "accept", "accepts", "agree", "agrees", "godkendes", "godkender", "gilt", "gelten", "bestilles", "bestiller",
            "bekræfter", "bekraefter", "bekræftes", "bekraeftes", "confirm", "confirms", "bestätigen", "bestaetigen",
            "bestätigt", "bestaetigt");
    private static final WordSet OFFER_OBJECTS = WordSet.of("bestilling", "bestillingen", "ordre", "ordren",
            "order", "optagelse", "optagelsen", "abonnement", "abonnementet", "subscription", "registrering",
            "registreringen", "registration", "entry", "listing", "indførsel", "indfoersel", "kontrakt", "kontrakten",
            "contract", "auftrag", "eintrag", "eintragung", "bindende", "binding", "annonce", "annoncen",
            "annoncering", "advertisement", "advertising", "anzeige",
            // what else the forms sell: "Med underskrift bestilles 3 års markedsføring à 1.290 EUR"
            "markedsføring", "markedsfoering", "marketing", "profilering", "eksponering", "synlighed", "visibility",
            "promotion", "werbung");
    private static final int OFFER_WINDOW = 6;
    // The trap's other hallmark: a yearly price bound for years ("1.190 EUR per year for three years", "årligt
    // (bindende 2 år)", "optagelse for 3 år á 8.950 kr. pr. år"). Invoices bill what was delivered; a stranger's
    // multi-year commitment is an offer (a known supplier's is a contract: InvoicePolicy).
    private static final WordSet YEARLY_WORDS = WordSet.of("årligt", "aarligt", "årlig", "aarlig", "annually",
            "yearly", "annual", "jährlich", "jaehrlich", "bindende", "binding", "bindingsperiode");
    private static final WordSet YEAR_WORDS = WordSet.of("år", "aar", "års", "aars", "året", "aaret", "year", "years", "jahre",
            "jahr", "årig", "årige", "aarig", "aarige", "jährig", "jaehrig");
    private static final WordSet PER_WORDS = WordSet.of("pr", "per", "om", "pro", "a", "á", "à");
    private static final WordSet TERM_NUMBERS = WordSet.of("2", "3", "4", "5", "to", "tre", "fire", "fem", "two",
            "three", "four", "five", "zwei", "drei");
    private static final int TERM_WINDOW = 10;

    // Telephone-oriented fraud ("callback phishing"): a charge, order or payment the reader "did not make", and a
    // phone number to call to cancel it; no link or attachment for a scanner to find. A denial word, then within
    // a sentence or two a call word followed by a phone number.
    private static final WordSet DENIAL_WORDS = WordSet.of("genkender", "genkende", "ikke", "didn", "didnt", "not",
            "unauthorised", "unauthorized", "uautoriseret");
    private static final WordSet DENIED_WORDS = WordSet.of("bestilt", "bestilte", "købet", "koebet", "købt", "afgivet",
            "foretaget", "order", "ordered", "purchase", "authorize", "authorise", "recognize", "recognise", "make",
            // "Genkender du ikke ordren? Ring straks på +45 …", "Kender du ikke ordren?"
            "ordren", "ordre", "ordrer", "bestillingen", "bestilling");
    private static final WordSet CALL_WORDS = WordSet.of("ring", "ringe", "call", "phone", "kontakt", "kontakte",
            "contact",
            // "Vil I opsige, skal det ske telefonisk på +45 …": cancelling only by telephone
            "telefonisk", "telephone", "telefon",
            // "kan alene annulleres ved opkald til vores kundecenter på 71 99 …": the call as a noun
            "opkald", "opringning", "ringer", "calling", "anruf",
            // "Kender du ikke ordren, skal vores ordrekontor nås på 78 74 …": reached, rung up, contacted
            "nås", "naas", "ringes", "kontaktes", "reached",
            // "hvis I taler med os inden midnat - telefonnummeret er 70 70 …": the number named as the way back
            "telefonnummer", "telefonnummeret", "telefonnr", "tlf",
            // "det håndteres kun mundtligt af vores kontraktafdeling på 78 74 …": only by word of mouth
            "mundtligt", "mundtlig", "verbally", "orally");
    // "kan kun stoppes via vores ordrelinje 98 77 …", "our cancellation hotline": a telephone line named as a
    // compound; the phone number after it is what makes it one (an invoice's "ordrelinje 3" has none)
    private static final String[] LINE_ENDINGS = {"linje", "linjen", "hotline", "helpline"};
    private static final int CALLBACK_WINDOW = 16;
    private static final int ORDER_IN_ERROR_WINDOW = 5;
    /** "fejlbestilling", "fejlbestilt", "fejlordre", "fejlkøb": Danish writes the order in error as one word. */
    private static final Stems WRONG_ORDER_STEMS = new Stems("fejlbestil", "fejlordre", "fejlkøb", "fejlkoeb");
    /** "by mistake", "by a mistake", "in error": the English prepositions of an order placed in error. */
    private static final WordSet ERROR_PREPOSITIONS = WordSet.of("by", "in");
    // The auto-renewal pretext: "renewed automatically for 2 years; to cancel, call +45 … within 24 hours". A
    // genuine seller lets you cancel the way you bought (a link, a reply, the customer portal).
    // renewed, not merely subscribed: "Ønsker du at opsige dit abonnement, kan du ringe …" is a newspaper's
    // ordinary offer
    private static final Stems RENEWED_STEMS = new Stems("forny", "renew", "verläng", "verlaeng", "forlæng", "forlaeng",
        "extended");
    private static final Stems CANCEL_STEMS = new Stems("fortryd", "annuller", "opsig", "afmeld", "cancel", "kündig",
        "kuendig", "stornier", "widerruf", "standse", "stoppe", "stoppes");
    // "Ønsker I ikke fornyelsen, skal I ringe til …", "if you do not wish to renew, call …": declining the renewal is
    // cancelling it, in words that name no cancelling
    private static final WordSet DECLINE_WORDS = WordSet.of("ikke", "ingen", "not", "no", "nicht", "kein", "keine");
    private static final int DECLINE_WINDOW = 3;
    // The other call-back pretext: a charge already made ("dit abonnement er fornyet automatisk") and a number to
    // call for the money back ("ring på +45 … for refusion"); a genuine seller refunds the way it charged.
    // "for at få pengene retur", "get your money back"
    private static final WordSet MONEY_WORDS = WordSet.of("pengene", "beløbet", "money", "payment");
    private static final WordSet BACK_WORDS = WordSet.of("retur", "tilbage", "back", "zurück", "zurueck");
    private static final WordSet REFUND_WORDS = WordSet.of("refusion", "refusionen", "refundering", "refund",
            "refunds", "refunded", "rückerstattung", "rueckerstattung");

    // A payment demand need not say "invoice": a repayment claim, a deposit, a fee, a settlement ("Beløbet skal
    // tilbagebetales inden 10 dage til IBAN …", "please repay the amount within 14 days to IBAN …", "bedes betalt
    // til reg.nr. …"). A pay verb, then within a few words where the money goes. "jeres/your" before the account
    // is money coming to us (a refund, a remittance advice), not an order to pay.
    private static final WordSet PAY_VERBS = WordSet.of("betal", "betale", "betales", "indbetal", "indbetale",
            "indbetales", "tilbagebetal", "tilbagebetale", "tilbagebetales", "overfør", "overføre", "overfoer",
            "overfoere", "pay", "repay", "remit", "wire", "payable", "zahlen", "überweisen", "ueberweisen",
            // where money "goes" or "is sent" ("pengene skal sendes til IBAN …", "huslejen skal gå til Reg.nr. …",
            // "lave en overførsel på 48.600 kr. til IBAN …"): a payee's instruction in other words
            "sendes", "overføres", "overfoeres", "udbetales", "overførsel", "overførslen", "overfoersel", "indsættes",
            "indsaettes", "gå", "gaa", "transfer",
            // our payouts redirected ("udbetalingerne skal fra næste måned ske til IBAN …", "beløbet bedes udbetalt
            // til boets klientkonto"): the citizen-payout fraud asks us to pay, in the words of a payout
            "udbetaling", "udbetalingen", "udbetalinger", "udbetalingerne", "udbetale",
            // "send venligst mine feriepenge til IBAN …", "tilskuddet skal fremover sættes ind på IBAN …"
            "send", "sættes", "saettes",
            // money asked back or settled ("tilbageføre beløbet til kortholderens konto", "please return the duplicate
            // amount to our settlement account IBAN …", "please settle the fee to IBAN …")
            "tilbagefør", "tilbageføre", "tilbageføres", "tilbagefoer", "tilbagefoere", "tilbagefoeres", "return",
            "settle",
            // "Købesummen skal derfor deponeres på IBAN …": money put in escrow is paid all the same
            "deponer", "deponere", "deponeres",
            // "100 % prepayment is required to IBAN GB63 …", "forudbetaling til konto …": money before the goods (a
            // bank's advice says "payment", never "prepayment")
            "prepayment", "forudbetaling", "forudbetalingen", "forudbetales");
    // "We hereby demand payment of EUR 96,800.00 within five business days to IBAN MT94 …", "vi anmoder om betaling
    // til …": the noun after a demand is an order to pay. The noun alone is not one: a bank's advice says "payment
    // to account …" of money already sent.
    private static final WordSet DEMAND_WORDS = WordSet.of("demand", "demands", "request", "requests", "require",
            "requires", "kræver", "kraever", "anmoder", "opkræver", "opkraever", "fordern", "fordert");
    private static final WordSet PAYMENT_NOUNS = WordSet.of("payment", "betaling", "betalingen", "indbetaling",
            "zahlung");
    // "bedes betalt/indbetalt/overført/udbetalt": the Danish passive request, also with its subject between ("bedes
    // aktivitetstilskuddet for 2. halvår udbetalt til …")
    private static final WordSet PAID_WORDS = WordSet.of("betalt", "indbetalt", "overført", "overfoert", "udbetalt",
            // "Beløbet bedes indsat på IBAN RO79 …"
            "indsat");
    private static final int BEDES_WINDOW = 10;
    // The Danish passive with a deadline: "når et depositum på 20 % er indsat på IBAN HU08 … inden 48 timer", "skal
    // være indbetalt på konto 1234-… senest 5 dage". Money into an account by a date is an order to pay whatever the
    // voice. A bank's notice says the same past tense about an account without a deadline ("er indsat på jeres konto
    // den 3. marts"), and "jeres/din" before the account is ours anyway.
    private static final WordSet DANISH_PAID = WordSet.of("indsat", "indbetalt", "overført", "overfoert", "betalt",
            "modtaget");
    private static final WordSet ENGLISH_BE = WordSet.of("be");
    private static final WordSet DANISH_BE = WordSet.of("er", "være", "vaere", "blive", "blevet", "været", "vaeret");
    /** From the account to the deadline, in words (the account's digit groups do not count). */
    private static final int DEADLINE_WINDOW = 4;
    /** "inden fredag", "by Friday": a deadline on a weekday is a deadline like "inden 5 dage". */
    private static final WordSet WEEKDAYS = WordSet.of("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
            "loerdag", "søndag", "soendag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** English "bedes betalt": "is to be paid to", "must be transferred to", "should be promptly remitted to". */
    private static final WordSet ENGLISH_PAID = WordSet.of("paid", "transferred", "remitted", "wired",
            // "a mobilisation advance of 40 % must be received on IBAN GB48 … within 48 hours"
            "received", "deposited",
            // "the first day must be prepaid to IBAN GB62 … before 15:00 today"
            "prepaid",
            // "the hire of DKK 22.400 must be settled before we collect": settling is paying
            "settled");
    private static final WordSet ACCOUNT_TARGETS = WordSet.of("konto", "kontoen", "kontonummer", "kontonr",
            "bankkonto", "bankkontoen", "iban", "reg", "regnr", "account", "konto-nr", "kontonummeret",
            // "… must be settled before we collect the materials on Thursday. Bank details: IBAN …": the heading
            // of the account is where the demand points
            "bankoplysninger", "bankdetaljer", "betalingsoplysninger", "bankforbindelse", "bank");
    private static final WordSet OTHERS_POSSESSIVE = WordSet.of("jeres", "din", "dit", "deres", "your", "jer",
            "dig", "you", "ihr", "ihre", "nemkonto");
    private static final int INSTRUCTION_WINDOW = 8;
    private static final WordSet CURRENCY_WORDS = WordSet.of("kr", "dkk", "eur", "euro", "sek", "nok", "usd", "gbp");
    private static final WordSet AMOUNT_TO_WORDS = WordSet.of("til", "to", "into", "auf", "an", "på", "paa");
    private static final int AMOUNT_TO_WINDOW = 3;
    // VAT and deadline words between the amount and "til/to" do not count ("48.000 kr. ekskl. moms, inden fredag til
    // IBAN LT88 …"); a payer's name does ("en betaling på DKK 125.400,00 fra Aarhus Kommune til Reg.nr. …")
    private static final WordSet AMOUNT_FILLERS = WordSet.of("ekskl", "inkl", "excl", "incl", "moms", "vat", "inden",
            "senest", "before", "by");
    /** From an account word to an amount after it, in words (numbers, such as an account's digit groups, do not count). */
    private static final int ACCOUNT_AMOUNT_WINDOW = 12;
    // A cross-border B2B invoice names VAT numbers and the reverse charge (EU VAT Directive 2006/112/EC art. 226);
    // a Danish one names moms and the CVR number. Any of these words, in any of our neighbours' languages.
    private static final WordSet TAX_WORDS = WordSet.of("vat", "moms", "momsen", "mva", "mwst", "ust", "ustidnr",
            "umsatzsteuer", "steuernummer", "steuerschuldnerschaft", "btw", "tva", "iva", "cvr");
    private static final String[][] TAX_PHRASES = {{"reverse", "charge"}, {"omvendt", "betalingspligt"}};
    private static final WordSet TERM_WORDS = WordSet.of("within", "inden", "indenfor", "innerhalb", "binnen", "senest",
            "inom", "in");
    private static final WordSet DAY_WORDS = WordSet.of("days", "day", "dage", "dag", "tagen", "tage", "dagen",
            "dagar", "hverdage", "bankdage", "werktagen", "business", "working", "calendar");
    // Goods held until paid are payable now: "the goods will be released once payment has been received",
    // "varerne frigives, når betalingen er modtaget", "udleveres mod betaling". The parcel and customs scam's lever
    // (storage runs up, the goods go back), and no term a supplier's invoice gives: delivery comes before the bill.
    private static final String[][] SHORT_TERM_PHRASES = {{"on", "receipt"}, {"upon", "receipt"},
        {"immediately"}, {"straks"}, {"omgående"}, {"omgaaende"}, {"sofort"}, {"due", "now"},
        {"released", "once", "payment"}, {"released", "when", "payment"}, {"released", "after", "payment"},
        {"released", "upon", "payment"}, {"released", "on", "payment"}, {"released", "against", "payment"},
        {"frigives", "når", "betalingen"}, {"frigives", "naar", "betalingen"}, {"frigives", "først", "når"},
        {"frigives", "efter", "betaling"}, {"frigives", "mod", "betaling"}, {"udleveres", "mod", "betaling"},
        {"udleveres", "først", "når"}, {"udleveres", "når", "betalingen"}, {"udleveres", "efter", "betaling"},
        {"freigegeben", "nach", "zahlungseingang"}, {"ausgeliefert", "nach", "zahlungseingang"}};
    private static final Phrases SHORT_TERMS = new Phrases(SHORT_TERM_PHRASES);
    // Payroll diversion: "Lønnen skal sættes ind på IBAN IE86 …", "please pay my salary into …". A public employer
    // pays wages to the account in its payroll system (in Denmark usually the NemKonto), changed by the employee
    // through the self-service portal; a mail that names an account for the pay is the change asked for outside
    // that channel, the fraud the FBI calls payroll diversion. Whole words only: "timeløn" on a temp agency's
    // invoice and "lønsumsafgift" are not an employee's pay, and invoices are excluded in MimeScan.
    private static final WordSet SALARY_WORDS = WordSet.of("løn", "lønnen", "lønnens", "lønkonto", "lønkontoen",
            "lønudbetaling", "lønudbetalingen", "lønudbetalinger", "lønoverførsel", "lønoverførslen", "månedsløn",
            "månedslønnen", "loen", "loennen", "loenkonto", "maanedsloen", "salary", "salaries", "wages", "paycheck",
            "paycheque", "gehalt", "lohn", "lön", "lönen");
    // A collection agency, lawyer or trustee collects for a creditor: "vi er bedt om at inddrive", "på vegne af",
    // "vores klientkonto", "kurator i konkursboet". A stranger's claim that someone else owes it ("the main
    // contractor has not paid us: pay us directly") collects for nobody.
    private static final Stems COLLECTING_PREFIXES = new Stems("inkasso", "inddriv", "klientkonto", "kurator", "konkursbo");
    private static final String[][] COLLECTING_PHRASES = {{"på", "vegne", "af"}, {"paa", "vegne", "af"},
        {"on", "behalf", "of"}, {"im", "auftrag"}, {"debt", "collection"}, {"collection", "agency"}};
    private static final Phrases COLLECTING = new Phrases(COLLECTING_PHRASES);
    private static final Phrases TAXES = new Phrases(TAX_PHRASES);
    /**
     * Fewer than ten days is a short term: a Danish collection letter must give at least ten (inkassoloven § 10),
     * invoices say 8 to 30 days, foreign ones 14 to 30; any term in hours ("inden 48 timer") is short.
     */
    private static final int SHORT_TERM_DAYS = 9;
    // "innerhalb von 7 Tagen", "senest om 3 hverdage", "inden for 5 dage"
    private static final WordSet TERM_FILLERS = WordSet.of("von", "of", "om", "for");
    // "Efter telefonisk bestilling fra jeres vejafdeling", "ryddede vi efter telefonisk aftale med jeres vagt",
    // "the clearing agreed by phone with the harbour": an order nobody can show, only said to have been given in a
    // call. The fake invoice's classic cover (a clerk who cannot find the order assumes a colleague phoned); a real
    // first order leaves an order number, a contract or a signed offer.
    private static final WordSet SPOKEN_WORDS = WordSet.of("telefonisk", "telefoniske", "telefonen", "phone", "telephone", "mundtlig",
            "mundtligt", "verbal", "verbally");
    private static final WordSet ORDERED_WORDS = WordSet.of("bestilling", "bestillingen", "bestilt", "bestilte", "aftale",
            "aftalen", "aftalt", "aftalte", "ordre", "ordren", "order", "ordered", "agreed", "booked", "arranged",
            "agreement",
            // "Havnefogeden gav mundtligt tilsagn", "verbal approval from your site manager": a consent said, not shown
            "tilsagn", "tilsagnet", "godkendelse", "godkendelsen", "godkendt", "godkendte", "accepteret", "approval",
            "approved", "accepted", "permission", "tilladelse");
    private static final int SPOKEN_ORDER_WINDOW = 3;
    // The same cover with a role for a voice: "on the instructions of your events coordinator", "efter anmodning fra
    // jeres byggekonsulent". The order is pinned on a colleague the clerk cannot name; a real first order says who
    // (a name, an order number) or comes with the contract.
    private static final Phrases INSTRUCTED_BY = new Phrases(new String[][] {{"on", "the", "instructions", "of"},
        {"on", "the", "instruction", "of"}, {"at", "the", "request", "of"}, {"as", "requested", "by"},
        {"as", "instructed", "by"}, {"efter", "anmodning", "fra"}, {"på", "foranledning", "af"},
        {"paa", "foranledning", "af"}, {"efter", "instruks", "fra"}, {"på", "opfordring", "fra"},
        {"im", "auftrag", "ihres"}, {"im", "auftrag", "ihrer"}});
    private static final WordSet YOUR_WORDS = WordSet.of("your", "jeres", "din", "dit", "ihres", "ihrer", "ihrem");
    // "Efter jeres opringning har vi hentet storskrald", "following your call we sent a team": the call named as the
    // order itself
    private static final Phrases AFTER_YOUR_CALL = new Phrases(new String[][] {{"efter", "jeres", "opringning"},
        {"efter", "din", "opringning"}, {"efter", "jeres", "opkald"}, {"efter", "dit", "opkald"},
        {"efter", "jeres", "henvendelse", "pr", "telefon"}, {"after", "your", "call"}, {"after", "your", "phone", "call"},
        {"following", "your", "call"}, {"following", "your", "phone", "call"}, {"nach", "ihrem", "anruf"}});
    // Money before the goods or the work: "forudbetaling af 25 % inden fredag", "100 % prepayment is required".
    // Suppliers bill after delivery; a public body's creditor rules (and the payment terms in its contracts) know no
    // prepayment to a firm it has never paid, which is why a price lock, a reserved slot or a scarce delivery is sold
    // to it this way.
    private static final WordSet PREPAYMENT_WORDS = WordSet.of("forudbetaling", "forudbetalingen", "forudbetales",
            "forudbetalt", "forudbetale", "forskudsbetaling", "prepayment", "prepay", "prepaid", "vorauskasse",
            // "hvis jeg lægger et forskud på 24.900 kr.": an advance is money first (not "aconto": building firms
            // bill on account for work done)
            "forskud", "forskuddet",
            // not "depositum"/"deposit": camps, excursion boats and school trips take a deposit on their genuine
            // first invoices (four such invoices in the corpora were tagged when it was tried)
            "vorkasse");
    // The deliverable held until paid is money before the work too: "rapporten frigives, når vores faktura på 44.800
    // kr. er indbetalt", "the report will be released once your payment is received". A supplier delivers and then
    // bills; an unrequested survey whose result is ransomed is sold this way.
    private static final WordSet RELEASE_WORDS = WordSet.of("frigives", "frigiver", "udleveres", "udlevere",
            "released", "release", "freigegeben");
    private static final WordSet RELEASE_CONDITIONS = WordSet.of("når", "naar", "først", "foerst", "once", "when",
            "after", "upon", "efter", "mod", "against", "snart", "soon", "nach", "sobald");
    private static final WordSet RELEASE_PAID_WORDS = WordSet.of("betalt", "indbetalt", "betalingen", "betaling",
            "paid", "payment", "bezahlt", "zahlungseingang", "overført", "overfoert", "overførslen", "indbetalingen",
            "indbetaling", "overførsel", "overfoersel", "zahlung");
    private static final int RELEASE_WINDOW = 14;
    // "Bookingen slettes, hvis ikke halvdelen står på IBAN … senest onsdag", "the order is cancelled unless payment is
    // received": the slot forfeited unless paid first (releasedUnlessPaid). Not "bortfalder": a genuine invoice's
    // cash discount lapses when it is paid late ("kontantrabatten bortfalder, hvis ikke betalt rettidigt").
    private static final WordSet FORFEIT_WORDS = WordSet.of("slettes", "annulleres", "aflyses", "cancelled",
            "canceled", "storniert");
    // "… når beløbet står på IBAN GB31 …", "once the money reaches our account": the payment told as money arriving
    // on an account, which is the paid condition without a pay word
    private static final WordSet ARRIVED_WORDS = WordSet.of("står", "staar", "lander", "indgår", "indgaar",
            "arrives", "reaches", "eingeht",
            // "et depositum på 48.000 kr., som skal stå på IBAN SE56 … i denne uge": the same demand with "skal"
            "stå", "staa", "lande", "indgå", "indgaa", "arrive", "reach");
    private static final int ARRIVED_WINDOW = 4;
    // "Jeres driftsleder ringede i oktober og bad os se på banesystemet", "jeres vagttelefon bad os give et bud",
    // "your caretaker asked us to": the order pinned on one of ours by what they said, which nobody here can show
    private static final WordSet ASKED_WORDS = WordSet.of("bad", "asked", "bat", "requested");
    private static final WordSet US_WORDS = WordSet.of("os", "mig", "us", "me", "uns", "mich");
    // not "called": "a firm called Nordic Freight asked us" names, it does not phone
    private static final WordSet CALLED_WORDS = WordSet.of("ringede", "ringet", "phoned", "telephoned", "anrief",
            "angerufen", "telefonerede");
    private static final int ASKED_WINDOW = 6;
    // Paid so that the work can begin: "Første rate skal betales senest mandag, så vi kan sætte folk i gang", "the
    // deposit must be paid before we start". The same money first as a deliverable held until paid.
    private static final WordSet START_WORDS = WordSet.of("gang", "starte", "starter", "begynde", "begynder", "start",
            "begin", "commence", "anfangen", "beginnen");
    private static final WordSet PURPOSE_WORDS = WordSet.of("så", "saa", "før", "foer", "inden", "so", "before",
            "damit", "bevor");
    private static final WordSet WE_WORDS = WordSet.of("vi", "we", "wir");
    // A booking that holds only once paid is the same money first: "Reservationen bekræftes ved betaling af 15.000 kr.",
    // "your slot is confirmed upon payment". A supplier confirms a booking and bills after the work; a firm nobody
    // has used before sells a scarce season this way. The payment must follow within a few words ("confirmed by
    // e-mail; payment ..." is no condition).
    private static final WordSet BOOKING_CONFIRMED = WordSet.of("bekræftes", "bekraeftes", "confirmed", "garanteres",
            "sikres", "secured", "guaranteed", "bestätigt", "bestaetigt");
    private static final WordSet CONFIRM_CONDITIONS = WordSet.of("ved", "by", "upon", "on", "når", "naar", "once",
            "først", "foerst", "when", "mit", "nach", "efter", "after");
    private static final int CONFIRM_WINDOW = 5;
    // words between a pay verb and "forud" / "in advance" ("betales halvdelen, 21.000 kr., forud"; numbers not counted)
    private static final int PREPAID_WINDOW = 7;
    private static final Phrases PREPAYMENT = new Phrases(new String[][] {{"advance", "payment"},
        {"payment", "in", "advance"}, {"paid", "in", "advance"}, {"betales", "forud"}, {"betaling", "forud"},
        {"betalt", "forud"}, {"betale", "forud"}});
    /** A clock time today ("before 16:00 today", "inden kl. 14 i dag"): a deadline in hours by the clock. */
    private static final WordSet TODAY_TERM_WORDS = WordSet.of("before", "inden", "senest", "by");
    private static final WordSet HOUR_WORDS = WordSet.of("timer", "hours", "hour", "time", "stunden", "uur", "timmar");
    // A link that dies within hours: "Linket udløber om 12 timer", "Dokumentet udløber i dag", "expires in 24
    // hours", "kun gyldigt i 48 timer". Signing services and portals give days or a date; a phishing kit gives hours,
    // so the clerk clicks before asking anyone.
    private static final Stems EXPIRY_STEMS = new Stems("udløb", "udloeb", "expir", "deaktiver", "slettes", "gyldig", "valid",
        "verfällt", "verfaellt", "abläuft", "ablaeuft", "lukkes", "spærres", "spaerres",
        // "Invitationen lukker kl. 16 i dag", "the invitation closes at 4 pm today"
        "lukker", "closes",
        // "Linket virker i 24 timer", "the link works for 24 hours" (not "available": support is available 24 hours)
        "virker", "works",
        // "Linket er kun aktivt i dag": the neuter form fits the link or the document, not "vores chat er aktiv
        // 24 timer i døgnet" (and English "active" is as often the support line's hours)
        "aktivt");
    private static final WordSet TODAY_WORDS = WordSet.of("dag", "today", "tonight", "aften", "heute", "midnat",
            "midnight");
    private static final WordSet FEW_WORDS = WordSet.of("få", "faa", "few", "par", "couple", "wenigen");
    private static final int EXPIRY_WINDOW = 5;

    // "Quishing": the QR code is an image, so neither the clerk nor a filter sees where the money or the login
    // goes, and the phone that scans it is outside the organisation's protection.
    private static final WordSet QR_PAY_WORDS = WordSet.of("betal", "betale", "betales", "betaling", "betalingen",
            "indbetaling", "pay", "payment", "gennemføre", "gennemfoere", "complete", "overførsel", "bezahlen",
            "zahlung",
            // "scan koden med din telefon og godkend": the approval on the phone is the payment (or the login)
            "godkend", "godkende", "godkendes", "approve", "bekræft", "bekræfte", "bekræftes", "bekraeft",
            "bekraefte", "bekraeftes", "confirm",
            // "en udbetaling til jer er tilbageholdt; scan koden": the refund or payout a code claims to release
            "udbetaling", "udbetalingen", "refund", "payout", "refusion", "refusionen", "tilbagebetaling",
            // "scan QR-koden og tilmeld jer igen", "aktivér totrinsbekræftelse: scan koden med telefonen": an
            // enrolment or a second factor set up through a code hands the phone the login, whatever it pays
            "tilmeld", "tilmelde", "tilmeldes", "tilmelding", "aktiver", "aktivere", "aktiveres", "aktivér",
            "activate", "enrol", "enroll", "telefon", "telefonen", "mobil", "mobilen", "mobiltelefon",
            "mobiltelefonen", "kamera", "kameraet", "phone", "camera", "smartphone");
    private static final int QR_WINDOW = 10;
    /** A sum of money (an amount with its currency) this many tokens from the code: what scanning it pays. */
    private static final int QR_MONEY_WINDOW = 25;
    // Login secrets: what a phishing form collects. A user name only as a MitID, NemID or netbank one: a SaaS
    // supplier setting up our users asks for plain user names.
    private static final WordSet SECRET_WORDS = WordSet.of("adgangskode", "adgangskoden", "adgangskoder", "kodeord",
            "kodeordet", "password", "passwords", "passcode", "pinkode", "pinkoden", "engangskode", "engangskoden",
            "nøglekort", "noeglekort", "cvc", "cvv");
    private static final WordSet USER_NAME_WORDS = WordSet.of("brugernavn", "brugernavne", "brugernavnet", "username",
            "usernames", "brugerid");
    // "bekræft betalingerne med MitID-koden, som vi sender under samtalen": the code is the login
    private static final WordSet LOGIN_CODE_WORDS = WordSet.of("kode", "koden", "koder", "code", "codes");
    private static final WordSet LOGIN_SERVICES = WordSet.of("mitid", "nemid", "netbank", "netbanken",
            "erhvervsnetbank", "netbanking");
    // "Bekræft din identitet med din Microsoft 365-konto for at åbne dokumentet", "sign in with your Google account
    // to view the file": a mailbox provider's login asked for to open a document is the commonest credential-phishing
    // lure (a fake share or signing request); the provider's own mail does not need a document to ask it
    private static final WordSet ACCOUNT_PROVIDERS = WordSet.of("microsoft", "office", "office365", "m365", "outlook",
            "onedrive", "sharepoint", "google", "gmail", "icloud", "hotmail");
    private static final WordSet PROVIDER_ACCOUNTS = WordSet.of("konto", "kontoen", "account", "login",
            "konti", "accounts", "credentials", "loginoplysninger", "logon",
            // "Microsoft-arbejdskonto": the work account as one Danish word
            "arbejdskonto", "arbejdskontoen",
            // "åbnes efter bekræftelse med kommunens Office 365-adgang": the access is the login
            "adgang", "adgangen", "access");
    /** "Microsoft 365 work account": the provider up to this many words before the account word. */
    private static final int PROVIDER_WINDOW = 3;
    private static final WordSet PROVIDER_AFTER = WordSet.of("hos", "i", "with", "at", "in");
    // what asking for it looks like: fill in, state, send, return, type, enter, provide
    /** Whose bank details a payroll diversion asks for. */
    private static final WordSet EMPLOYEE_WORDS = WordSet.of("medarbejdere", "medarbejderne", "medarbejdernes",
            "ansatte", "vikarer", "vikarerne", "vikarernes", "personalet", "personalets", "lønmodtagere",
            "lønmodtagerne", "employees", "employee", "staff", "mitarbeiter");
    private static final WordSet SUPPLY_WORDS = WordSet.of("udfyld", "udfylde", "udfyldes", "oplys", "oplyse",
            "oplyses", "angiv", "angive", "angives", "indtast", "indtaste", "indtastes", "send", "sende", "sendes",
            "returner", "returnér", "returnere", "skriv", "skrive", "enter", "provide", "submit", "fill", "type",
            "reply", "confirm", "bekræft", "bekræfte",
            // "efter bekræftelse med jeres Microsoft-konto": the confirmation asked for as a noun
            "bekræftelse", "bekraeftelse", "verification");
    // "vi spørger aldrig efter adgangskoder", "never share your password": the warning, not the request
    private static final WordSet NEVER_WORDS = WordSet.of("aldrig", "never", "ikke", "not", "dont");
    // "we will send you a temporary password", "vi sender dig en ny adgangskode": the secret goes to the reader
    private static final WordSet TO_READER = WordSet.of("you", "dig", "jer", "dem");
    private static final int CREDENTIAL_WINDOW = 12;
    // "Log ind med din arbejdsmail for at åbne dokumentet": the work mailbox's login is the one a fake share wants
    // (only right after "log ind"/"sign in": "angiv din arbejdsmail" asks for an address, not a login)
    private static final WordSet WORK_MAILBOX = WordSet.of("arbejdsmail", "arbejdsmailen", "arbejdsemail",
            "firmamail", "jobmail", "mailkonto", "mailkontoen", "emailkonto", "mailadgang");
    private static final WordSet IDENTITY_WORDS = WordSet.of("identitet", "identiteten", "identity");
    // The mailbox-excuse (Vocabulary.mailboxExcuse): the sender's mail words, a private one, and "down"
    private static final WordSet MAILBOX_WORDS = WordSet.of("mail", "mailen", "email", "emailen", "mails",
            "firmamail", "firmamailen", "arbejdsmail", "arbejdsmailen", "jobmail", "jobmailen", "mailserver",
            "mailserveren", "mailsystem", "mailsystemet", "mailkonto", "mailkontoen", "emailkonto", "emailkontoen",
            "mailbox", "mailboks", "mailboksen", "indbakke", "indbakken", "inbox", "server", "serveren");
    private static final WordSet PRIVATE_WORDS = WordSet.of("private", "privat", "personlige", "personal");
    private static final WordSet PRIVATE_MAILBOXES = WordSet.of("privatmail", "privatmailen", "privatemail");
    private static final WordSet DOWN_WORDS = WordSet.of("nede", "ned", "down", "hacket", "hacked",
            "spærret", "spaerret", "blocked", "kompromitteret", "compromised", "offline", "ustabil", "unavailable");
    private static final WordSet WORKS_WORDS = WordSet.of("virker", "fungerer", "working", "works", "work");
    private static final WordSet NEGATION_AFTER = WordSet.of("ikke", "not", "nicht");
    private static final int MAILBOX_DOWN_WINDOW = 4;
    // "… med din Microsoft-arbejdskonto for at åbne den": the account named between, the document as a pronoun
    private static final int IDENTITY_WINDOW = 9;
    private static final WordSet DOCUMENT_PRONOUNS = WordSet.of("den", "det", "dem", "it", "them");
    private static final WordSet CONFIRM_WORDS = WordSet.of("bekræft", "bekræfte", "bekraeft", "bekraefte", "verify",
            "confirm", "verificer", "verificere");
    private static final WordSet OPEN_WORDS = WordSet.of("åbne", "aabne", "se", "læse", "laese", "hente", "open",
            "view", "access", "read", "download");
    private static final WordSet DOCUMENT_WORDS = WordSet.of("dokumentet", "dokumenterne", "filen", "filerne",
            "document", "documents", "file", "files");
    // "scan koden herunder for at betale": the code need not be called QR
    /** Where a picture sits: "koden herunder", "nedenstående kode", "the code below". */
    private static final WordSet CODE_MEANS = WordSet.of("via", "med", "with", "using");
    private static final WordSet CODE_BELOW = WordSet.of("herunder", "nedenfor", "forneden", "nedenunder",
            "nedenstående", "nedenstaaende", "below", "unten", "untenstehenden",
            // "scan den vedlagte kode med telefonen": the code attached is a picture too
            "vedlagte", "vedhæftede", "vedhaeftede", "medsendte", "attached", "enclosed", "beigefügten",
            "beigefuegten");
    private static final WordSet SCAN_WORDS = WordSet.of("scan", "scanne", "scannes", "skan", "skanne", "scanning",
            // "hvis I scanner koden med telefonens kamera": the present tense
            "scanner", "skanner");
    // "Ret mobilens kamera mod mønsteret nedenfor for at betale", "point your phone's camera at the code": a camera
    // aimed at something in a mail about paying is a QR code, whatever the mail calls it
    private static final WordSet CAMERA_WORDS = WordSet.of("kamera", "kameraet", "mobilkamera", "mobilkameraet",
            "telefonkamera", "telefonkameraet", "camera", "kameran");
    private static final WordSet AIM_WORDS = WordSet.of("mod", "at", "over", "på", "paa", "auf", "mot");

    // Function words that only one of the two languages uses ("for", "i", "at" are in both or ambiguous).
    private static final WordSet DANISH_FUNCTION_WORDS = WordSet.of("og", "til", "af", "med", "vi", "jeg", "det",
            "den", "er", "ikke", "på", "paa", "venlig", "hilsen", "kære", "hej", "bedes", "senest", "hermed",
            "vedlagt", "venligst", "vores", "jeres", "eller", "skal", "kan", "fra", "som", "har");
    private static final WordSet ENGLISH_FUNCTION_WORDS = WordSet.of("the", "and", "to", "of", "please", "your",
            "we", "you", "is", "are", "with", "this", "thank", "regards", "dear", "find", "attached", "our", "or",
            "will", "can", "from", "which", "have");

    // The CEO fraud's first mail asks for nothing yet: it checks that the clerk is there and alone ("Har du 5
    // minutter?", "Are you at your desk?", "I need a quick favour", "keep this between us") before the payment
    // order follows. Harmless words from a colleague; from an impersonator they are the fraud's opening move.
    private static final String[][] COVERT_PHRASES = {
        {"har", "du", "5", "minutter"}, {"har", "du", "fem", "minutter"}, {"har", "du", "2", "minutter"},
        {"har", "du", "et", "øjeblik"}, {"har", "du", "et", "oejeblik"}, {"har", "du", "tid", "til"},
        {"er", "du", "ved", "din"}, {"er", "du", "ved", "computeren"}, {"er", "du", "på", "kontoret"},
        {"er", "du", "paa", "kontoret"}, {"er", "du", "tilgængelig"}, {"lille", "opgave"}, {"hurtig", "opgave"},
        {"diskret", "opgave"}, {"skriv", "til", "mig", "her"}, {"svar", "mig", "her"}, {"sidder", "i", "møde"},
        {"sidder", "i", "et", "møde"}, {"kan", "ikke", "tage", "telefonen"}, {"kan", "ikke", "tale"},
        {"are", "you", "available"}, {"are", "you", "at", "your", "desk"}, {"are", "you", "in", "the", "office"},
        {"quick", "task"}, {"small", "task"}, {"need", "a", "favour"}, {"need", "a", "favor"},
        {"do", "me", "a", "favour"}, {"do", "me", "a", "favor"}, {"have", "a", "minute"}, {"got", "a", "minute"},
        {"got", "5", "minutes"}, {"can", "t", "talk"}, {"cannot", "take", "calls"}, {"email", "me", "here"},
        {"sind", "sie", "erreichbar"}, {"haben", "sie", "kurz", "zeit"}, {"kleine", "aufgabe"},
        // moving the clerk to the telephone, where no mail filter listens ("Skriv dit mobilnummer, så ringer
        // advokaten til dig")
        {"skriv", "dit", "mobilnummer"}, {"send", "mig", "dit", "mobilnummer"}, {"send", "mig", "dit", "nummer"},
        {"send", "me", "your", "mobile"}, {"send", "me", "your", "number"}, {"send", "me", "your", "cell"},
        {"dit", "direkte", "nummer"}, {"dit", "private", "nummer"}, {"send", "mig", "dit", "telefonnummer"},
        {"your", "direct", "number"}, {"your", "private", "number"},
        // "Jeg sidder på min private mail, fordi VPN'en driller": the excuse for writing from a mailbox nobody
        // here can check
        {"min", "private", "mail"}, {"min", "private", "e", "mail"}, {"min", "privatmail"}, {"min", "privat", "mail"},
        {"my", "private", "email"}, {"my", "private", "e", "mail"}, {"my", "personal", "email"},
        {"my", "personal", "e", "mail"}, {"meine", "private", "e", "mail"},
        // "Jeg har ny mobil, skriv til mig på +45 …": the "new number" opener of the CEO and "Hej mor" frauds, which
        // moves the conversation to a phone no one can check
        {"har", "ny", "mobil"}, {"har", "nyt", "nummer"}, {"har", "nyt", "mobilnummer"}, {"har", "fået", "nyt", "nummer"},
        {"har", "faaet", "nyt", "nummer"}, {"har", "ny", "telefon"}, {"new", "phone", "number"}, {"my", "new", "number"},
        {"have", "a", "new", "phone"}, {"got", "a", "new", "phone"}, {"have", "a", "new", "number"},
        // "Er du til at fange?"; and the payment that is to skip the approval the fraud knows would stop it ("uden
        // om den normale gang", "outside the usual process"): segregation of duties is what CEO fraud must get past
        {"er", "du", "til", "at", "fange"}, {"kan", "du", "fanges"}, {"uden", "om", "den", "normale"},
        {"udenom", "den", "normale"}, {"uden", "om", "de", "normale"}, {"udenom", "de", "normale"},
        {"uden", "om", "den", "sædvanlige"}, {"uden", "om", "systemet"}, {"udenom", "systemet"},
        {"outside", "the", "usual", "process"}, {"outside", "the", "normal", "process"}, {"bypass", "the", "usual"},
        {"skip", "the", "usual"}, {"without", "the", "usual", "approval"},
        // "som jeg helst vil holde uden for det almindelige godkendelsesflow"; and the opener that checks the clerk
        // is alone at the keyboard before the "details" follow ("Er du ved din computer?", "Are you at your desk?")
        {"uden", "for", "det", "almindelige"}, {"uden", "for", "den", "almindelige"}, {"uden", "for", "det", "normale"},
        {"uden", "for", "den", "normale"}, {"uden", "for", "de", "normale"}, {"uden", "for", "den", "sædvanlige"},
        {"uden", "for", "det", "sædvanlige"}, {"uden", "om", "det", "almindelige"}, {"er", "du", "ved", "din", "computer"},
        {"er", "du", "ved", "computeren"}, {"er", "du", "ved", "skrivebordet"}, {"er", "du", "ved", "dit", "skrivebord"},
        {"er", "du", "ved", "din", "pc"}, {"are", "you", "at", "your", "desk"}, {"are", "you", "at", "your", "computer"},
    };
    // The cheapest CEO fraud: "køb 10 gavekort og send mig koderne". No business asks its clerks for gift-card codes.
    private static final WordSet GIFT_CARD_WORDS = WordSet.of("gavekort", "gavekortene", "gavekortet", "giftcard",
            "giftcards", "itunes", "gutscheine", "gutschein",
            // "femten elektroniske oplevelsesbeviser … maile mig numrene": an experience voucher is a gift card
            "oplevelsesbevis", "oplevelsesbeviset", "oplevelsesbeviser", "oplevelsesbeviserne", "gavebevis",
            "gavebeviset", "gavebeviser", "gavebeviserne");
    private static final WordSet CODE_WORDS = WordSet.of("kode", "koden", "koder", "koderne", "code", "codes",
            "pin", "pins", "kodene", "numre", "numrene", "numbers");
    private static final int GIFT_CARD_WINDOW = 20;
    // Danish compounds name the kind of card in front: "oplevelsesgavekort", "julegavekort", "digitalgavekort".
    private static final String[] GIFT_CARD_ENDINGS = {"gavekort", "gavekortene", "gavekortet", "gavebevis",
        "gavebeviser", "gavebeviserne", "giftcard", "giftcards"};
    // A request to keep quiet, not a legal footer ("may contain confidential information"): a secrecy word right
    // after keep/hold/treat ("skal holdes fortroligt", "keep it confidential", "behandles diskret").
    private static final WordSet KEEP_WORDS = WordSet.of("hold", "holde", "holdes", "keep", "kept", "behandl",
            "behandle", "behandles", "treat", "treated", "forbliv", "forblive", "bleibt", "behandeln");
    // Domain and register traps sell renewals, registrations and trademark protection; Danish compounds
    // ("domænefornyelse", "varemærkeregistrering", "erhvervsopslag") are matched inside the word.
    private static final String[] RENEWAL_STEMS = {"fornyelse", "fornyes", "renewal", "renew", "udløb", "udloeb",
        "expir", "registrering", "registration", "registrierung", "varemærke", "varemaerke", "trademark",
        "markenschutz", "verlängerung", "verlaengerung", "årsgebyr", "aarsgebyr",
        // the same trap's other products for a site under our domain: its hosting and its certificate
        // ("hosting og SSL-certifikat til kultur.horsens.dk, ellers lukkes siden")
        "hosting", "webhotel", "certifikat", "certificate", "zertifikat"};
    // Top-level domains a trap writes after our name ("koldingkommune.eu", "kolding.dk"): ccTLDs of the region
    // and the generic ones.
    private static final WordSet TLDS = WordSet.of("dk", "com", "eu", "de", "net", "org", "info", "biz", "se", "no",
            "nu", "fo", "gl", "co", "io", "cn", "asia", "online", "shop");
    static final int MAX_DOMAINS = 32;
    private static final int RENEWAL_WINDOW = 8;

    private static final int WINDOW = 4;
    /** The verb that makes the bank details the subject of a change ("kontoen … er vores nye"). */
    private static final WordSet COPULAS = WordSet.of("er", "is", "are", "bliver", "becomes", "ist", "sind");
    private static final WordSet OURS_THE = WordSet.of("vores", "de", "den", "det", "our", "the", "unsere", "unser",
            "die", "das");
    private static final Phrases COVERT = new Phrases(COVERT_PHRASES);
    private static final Phrases OVERDUE = new Phrases(OVERDUE_PHRASES);
    private static final Phrases QUIET = new Phrases(QUIET_PHRASES);

    private static final Phrases INVOICE = new Phrases(INVOICE_PHRASES);
    private static final Phrases PRESSURE = new Phrases(PRESSURE_PHRASES);
    private static final Phrases PAYMENT = new Phrases(PAYMENT_PHRASES);
    private static final Phrases BANK = new Phrases(BANK_PHRASES);
    // "Regninger for ruten skal derfor betales direkte til os", "please pay us directly": payments diverted from
    // whoever was paid so far (the "we have taken over as subcontractor" and factoring frauds)
    // A receipt, not a demand: the money was taken by card or direct debit (Betalingsservice), or has arrived. A
    // SaaS or telecom bill's "View invoice" button then leads to a copy of a settled bill, not to a payment page.
    private static final Phrases SETTLED = new Phrases(new String[][] {
        {"trukket", "på", "dit", "kort"}, {"trukket", "på", "jeres", "kort"}, {"trukket", "på", "kortet"},
        {"trukket", "fra", "dit", "kort"}, {"trukket", "fra", "kortet"}, {"betalt", "med", "kort"},
        {"betalt", "med", "dit", "kort"}, {"betalt", "med", "kreditkort"}, {"betalt", "med", "betalingskort"},
        {"trækkes", "automatisk"}, {"trækkes", "via", "betalingsservice"}, {"betales", "via", "betalingsservice"},
        {"trækkes", "over", "betalingsservice"}, {"tilmeldt", "betalingsservice"},
        {"tak", "for", "din", "betaling"}, {"tak", "for", "jeres", "betaling"}, {"tak", "for", "betalingen"},
        {"betalingen", "er", "modtaget"}, {"vi", "har", "modtaget", "din", "betaling"},
        {"vi", "har", "modtaget", "jeres", "betaling"}, {"kvittering", "for", "din", "betaling"},
        {"kvittering", "for", "betaling"}, {"du", "skal", "ikke", "foretage", "dig", "noget"},
        {"i", "skal", "ikke", "foretage", "jer", "noget"},
        {"charged", "to", "your"}, {"automatically", "charged"}, {"thank", "you", "for", "your", "payment"},
        {"payment", "received"}, {"we", "received", "your", "payment"}, {"payment", "was", "successful"},
        {"payment", "successful"}, {"receipt", "for", "your", "payment"}, {"no", "action", "is", "required"},
        {"no", "action", "required"}, {"no", "action", "needed"}});
    private static final Phrases DIRECT_TO_US = new Phrases(new String[][] {{"direkte", "til", "os"},
        {"directly", "to", "us"}, {"pay", "us", "directly"}, {"direkt", "an", "uns"}});

    private Vocabulary() {
    }

    /** Scans at most {@code maxChars} characters of {@code text}. */
    static Hits scan(CharSequence text, int maxChars) {
        Hits hits = new Hits();
        if (text == null) {
            return hits;
        }
        return new Scan(text, maxChars, hits).run();
    }

    /**
     * One run of {@link #scan}: its positions and words as fields, and the rules for each token in a few methods
     * rather than one. HotSpot compiles no method of more than 8 000 bytes of bytecode and its first compiler gave
     * up on the single loop at about 7 850 ("out of virtual registers"), so long texts ran interpreted: 5.8 MB of
     * text attachments took seconds. Split, every part is compiled; the rules and their order are unchanged.
     */
    private static final class Scan {
        private final Hits hits;
        private BitSet afterAt;
        private BitSet sentenceStart;
        private BitSet commaStart;
        private BitSet afterDot;
        private BitSet afterHyphen;
        private List<String> tokens;
        private int lastChange;
        private int lastClosable;
        private int lastClosed;
        private int lastBank;
        private int lastAccountWordAt;
        private String lastChangeWord;
        private int lastNew;
        private int lastSubject;
        private String lastSubjectWord;
        private int lastCopula;
        private int lastThisTime;
        private int lastMoneyNoun;
        private int lastOld;
        private int reportedUntil;
        private int lastNotAs;
        private String lastNewWord;
        private String lastBankWord;
        private int lastSecret;
        private int lastTransfer;
        private String lastSecretWord;
        private String lastTransferWord;
        private String quiet;
        private int lastFuture;
        private String lastFutureWord;
        private int lastFromNow;
        private String lastFromNowWord;
        private int lastDenial;
        private String lastDenialWords;
        private int lastCall;
        private int lastCancel;
        private int lastRefund;
        private int[] wordAt;
        private int lastPay;
        private int lastAmount;
        private int lastAmountTo;
        private int lastAccount;
        private String lastAccountWord;
        private int lastPossessive;
        private String lastAmountWord;
        private int word;
        private int lastBedes;
        private int lastPassive;
        private String lastPassiveWord;
        private int passiveAccount;
        private String passiveWords;
        private String lastPayWord;
        private int lastGiftCard;
        private int lastQr;
        private int lastQrPay;
        private int lastMoneyAt;
        private String lastMoneyWords;
        private String lastQrPayWord;
        private String lastGiftCardWord;
        private int lastYearly;
        private int lastTerm;
        private String lastTermWords;
        private int lastAct;
        private int lastVerb;
        private String lastActWord;
        private String lastVerbWord;
        private int lastRenewal;
        private int lastNever;
        private int lastSignIn;
        private int lastSupply;
        private int lastStaffAccounts;
        private List<String> recentDomains;
        private List<Integer> recentAt;
        private String t;
        private String fromNow;
        private boolean codeWord;
        private boolean scannedCode;
        private boolean scanAndPay;
        private boolean moneyIn;
        private boolean moneyBack;
        private boolean moneyOn;
        private boolean signIn;
        private boolean staffAccounts;
        private boolean secret;
        private String p;
        private String ph;
        private int reported;
        private boolean change;
        private String bank;
        private String direct;
        private int i;

        Scan(CharSequence text, int maxChars, Hits hits) {
            this.hits = hits;
            afterAt = new BitSet();
            sentenceStart = new BitSet();
            commaStart = new BitSet();
            afterDot = new BitSet();
            afterHyphen = new BitSet();
            tokens = tokenize(text, maxChars, afterAt, sentenceStart, commaStart, afterDot, afterHyphen);
            lastChange = Integer.MIN_VALUE / 2;
            lastClosable = Integer.MIN_VALUE / 2;
            lastClosed = Integer.MIN_VALUE / 2;
            lastBank = Integer.MIN_VALUE / 2;
            lastAccountWordAt = Integer.MIN_VALUE / 2;
            lastChangeWord = "";
            lastNew = Integer.MIN_VALUE / 2;
            lastSubject = Integer.MIN_VALUE / 2;
            lastSubjectWord = "";
            lastCopula = Integer.MIN_VALUE / 2;
            lastThisTime = Integer.MIN_VALUE / 2;
            lastMoneyNoun = Integer.MIN_VALUE / 2;
            lastOld = Integer.MIN_VALUE / 2;
            reportedUntil = Integer.MIN_VALUE / 2;
            lastNotAs = Integer.MIN_VALUE / 2;
            lastNewWord = "";
            lastBankWord = "";
            lastSecret = Integer.MIN_VALUE / 2;
            lastTransfer = Integer.MIN_VALUE / 2;
            lastSecretWord = "";
            lastTransferWord = "";
            quiet = null;
            lastFuture = Integer.MIN_VALUE / 2;
            lastFutureWord = "";
            lastFromNow = Integer.MIN_VALUE / 2;
            lastFromNowWord = "";
            lastDenial = Integer.MIN_VALUE / 2;
            lastDenialWords = "";
            lastCall = Integer.MIN_VALUE / 2;
            lastCancel = Integer.MIN_VALUE / 2;
            lastRefund = Integer.MIN_VALUE / 2;
            // the callback window counts words: a phone number's digit groups ("+45 78 79 12 60") are not words
            wordAt = new int[tokens.size()];
            lastPay = Integer.MIN_VALUE / 2;
            lastAmount = Integer.MIN_VALUE / 2;
            lastAmountTo = Integer.MIN_VALUE / 2;
            lastAccount = Integer.MIN_VALUE / 2;
            lastAccountWord = "";
            lastPossessive = Integer.MIN_VALUE / 2;
            lastAmountWord = "";
            // the instruction's window counts words, not the amount's pieces ("Indbetal venligst garantibeløbet på
            // 59.211,00 kr. (5 %) til programmets escrow-konto": four number tokens more)
            word = 0;
            lastBedes = Integer.MIN_VALUE / 2;
            lastPassive = Integer.MIN_VALUE / 2;
            lastPassiveWord = "";
            passiveAccount = Integer.MIN_VALUE / 2;
            passiveWords = "";
            lastPayWord = "";
            lastGiftCard = Integer.MIN_VALUE / 2;
            lastQr = Integer.MIN_VALUE / 2;
            lastQrPay = Integer.MIN_VALUE / 2;
            lastMoneyAt = Integer.MIN_VALUE / 2;
            lastMoneyWords = "";
            lastQrPayWord = "";
            lastGiftCardWord = "";
            lastYearly = Integer.MIN_VALUE / 2;
            lastTerm = Integer.MIN_VALUE / 2;
            lastTermWords = "";
            lastAct = Integer.MIN_VALUE / 2;
            lastVerb = Integer.MIN_VALUE / 2;
            lastActWord = "";
            lastVerbWord = "";
            lastRenewal = Integer.MIN_VALUE / 2;
            lastNever = Integer.MIN_VALUE / 2;
            lastSignIn = Integer.MIN_VALUE / 2;
            lastSupply = Integer.MIN_VALUE / 2;
            lastStaffAccounts = Integer.MIN_VALUE / 2;
            recentDomains = new ArrayList<>(4);
            recentAt = new ArrayList<>(4);
        }

        Hits run() {
            for (i = 0; i < tokens.size(); i++) {
                rules1();
                rules2();
                rules3();
                rules4();
                rules5();
                rules6();
            }
            if (quiet != null && lastTransfer >= 0) {
                hits.confidential.add(quiet);
            }
            hits.mailboxExcuse = mailboxExcuse(tokens);
            return hits;
        }

        private void rules1() {
                if (!isNumber(tokens.get(i))) {
                    word++;
                }
                wordAt[i] = word;
                t = tokens.get(i);
                if (FUTURE_WORDS.contains(t)) {
                    lastFuture = i;
                    lastFutureWord = t;
                    if (FROM_NOW_ON.contains(t)) {
                        lastFromNow = i;
                        lastFromNowWord = t;
                    }
                } else if ((fromNow = phraseAt(tokens, i, FROM_NOW_ON_PHRASES)) != null) {
                    // "fra nu af", "from now on", "going forward", "henceforth": counted from the phrase's last word
                    lastFromNow = i + fromNow.split(" ").length - 1;
                    lastFromNowWord = fromNow;
                } else if (PAYMENTS_WORDS.contains(t) && i - lastFuture <= 2) {
                    hits.bankChange.add(lastFutureWord + " " + t);
                } else if (OTHERS_POSSESSIVE.contains(t)) {
                    // "fremover til jeres NemKonto": money coming to us, no change of the sender's account
                    lastFromNow = Integer.MIN_VALUE / 2;
                } else if (ACCOUNT_TARGETS.contains(t) && i - lastFromNow <= FUTURE_ACCOUNT_WINDOW) {
                    // "Min løn skal fremover til min tyske konto IBAN …", "fremadrettet bedes I bruge konto …": where
                    // the money goes from now on, in words that name neither "new" nor "bank"
                    hits.bankChange.add(lastFromNowWord + " … " + t);
                }
                if (YEARLY_WORDS.contains(t) || (YEAR_WORDS.contains(t) && i > 0 && PER_WORDS.contains(tokens.get(i - 1)))) {
                    if (i - lastTerm <= TERM_WINDOW) {
                        hits.offer.add(lastTermWords + " … " + t);
                    }
                    lastYearly = i;
                } else if (YEAR_WORDS.contains(t) && i > 0 && TERM_NUMBERS.contains(tokens.get(i - 1))) {
                    lastTerm = i;
                    lastTermWords = tokens.get(i - 1) + " " + t;
                    if (i - lastYearly <= TERM_WINDOW) {
                        hits.offer.add(lastTermWords);
                    }
                    if (i - lastVerb <= OFFER_WINDOW) {
                        // "Ved underskrift bestilles 3 års opslag": what signing orders is years of something, whatever
                        // the form calls it
                        hits.offer.add(lastVerbWord + " … " + lastTermWords);
                    }
                }
                if ((t.equals("nemkonto") || t.equals("nemkontoen")) && hits.bankChange.size() < 4
                        && (nemKontoNegated(tokens, i)
                                || (i > 1 && tokens.get(i - 1).equals("om") && tokens.get(i - 2).equals("uden")))) {
                    // "da NemKonto ikke er oprettet endnu", "uden om NemKonto": public bodies pay businesses and
                    // citizens to their NemKonto (lov om offentlige betalinger); an account instead of it is the change
                    hits.bankChange.add("nemkonto … " + (nemKontoNegated(tokens, i) ? "ikke" : "uden om"));
                }
                if (prefixOf(t, CANCEL_STEMS) != null || declinedRenewal(tokens, i)) {
                    lastCancel = i;
                    if (word - wordsAt(wordAt, lastCall) <= CALLBACK_WINDOW && hits.cancelCall.size() < 2) {
                        // the other order: "ring på 78 74 10 56 inden 24 timer, hvis fornyelsen skal stoppes"
                        hits.cancelCall.add(tokens.get(lastCall) + " … " + t);
                    }
                }
                if (!hits.renewed && prefixOf(t, RENEWED_STEMS) != null) {
                    hits.renewed = true;
                }
                if (DENIED_WORDS.contains(t) && i > 0 && (DENIAL_WORDS.contains(tokens.get(i - 1))
                        || (i > 1 && DENIAL_WORDS.contains(tokens.get(i - 2)))
                        // "Kender I ikke noget til bestillingen": "noget til" between
                        || (i > 3 && tokens.get(i - 3).equals("ikke") && tokens.get(i - 2).equals("noget"))
                        || knowsNothingOf(tokens, i))) {
                    lastDenial = i;
                    lastDenialWords = tokens.get(i - 1) + " " + t;
                } else if (orderInError(tokens, i)) {
                    // "Er bestillingen sket ved en fejl, kan den kun trækkes tilbage ved at ringe …", "if this order was
                    // placed by mistake, call …": the same denial put as a question
                    lastDenial = i;
                    lastDenialWords = i < 2 ? t : tokens.get(i - 2) + " " + tokens.get(i - 1) + " " + t;
                } else if ((CALL_WORDS.contains(t) || endsWithAny(t, LINE_ENDINGS)) && phoneAfter(tokens, i + 1)) {
                    if (word - wordsAt(wordAt, lastCancel) <= CALLBACK_WINDOW && hits.cancelCall.size() < 2) {
                        hits.cancelCall.add(tokens.get(lastCancel) + " … " + t);
                    }
                    if (word - wordsAt(wordAt, lastDenial) <= CALLBACK_WINDOW) {
                        hits.callback.add(lastDenialWords + " … " + t);
                    } else if (word - wordsAt(wordAt, lastRefund) <= CALLBACK_WINDOW) {
                        hits.callback.add(tokens.get(lastRefund) + " … " + t);
                    }
                    lastCall = i;
                } else if (REFUND_WORDS.contains(t) || ((t.equals("retur") || t.equals("tilbage") || t.equals("back"))
                        && i > 0 && MONEY_WORDS.contains(tokens.get(i - 1)))) {
                    if (word - wordsAt(wordAt, lastCall) <= CALLBACK_WINDOW) {
                        hits.callback.add(tokens.get(lastCall) + " … " + t);
                    }
                    lastRefund = i;
                }
                codeWord = t.equals("koden") || t.equals("kode") || t.equals("code");
        }

        private void rules2() {
                // "Betal 750 kr. med koden herunder": the code below the text is the picture, scanned or not
                scannedCode = codeWord && ((i > 0 && (SCAN_WORDS.contains(tokens.get(i - 1))
                        || (i > 1 && SCAN_WORDS.contains(tokens.get(i - 2)))))
                        || (i + 1 < tokens.size() && CODE_BELOW.contains(tokens.get(i + 1)))
                        || (i > 0 && CODE_BELOW.contains(tokens.get(i - 1)))
                        // "Betal kontrolafgiften på 750 kr. via koden inden 5 dage": paid through the code itself
                        || (i > 0 && CODE_MEANS.contains(tokens.get(i - 1))));
                // "Scan og betal bøden på 750 kr.", "scan and pay": what is scanned to pay is the code
                scanAndPay = SCAN_WORDS.contains(t) && i + 2 < tokens.size()
                        && (tokens.get(i + 1).equals("og") || tokens.get(i + 1).equals("and"))
                        && QR_PAY_WORDS.contains(tokens.get(i + 2));
                if (t.equals("qr") || t.equals("qrkode") || t.equals("qrkoden") || t.equals("qrcode") || scannedCode
                        || cameraAimed(tokens, i) || scanAndPay) {
                    if (i - lastQrPay <= QR_WINDOW && hits.qr.size() < 2) {
                        hits.qr.add(lastQrPayWord + " … " + t);
                    } else if (i - lastMoneyAt <= QR_MONEY_WINDOW && hits.qr.size() < 2) {
                        // "Afgiften er 795 kr. Scan QR-koden for at fortsætte": the sum is named, where it goes is not
                        hits.qr.add(lastMoneyWords + " … " + t);
                    }
                    lastQr = i;
                } else if (QR_PAY_WORDS.contains(t)) {
                    if (i - lastQr <= QR_WINDOW && hits.qr.size() < 2) {
                        hits.qr.add("qr … " + t);
                    }
                    lastQrPay = i;
                    lastQrPayWord = t;
                }
                if (GIFT_CARD_WORDS.contains(t) || giftCardCompound(t) || (t.equals("gift") && i + 1 < tokens.size()
                        && tokens.get(i + 1).startsWith("card"))) {
                    lastGiftCard = i;
                    lastGiftCardWord = t;
                } else if (CODE_WORDS.contains(t) && i - lastGiftCard <= GIFT_CARD_WINDOW && hits.covert.size() < 4) {
                    // the codes are the money: a transfer nobody can trace or call back
                    hits.covert.add(lastGiftCardWord + " … " + t);
                    hits.confidential.add(lastGiftCardWord + " … " + t);
                }
                if (hits.tax == null) {
                    if (TAX_WORDS.contains(t) || t.startsWith("moms") || t.startsWith("cvr")) {
                        hits.tax = t;
                    } else {
                        String tp = phraseAt(tokens, i, TAXES);
                        if (tp != null) {
                            hits.tax = tp;
                        }
                    }
                }
                if (hits.shortTerm == null) {
                    hits.shortTerm = shortTermAt(tokens, i);
                }
                if (hits.hoursTerm == null) {
                    int unit = termUnitAt(tokens, i);
                    if (unit >= 0 && HOUR_WORDS.contains(tokens.get(unit))) {
                        hits.hoursTerm = t + " " + tokens.get(unit - 1) + " " + tokens.get(unit);
                    } else {
                        hits.hoursTerm = clockTodayAt(tokens, i);
                        if (hits.hoursTerm == null) {
                            hits.hoursTerm = dayTermAt(tokens, i);
                        }
                    }
                }
                if (hits.phoneOrder == null && SPOKEN_WORDS.contains(t)) {
                    for (int k = Math.max(0, i - SPOKEN_ORDER_WINDOW); k <= Math.min(tokens.size() - 1, i + SPOKEN_ORDER_WINDOW); k++) {
                        if (ORDERED_WORDS.contains(tokens.get(k)) && !negatedBefore(tokens, Math.min(i, k))) {
                            hits.phoneOrder = k < i ? tokens.get(k) + " … " + t : t + " … " + tokens.get(k);
                            break;
                        }
                    }
                }
                if (hits.phoneOrder == null) {
                    hits.phoneOrder = phraseAt(tokens, i, AFTER_YOUR_CALL);
                }
                if (hits.phoneOrder == null) {
                    hits.phoneOrder = askedByYourPeople(tokens, i);
                }
                if (hits.phoneOrder == null) {
                    String instructed = phraseAt(tokens, i, INSTRUCTED_BY);
                    int after = instructed == null ? -1 : i + instructed.split(" ").length;
                    if (instructed != null && after < tokens.size()
                            && (YOUR_WORDS.contains(tokens.get(after)) || instructed.endsWith("ihres")
                                    || instructed.endsWith("ihrer"))) {
                        hits.phoneOrder = instructed + (YOUR_WORDS.contains(tokens.get(after)) ? " " + tokens.get(after) : "");
                    }
                }
                if (hits.prepayment == null) {
                    hits.prepayment = PREPAYMENT_WORDS.contains(t) ? t : phraseAt(tokens, i, PREPAYMENT);
                    if (hits.prepayment == null && RELEASE_WORDS.contains(t)) {
                        hits.prepayment = releasedWhenPaid(tokens, i);
                        if (hits.prepayment == null) {
                            hits.prepayment = releasedUnlessPaid(tokens, i);
                        }
                    }
                    if (hits.prepayment == null && FORFEIT_WORDS.contains(t)) {
                        hits.prepayment = releasedUnlessPaid(tokens, i);
                    }
                    if (hits.prepayment == null && START_WORDS.contains(t)) {
                        hits.prepayment = paidToStart(tokens, i);
                    }
                    if (hits.prepayment == null && BOOKING_CONFIRMED.contains(t)) {
                        hits.prepayment = confirmedWhenPaid(tokens, i);
                    }
                    if (hits.prepayment == null && word - lastPay <= PREPAID_WINDOW && (t.equals("forud")
                            || (t.equals("advance") && i > 0 && tokens.get(i - 1).equals("in")))) {
                        // "som bekræftelse betales halvdelen, 21.000 kr., forud", "pay half of the price in advance": the
                        // share and the amount between the verb and "forud"
                        hits.prepayment = lastPayWord + " … " + (t.equals("forud") ? t : "in advance");
                    }
                }
        }

        private void rules3() {
                if (hits.collecting == null) {
                    hits.collecting = prefixOf(t, COLLECTING_PREFIXES) != null ? t : phraseAt(tokens, i, COLLECTING);
                }
                if (hits.salary == null && SALARY_WORDS.contains(t)) {
                    hits.salary = t;
                }
                if (hits.expiry == null && prefixOf(t, EXPIRY_STEMS) != null) {
                    hits.expiry = expiryAt(tokens, i);
                }
                if (t.equals("bedes")) {
                    lastBedes = i;
                }
                if (DANISH_PAID.contains(t) && auxiliaryBefore(tokens, i, DANISH_BE)) {
                    lastPassive = word;
                    lastPassiveWord = t;
                } else if (ACCOUNT_TARGETS.contains(t) && word - lastPassive <= INSTRUCTION_WINDOW) {
                    passiveAccount = word;
                    passiveWords = lastPassiveWord + " … " + t;
                    lastPassive = Integer.MIN_VALUE / 2;
                } else if ((termUnitAt(tokens, i) >= 0 || weekdayTermAt(tokens, i)) && word - passiveAccount <= DEADLINE_WINDOW
                        && hits.instruction.size() < 4) {
                    hits.instruction.add(passiveWords + " … " + t);
                    passiveAccount = Integer.MIN_VALUE / 2;
                }
                if (MONEY_WORDS.contains(t)) {
                    lastMoneyNoun = i;
                }
                // "skal pengene denne gang ind på Reg.nr. …": the money goes "in" on an account, a payment order
                moneyIn = t.equals("ind") && i - lastMoneyNoun <= 5 && i + 1 < tokens.size()
                        && AMOUNT_TO_WORDS.contains(tokens.get(i + 1));
                // "sende beløbet retur til IBAN …", "send the money back to …": the money goes back on an account, the
                // overpayment fraud's refund
                moneyBack = BACK_WORDS.contains(t) && i - lastMoneyNoun <= 2 && i + 1 < tokens.size()
                        && AMOUNT_TO_WORDS.contains(tokens.get(i + 1));
                // "når beløbet står på IBAN …", "18.400 kr. (halvdelen) står på IBAN …": the money (or the sum just
                // named) put on an account, a payment order without a pay verb
                moneyOn = (i - lastMoneyNoun <= 2 || i - lastMoneyAt <= 3) && arrivedOnAccount(tokens, i);
                if (PAY_VERBS.contains(t) || moneyIn || moneyBack || moneyOn
                        || (PAID_WORDS.contains(t) && i - lastBedes <= BEDES_WINDOW)
                        || (PAYMENT_NOUNS.contains(t) && demandBefore(tokens, i))
                        || (ENGLISH_PAID.contains(t) && beBefore(tokens, i))) {
                    lastPay = word;
                    lastPayWord = t;
                } else if (OTHERS_POSSESSIVE.contains(t)) {
                    lastPay = Integer.MIN_VALUE / 2;
                    lastPassive = Integer.MIN_VALUE / 2;
                    lastAmountTo = Integer.MIN_VALUE / 2;
                    lastPossessive = word;
                } else if (ACCOUNT_TARGETS.contains(t) && word - lastPay <= INSTRUCTION_WINDOW && hits.instruction.size() < 4) {
                    hits.instruction.add(lastPayWord + " … " + t);
                } else if (ACCOUNT_TARGETS.contains(t) && word - lastAmountTo <= AMOUNT_TO_WINDOW && hits.instruction.size() < 4) {
                    hits.instruction.add(lastAmountWord + " … til … " + t);
                } else if (ACCOUNT_TARGETS.contains(t) && word - lastPossessive > 2) {
                    lastAccount = word;
                    lastAccountWord = t;
                }
                // "Modpartens advokat skal have 162.000 kr. i dag til IBAN …": an amount sent to an account is an
                // order to pay, whatever the verb ("skal have", "mangler", "needs")
                // "148.000 kr." and, in English and on international invoices, "EUR 3,950.00"
                if (CURRENCY_WORDS.contains(t) && ((i > 0 && isNumber(tokens.get(i - 1)))
                        || (i + 1 < tokens.size() && isNumber(tokens.get(i + 1))))) {
                    if (i - lastQr <= QR_MONEY_WINDOW && hits.qr.size() < 2) {
                        hits.qr.add("qr … " + t);
                    }
                    lastMoneyAt = i;
                    lastMoneyWords = (i > 0 && isNumber(tokens.get(i - 1)) ? tokens.get(i - 1) + " " : "") + t;
                    lastAmount = word;
                    lastAmountWord = t;
                    // the order the other way round: "Kontoen er IBAN GB62 …, beløb 148.000 kr." (the voice-message
                    // CEO fraud's line); an account right after "jeres/your" is ours and was not recorded above
                    if (word - lastAccount <= ACCOUNT_AMOUNT_WINDOW && hits.instruction.size() < 4) {
                        hits.instruction.add(lastAccountWord + " … " + t);
                        lastAccount = Integer.MIN_VALUE / 2;
                    }
                } else if (AMOUNT_TO_WORDS.contains(t) && word - lastAmount <= 3) {
                    lastAmountTo = word;
                } else if ((AMOUNT_FILLERS.contains(t) || WEEKDAYS.contains(t)) && word - lastAmount <= 3) {
                    lastAmount = word;
                }
                // The Danish VAT number is "DK" + the CVR number ("Momsnr. DK36874977", "VAT no. DK 3687 4977"): the
                // same business a clerk can look up.
                if (hits.registration == null && (t.startsWith("cvr") || t.startsWith("momsn") || t.startsWith("momsreg")
                        || t.equals("vat") || (t.equals("se") && i + 1 < tokens.size() && tokens.get(i + 1).equals("nr")))) {
                    hits.registration = registrationAfter(tokens, i + 1);
                }
        }

        private void rules4() {
                if (OFFER_ACTS.contains(t)) {
                    lastAct = i;
                    lastActWord = t;
                } else if (OFFER_VERBS.contains(t) && i - lastAct <= OFFER_WINDOW) {
                    lastVerb = i;
                    lastVerbWord = lastActWord + " … " + t;
                } else if (OFFER_OBJECTS.contains(t) && i - lastVerb <= OFFER_WINDOW) {
                    hits.offer.add(lastVerbWord + " … " + t);
                }
                if (DANISH_FUNCTION_WORDS.contains(t)) {
                    hits.danishWords++;
                } else if (ENGLISH_FUNCTION_WORDS.contains(t)) {
                    hits.englishWords++;
                }
                if (SECRECY_WORDS.contains(t)) {
                    if (i - lastTransfer <= SECRECY_WINDOW) {
                        hits.confidential.add(lastTransferWord + " … " + t);
                    }
                    lastSecret = i;
                    lastSecretWord = t;
                }
                if (TRANSFER_WORDS.contains(t) || prefixOf(t, TRANSFER_PREFIXES) != null) {
                    if (i - lastSecret <= SECRECY_WINDOW) {
                        hits.confidential.add(lastSecretWord + " … " + t);
                    }
                    lastTransfer = i;
                    lastTransferWord = t;
                }
                signIn = signIn(tokens, i);
                if (NEVER_WORDS.contains(t)) {
                    lastNever = i;
                } else if ((SUPPLY_WORDS.contains(t) && !(i + 1 < tokens.size() && TO_READER.contains(tokens.get(i + 1))))
                        || signIn || readerConfirmed(tokens, i)) {
                    lastSupply = i;
                    if (signIn) {
                        lastSignIn = i;
                    }
                }
                // "bekræftet bankoplysningerne for vikarerne … Udfyld skemaet": the staff's accounts are the payroll
                // diversion's secret, asked for like a password
                staffAccounts = prefixOf(t, BANK_PREFIXES) != null && i + 4 < tokens.size()
                        && tokens.subList(i + 1, i + 4).stream().anyMatch(EMPLOYEE_WORDS::contains);
                if (staffAccounts && i - lastSupply > CREDENTIAL_WINDOW) {
                    lastStaffAccounts = i;
                }
                if (SUPPLY_WORDS.contains(t) && i - lastStaffAccounts <= CREDENTIAL_WINDOW && hits.credential.size() < 2) {
                    hits.credential.add(tokens.get(lastStaffAccounts) + " … " + t);
                    lastStaffAccounts = Integer.MIN_VALUE / 2;
                }
                secret = SECRET_WORDS.contains(t) || staffAccounts || ((USER_NAME_WORDS.contains(t) || LOGIN_CODE_WORDS.contains(t))
                        && i > 0 && LOGIN_SERVICES.contains(tokens.get(i - 1))) || providerAccount(tokens, i)
                        || (WORK_MAILBOX.contains(t) && i - lastSignIn <= 4) || identityToOpen(tokens, i);
                if (secret && i - lastSupply <= CREDENTIAL_WINDOW && i - lastNever > CREDENTIAL_WINDOW
                        && hits.credential.size() < 2) {
                    hits.credential.add(tokens.get(lastSupply) + " … " + (SECRET_WORDS.contains(t) ? ""
                            : tokens.get(i - 1) + " ") + t);
                }
                if (quiet == null) {
                    quiet = phraseAt(tokens, i, QUIET);
                    if (quiet != null) {
                        hits.covert.add(quiet);
                    }
                }
                if (hits.covert.size() < 4) {
                    String opener = phraseAt(tokens, i, COVERT);
                    if (opener != null) {
                        hits.covert.add(opener);
                    } else if (SECRECY_WORDS.contains(t) && ((i > 0 && KEEP_WORDS.contains(tokens.get(i - 1)))
                            || (i > 1 && KEEP_WORDS.contains(tokens.get(i - 2))))) {
                        hits.covert.add(tokens.get(i - 1) + " " + t);
                    }
                }
                for (String stem : RENEWAL_STEMS) {
                    if (t.contains(stem)) {
                        if (hits.renewal.size() < 4) {
                            hits.renewal.add(t);
                        }
                        lastRenewal = i;
                        for (int k = 0; k < recentDomains.size(); k++) {
                            if (i - recentAt.get(k) <= RENEWAL_WINDOW && hits.renewedDomains.size() < MAX_DOMAINS) {
                                hits.renewedDomains.add(recentDomains.get(k));
                            }
                        }
                        break;
                    }
                }
        }

        private void rules5() {
                // A domain as written, dot and hyphens included: "egedal-by.dk" is one name, not "by" and "dk" (the
                // words "Egedal de …" or "betal nu" are no domain). A mail address's domain ("efaktura@horsens.dk",
                // "regning@dns-eksempel.net") is where to write, not what is sold.
                // The hyphenated parts are joined only before a top-level domain: this runs for every word of every text.
                if (i + 1 < tokens.size() && afterDot.get(i + 1) && TLDS.contains(tokens.get(i + 1))) {
                    int first = i;
                    while (first > 0 && i - first < 3 && afterHyphen.get(first)) {
                        first--;
                    }
                    String name = first == i ? t : String.join("-", tokens.subList(first, i + 1));
                    if (name.length() >= 3 && Character.isLetter(name.charAt(0)) && !afterAt.get(first)) {
                        String domain = name + "." + tokens.get(i + 1);
                        if (i - lastRenewal <= RENEWAL_WINDOW && hits.renewedDomains.size() < MAX_DOMAINS) {
                            hits.renewedDomains.add(domain);
                        }
                        // only the last few: a renewal word looks back RENEWAL_WINDOW tokens
                        if (recentDomains.size() == 4) {
                            recentDomains.remove(0);
                            recentAt.remove(0);
                        }
                        recentDomains.add(domain);
                        recentAt.add(i);
                    }
                }
                if (hits.warning.size() < 4 && (prefixOf(t, WARNING_PREFIXES) != null || WARNING_WORDS.contains(t))) {
                    hits.warning.add(t);
                }
                p = prefixOf(t, INVOICE_PREFIXES);
                if (p != null || (INVOICE_WORDS.contains(t) && !WEAK_INVOICE_WORDS.contains(t))) {
                    hits.invoice.add(t);
                }
                ph = phraseAt(tokens, i, INVOICE);
                if (ph != null) {
                    hits.invoice.add(ph);
                }
                if (hits.overdue.size() < 4) {
                    String late = prefixOf(t, OVERDUE_PREFIXES) != null ? t : phraseAt(tokens, i, OVERDUE);
                    if (late != null) {
                        hits.overdue.add(late);
                    }
                }
                if (prefixOf(t, PRESSURE_PREFIXES) != null) {
                    hits.pressure.add(t);
                }
                ph = phraseAt(tokens, i, PRESSURE);
                if (ph != null) {
                    hits.pressure.add(ph);
                }
                if (prefixOf(t, PAYMENT_PREFIXES) != null || PAYMENT_WORDS.contains(t)) {
                    hits.payment.add(t);
                }
                ph = phraseAt(tokens, i, PAYMENT);
                if (ph != null) {
                    hits.payment.add(ph);
                }
                // "Ingen ændringer i betalingsoplysninger", "bank details have not changed": a supplier saying that
                // nothing changes is the opposite of a bank change
                reported = reportedMessage(tokens, i);
                if (reported >= 0) {
                    reportedUntil = reported + REPORTED_WINDOW;
                }
                if (sentenceStart.get(i) || commaStart.get(i)) {
                    reportedUntil = Math.max(reportedUntil, askedOfReader(tokens, i, sentenceStart));
                }
                // "Vi ændrer aldrig vores bankoplysninger", "vi skifter ikke kontonummer": Danish puts the negation
                // after the verb
                change = (CHANGE_WORDS.contains(t) || REPLACE_WORDS.contains(t) || prefixOf(t, CHANGE_PREFIXES) != null)
                        && !negatedBefore(tokens, i) && !notAChange(tokens, i) && i > reportedUntil
                        && !(i + 1 < tokens.size() && NEGATIONS.contains(tokens.get(i + 1)) && !NEW_WORDS.contains(t)
                                && !OTHER_WORDS.contains(t));
                if (change && CHANGE_NOUNS.contains(t) && i - Math.max(lastClosable, lastBank) <= NOTED_WINDOW
                        && noted(tokens, i) && hits.bankChange.size() < 4
                        && !(i + 1 < tokens.size() && PREPOSITIONS.contains(tokens.get(i + 1)))) {
                    hits.bankChange.add(tokens.get(Math.max(lastClosable, lastBank)) + " … " + t);
                }
                if (i > 1 && BEFORE_WORDS.contains(t) && AS_WORDS.contains(tokens.get(i - 1))
                        && NEGATIONS.contains(tokens.get(i - 2))) {
                    lastNotAs = i;
                } else if ((CLOSED_ACCOUNTS.contains(t) || prefixOf(t, BANK_PREFIXES) != null) && i - lastNotAs <= 5
                        && hits.bankChange.size() < 4) {
                    hits.bankChange.add(tokens.get(lastNotAs - 2) + " " + tokens.get(lastNotAs - 1) + " "
                            + tokens.get(lastNotAs) + " … " + t);
                    lastNotAs = Integer.MIN_VALUE / 2;
                }
                if (t.startsWith("bankskift") || t.startsWith("kontoskift") || t.startsWith("kontoændring")
                        || t.startsWith("kontoaendring") || t.startsWith("bankændring") || t.startsWith("bankaendring")
                        || t.startsWith("kontoänderung") || t.startsWith("kontoaenderung") || t.startsWith("bankwechsel")
                        || t.startsWith("kontowechsel")) {
                    // Danish compounds: "bankskifte", "kontoskift", "kontoændring" are the change itself
                    hits.bankChange.add(t);
                }
                if (OLD_WORDS.contains(t)) {
                    lastOld = i;
                }
                if (CLOSED_ACCOUNTS.contains(t) && i - lastOld <= 2) {
                    // "den gamle konto tager ikke imod mere", "our old account": an account being left, so another
                    hits.bankChange.add(tokens.get(lastOld) + " " + t);
                }
        }

        private void rules6() {
                if (CLOSED_ACCOUNTS.contains(t)) {
                    if (i - lastClosed <= CLOSED_WINDOW) {
                        // "Jeg har lukket min konto i Lån & Spar", "we have closed our account": the word order the
                        // other way round
                        hits.bankChange.add(tokens.get(lastClosed) + " … " + t);
                        hits.closing.add(tokens.get(lastClosed) + " … " + t);
                    }
                    lastClosable = i;
                } else if ((CLOSED_WORDS.contains(t) && !negatedBefore(tokens, i)) || cannotReceive(tokens, i)) {
                    if (i - lastClosable <= CLOSED_WINDOW) {
                        hits.bankChange.add(tokens.get(lastClosable) + " … " + t);
                        hits.closing.add(tokens.get(lastClosable) + " … " + t);
                    }
                    lastClosed = i;
                } else if ((noLonger(tokens, i) && i - lastClosable <= CLOSED_WINDOW + 2)
                        || (WRONG_WORDS.contains(t) && i - Math.max(lastClosable, lastBank) <= CLOSED_WINDOW)) {
                    // only after the account ("den konto, der står på fakturaen, kan ikke længere bruges"): "vi tager
                    // ikke længere imod checks; betal til konto …" gives up a way to pay, not an account
                    String account = lastBank > lastClosable ? lastBankWord : tokens.get(lastClosable);
                    hits.bankChange.add(account + " … " + (WRONG_WORDS.contains(t) ? "" : tokens.get(i - 1) + " ") + t);
                }
                if (t.equals("bank") && i - lastChange <= 2 && !unchangedAfter(tokens, i)) {
                    // "vi har skiftet bank", "new bank", "changed our bank": the bank itself changed ("nyt
                    // telefonnummer - bank og kontonummer er uændrede" names the bank only to say it stays)
                    hits.bankChange.add(lastChangeWord + " " + t);
                }
                bank = prefixOf(t, BANK_PREFIXES) != null ? t : phraseAt(tokens, i, BANK);
                if ((t.equals("bank") || t.equals("banken")) && bank == null && hits.unchanged.size() < 2
                        && changeDeniedBefore(tokens, i)) {
                    hits.unchanged.add(t); // "vi har ikke skiftet bank"
                }
                if (bank != null || ACCOUNT_WORDS.contains(t)) {
                    if (hits.unchanged.size() < 2 && (unchangedAfter(tokens, i) || stillBefore(tokens, i)
                            || changeDeniedBefore(tokens, i))) {
                        hits.unchanged.add(t);
                    }
                    lastAccountWordAt = i;
                } else if (ENDS_WORDS.contains(t) && i - lastAccountWordAt <= 4 && hits.bankChange.size() < 4
                        && endsInOtherDigitsNow(tokens, lastAccountWordAt, i)) {
                    // "vores kontonummer ender nu på 6789", "our account number now ends in 6789": the new account told
                    // by its last digits, the rest left to the PDF or a call
                    hits.bankChange.add(tokens.get(lastAccountWordAt) + " … " + t + " nu");
                }
                if (change && (NEW_WORDS.contains(t) || OTHER_WORDS.contains(t) || REPLACE_WORDS.contains(t))) {
                    lastNew = i;
                    lastNewWord = t;
                } else if (ACCOUNT_WORDS.contains(t) && i - lastNew <= 2 && hits.newAccount.size() < 2) {
                    hits.newAccount.add(lastNewWord + " " + t);
                }
                // "Betalingsoplysningerne i XML'en er de opdaterede", "Kontoen i filen er vores nye": the details as the
                // subject, the change as what they are, a few words after the verb
                if (bank != null || ACCOUNT_WORDS.contains(t)) {
                    lastSubject = i;
                    lastSubjectWord = bank != null ? bank : t;
                } else if (COPULAS.contains(t) && i - lastSubject <= 5) {
                    lastCopula = i;
                } else if (change && i - lastCopula == 2 && OURS_THE.contains(tokens.get(i - 1))
                        && hits.bankChange.size() < 4) {
                    // only "er vores nye", "er de opdaterede", "is our new": a warning's "når kontoen er ny" or a list
                    // post's "fordi kassereren er skiftet" describes, it announces nothing
                    hits.bankChange.add(lastSubjectWord + " … " + tokens.get(lastCopula) + " … " + t);
                    lastCopula = Integer.MIN_VALUE / 2;
                }
                if (hits.settled.size() < 4) {
                    String paid = phraseAt(tokens, i, SETTLED);
                    if (paid != null) {
                        hits.settled.add(paid);
                    }
                }
                direct = phraseAt(tokens, i, DIRECT_TO_US);
                if (direct != null && word - lastPay <= 3 && !negatedBefore(tokens, i) && hits.bankChange.size() < 4) {
                    hits.bankChange.add(lastPayWord + " " + direct);
                }
                // "skal pengene denne gang ind på Reg.nr. …", "this time to account …": this payment, unlike the others
                if (i > 0 && ((t.equals("gang") && tokens.get(i - 1).equals("denne"))
                        || (t.equals("time") && tokens.get(i - 1).equals("this"))
                        || (t.equals("mal") && tokens.get(i - 1).equals("dieses")))) {
                    lastThisTime = i;
                } else if ((bank != null || ACCOUNT_TARGETS.contains(t)) && i - lastThisTime <= 4
                        && hits.bankChange.size() < 4) {
                    hits.bankChange.add(tokens.get(lastThisTime - 1) + " " + tokens.get(lastThisTime) + " … " + t);
                    lastThisTime = Integer.MIN_VALUE / 2;
                }
                if (change) {
                    if (i - lastBank <= WINDOW) {
                        hits.bankChange.add(lastBankWord + " … " + t);
                    }
                    lastChange = i;
                    lastChangeWord = t;
                }
                if (bank != null) {
                    if (i - lastChange <= WINDOW && !unchangedAfter(tokens, i)) {
                        hits.bankChange.add(lastChangeWord + " " + bank);
                    }
                    lastBank = i + (bank.indexOf(' ') < 0 ? 0 : bank.split(" ").length - 1);
                    lastBankWord = bank;
                }
        }
    }

    /**
     * The business e-mail compromise's excuse for writing from a mailbox the reader does not know: the usual one is
     * down ("vores firmamail er nede", "min mail virker ikke", "our e-mail is not working") or this one is private
     * ("jeg skriver fra min private mail", "sending from my personal e-mail"). Null when the text gives none.
     */
    private static String mailboxExcuse(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (PRIVATE_MAILBOXES.contains(t)) {
                return t;
            }
            if (!MAILBOX_WORDS.contains(t)) {
                continue;
            }
            if (i > 0 && PRIVATE_WORDS.contains(tokens.get(i - 1))) {
                return tokens.get(i - 1) + " " + t;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + MAILBOX_DOWN_WINDOW); k++) {
                String d = tokens.get(k);
                if (DOWN_WORDS.contains(d)) {
                    return t + " … " + d;
                }
                if (WORKS_WORDS.contains(d) && k + 1 < tokens.size() && NEGATION_AFTER.contains(tokens.get(k + 1))) {
                    return t + " … " + d + " " + tokens.get(k + 1);
                }
                if (NEGATION_AFTER.contains(d) && k + 1 < tokens.size() && WORKS_WORDS.contains(tokens.get(k + 1))) {
                    return t + " … " + d + " " + tokens.get(k + 1);
                }
            }
        }
        return null;
    }

    /**
     * "Bekræft din identitet for at åbne dokumentet", "verify your identity to view the file", "bekræft din identitet
     * med din Microsoft-arbejdskonto for at åbne den": the document kept behind a login the sender's page asks for.
     * A signing service asks for MitID to sign, never to open.
     */
    private static boolean identityToOpen(List<String> tokens, int i) {
        if (!IDENTITY_WORDS.contains(tokens.get(i))) {
            return false;
        }
        boolean confirm = false;
        for (int k = Math.max(0, i - 3); k < i && !confirm; k++) {
            confirm = CONFIRM_WORDS.contains(tokens.get(k));
        }
        for (int k = i + 1; confirm && k < Math.min(tokens.size() - 1, i + IDENTITY_WINDOW); k++) {
            if (OPEN_WORDS.contains(tokens.get(k)) && (DOCUMENT_WORDS.contains(tokens.get(k + 1))
                    || DOCUMENT_PRONOUNS.contains(tokens.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "log ind", "log in", "sign in", "log på": the verb of a login form. */
    private static boolean signIn(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (t.equals("login") || t.equals("logon") || t.equals("signin")) {
            // "Dokumentet åbnes efter login med kommunens Microsoft-konto": the noun is the same form
            return true;
        }
        if (!t.equals("log") && !t.equals("sign") && !t.equals("logge")) {
            return false;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
        return next.equals("ind") || next.equals("in") || next.equals("on") || next.equals("på") || next.equals("paa");
    }

    /** "Microsoft 365-konto", "your Google account", "Office 365 login": a mailbox provider's account. */
    private static boolean providerAccount(List<String> tokens, int i) {
        if (!PROVIDER_ACCOUNTS.contains(tokens.get(i))) {
            return false;
        }
        for (int k = Math.max(0, i - PROVIDER_WINDOW); k < i; k++) {
            if (ACCOUNT_PROVIDERS.contains(tokens.get(k))) {
                return true;
            }
        }
        // "med sin arbejdskonto hos Microsoft", "your account with Google": the provider named after the account
        return i + 2 < tokens.size() && PROVIDER_AFTER.contains(tokens.get(i + 1))
                && ACCOUNT_PROVIDERS.contains(tokens.get(i + 2));
    }

    /**
     * Change words that say something else: "på stedet" is on site, not "i stedet" (instead: "betal i stedet til
     * …"); "60 nye elev-Chromebooks" counts new goods, a number before "nye" ("2 nye konti" still names accounts).
     */
    private static boolean notAChange(List<String> tokens, int i) {
        String t = tokens.get(i);
        String before = i > 0 ? tokens.get(i - 1) : "";
        if (t.equals("stedet")) {
            return before.equals("på") || before.equals("paa");
        }
        return (NEW_WORDS.contains(t) || t.equals("new")) && isNumber(before)
                && !(i + 1 < tokens.size() && ACCOUNT_WORDS.contains(tokens.get(i + 1)));
    }

    /**
     * "Vi er flyttet til nyt værksted. Bankforbindelse og kontonummer er uændret": the bank details said to stay the
     * same within the next five tokens, whatever changed before them (an address, a name, an owner).
     */
    private static final WordSet UNCHANGED = WordSet.of("uændret", "uændrede", "uaendret", "uaendrede", "uforandret",
            "uforandrede", "samme", "unchanged", "same", "unverändert", "unveraendert", "oförändrat", "uendret",
            // "bank og konto er som altid", "som hidtil", "the usual account"
            "altid", "hidtil", "sædvanlige", "saedvanlige", "usual");

    /**
     * "I skal fortsat betale til kontonr.", "please keep paying IBAN", "zahlen Sie weiterhin auf das Konto": paying
     * on into the same account, within the four tokens before the account word.
     */
    private static final WordSet STILL = WordSet.of("fortsat", "fortsætte", "fortsaette", "stadig", "stadigvæk",
            "stadigvaek", "still", "keep", "continue", "weiterhin", "fortfarande", "fortsatt", "fremdeles");

    /**
     * "Nej, vi har ikke skiftet bank", "we have not changed our bank account": the change denied, a negation
     * within two tokens before a changing verb within the three before the bank or account word. How a supplier
     * answers the clerk who asks whether a bank-change mail was really theirs.
     */
    private static final WordSet CHANGED_VERBS = WordSet.of("skiftet", "skiftede", "ændret", "aendret", "ændrede",
            "aendrede", "byttet", "flyttet", "changed", "switched", "moved", "geändert", "geaendert", "gewechselt",
            "ändrat", "andrat", "bytt", "endret");

    private static boolean changeDeniedBefore(List<String> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (CHANGED_VERBS.contains(tokens.get(k))) {
                for (int n = k - 1; n >= Math.max(0, k - 2); n--) {
                    if (NEGATIONS.contains(tokens.get(n))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean stillBefore(List<String> tokens, int i) {
        for (int k = Math.max(0, i - 4); k < i; k++) {
            if (STILL.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ENDS_WORDS = WordSet.of("ender", "slutter", "ends", "ending", "endet");
    private static final WordSet NOW_WORDS = WordSet.of("nu", "now", "nun", "fremover", "henceforth");

    /**
     * Between the account word at {@code account} and the ending word at {@code i}, or right after it, "nu"/"now",
     * then a number within four tokens, and no word saying it stays ("ender stadig på 3456").
     */
    private static boolean endsInOtherDigitsNow(List<String> tokens, int account, int i) {
        boolean now = false;
        for (int k = account + 1; k < Math.min(tokens.size(), i + 3); k++) {
            String w = tokens.get(k);
            if (STILL.contains(w) || UNCHANGED.contains(w) || NEGATIONS.contains(w)) {
                return false;
            }
            now |= NOW_WORDS.contains(w);
        }
        for (int k = i + 1; now && k < Math.min(tokens.size(), i + 5); k++) {
            if (isNumber(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unchangedAfter(List<String> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
            if (UNCHANGED.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Kender ingen på kontoret noget til denne ordre": nobody (or not) knowing anything of the order, with words
     * between the denial, "noget til" and the order word at {@code i}.
     */
    private static boolean knowsNothingOf(List<String> tokens, int i) {
        for (int k = i - 1; k >= Math.max(1, i - 3); k--) {
            if (tokens.get(k).equals("til")) {
                // "noget til", or a knowing verb before: "Kender ingen hos jer til denne bestilling"
                boolean negated = false;
                boolean knowing = tokens.get(k - 1).equals("noget");
                for (int n = k - 1; n >= Math.max(0, k - 6); n--) {
                    negated |= tokens.get(n).equals("ikke") || tokens.get(n).equals("ingen");
                    knowing |= KNOW_WORDS.contains(tokens.get(n));
                }
                return negated && knowing;
            }
        }
        return false;
    }

    private static final WordSet KNOW_WORDS = WordSet.of("kender", "kende", "ved", "vide", "kendskab");

    /**
     * "vises først, når du har bekræftet din mailadresse og adgangskode": the reader's confirmation as the condition
     * for seeing something is the same request; "vi har bekræftet din bestilling" is the sender's.
     */
    private static boolean readerConfirmed(List<String> tokens, int i) {
        String t = tokens.get(i);
        return ((t.equals("bekræftet") || t.equals("bekraeftet") || t.equals("confirmed")) && i > 1
                && READER_SUBJECTS.contains(tokens.get(i - 2))
                && (tokens.get(i - 1).equals("har") || tokens.get(i - 1).equals("have") || tokens.get(i - 1).equals("has")))
                // "Dokumentet er beskyttet, og du bekræfter din identitet med dit arbejdsbrugernavn og din
                // adgangskode": the reader told what he does next, in the present tense, is asked to do it
                || (READER_PRESENT.contains(t) && i > 0 && READER_SUBJECTS.contains(tokens.get(i - 1)));
    }

    private static final WordSet READER_PRESENT = WordSet.of("bekræfter", "bekraefter", "angiver", "indtaster",
            "oplyser", "udfylder", "verificerer", "confirm", "enter", "verify", "provide");

    // the reader, also in the third person of a "shared document" notice ("når modtageren har bekræftet …")
    private static final WordSet READER_SUBJECTS = WordSet.of("du", "i", "you", "modtageren", "recipient");

    /** A camera word followed by "mod"/"at"/"over" within two tokens: the camera aimed. */
    private static boolean cameraAimed(List<String> tokens, int i) {
        if (!CAMERA_WORDS.contains(tokens.get(i))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 3); k++) {
            if (AIM_WORDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean giftCardCompound(String t) {
        return t.length() >= 11 && endsWithAny(t, GIFT_CARD_ENDINGS);
    }

    private static boolean endsWithAny(String t, String[] endings) {
        for (String e : endings) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A renewal word with a negation just before it: "ønsker I ikke fornyelsen", "do not wish to renew". */
    private static boolean declinedRenewal(List<String> tokens, int i) {
        if (prefixOf(tokens.get(i), RENEWED_STEMS) == null) {
            return false;
        }
        for (int k = Math.max(0, i - DECLINE_WINDOW); k < i; k++) {
            if (DECLINE_WORDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A phone number (8+ digits in groups, optionally +45/0045) within the next dozen tokens. */
    private static boolean phoneAfter(List<String> tokens, int from) {
        int digits = 0;
        for (int k = from; k < Math.min(tokens.size(), from + 14); k++) {
            String t = tokens.get(k);
            if (t.chars().allMatch(Character::isDigit)) {
                digits += t.length();
                if (digits >= 8) {
                    return true;
                }
            } else {
                digits = 0;
            }
        }
        return false;
    }

    /**
     * "udløber om 12 timer", "expires in 24 hours", "udløber i dag", "valid for a few hours" within a few words after
     * the expiry word at {@code i}; null if the term is days, a date or nothing.
     */
    private static String expiryAt(List<String> tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + EXPIRY_WINDOW); k++) {
            String w = tokens.get(k);
            if (TODAY_WORDS.contains(w) && (!w.equals("dag") || tokens.get(k - 1).equals("i"))) {
                return tokens.get(i) + " … " + tokens.get(k - 1) + " " + w;
            }
            if (HOUR_WORDS.contains(w) && (isNumber(tokens.get(k - 1)) || FEW_WORDS.contains(tokens.get(k - 1))
                    || (k > 1 && FEW_WORDS.contains(tokens.get(k - 2))))) {
                return tokens.get(i) + " … " + tokens.get(k - 1) + " " + w;
            }
        }
        return null;
    }

    /** "frigives, når … er indbetalt": a release word, a condition right after it, a paid word within a few words. */
    private static String releasedWhenPaid(List<String> tokens, int i) {
        if (i + 1 >= tokens.size() || !RELEASE_CONDITIONS.contains(tokens.get(i + 1))) {
            return null;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 1 + RELEASE_WINDOW); k++) {
            if (RELEASE_PAID_WORDS.contains(tokens.get(k)) || arrivedOnAccount(tokens, k)) {
                return tokens.get(i) + " … " + tokens.get(k);
            }
        }
        return null;
    }

    /**
     * "… skal betales senest mandag, så vi kan sætte folk i gang", "must be paid before we start": a payment word,
     * then "så vi" / "før vi" / "before we" and the start word at {@code i} ("i gang" counts only as the phrase).
     */
    private static String paidToStart(List<String> tokens, int i) {
        if (tokens.get(i).equals("gang") && (i == 0 || !tokens.get(i - 1).equals("i"))) {
            return null;
        }
        for (int we = i - 1; we >= Math.max(1, i - 5); we--) {
            if (WE_WORDS.contains(tokens.get(we)) && PURPOSE_WORDS.contains(tokens.get(we - 1))) {
                for (int k = we - 2; k >= Math.max(0, we - 1 - RELEASE_WINDOW); k--) {
                    if (RELEASE_PAID_WORDS.contains(tokens.get(k)) || PAY_VERBS.contains(tokens.get(k))) {
                        return tokens.get(k) + " … " + tokens.get(we - 1) + " " + tokens.get(we) + " … "
                                + tokens.get(i);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "Rederiet frigiver pladsen igen, hvis gebyret ikke er modtaget", "the slot is released unless the fee is
     * received": a booking forfeited unless paid first is the same money first as a booking held until paid.
     */
    private static String releasedUnlessPaid(List<String> tokens, int i) {
        int condition = -1;
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
            if (UNLESS_WORDS.contains(tokens.get(k))) {
                condition = k;
                break;
            }
        }
        if (condition < 0) {
            return null;
        }
        boolean unless = !tokens.get(condition).equals("hvis") && !tokens.get(condition).equals("if");
        boolean negated = unless;
        for (int k = condition + 1; k < Math.min(tokens.size(), condition + RELEASE_WINDOW); k++) {
            String w = tokens.get(k);
            negated |= w.equals("ikke") || w.equals("not");
            if (negated && (RELEASE_PAID_WORDS.contains(w) || RECEIVED_WORDS.contains(w) || arrivedOnAccount(tokens, k))) {
                return tokens.get(i) + " … " + tokens.get(condition) + " … " + w;
            }
        }
        return null;
    }

    /** "står på IBAN …", "reaches our account": an arrival word with an account word a few words after it. */
    private static boolean arrivedOnAccount(List<String> tokens, int k) {
        if (!ARRIVED_WORDS.contains(tokens.get(k))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + ARRIVED_WINDOW); j++) {
            if (ACCOUNT_TARGETS.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ringede … og bad os", "jeres vagttelefon bad os", "your caretaker asked us": "asked us" with a call or one of
     * ours ("jeres", "your") a few words before it and no negation among them ("ingen af jeres folk bad os").
     */
    private static String askedByYourPeople(List<String> tokens, int i) {
        if (!ASKED_WORDS.contains(tokens.get(i)) || i + 1 >= tokens.size() || !US_WORDS.contains(tokens.get(i + 1))) {
            return null;
        }
        String who = null;
        for (int k = i - 1; k >= Math.max(0, i - ASKED_WINDOW); k--) {
            String w = tokens.get(k);
            if (NEGATIONS.contains(w)) {
                return null;
            }
            if (who == null && (CALLED_WORDS.contains(w) || YOUR_WORDS.contains(w))) {
                who = w;
            }
        }
        return who == null ? null : who + " … " + tokens.get(i) + " " + tokens.get(i + 1);
    }

    private static final WordSet UNLESS_WORDS = WordSet.of("hvis", "if", "medmindre", "unless");
    private static final WordSet RECEIVED_WORDS = WordSet.of("modtaget", "received", "indgået", "indgaaet");

    /** "bekræftes ved betaling", "confirmed once payment is received": the paid word right after the condition. */
    private static String confirmedWhenPaid(List<String> tokens, int i) {
        if (i + 1 >= tokens.size() || !CONFIRM_CONDITIONS.contains(tokens.get(i + 1))) {
            return null;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 2 + CONFIRM_WINDOW); k++) {
            if (RELEASE_PAID_WORDS.contains(tokens.get(k))) {
                return tokens.get(i) + " " + tokens.get(i + 1) + " … " + tokens.get(k);
            }
        }
        return null;
    }

    /** "bestillingen … ved en fejl", "order … by mistake / in error": an order word a few words before. */
    private static boolean orderInError(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (prefixOf(t, WRONG_ORDER_STEMS) != null) {
            // "Er det en fejlbestilling, så ring til lagerchefen på 32 98 …": the order in error as one word
            return true;
        }
        boolean error = (t.equals("fejl") && i > 1 && tokens.get(i - 1).equals("en") && tokens.get(i - 2).equals("ved"))
                || ((t.equals("mistake") || t.equals("error")) && i > 1
                        && (ERROR_PREPOSITIONS.contains(tokens.get(i - 1))
                                || ERROR_PREPOSITIONS.contains(tokens.get(i - 2))));
        if (!error) {
            return false;
        }
        for (int k = Math.max(0, i - ORDER_IN_ERROR_WINDOW); k < i; k++) {
            if (DENIED_WORDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The word count at token {@code at}, or far in the past when there is none yet. */
    private static int wordsAt(int[] wordAt, int at) {
        return at < 0 ? Integer.MIN_VALUE / 2 : wordAt[at];
    }

    /** Eight digits, possibly written in groups ("3350 9406"), within the next few tokens; null if none. */
    private static boolean isNumber(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /**
     * The index of the message noun when token {@code i} starts a conditional receiving of a message ("modtager du
     * en mail", "hvis I får en henvendelse", "if you get an e-mail"), else -1.
     */
    private static int reportedMessage(List<String> tokens, int i) {
        if (!RECEIVE_WORDS.contains(tokens.get(i))) {
            return -1;
        }
        boolean verbFirst = i + 1 < tokens.size() && YOU_WORDS.contains(tokens.get(i + 1));
        boolean conditional = false;
        for (int k = Math.max(0, i - 3); k < i; k++) {
            conditional |= CONDITIONALS.contains(tokens.get(k));
        }
        if (!verbFirst && !conditional) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
            if (MESSAGE_WORDS.contains(tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The last token of a question asking the reader whether the reader's own bank changed ("Har I fået ny
     * bankforbindelse?", "Have you changed your bank details?", "Did you switch banks?"), else -1: a reply quoting
     * our clerk's question to a supplier announces nothing. Only verb-first at a sentence's (or comma's) start, with
     * "you" as the subject and a verb of the reader's own change; a clause that says "our"/"vores" or asks whether
     * the reader has *registered* a change ("Har I opdateret vores nye konto?", a fraudster's follow-up) is
     * counted as before.
     */
    private static int askedOfReader(List<String> tokens, int i, BitSet sentenceStart) {
        if (i + 2 >= tokens.size() || !QUESTION_VERBS.contains(tokens.get(i))
                || !(YOU_WORDS.contains(tokens.get(i + 1)) || tokens.get(i + 1).equals("de"))) {
            return -1;
        }
        boolean readersChange = READERS_CHANGE_VERBS.contains(tokens.get(i + 2))
                || i + 3 < tokens.size() && READERS_CHANGE_VERBS.contains(tokens.get(i + 3));
        if (!readersChange) {
            return -1;
        }
        int end = i + 1;
        while (end + 1 < tokens.size() && !sentenceStart.get(end + 1) && end - i < 15) {
            end++;
        }
        for (int k = i; k <= end; k++) {
            if (FIRST_PERSON.contains(tokens.get(k))) {
                return -1;
            }
        }
        return end;
    }

    /** "Bemærk venligst ændringen", "please note the change": a note word one to three tokens before {@code i}. */
    private static boolean noted(List<String> tokens, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NOTE_WORDS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A negation one or two tokens before token {@code i} ("ikke ændret", "kontoen er ikke lukket"). */
    private static boolean negatedBefore(List<String> tokens, int i) {
        return (i > 0 && NEGATIONS.contains(tokens.get(i - 1))) || (i > 1 && NEGATIONS.contains(tokens.get(i - 2)));
    }

    /**
     * "NemKonto ikke er oprettet", "ikke til NemKonto": the NemKonto denied. A negation after it counts only in its
     * own clause: "udbetales til deres NemKonto - de går ikke gennem os" denies the detour, not the NemKonto.
     */
    private static boolean nemKontoNegated(List<String> tokens, int i) {
        if (negatedBefore(tokens, i)) {
            return true;
        }
        for (int k = i + 1; k <= Math.min(tokens.size() - 1, i + 3); k++) {
            if (CLAUSE_SUBJECTS.contains(tokens.get(k))) {
                return false;
            }
            if (NEGATIONS.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "inden fredag", "senest mandag", "by Friday" at token i. */
    private static boolean weekdayTermAt(List<String> tokens, int i) {
        return (TERM_WORDS.contains(tokens.get(i)) || TODAY_TERM_WORDS.contains(tokens.get(i))) && i + 1 < tokens.size()
                && WEEKDAYS.contains(tokens.get(i + 1));
    }

    /** "senest i morgen", "inden i dag", "by tomorrow": a term of a day or less, at token i; else null. */
    private static String dayTermAt(List<String> tokens, int i) {
        if (!TODAY_TERM_WORDS.contains(tokens.get(i)) || i + 1 >= tokens.size()) {
            return null;
        }
        String next = tokens.get(i + 1);
        if (next.equals("tomorrow") || next.equals("today")) {
            return tokens.get(i) + " " + next;
        }
        return next.equals("i") && i + 2 < tokens.size() && (tokens.get(i + 2).equals("morgen")
                || tokens.get(i + 2).equals("dag")) ? tokens.get(i) + " i " + tokens.get(i + 2) : null;
    }

    /** "before 16:00 today", "inden kl. 14 i dag" at token i; else null. */
    private static String clockTodayAt(List<String> tokens, int i) {
        if (!TODAY_TERM_WORDS.contains(tokens.get(i))) {
            return null;
        }
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).equals("kl")) {
            k++;
        }
        int hour = k;
        if (k >= tokens.size() || tokens.get(k).length() > 2 || !isNumber(tokens.get(k))) {
            return null;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).length() == 2 && isNumber(tokens.get(k))) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).equals("today")) {
            return tokens.get(i) + " " + tokens.get(hour) + " today";
        }
        return k + 1 < tokens.size() && tokens.get(k).equals("i") && tokens.get(k + 1).equals("dag")
                ? tokens.get(i) + " " + tokens.get(hour) + " i dag" : null;
    }

    /** "demand payment", "anmoder om betaling": a demand word right before the payment noun ("om" between). */
    private static boolean demandBefore(List<String> tokens, int i) {
        return (i > 0 && DEMAND_WORDS.contains(tokens.get(i - 1)))
                || (i > 1 && tokens.get(i - 1).equals("om") && DEMAND_WORDS.contains(tokens.get(i - 2)));
    }

    private static boolean beBefore(List<String> tokens, int i) {
        return auxiliaryBefore(tokens, i, ENGLISH_BE);
    }

    /** One of {@code auxiliaries} one or two tokens before token i ("must be paid", "skal være betalt"). */
    private static boolean auxiliaryBefore(List<String> tokens, int i, Set<String> auxiliaries) {
        return (i > 0 && auxiliaries.contains(tokens.get(i - 1))) || (i > 1 && auxiliaries.contains(tokens.get(i - 2)));
    }

    /** "within 5 days", "inden 3 dage", "innerhalb von 7 Tagen", "on receipt", "straks" at token i; else null. */
    private static String shortTermAt(List<String> tokens, int i) {
        String t = tokens.get(i);
        int u = termUnitAt(tokens, i);
        if (TERM_WORDS.contains(t) && u >= 0) {
            String unit = tokens.get(u);
            String count = tokens.get(u - 1);
            if (DAY_WORDS.contains(unit)) {
                int days = termCount(count);
                return days > 0 && days <= SHORT_TERM_DAYS ? t + " " + count + " " + unit : null;
            }
            return HOUR_WORDS.contains(unit) ? t + " " + count + " " + unit : null;
        }
        if (weekdayTermAt(tokens, i)) {
            // "senest torsdag kl. 12", "by Friday": a weekday is never more than a week away
            return t + " " + tokens.get(i + 1);
        }
        String day = dayTermAt(tokens, i);
        if (day != null || TERM_WORDS.contains(t)) {
            return day;
        }
        return phraseAt(tokens, i, SHORT_TERMS);
    }

    /** The index of the unit of a "within/inden [von] N unit" term starting at token i (N of one or two digits), or -1. */
    private static int termUnitAt(List<String> tokens, int i) {
        if (!TERM_WORDS.contains(tokens.get(i))) {
            return -1;
        }
        int k = i + 1;
        if (k < tokens.size() && TERM_FILLERS.contains(tokens.get(k))) {
            k++;
        }
        return k + 1 >= tokens.size() || termCount(tokens.get(k)) < 0 ? -1 : k + 1;
    }

    // "inden fem hverdage", "within three days": a term in words is the same term (a collector's letter spells it)
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(Map.entry("to", 2), Map.entry("tre", 3),
            Map.entry("fire", 4), Map.entry("fem", 5), Map.entry("seks", 6), Map.entry("syv", 7), Map.entry("otte", 8),
            Map.entry("ni", 9), Map.entry("ti", 10), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("zwei", 2), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("fuenf", 5), Map.entry("sechs", 6),
            Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10));

    /** A term's count of one or two digits or in words (two to ten), or -1. */
    private static int termCount(String token) {
        if (token.length() <= 2 && isNumber(token)) {
            return Integer.parseInt(token);
        }
        return COUNT_WORDS.getOrDefault(token, -1);
    }

    private static String registrationAfter(List<String> tokens, int from) {
        StringBuilder digits = new StringBuilder();
        for (int k = from; k < Math.min(tokens.size(), from + 6) && digits.length() < 8; k++) {
            String t = tokens.get(k);
            if (digits.length() == 0 && t.length() == 10 && t.startsWith("dk") && t.substring(2).chars().allMatch(Character::isDigit)) {
                digits.append(t, 2, 10);
            } else if (t.chars().allMatch(Character::isDigit)) {
                digits.append(t);
            } else if (digits.length() > 0 || !(t.equals("nr") || t.equals("nummer") || t.equals("no") || t.equals("dk"))) {
                break;
            }
        }
        return digits.length() == 8 && digits.charAt(0) != '0' ? digits.toString() : null;
    }

    /**
     * "Vi kan ikke modtage betalinger på vores sædvanlige konto", "unable to receive payments into our usual
     * account", "our account is on hold": the account said to take no money for now, the audit pretext.
     */
    private static boolean cannotReceive(List<String> tokens, int i) {
        String t = tokens.get(i);
        if (t.equals("hold")) {
            return i > 0 && tokens.get(i - 1).equals("on");
        }
        if (!t.equals("modtage") && !t.equals("receive")) {
            return false;
        }
        for (int k = Math.max(0, i - 3); k < i; k++) {
            String w = tokens.get(k);
            if (w.equals("ikke") || w.equals("unable") || w.equals("cannot") || w.equals("not")) {
                return true;
            }
        }
        return false;
    }

    /** "kan ikke længere bruges", "is no longer in use": an account given up, said with a negation. */
    private static boolean noLonger(List<String> tokens, int i) {
        String t = tokens.get(i);
        return i > 0 && ((t.equals("længere") || t.equals("laengere")) && tokens.get(i - 1).equals("ikke")
                || t.equals("longer") && tokens.get(i - 1).equals("no"));
    }

    private static String prefixOf(String token, Stems stems) {
        return stems.first(token);
    }

    /**
     * Word beginnings, tried in list order: the first one {@code token} starts with. Every token of up to a million
     * characters of text is asked against thirteen such lists (some two hundred stems); grouped by their first
     * character, a token is compared only with the few that can match, and the first match is the list's first.
     */
    private static final class Stems {
        private final String[][] byFirst = new String[256][];
        private final String[] wide; // stems beginning beyond Latin-1, in list order

        Stems(String... stems) {
            List<String> rest = new ArrayList<>();
            for (String stem : stems) {
                if (stem.isEmpty()) {
                    throw new IllegalArgumentException("empty stem"); // would begin every token
                }
                char c = stem.charAt(0);
                if (c < 256) {
                    String[] was = byFirst[c];
                    byFirst[c] = was == null ? new String[] {stem} : append(was, stem);
                } else {
                    rest.add(stem);
                }
            }
            wide = rest.toArray(new String[0]);
        }

        private static String[] append(String[] a, String s) {
            String[] b = java.util.Arrays.copyOf(a, a.length + 1);
            b[a.length] = s;
            return b;
        }

        String first(String token) {
            if (token.isEmpty()) {
                return null;
            }
            char c = token.charAt(0);
            String[] candidates = c < 256 ? byFirst[c] : wide;
            if (candidates != null) {
                for (String p : candidates) {
                    if (token.startsWith(p)) {
                        return p;
                    }
                }
            }
            return null;
        }
    }

    /**
     * A phrase list indexed by its first word. {@link #scan} asks every token against five lists (about 40
     * phrases); nearly every token starts none of them, so one hash lookup replaces 40 comparisons. Within
     * one first word the phrases keep their list order, so the first match is the same as a linear scan.
     */
    private static final class Phrases {
        private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
        // as WordSet: a token whose length or first character no phrase's first word has starts none of them, told
        // by two bit tests instead of a hash probe (each token is asked against some fifteen of these lists)
        private long lengths; // bit min(length, 63) of every first word
        private long firsts; // bit (first char & 63) of every non-empty first word

        Phrases(String[][] phrases) {
            for (String[] phrase : phrases) {
                byFirstWord.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
                lengths |= 1L << Math.min(phrase[0].length(), 63);
                if (!phrase[0].isEmpty()) {
                    firsts |= 1L << (phrase[0].charAt(0) & 63);
                }
            }
        }

        List<String[]> startingWith(String token) {
            if (!token.isEmpty() && ((lengths & 1L << Math.min(token.length(), 63)) == 0
                    || (firsts & 1L << (token.charAt(0) & 63)) == 0)) {
                return List.of();
            }
            return byFirstWord.getOrDefault(token, List.of());
        }
    }

    private static String phraseAt(List<String> tokens, int i, Phrases phrases) {
        for (String[] phrase : phrases.startingWith(tokens.get(i))) {
            if (i + phrase.length > tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; k < phrase.length && ok; k++) {
                ok = tokens.get(i + k).equals(phrase[k]);
            }
            if (ok) {
                return String.join(" ", phrase);
            }
        }
        return null;
    }

    /** Lower-cased letter/digit runs; "å" also spelled "aa" is kept as is (both spellings are listed). */
    static List<String> tokenize(CharSequence text, int maxChars) {
        return tokenize(text, maxChars, null);
    }

    /** @param afterAt when not null, receives the indices of tokens written right after an "@" (mail domains) */
    static List<String> tokenize(CharSequence text, int maxChars, BitSet afterAt) {
        return tokenize(text, maxChars, afterAt, null, null);
    }

    /**
     * @param sentenceStart when not null, receives the indices of tokens that open a sentence or a line (the text's
     *                      start, or after . ? ! : ; or a line break, spaces and quote marks between)
     * @param commaStart    when not null, receives the indices of tokens right after a comma
     */
    static List<String> tokenize(CharSequence text, int maxChars, BitSet afterAt, BitSet sentenceStart,
                                 BitSet commaStart) {
        return tokenize(text, maxChars, afterAt, sentenceStart, commaStart, null, null);
    }

    /**
     * @param afterDot    when not null, receives the indices of tokens joined to the one before by a "." alone
     *                    ("horsens" "dk" in "horsens.dk")
     * @param afterHyphen when not null, the same for a "-" ("egedal" "by" in "egedal-by")
     */
    static List<String> tokenize(CharSequence text, int maxChars, BitSet afterAt, BitSet sentenceStart,
                                 BitSet commaStart, BitSet afterDot, BitSet afterHyphen) {
        int n = Math.min(text.length(), Math.max(0, maxChars));
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char lastMark = '.';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (cur.length() == 0 && afterAt != null && i > 0 && text.charAt(i - 1) == '@') {
                    afterAt.set(out.size());
                }
                if (cur.length() == 0 && sentenceStart != null && ".?!:;\n".indexOf(lastMark) >= 0) {
                    sentenceStart.set(out.size());
                }
                if (cur.length() == 0 && commaStart != null && lastMark == ',') {
                    commaStart.set(out.size());
                }
                if (cur.length() == 0 && i > 1 && Character.isLetterOrDigit(text.charAt(i - 2))) {
                    char joint = text.charAt(i - 1);
                    if (joint == '.' && afterDot != null) {
                        afterDot.set(out.size());
                    } else if (joint == '-' && afterHyphen != null) {
                        afterHyphen.set(out.size());
                    }
                }
                lastMark = 'a';
                if (cur.length() < 64) {
                    cur.append(Character.toLowerCase(c));
                }
            } else {
                if (cur.length() > 0) {
                    out.add(cur.toString().toLowerCase(Locale.ROOT));
                    cur.setLength(0);
                }
                // a quoted line ("> Har I …") or spaces keep the mark before them
                if (c != ' ' && c != '\t' && c != '\r' && c != '>' && c != '\u00a0') {
                    lastMark = c;
                }
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
