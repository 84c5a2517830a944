package org.spoofguard.core.dkim;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.spoofguard.core.dns.DnsAnswer;
import org.spoofguard.core.dns.DnsResolver;
import org.spoofguard.core.dns.DnsType;
import org.spoofguard.core.domain.OrganizationalDomain;
import org.spoofguard.core.message.HeaderSectionLimit;

/**
 * Verifies every DKIM-Signature of a message (RFC 6376 §6; algorithms per RFC 8301 and RFC 8463).
 *
 * <p>The message is read once as a stream: only the header section is buffered (capped), and all signatures'
 * body hashes are computed in a single pass, so memory does not grow with the body size.
 *
 * <p>Never throws for bad input or DNS trouble: every problem is a result with a reason. DNS timeouts and
 * SERVFAIL are {@link DkimResultCode#TEMPERROR}; a missing, revoked or unusable key and a broken signature
 * field are {@link DkimResultCode#PERMERROR}; a signature that does not match the message is
 * {@link DkimResultCode#FAIL}. Thread-safe if the resolver is.
 */
public final class DkimVerifier {
    /**
     * The one bound on a header section ({@link HeaderSectionLimit}): what SMTP accepts at DATA is verified whole.
     * Before, 1 MiB here against 4 MiB there left a signed mail between the two accepted and scanned, but its
     * genuine signature permerror (and its DMARC failed) only because of the size.
     */
    public static final int DEFAULT_MAX_HEADER_BYTES = HeaderSectionLimit.MAX_BYTES;
    public static final int DEFAULT_MAX_SIGNATURES = 16;
    /**
     * Time all of a message's key lookups may take together: sixteen selectors under a forger's slow name server
     * would otherwise hold the SMTP session sixteen resolver timeouts long.
     */
    public static final Duration DEFAULT_KEY_LOOKUP_BUDGET = Duration.ofSeconds(15);
    private static final int BODY_CHUNK = 64 * 1024;

    private final DnsResolver dns;
    private final Clock clock;
    private final int maxHeaderBytes;
    private final int maxSignatures;
    private final long keyLookupBudgetNanos;

    public DkimVerifier(DnsResolver dns) {
        this(dns, Clock.systemUTC());
    }

    public DkimVerifier(DnsResolver dns, Clock clock) {
        this(dns, clock, DEFAULT_MAX_HEADER_BYTES, DEFAULT_MAX_SIGNATURES);
    }

    /**
     * @param maxHeaderBytes size cap of the header section; beyond it nothing is verified (permerror)
     * @param maxSignatures signatures verified per message; further ones are permerror (bounds DNS work)
     */
    public DkimVerifier(DnsResolver dns, Clock clock, int maxHeaderBytes, int maxSignatures) {
        this(dns, clock, maxHeaderBytes, maxSignatures, DEFAULT_KEY_LOOKUP_BUDGET);
    }

    /**
     * @param keyLookupBudget time all key lookups of one message may take; a signature whose key is still to be
     *                        looked up after that is temperror (the sender may try again), never a fail
     */
    public DkimVerifier(DnsResolver dns, Clock clock, int maxHeaderBytes, int maxSignatures, Duration keyLookupBudget) {
        if (dns == null || clock == null || maxHeaderBytes <= 0 || maxSignatures <= 0 || keyLookupBudget == null
                || keyLookupBudget.isNegative() || keyLookupBudget.isZero()) {
            throw new IllegalArgumentException("resolver, clock and positive limits are required");
        }
        this.dns = dns;
        this.clock = clock;
        this.maxHeaderBytes = maxHeaderBytes;
        this.maxSignatures = maxSignatures;
        this.keyLookupBudgetNanos = keyLookupBudget.toNanos();
    }

    public List<DkimResult> verify(byte[] message) {
        return verify(new ByteArrayInputStream(message));
    }

    /**
     * One result per DKIM-Signature header field, in header order; empty when the message is unsigned.
     * The stream is read up to the end of the body (or only the header section when no signature needs the body);
     * it is not closed. Keys are looked up in header order; with the Author Domain known, use
     * {@link #verify(InputStream, Supplier)}.
     */
    public List<DkimResult> verify(InputStream message) {
        return verify(message, List::of);
    }

