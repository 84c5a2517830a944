package org.spoofguard.core.invoice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which listed or remembered suppliers a text names as a company: the domain written out ({@code elis.dk}) or the
 * brand followed by a company word ("Elis Danmark A/S", "JN Data A/S", "SK Tag ApS"). A bare brand is not enough:
 * "Solar" is also solar panels and "Elis" a first name, but "Solar A/S" is the company.
 *
 * <p>Why: the "pay us for your supplier" frauds (a fake debt collector for Elis, a fake factoring notice "Bravida
 * has assigned this claim to us") name a supplier the municipality trusts and give an account of their own.
 * Bounded: one pass over at most the scanned text's tokens, one hash lookup per token and up to three joins.
 */
final class SupplierNames {
    /** Words that make the preceding brand a company ("a"/"i"/"k"/"p" only as A/S, I/S, K/S, P/S). */
    private static final Set<String> COMPANY_WORDS = Set.of("as", "aps", "ivs", "amba", "danmark", "denmark",
            "nordic", "scandinavia", "group", "gruppen", "koncernen", "holding", "gmbh", "ab", "ltd", "limited",
            "inc", "oy", "sa", "nv", "bv");
    private static final Set<String> SLASH_FORMS = Set.of("a", "i", "k", "p");
    private static final int MAX_JOIN = 3;
    private static final int MIN_TRADE_WORD = 5;

    /**
     * Supplier brand (label without hyphens) → its domain; and for a hyphenated label, its words before the last
     * (joined) → the last word and the domain. A domain shortens the registered name's trade word: "Båring
     * Vognmandsforretning ApS" writes from {@code baaring-vognmand.dk}, "Strib Entreprenørforretning A/S" from
     * {@code strib-entreprenoer.dk}.
     */
    record Index(Map<String, String> byBrand, Map<String, List<Map.Entry<String, String>>> byHead,
                 Map<String, List<Map.Entry<String, String>>> byFirstPart) {
        static final Index EMPTY = new Index(Map.of(), Map.of(), Map.of());

        static Index of(Set<String> supplierDomains) {
            Map<String, String> m = new HashMap<>();
            Map<String, List<Map.Entry<String, String>>> heads = new HashMap<>();
            Map<String, List<Map.Entry<String, String>>> firstParts = new HashMap<>();
            for (String d : supplierDomains) {
                String hyphenated = Domains.registrableLabel(d);
                String label = hyphenated.replace("-", "");
                if (label.length() >= 3) {
                    m.putIfAbsent(label, d);
                }
                int last = hyphenated.lastIndexOf('-');
                String head = last < 0 ? "" : hyphenated.substring(0, last).replace("-", "");
                String tail = last < 0 ? "" : hyphenated.substring(last + 1);
                // a trade word long enough that a word starting with it is that trade ("vognmand", "entreprenoer"),
                // after a distinctive name: not "el", "vvs", "tag"
                if (head.length() >= 3 && tail.length() >= MIN_TRADE_WORD) {
                    heads.computeIfAbsent(head, k -> new ArrayList<>()).add(Map.entry(tail, d));
                }
                // two-part labels, for the registered name written out around them (spelledOut)
                if (last > 0 && hyphenated.indexOf('-') == last && head.length() >= 2 && tail.length() >= 3) {
                    firstParts.computeIfAbsent(head, k -> new ArrayList<>()).add(Map.entry(tail, d));
                }
            }
            heads.replaceAll((k, v) -> List.copyOf(v));
            firstParts.replaceAll((k, v) -> List.copyOf(v));
            return m.isEmpty() ? EMPTY : new Index(Map.copyOf(m), Map.copyOf(heads), Map.copyOf(firstParts));
        }
    }

    private SupplierNames() {
    }

    /** Adds to {@code out} the domains of suppliers that at most {@code maxChars} of {@code text} name. */
    static void find(CharSequence text, int maxChars, Index index, Set<String> out) {
        if (text == null || index.byBrand().isEmpty()) {
            return;
        }
        List<String> tokens = Vocabulary.tokenize(text, maxChars);
        for (int fold = 0; fold < 3; fold++) {
            for (int i = 0; i < tokens.size(); i++) {
                StringBuilder joined = new StringBuilder();
                for (int k = 0; k < MAX_JOIN && i + k < tokens.size(); k++) {
                    joined.append(SpoofSignals.foldings(tokens.get(i + k)).get(fold));
                    String domain = index.byBrand().get(joined.toString());
                    if (domain != null && (company(tokens, i + k + 1, firstLabel(Domains.suffix(domain)), k > 0)
                            || (k > 0 && creditorBefore(tokens, i)))) {
                        out.add(domain);
                    }
                    extended(tokens, i + k + 1, fold, index.byHead().get(joined.toString()), out);
                }
                spelledOut(tokens, i, fold, index.byFirstPart(), out);
            }
        }
    }

    /** "Kreditor: Gyllingnæs Vejsalt": a collection letter's creditor line names a company, whatever follows. */
    private static final Set<String> CREDITOR_WORDS = Set.of("kreditor", "creditor", "fordringshaver", "gläubiger",
            "glaeubiger");

    private static boolean creditorBefore(List<String> tokens, int i) {
        return i > 0 && CREDITOR_WORDS.contains(tokens.get(i - 1));
    }

    /** A first part this short is an abbreviation ("sj" for Sjællands), so the word may only begin with it. */
    private static final int ABBREVIATION = 3;
    /** After an abbreviation, only a long second part names a company by itself ("plejeartikler", not "vvs"). */
    private static final int LONG_PART = 8;
    /** Words the registered name may add between the two parts ("Stenlille Vognmand &amp; Grus ApS"). */
    private static final int MAX_BETWEEN = 2;

    /**
     * The registered name around a two-part label, then a company word: an abbreviated first part written out
     * ("Sjællands Plejeartikler ApS" for {@code sj-plejeartikler.dk}), or the two parts with up to two words between
     * ("Stenlille Vognmand &amp; Grus ApS" for {@code stenlille-grus.dk}). The fake debt collector names the supplier
     * as its letterhead does, not as its domain.
     */
    private static void spelledOut(List<String> tokens, int i, int fold,
                                   Map<String, List<Map.Entry<String, String>>> byFirstPart, Set<String> out) {
        String first = SpoofSignals.foldings(tokens.get(i)).get(fold);
        for (int n = 2; n <= ABBREVIATION && n < first.length(); n++) {
            List<Map.Entry<String, String>> c = byFirstPart.get(first.substring(0, n));
            if (c == null || i + 1 >= tokens.size()) {
                continue;
            }
            String next = SpoofSignals.foldings(tokens.get(i + 1)).get(fold);
            for (Map.Entry<String, String> e : c) {
                if (e.getKey().length() >= LONG_PART && next.startsWith(e.getKey())
                        && company(tokens, i + 2, firstLabel(Domains.suffix(e.getValue())), false)) {
                    out.add(e.getValue());
                }
            }
        }
        List<Map.Entry<String, String>> c = first.length() > ABBREVIATION ? byFirstPart.get(first) : null;
        if (c == null) {
            return;
        }
        for (Map.Entry<String, String> e : c) {
            for (int gap = 1; gap <= MAX_BETWEEN && i + 1 + gap < tokens.size(); gap++) {
                if (SpoofSignals.foldings(tokens.get(i + 1 + gap)).get(fold).equals(e.getKey())
                        && company(tokens, i + 2 + gap, firstLabel(Domains.suffix(e.getValue())), false)) {
                    out.add(e.getValue());
                }
            }
        }
    }

    /** The word at {@code at} extends a candidate's trade word ("vognmand" → "vognmandsforretning"), then a company word. */
    private static void extended(List<String> tokens, int at, int fold, List<Map.Entry<String, String>> candidates,
                                 Set<String> out) {
        if (candidates == null || at >= tokens.size()) {
            return;
        }
        String word = SpoofSignals.foldings(tokens.get(at)).get(fold);
        for (Map.Entry<String, String> c : candidates) {
            if (word.length() > c.getKey().length() && word.startsWith(c.getKey())
                    && company(tokens, at + 1, firstLabel(Domains.suffix(c.getValue())), true)) {
                out.add(c.getValue());
            }
        }
    }

    /**
     * Do the words (a display name's) give {@code flatLabel} (a supplier's label without hyphens) as a company:
     * "GK Danmark", "SK Tag ApS", "Kemp &amp; Lauritzen A/S"? Short brands count here, with the company word.
     */
    static boolean namesCompany(List<String> words, String flatLabel, String suffix) {
        for (int fold = 0; fold < 3; fold++) {
            for (int i = 0; i < words.size(); i++) {
                StringBuilder joined = new StringBuilder();
                for (int k = 0; k < MAX_JOIN && i + k < words.size() && joined.length() < flatLabel.length(); k++) {
                    joined.append(SpoofSignals.foldings(words.get(i + k)).get(fold));
                    if (joined.toString().equals(flatLabel) && company(words, i + k + 1, firstLabel(suffix), k > 0)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Is the token at {@code at} a company word, A/S-like form, or the brand's own top-level domain? Or, after a
     * brand of two or more words ({@code multiWord}), one word later a legal form no sentence uses otherwise: the
     * registered name adds a word the domain leaves out ("Klinte Kontor &amp; Print ApS" for klinte-kontor.dk). Not
     * after a one-word brand: "Bo KMD Jensen ApS" is Jensen's firm, not KMD.
     */
    private static boolean company(List<String> tokens, int at, String suffix, boolean multiWord) {
        if (at >= tokens.size()) {
            return false;
        }
        String t = tokens.get(at);
        if (COMPANY_WORDS.contains(t) || t.equals(suffix) || slashForm(tokens, at)) {
            return true;
        }
        return multiWord && at + 1 < tokens.size()
                && (LEGAL_FORMS.contains(tokens.get(at + 1)) || slashForm(tokens, at + 1));
    }

    private static boolean slashForm(List<String> tokens, int at) {
        return SLASH_FORMS.contains(tokens.get(at)) && at + 1 < tokens.size() && tokens.get(at + 1).equals("s");
    }

    /** Legal forms that are no word of Danish or English ("as", "ab", "sa", "group" are). */
    private static final Set<String> LEGAL_FORMS = Set.of("aps", "ivs", "amba", "gmbh", "ltd");

    private static String firstLabel(String suffix) {
        int dot = suffix.indexOf('.');
        return dot < 0 ? suffix : suffix.substring(0, dot);
    }

    static Set<String> find(CharSequence text, Set<String> supplierDomains) {
        Set<String> out = new LinkedHashSet<>();
        find(text, text == null ? 0 : text.length(), Index.of(supplierDomains), out);
        return out;
    }
}
