package org.spoofguard.core.invoice;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words, as {@link Set#of}, whose {@link #contains} first rules a word out by its length and
 * first character. The vocabulary scan asks each token of up to a million characters of text against about a
 * hundred such sets, and nearly every token is in none of them; two bit tests answer most of those questions
 * without a hash probe. The answer is always the backing set's.
 */
final class WordSet extends AbstractSet<String> {
    private final Set<String> words;
    private final long lengths; // bit min(length, 63) for every word
    private final long firsts; // bit (first char & 63) for every non-empty word

    private WordSet(Set<String> words) {
        this.words = words;
        long l = 0;
        long f = 0;
        for (String w : words) {
            l |= 1L << Math.min(w.length(), 63);
            if (!w.isEmpty()) {
                f |= 1L << (w.charAt(0) & 63);
            }
        }
        lengths = l;
        firsts = f;
    }

    /** As {@link Set#of}: no nulls, no duplicates (an error at class initialisation, as there). */
    static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    @Override
    public boolean contains(Object o) {
        if (o instanceof String s && !s.isEmpty()
                && ((lengths & 1L << Math.min(s.length(), 63)) == 0 || (firsts & 1L << (s.charAt(0) & 63)) == 0)) {
            return false;
        }
        return words.contains(o);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