    /**
     * As {@link #verify(InputStream)}, but the signatures whose {@code d=} could align with one of the RFC5322.From
     * domains (the same domain, or the same organisational domain by the public suffix list: DMARC relaxed alignment,
     * RFC 7489 §3.1.1) are evaluated first, then the others in header order; the results stay in header order.
     *
     * <p>Why: the key lookup budget and the signature limit are shared by all signatures of a message. Taken in header
     * order, a forger put signatures under his own slow name server above a junk signature with {@code d=} the
     * victim's domain; the budget ran out before the victim's key was asked, that signature became temperror, DMARC
     * counted it as "could have aligned" and a certain fail under p=reject became temperror (451 instead of 550, and
     * matchers on DMARC fail missed the spoof). Now lookups for a signature that could align are charged only the
     * time of the other such lookups, never the time spent under unrelated domains; the whole stays bounded by
     * the budget (plus the one lookup running when it is spent).
     *
     * @param authorDomains the From domain(s), asked once the header section has been read (the caller may learn them
     *                      from that same read); an exception or null there just means header order
     */
    public List<DkimResult> verify(InputStream message, Supplier<? extends Collection<String>> authorDomains) {
        InputStream in = message instanceof BufferedInputStream ? message : new BufferedInputStream(message, 16 * 1024);
        HeaderSection headers;
        try {
            headers = HeaderSection.read(in, maxHeaderBytes);
        } catch (IOException | RuntimeException e) {
            return List.of(new DkimResult(DkimResultCode.TEMPERROR, "", "", "",
                    "could not read message header: " + describe(e)));
        }
        List<HeaderSection.Field> sigFields = new ArrayList<>();
        for (HeaderSection.Field f : headers.fields()) {
            if (f.name().equals("dkim-signature")) {
                sigFields.add(f);
            }
        }
        if (headers.truncated()) {
            String reason = "header section larger than " + maxHeaderBytes + " bytes; DKIM not evaluated";
            if (sigFields.isEmpty()) {
                return List.of(new DkimResult(DkimResultCode.PERMERROR, "", "", "", reason));
            }
            List<DkimResult> results = new ArrayList<>();
            for (HeaderSection.Field f : sigFields) {
                results.add(broken(DkimSignature.parse(f.raw()), DkimResultCode.PERMERROR, reason));
            }
            return results;
        }
        if (sigFields.isEmpty()) {
            return List.of();
        }

        DkimResult[] results = new DkimResult[sigFields.size()];
        List<Candidate> mayAlign = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        Collection<String> authors = authorDomains(authorDomains);
        for (int idx = 0; idx < sigFields.size(); idx++) {
            DkimSignature.Parsed parsed;
            try {
                parsed = DkimSignature.parse(sigFields.get(idx).raw());
            } catch (RuntimeException e) {
                results[idx] = new DkimResult(DkimResultCode.PERMERROR, "", "", "", "unparseable DKIM-Signature: " + describe(e));
                continue;
            }
            if (parsed.broken() != null) {
                results[idx] = broken(parsed, DkimResultCode.PERMERROR, parsed.broken().reason());
                continue;
            }
            DkimSignature sig = parsed.signature();
            long now = clock.instant().getEpochSecond();
            if (sig.expiration != null && now > sig.expiration) {
                // §3.5 x=: verifiers MAY consider the signature invalid once expired; replayed old mail is the attack.
                results[idx] = result(sig, DkimResultCode.PERMERROR,
                        "signature expired at " + Instant.ofEpochSecond(sig.expiration) + " (x=" + sig.expiration + ")");
                continue;
            }
            (mayAlign(sig.domain, authors) ? mayAlign : others).add(new Candidate(idx, sig));
        }

        List<Candidate> order = new ArrayList<>(mayAlign);
        order.addAll(others);
        List<Pending> pending = new ArrayList<>();
        Map<String, DnsAnswer> answers = new HashMap<>();
        // only signatures that cost a key lookup count against the limit: junk fields above a genuine signature
        // must not push it out of the evaluation; those that could align come first, so the forger's own
        // signatures cannot push the victim's out either
        int evaluated = 0;
        long lookupsStarted = System.nanoTime();
        for (Candidate c : order) {
            DkimSignature sig = c.sig;
            if (evaluated >= maxSignatures) {
                results[c.index] = result(sig, DkimResultCode.PERMERROR, "not evaluated: more than " + maxSignatures + " signatures");
                continue;
            }
            evaluated++;
            if (System.nanoTime() - lookupsStarted > keyLookupBudgetNanos && !answers.containsKey(sig.keyName())) {
                results[c.index] = result(sig, DkimResultCode.TEMPERROR, "not evaluated: this message's key lookups took "
                        + "longer than " + budget(keyLookupBudgetNanos));
                continue;
            }
            Object keyOrResult = fetchKey(sig, answers);
            if (keyOrResult instanceof DkimResult r) {
                results[c.index] = r;
                continue;
            }
            pending.add(new Pending(c.index, sig, sigFields.get(c.index), (DkimKey.Result) keyOrResult,
                    new BodyHash(sig.algorithm.digestName(), sig.bodyLength)));
        }

        if (!pending.isEmpty()) {
            String readError = hashBody(in, pending);
            for (Pending p : pending) {
                results[p.index] = readError != null
                        ? result(p.sig, DkimResultCode.TEMPERROR, "could not read message body: " + readError)
                        : check(p, headers.fields());
            }
        }
        return List.of(results);
    }

