package org.spoofguard.core.invoice;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank details found in invoice text: IBANs (ISO 13616, validated by the mod-97 check and the
 * country's fixed length), Danish reg.nr. + kontonr., and Danish FI payment lines (+71/+73/+75); and the domestic
 * forms a neighbour's supplier prints instead of an IBAN: Norwegian kontonummer (stored as the Norwegian IBAN),
 * UK sort code + account number, Swedish bankgiro and plusgiro numbers.
 * Regular expressions only ever run on short windows after a literal anchor, so cost stays linear.
 */
final class BankDetails {
    /** Denmark, the Faroe Islands, Greenland: the accounts a Danish supplier is expected to use. */
    static final Set<String> HOME_COUNTRIES = Set.of("DK", "FO", "GL");

    /** What a text contained. IBANs are kept in full for comparison; {@link #mask} them for evidence. */
    static final class Found {
        final Set<String> ibans = new LinkedHashSet<>();
        final Set<String> danishAccounts = new LinkedHashSet<>();
        final Set<String> fiLines = new LinkedHashSet<>();
        /** Canonical ids of domestic accounts abroad that have no IBAN form here: "GB-SC:…", "SE-BG:…", "SE-PG:…", "SE-CL:…". */
        final Set<String> foreignAccounts = new LinkedHashSet<>();

        boolean any() {
            return !ibans.isEmpty() || !danishAccounts.isEmpty() || !fiLines.isEmpty() || !foreignAccounts.isEmpty();
        }

        void addAll(Found o) {
            ibans.addAll(o.ibans);
            danishAccounts.addAll(o.danishAccounts);
            fiLines.addAll(o.fiLines);
            foreignAccounts.addAll(o.foreignAccounts);
        }
    }

    // ISO 13616 registry lengths (SWIFT IBAN registry).
    private static final Map<String, Integer> IBAN_LENGTH = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
            Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
            Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
            Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
            Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
            Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
            Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
            Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
            Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29),
            Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("TN", 24), Map.entry("TR", 26),
            Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20));

    // A kontonr. after its reg.nr. on the same line ("reg. 5301 konto 0244123456"); or after an account word, also
    // on the next line and grouped ("Reg.nr.: 5301" / "Kontonr.: 0244 123 456"), as invoice footers and PDF tables
    // print it. Grouped digits only after the account word: "Regnskab 4433 2211 00" is a telephone number.
    private static final Pattern REG_KONTO = Pattern.compile(
            "(?i)reg[^0-9\\n]{0,25}?(?:\\n[ \\t]*)?(\\d{4})(?:[^0-9\\n]{1,30}?(\\d{6,10})(?!\\d)"
                    + "|[^0-9\\n]{0,12}(?:\\n[ \\t]*)?(?:bank)?(?:konto|kto|account)[^0-9\\n]{0,25}?(?:\\n[ \\t]*)?"
                    + "(\\d{6,10}(?!\\d)|\\d{2,4}(?: \\d{2,4}){1,3}(?!\\d)))");
    // "Kontonr. 0012345678 (reg.nr. 9570)": the kontonr. first and its reg.nr. after it, as some footers print them
    private static final Pattern KONTO_THEN_REG = Pattern.compile(
            "(?i)(?:konto|kto)[^0-9\\n]{0,25}?(\\d{6,10})(?!\\d)[^0-9\\n]{1,20}?reg[^0-9\\n]{0,12}(\\d{4})(?!\\d)");
    private static final Pattern KONTO = Pattern.compile(
            "(?i)(?:konto|kto)[^0-9\\n]{0,25}?(\\d{4})(?: ?[\\-/] ?| )(\\d{6,10})(?!\\d)");
    // "Danske Bank 3409-1234567890", "Nordea: 2191 8888123456": the bank's name is the label, as Danish invoice
    // footers print it. Only reg.nr. and kontonr. written together count here: a bank's address or telephone number
    // after its name has no 4 + 6-10 digit pair.
    private static final Pattern BANK_NAMED = Pattern.compile(
            "(?i)\\p{L}*[^0-9\\n]{0,25}?(\\d{4})(?: ?[\\-/] ?| )(\\d{6,10})(?!\\d)");
    private static final List<String> BANK_NAMES = List.of("bank", "nordea", "sparekass", "lunar", "nykredit", "merkur",
            "andelskass");
    // "Betal til 9570-0012345678", "beløbet bedes overført til 9570 0012345678", "please pay to …": the verb of paying
    // is the label when the number follows its "til"/"to" at once. Only then: "betal faktura 2026-100234" names an
    // invoice, not an account, and a known supplier's invoice number must not read as a new account.
    private static final Pattern PAY_TO = Pattern.compile(
            "(?i)\\p{L}*[^0-9\\n]{0,20}?\\s(?:til|to|into)\\s+(\\d{4})(?: ?[\\-/] ?| )(\\d{6,10})(?!\\d)");
    private static final List<String> PAY_VERBS = List.of("betal", "overfør", "overfor", "indsæt", "pay", "transfer");
    private static final Pattern FI = Pattern.compile(
            "\\+(7[135])\\s{0,3}<\\s{0,3}(?:(\\d{1,16})\\s{0,3}<?\\s{0,3})?\\+\\s{0,3}(\\d{8})\\s{0,3}<");

    // "Vi overfører beløbet til jeres konto reg. 2191 konto 8888123456", "refunded to your account IBAN …": the
    // reader's own account (a credit note, a refund, a direct debit) is nobody's payee; counted as one, a known
    // supplier's credit note would be a new account and held. Only the possessive right before the number.
    private static final Pattern READERS = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:jeres|din|dit|your)\\s+(?:(?:bank)?(?:konto|account)[\\p{L}]*[\\s.:,]*)?"
                    + "(?:(?:iban|nr|no|nummer|number|reg)\\.?[\\s.:]*){0,2}$");
    private static final int READERS_WINDOW = 48;
    // "til jeres konto i Danske Bank 4180 1234567890": the bank named after the reader's own account
    private static final Pattern READERS_BANK = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:jeres|din|dit|your)\\s+(?:bank)?(?:konto|account)\\p{L}*\\s+(?:i|hos|at|with|in)\\s+"
                    + "[\\p{L} .]{0,25}$");

    // A known supplier's compromised mailbox asks for payment into a neighbour country's account written the way
    // that country's banks print it, not as an IBAN: unread, the account was no payee and the invoice passed as the
    // supplier's usual one. Each form is labelled or checked: a Norwegian kontonummer (4.2.5 digits, dots or
    // spaces) carries a mod-11 check digit; a UK account needs its sort code beside it; a Swedish bankgiro or
    // plusgiro number needs its word and passes the Luhn check.
    private static final Pattern NO_KONTO = Pattern.compile("(\\d{4})([. ]?)(\\d{2})\\2(\\d{5})(?![ .]?\\d)");
    private static final Pattern ACCOUNT_THEN_NUMBER = Pattern.compile("(?:konto|kto|account)[^0-9\\n]{0,20}$");
    private static final Pattern SORT_CODE = Pattern.compile(
            "(?i)sort[\\s\\-]*code[^0-9\\n]{0,12}(\\d{2})[ \\-]?(\\d{2})[ \\-]?(\\d{2})(?!\\d)");
    private static final Pattern UK_ACCOUNT_AFTER = Pattern.compile(
            "(?i)[^0-9\\n]{0,12}(?:account|acc|a/c)[^0-9\\n]{0,20}?(\\d{4} ?\\d{4})(?![ ]?\\d)");
    private static final Pattern UK_ACCOUNT_BEFORE = Pattern.compile(
            "(?i)(?:account|acc|a/c)[^0-9\\n]{0,20}?(\\d{4} ?\\d{4})(?![ ]?\\d)[^0-9\\n]{0,12}$");
    private static final Pattern BANKGIRO = Pattern.compile(
            "(?i)(?:bankgiro|bg)(?:nummer|nr|-nr)?\\.?[^0-9\\n\\p{L}]{0,6}(\\d{3,4})[ \\-](\\d{4})(?!\\d)");
    // A Swedish bank account is a clearing number (four digits, Swedbank's five with a check digit) and an account
    // number whose check differs by bank: read only with both words, "Clearingnummer 8327-9, kontonummer 123 456 789-0".
    private static final Pattern SE_CLEARING = Pattern.compile(
            "(?i)clearing(?:[\\s\\-]*(?:nummer|nr|no|number))?\\.?[^0-9\\n\\p{L}]{0,6}(\\d{4})(?:-(\\d))?(?!\\d)"
            + "[^0-9\\n]{0,6}(?:konto|kto|account)(?:[\\s\\-]*(?:nummer|nr|no|number))?\\.?[^0-9\\n\\p{L}]{0,6}"
            + "(\\d(?:[ \\-]?\\d){6,9})(?![ \\-]?\\d)");
    private static final Pattern PLUSGIRO = Pattern.compile(
            "(?i)(?:plusgiro|postgiro|pg)(?:nummer|nr|-nr)?\\.?[^0-9\\n\\p{L}]{0,6}((?:\\d{1,2} ){0,3}\\d{1,6})-(\\d)(?!\\d)");

    private BankDetails() {
    }

    static Found scan(CharSequence text, int maxChars) {
        Found f = new Found();
        if (text == null) {
            return f;
        }
        int n = Math.min(text.length(), maxChars);
        String s = text.subSequence(0, n).toString();
        scanIbans(s, f);
        String lower = lowerSameLength(s);
        scanAnchored(s, lower, "reg", REG_KONTO, 120, (at, m) -> {
            String konto = m.group(2) != null ? m.group(2) : kontoDigits(m.group(3));
            if (!readers(s, at) && konto != null) {
                f.danishAccounts.add(m.group(1) + "-" + konto);
            }
        });
        scanAnchored(s, lower, "konto", KONTO, 80, (at, m) -> {
            // the anchor is the account word itself: "til jeres konto 2191 8888123456"
            if (!readers(s, at) && !readers(s, at + "konto".length())) {
                f.danishAccounts.add(m.group(1) + "-" + m.group(2));
            }
        });
        for (String anchor : List.of("konto", "kto")) {
            scanAnchored(s, lower, anchor, KONTO_THEN_REG, 100, (at, m) -> {
                if ((anchor.equals("konto") || at == 0 || !Character.isLetter(s.charAt(at - 1))) && !readers(s, at)) {
                    f.danishAccounts.add(m.group(2) + "-" + m.group(1));
                }
            });
        }
        // "Kto. 9570 0012345678", "Kto.nr.: 9570-0012345678": the short form, as a word of its own ("doktor" is none)
        scanAnchored(s, lower, "kto", KONTO, 80, (at, m) -> {
            if ((at == 0 || !Character.isLetter(s.charAt(at - 1))) && !readers(s, at)) {
                f.danishAccounts.add(m.group(1) + "-" + m.group(2));
            }
        });
        for (String bank : BANK_NAMES) {
            scanAnchored(s, lower, bank, BANK_NAMED, 80, (at, m) -> {
                if (!readers(s, at) && !READERS_BANK.matcher(s.substring(Math.max(0, at - READERS_WINDOW), at)).find()) {
                    f.danishAccounts.add(m.group(1) + "-" + m.group(2));
                }
            });
        }
        for (String verb : PAY_VERBS) {
            scanAnchored(s, lower, verb, PAY_TO, 60, (at, m) -> f.danishAccounts.add(m.group(1) + "-" + m.group(2)));
        }
        scanAnchored(s, lower, "+7", FI, 90, (at, m) -> f.fiLines.add("+" + m.group(1) + "<"
                + (m.group(2) == null ? "" : m.group(2)) + "<+" + m.group(3) + "<"));
        scanAbroad(s, lower, f);
        return f;
    }

    private static void scanAbroad(String s, String lower, Found f) {
        Matcher no = NO_KONTO.matcher(s);
        for (int count = 0; count < 50 && no.find(); ) {
            String digits = no.group(1) + no.group(3) + no.group(4);
            int at = no.start();
            boolean continues = at > 0 && (isDigit(s.charAt(at - 1))
                    || at > 1 && (s.charAt(at - 1) == '.' || s.charAt(at - 1) == ' ') && isDigit(s.charAt(at - 2)));
            // after an account word, or, dotted as Norwegian banks print it, after a word of paying too ("betal
            // til 1503.12.34562"); never after a Danish reg.nr. ("reg. 5301 konto 02 44123"). An order or
            // document number in the same shape has neither.
            String label = lower.substring(Math.max(0, at - 40), at);
            boolean accountWord = label.contains("konto") || label.contains("kto") || label.contains("account");
            boolean payWord = label.contains("bank") || label.contains("betal") || label.contains("pay")
                    || label.contains("overfør") || label.contains("transfer") || label.contains("til ");
            boolean labelled = !label.contains("reg") && (no.group(2).isEmpty()
                    // eleven digits in a row: only right after an account word ("Kontonummer: 15031234562")
                    ? ACCOUNT_THEN_NUMBER.matcher(label).find()
                    : accountWord || no.group(2).equals(".") && payWord);
            if (!continues && labelled && norwegianCheck(digits) && !readers(s, at)) {
                f.ibans.add(ibanOf("NO", digits));
                count++;
            }
        }
        scanAnchored(s, lower, "sort", SORT_CODE, 40, (at, m) -> {
            String sortCode = m.group(1) + m.group(2) + m.group(3);
            int end = at + m.end();
            Matcher after = UK_ACCOUNT_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 60)));
            Matcher before = UK_ACCOUNT_BEFORE.matcher(s.substring(Math.max(0, at - 60), at));
            String account = after.lookingAt() ? after.group(1) : before.find() ? before.group(1) : null;
            if (account != null && !readers(s, at)) {
                f.foreignAccounts.add("GB-SC:" + sortCode + ":" + account.replace(" ", ""));
            }
        });
        for (String anchor : List.of("bankgiro", "bg")) {
            scanAnchored(s, lower, anchor, BANKGIRO, 40, (at, m) -> {
                String digits = m.group(1) + m.group(2);
                if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && luhn(digits) && !readers(s, at)) {
                    f.foreignAccounts.add("SE-BG:" + digits);
                }
            });
        }
        scanAnchored(s, lower, "clearing", SE_CLEARING, 90, (at, m) -> {
            if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && !readers(s, at)) {
                f.foreignAccounts.add("SE-CL:" + m.group(1) + (m.group(2) == null ? "" : m.group(2)) + ":"
                        + m.group(3).replaceAll("[ \\-]", ""));
            }
        });
        for (String anchor : List.of("plusgiro", "postgiro", "pg")) {
            scanAnchored(s, lower, anchor, PLUSGIRO, 40, (at, m) -> {
                String digits = m.group(1).replace(" ", "") + m.group(2);
                if ((at == 0 || !Character.isLetterOrDigit(s.charAt(at - 1))) && digits.length() >= 2
                        && digits.length() <= 8 && luhn(digits) && !readers(s, at)) {
                    f.foreignAccounts.add("SE-PG:" + digits);
                }
            });
        }
    }

    /** Norwegian kontonummer: weights 5 4 3 2 7 6 5 4 3 2 over the first ten digits, mod 11 (10 is never issued). */
    static boolean norwegianCheck(String eleven) {
        int[] w = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (eleven.charAt(i) - '0') * w[i];
        }
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == eleven.charAt(10) - '0';
    }

    /** Luhn (mod 10) over all digits, the check digit last: Swedish bankgiro and plusgiro numbers. */
    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /**
     * The kontonr. of a match: its digits when six to ten; a grouped number that ran on into a following number
     * ("0244 123 456 2026") loses its last groups until it fits; else null.
     */
    private static String kontoDigits(String printed) {
        String[] groups = printed.split(" ");
        for (int n = groups.length; n > 0; n--) {
            String digits = String.join("", java.util.Arrays.copyOf(groups, n));
            if (digits.length() >= 6 && digits.length() <= 10) {
                return digits;
            }
        }
        return null;
    }

    /** Whether the text right before {@code at} names the reader's own account ("til jeres konto "). */
    private static boolean readers(String s, int at) {
        return READERS.matcher(s.substring(Math.max(0, at - READERS_WINDOW), at)).find();
    }

    /**
     * Lower case char by char, so an index in the copy is the same index in the text. String.toLowerCase may grow
     * the text ("İ" becomes "i" and a combining dot): a few of them before "Danske Bank 9570-…" shifted every anchor
     * found in the copy past the account in the text, and a known supplier's new account went unseen.
     */
    private static String lowerSameLength(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    private static void scanAnchored(String s, String lower, String anchor, Pattern p, int window,
                                     BiConsumer<Integer, Matcher> sink) {
        int from = 0;
        int count = 0;
        while (count < 50) {
            int i = lower.indexOf(anchor, from);
            if (i < 0) {
                return;
            }
            Matcher m = p.matcher(s.substring(i, Math.min(s.length(), i + window)));
            if (m.lookingAt()) {
                sink.accept(i, m);
                count++;
                from = i + m.end();
            } else {
                from = i + anchor.length();
            }
        }
    }

    private static void scanIbans(String s, Found f) {
        int n = s.length();
        for (int i = 0; i + 4 <= n && f.ibans.size() < 20; i++) {
            if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
                continue;
            }
            char a = Character.toUpperCase(s.charAt(i));
            char b = Character.toUpperCase(s.charAt(i + 1));
            if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z'
                    || !(isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3)) || spacedAfterIbanLabel(s, i))) {
                continue;
            }
            Integer len = IBAN_LENGTH.get("" + a + b);
            if (len == null) {
                continue;
            }
            // Collect alphanumerics, allowing up to three separators (space, tab, '-', nbsp) between groups: an
            // HTML table or a PDF's columns spread the groups apart
            StringBuilder iban = new StringBuilder();
            int j = i;
            while (j < n && iban.length() < len) {
                char c = s.charAt(j);
                if (Character.isLetterOrDigit(c) && c < 128) {
                    iban.append(Character.toUpperCase(c));
                    j++;
                    continue;
                }
                int k = j;
                while (k < n && k - j < 3 && isIbanSeparator(s.charAt(k))) {
                    k++;
                }
                if (k > j && k < n && Character.isLetterOrDigit(s.charAt(k))) {
                    j = k;
                } else {
                    break;
                }
            }
            String found = iban.length() != len ? null : isValidIban(iban.toString()) ? iban.toString()
                    : lettersAsDigits(iban.toString());
            if (found != null) {
                if (!readers(s, i)) {
                    f.ibans.add(found);
                }
                i = j - 1;
            }
        }
    }

    /**
     * The payment identifiers of {@code f} in one comparable form: IBANs as written (compact, upper case); a
     * Danish reg.nr. + kontonr. as the Danish IBAN it is (DK kk rrrr kkkkkkkkkk, kontonr. padded to ten digits),
     * so "reg. 5000 konto 0440116243" and "DK50 5000 0440 1162 43" are one account; an FI line as its card
     * type and creditor number ("FI+71:12345678"; the payment id varies per invoice, the creditor does not).
     */
    static Set<String> identifiers(Found f) {
        Set<String> out = new LinkedHashSet<>(f.ibans);
        for (String a : f.danishAccounts) {
            int dash = a.indexOf('-');
            if (dash == 4 && a.length() - dash - 1 <= 10) {
                String konto = "0".repeat(10 - (a.length() - dash - 1)) + a.substring(dash + 1);
                out.add(danishIban(a.substring(0, 4), konto));
            }
        }
        out.addAll(f.foreignAccounts);
        for (String fi : f.fiLines) {
            // "+71<payment id<+12345678<"
            int plus = fi.lastIndexOf("<+");
            if (fi.length() >= 4 && plus > 0 && fi.length() >= plus + 10) {
                out.add("FI+" + fi.substring(1, 3) + ":" + fi.substring(plus + 2, plus + 10));
            }
        }
        return out;
    }

    /** DK + ISO 7064 check digits + reg.nr. (4) + kontonr. (10). */
    static String danishIban(String reg, String konto) {
        return ibanOf("DK", reg + konto);
    }

    /** The IBAN of a numeric BBAN: country + ISO 7064 mod 97-10 check digits + BBAN. */
    static String ibanOf(String country, String bban) {
        String digits = bban + (country.charAt(0) - 'A' + 10) + (country.charAt(1) - 'A' + 10) + "00";
        int mod = 0;
        for (int i = 0; i < digits.length(); i++) {
            mod = (mod * 10 + (digits.charAt(i) - '0')) % 97;
        }
        int check = 98 - mod;
        return country + (check < 10 ? "0" : "") + check + bban;
    }

    /** For admins' eyes: "DK50…6243", "FI+71:…5678", "GB-SC:…5678". */
    static String maskId(String id) {
        if (id.indexOf(':') > 0) {
            int colon = id.indexOf(':');
            return id.substring(0, colon + 1) + "…" + id.substring(Math.max(colon + 1, id.length() - 4));
        }
        return mask(id);
    }

    /** A payee identifier of a country outside the home countries (an FI line or a Danish account is at home). */
    static boolean isAbroad(String id) {
        String country = countryOf(id);
        return !country.isEmpty() && !HOME_COUNTRIES.contains(country);
    }

    /** Country of an identifier (FI lines are Danish). */
    static String countryOf(String id) {
        return id.startsWith("FI+") ? "DK" : country(id);
    }

    private static final Pattern IBAN_LABEL_TAIL = Pattern.compile("[\\s.:#\\-]*(?:nr|no|nummer|number)?[\\s.:#\\-]*");

    /**
     * "IBAN: LT 12 1000 0111 0100 1000": a space after the country code, as some print it and as a fraudster writes
     * it to slip past a scanner that wants "LT12". Only right after the word IBAN: unlabelled, "DK-8000 Aarhus C …"
     * would be a candidate, and one in 97 such lines passes the check by chance.
     */
    private static boolean spacedAfterIbanLabel(String s, int i) {
        if (i + 4 >= s.length() || !isIbanSeparator(s.charAt(i + 2)) || !isDigit(s.charAt(i + 3))
                || !isDigit(s.charAt(i + 4))) {
            return false;
        }
        String before = s.substring(Math.max(0, i - 16), i).toLowerCase(Locale.ROOT);
        int label = before.lastIndexOf("iban");
        return label >= 0 && IBAN_LABEL_TAIL.matcher(before.substring(label + 4)).matches();
    }

    /**
     * "DK95 2OOO O123 4567 89": the letter O where a digit belongs reads as 0 to a clerk, not to a checksum. The
     * letters that look like digits (O, I, l) taken as those digits after the country code, when that makes an
     * all-digit IBAN with a valid checksum; else null.
     */
    private static String lettersAsDigits(String iban) {
        StringBuilder b = new StringBuilder(iban.substring(0, 2));
        boolean changed = false;
        for (int k = 2; k < iban.length(); k++) {
            char c = iban.charAt(k);
            char d = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
            changed |= d != c;
            b.append(d);
        }
        // all digits after the country code once read so, or it is a word ("SI41860 Siteimprove" reads as a
        // Slovenian IBAN one time in 97 if its letters may be anything)
        boolean digits = b.chars().skip(2).allMatch(Character::isDigit);
        return changed && digits && isValidIban(b.toString()) ? b.toString() : null;
    }

    private static boolean isIbanSeparator(char c) {
        return c == ' ' || c == '\t' || c == '-' || c == '\u00a0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ISO 13616 / ISO 7064 mod 97-10: move the first four characters to the end, letters as 10..35. */
    static boolean isValidIban(String raw) {
        String iban = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34 || !iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return false;
        }
        Integer len = IBAN_LENGTH.get(iban.substring(0, 2));
        if (len != null && len != iban.length()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int mod = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int v = c >= 'A' ? c - 'A' + 10 : c - '0';
            mod = v >= 10 ? (mod * 100 + v) % 97 : (mod * 10 + v) % 97;
        }
        return mod == 1;
    }

    /** For evidence: country, check digits and the last four characters only. */
    static String mask(String iban) {
        if (iban.length() < 8) {
            return iban;
        }
        return iban.substring(0, 4) + "…" + iban.substring(iban.length() - 4);
    }

    static String country(String iban) {
        return iban.length() >= 2 ? iban.substring(0, 2) : "";
    }
}