    private record Candidate(int index, DkimSignature sig) {
    }

    private static Collection<String> authorDomains(Supplier<? extends Collection<String>> supplier) {
        try {
            Collection<String> domains = supplier == null ? null : supplier.get();
            return domains == null ? List.of() : domains;
        } catch (RuntimeException e) {
            return List.of(); // only the order of lookups depends on it: header order, as without it
        }
    }

    /**
     * Could a pass of {@code d=} align with one of the Author Domains under relaxed alignment? Decided without DNS
     * (the public suffix list), as only the order of the lookups depends on it: DMARC itself still decides alignment
     * with its own organisational domain discovery.
     */
    static boolean mayAlign(String signingDomain, Collection<String> authorDomains) {
        String d = OrganizationalDomain.toAscii(signingDomain);
        if (d.isEmpty() || authorDomains.isEmpty()) {
            return false;
        }
        String org = null;
        for (String author : authorDomains) {
            String a = OrganizationalDomain.toAscii(author);
            if (a.isEmpty()) {
                continue;
            }
            if (a.equals(d)) {
                return true;
            }
            if (org == null) {
                org = OrganizationalDomain.of(d);
            }
            if (org.equals(OrganizationalDomain.of(a))) {
                return true;
            }
        }
        return false;
    }

    /** "15 s", or "300 ms" for a budget that is not whole seconds (a sub-second one said "longer than 0 s"). */
    static String budget(long nanos) {
        if (nanos % 1_000_000_000L == 0) {
            return nanos / 1_000_000_000L + " s";
        }
        return nanos % 1_000_000L == 0 ? nanos / 1_000_000L + " ms" : nanos + " ns";
    }

    private record Pending(int index, DkimSignature sig, HeaderSection.Field field, DkimKey.Result key,
                           BodyHash bodyHash) {
    }

    /** Returns a DkimKey.Result with a key, or the final DkimResult when no usable key is found. */
    private Object fetchKey(DkimSignature sig, Map<String, DnsAnswer> answers) {
        String name = sig.keyName();
        DnsAnswer answer;
        try {
            answer = answers.computeIfAbsent(name, n -> dns.lookup(n, DnsType.TXT));
        } catch (RuntimeException e) {
            return result(sig, DkimResultCode.TEMPERROR, "DNS error looking up key at " + name + ": " + describe(e));
        }
        String detail = answer.detail().isEmpty() ? "" : " (" + answer.detail() + ")";
        switch (answer.status()) {
            case TIMEOUT:
                // §6.1.2: a key that cannot be retrieved because of a DNS failure is TEMPFAIL, never a fail.
                return result(sig, DkimResultCode.TEMPERROR, "DNS timeout looking up key at " + name + detail);
            case SERVFAIL:
                return result(sig, DkimResultCode.TEMPERROR, "DNS failure looking up key at " + name + detail);
            case NXDOMAIN:
                return result(sig, DkimResultCode.PERMERROR, "key not found at " + name);
            case NODATA:
                return result(sig, DkimResultCode.PERMERROR, "key not found at " + name + " (no TXT record)");
            default:
                break;
        }
        String firstError = null;
        for (String txt : answer.records()) {
            DkimKey.Result key = DkimKey.parse(txt, sig);
            if (key.error() == null) {
                return key;
            }
            if (firstError == null) {
                firstError = key.error();
            }
        }
        return result(sig, DkimResultCode.PERMERROR, firstError == null ? "key not found at " + name : firstError);
    }

    /** One pass over the body for every pending signature; null on success, else why reading failed. */
    private static String hashBody(InputStream in, List<Pending> pending) {
        Map<Canonicalization, List<BodyHash>> byCanon = new EnumMap<>(Canonicalization.class);
        for (Pending p : pending) {
            byCanon.computeIfAbsent(p.sig.bodyCanon, c -> new ArrayList<>()).add(p.bodyHash);
        }
        List<BodyCanonicalizer> canonicalizers = new ArrayList<>();
        byCanon.forEach((canon, sinks) -> canonicalizers.add(new BodyCanonicalizer(canon, sinks)));
        byte[] buf = new byte[BODY_CHUNK];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                for (BodyCanonicalizer c : canonicalizers) {
                    c.update(buf, 0, n);
                }
            }
        } catch (IOException | RuntimeException e) {
            return describe(e);
        }
        for (BodyCanonicalizer c : canonicalizers) {
            c.finish();
        }
        return null;
    }

    private DkimResult check(Pending p, List<HeaderSection.Field> fields) {
        DkimSignature sig = p.sig;
        try {
            BodyHash body = p.bodyHash;
            if (sig.bodyLength >= 0 && body.canonicalLength() < sig.bodyLength) {
                return result(sig, DkimResultCode.FAIL, "body shorter than signed length l=" + sig.bodyLength
                        + " (" + body.canonicalLength() + " bytes)");
            }
            if (!MessageDigest.isEqual(body.hash(), sig.bodyHash)) {
                return result(sig, DkimResultCode.FAIL, "body hash mismatch");
            }
            byte[] data = headerHashInput(sig, without(fields, p.field));
            if (!verifySignature(sig, p.key, data)) {
                return result(sig, DkimResultCode.FAIL, "signature did not verify (signed headers altered or key mismatch)");
            }
            StringBuilder notes = new StringBuilder();
            if (sig.bodyLength >= 0 && body.canonicalLength() > sig.bodyLength) {
                if (sig.algorithm != DkimAlgorithm.RSA_SHA1) {
                    // §8.2: content beyond l= is unsigned and may have been appended by anyone, as a replayed
                    // signed mail with a new account below it: signed, but not acceptable as the author's word
                    // (RFC 8601 §2.7.1 policy), so it aligns nothing for DMARC and proves no sender
                    return result(sig, DkimResultCode.POLICY, "signature verified, but l=" + sig.bodyLength
                            + " covers only part of the body (" + (body.canonicalLength() - sig.bodyLength)
                            + " unsigned bytes appended, RFC 6376 section 8.2)");
                }
                notes.append("; l=").append(sig.bodyLength).append(" covers only part of the body (")
                        .append(body.canonicalLength() - sig.bodyLength).append(" unsigned bytes appended)");
            }
            if (p.key.testing()) {
                notes.append("; key is in testing mode (t=y)");
            }
            if (sig.algorithm == DkimAlgorithm.RSA_SHA1) {
                // RFC 8301 §3.1: verifiers MUST NOT consider rsa-sha1 signatures valid (SHA-1 collisions).
                return result(sig, DkimResultCode.PERMERROR,
                        "rsa-sha1 signature is cryptographically correct but rsa-sha1 is not acceptable (RFC 8301)" + notes);
            }
            return result(sig, DkimResultCode.PASS, "signature verified" + notes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return result(sig, DkimResultCode.PERMERROR, "verification error: " + describe(e));
        }
    }

    private static boolean verifySignature(DkimSignature sig, DkimKey.Result key, byte[] data) throws GeneralSecurityException {
        Signature verifier = Signature.getInstance(sig.algorithm.jcaSignature());
        verifier.initVerify(key.key());
        if (sig.algorithm == DkimAlgorithm.ED25519_SHA256) {
            // RFC 8463 §3: Ed25519 signs the SHA-256 hash of the canonicalized header data, not the data itself.
            verifier.update(MessageDigest.getInstance("SHA-256").digest(data));
        } else {
            verifier.update(data);
        }
        try {
            return verifier.verify(sig.signature);
        } catch (java.security.SignatureException e) {
            return false; // a b= of the wrong length or shape simply does not verify
        }
    }

    /**
     * The header fields as they stood when this signature was made: without the signature itself (§5.4: it did not
     * exist yet, so an h= naming dkim-signature selects only the fields that were there before it).
     */
    private static List<HeaderSection.Field> without(List<HeaderSection.Field> fields, HeaderSection.Field self) {
        List<HeaderSection.Field> rest = new ArrayList<>(fields.size());
        for (HeaderSection.Field f : fields) {
            if (f != self) {
                rest.add(f);
            }
        }
        return rest;
    }

    /**
     * §3.7 / §5.4.2: the signed header fields in h= order, each name taking the next unused instance from the
     * bottom; names with no instance left contribute nothing (that is what makes oversigning work); then the
     * signature field itself with the b= value emptied and no trailing CRLF.
     */
    static byte[] headerHashInput(DkimSignature sig, List<HeaderSection.Field> fields) {
        return headerHashInput(sig.signedHeaders, sig.headerCanon, sig.rawField, fields);
    }

    static byte[] headerHashInput(List<String> signedHeaders, Canonicalization headerCanon, String signatureField,
                                  List<HeaderSection.Field> fields) {
        Map<String, List<HeaderSection.Field>> byName = new HashMap<>();
        for (HeaderSection.Field f : fields) {
            byName.computeIfAbsent(f.name(), n -> new ArrayList<>()).add(f);
        }
        Map<String, Integer> used = new HashMap<>();
        StringBuilder data = new StringBuilder();
        for (String name : signedHeaders) {
            List<HeaderSection.Field> instances = byName.get(name);
            int taken = used.getOrDefault(name, 0);
            if (instances == null || taken >= instances.size()) {
                continue;
            }
            used.put(name, taken + 1);
            data.append(headerCanon.header(instances.get(instances.size() - 1 - taken).raw()));
        }
        String own = headerCanon.header(withoutSignatureValue(signatureField));
        if (own.endsWith("\r\n")) {
            own = own.substring(0, own.length() - 2);
        }
        data.append(own);
        return data.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The field with the b= tag's value (and surrounding whitespace) removed, everything else byte-exact (§3.7). */
    static String withoutSignatureValue(String rawField) {
        int colon = rawField.indexOf(':');
        // The field's own terminating CRLF is not part of the last tag value.
        int limit = rawField.endsWith("\r\n") ? rawField.length() - 2 : rawField.length();
        int start = colon + 1;
        while (start < limit) {
            int end = rawField.indexOf(';', start);
            if (end < 0 || end > limit) {
                end = limit;
            }
            int eq = rawField.indexOf('=', start);
            if (eq >= 0 && eq < end && TagList.stripFws(rawField.substring(start, eq)).equals("b")) {
                return rawField.substring(0, eq + 1) + rawField.substring(end);
            }
            start = end + 1;
        }
        return rawField;
    }

    private static DkimResult result(DkimSignature sig, DkimResultCode code, String reason) {
        return new DkimResult(code, sig.domain, sig.selector, sig.algorithmTag, reason, sig.identity, sig.signaturePrefix);
    }

    private static DkimResult broken(DkimSignature.Parsed parsed, DkimResultCode code, String reason) {
        if (parsed.signature() != null) {
            return result(parsed.signature(), code, reason);
        }
        DkimSignature.Broken b = parsed.broken();
        return new DkimResult(code, b.domain(), b.selector(), b.algorithm(), reason);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
