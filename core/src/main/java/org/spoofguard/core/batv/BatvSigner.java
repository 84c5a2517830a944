package org.spoofguard.core.batv;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.spoofguard.core.config.Bilingual;

/**
 * Bounce Address Tag Validation (draft-levine-smtp-batv-01), "prvs" scheme.
 *
 * <p>Why: a Joe Job makes the world send bounces to our domain for mail we never sent. If every envelope
 * sender we use is signed and expires, a real bounce comes back to a signed, fresh address, and a bounce
 * to an unsigned (or stale, or forged) one is backscatter that can be refused at RCPT time, before it
 * costs anything. The HMAC input is the key number and day digits followed by the original address
 * (draft §4.1); the original address is lower-cased first so that the case a remote MTA chooses does not
 * break verification.
 *
 * <p>Several keys (numbers 0-9) may be configured so a key can be rotated: signing uses {@code signingKey},
 * verification accepts any configured key.
 */
public final class BatvSigner {
    private final Map<Integer, byte[]> keys;
    private final int signingKey;
    private final int validDays;
    /** A bounce arrives within days; a tag's three-digit day comes round again after 1000. */
    public static final int MAX_VALID_DAYS = 100;
    private final Clock clock;

    /**
     * @param keys secret per key number (0-9), at least the signing key
     * @param signingKey the key number used for new signatures
     * @param validDays how many days a signed address stays valid (1..100); bounces may arrive days late
     */
    public BatvSigner(Map<Integer, String> keys, int signingKey, int validDays, Clock clock) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(Bilingual.of("keys: at least one BATV key is needed",
                "keys: der skal være mindst én BATV-nøgle"));
        }
        Map<Integer, byte[]> copy = new TreeMap<>();
        keys.forEach((number, secret) -> {
            if (number < 0 || number > 9) {
                throw new IllegalArgumentException(Bilingual.of("keys: key number must be 0-9, got " + number,
                    "keys: nøglenummeret skal være 0-9, ikke " + number));
            }
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException(Bilingual.of("keys: key " + number + " must have at least 16 characters",
                    "keys: nøgle " + number + " skal have mindst 16 tegn"));
            }
            copy.put(number, secret.getBytes(StandardCharsets.UTF_8));
        });
        if (!copy.containsKey(signingKey)) {
            throw new IllegalArgumentException(Bilingual.of("signingKey: no key number " + signingKey,
                "signingKey: ingen nøgle nummer " + signingKey));
        }
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            // the tag's day runs modulo 1000: a window near 1000 would never expire (999 accepted any tag forever)
            throw new IllegalArgumentException(Bilingual.of("validDays: must be 1.." + MAX_VALID_DAYS + ", got " + validDays,
                "validDays: skal være 1.." + MAX_VALID_DAYS + ", ikke " + validDays));
        }
        this.keys = Map.copyOf(copy);
        this.signingKey = signingKey;
        this.validDays = validDays;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signs {@code local@domain}; an address that is already signed is returned unchanged. */
    public String sign(String address) {
        if (BatvAddress.parse(address).isPresent()) {
            return address;
        }
        int expiry = (int) ((today() + validDays) % 1000);
        return new BatvAddress(signingKey, expiry, hash(signingKey, expiry, address), address).toAddress();
    }

    /**
     * Checks a recipient of a bounce. An unsigned address is invalid (reason "unsigned"): our own
     * senders are always signed, so a bounce to an unsigned one answers mail we did not send.
     */
    public BatvVerdict verify(String recipient) {
        return verify(recipient, true);
    }

    /**
     * Checks the recipient of a DSN our own server made (RemoteDelivery gave up, then DSNBounce): the signature
     * must be ours, but its age does not count. The tag went out on our user's own mail; our retries may outlast
     * {@code validDays} (the bundled RemoteDelivery gives up after about 4 days 18 hours, validDays may be 1), and
     * an expired tag would leave the DSN addressed to {@code prvs=...}, a user that does not exist: our user would
     * never learn that her mail failed. Never for mail from outside: there the expiry is what stops a harvested tag.
     */
    public BatvVerdict verifyOwnDsn(String recipient) {
        BatvVerdict verdict = verify(recipient, false);
        return verdict.valid() ? new BatvVerdict(true, verdict.original(), "BATV signature ours, age not checked (our own DSN)")
            : verdict;
    }

    private BatvVerdict verify(String recipient, boolean checkExpiry) {
        Optional<BatvAddress> parsed = BatvAddress.parse(recipient);
        if (parsed.isEmpty()) {
            return BatvVerdict.invalid(recipient == null ? "" : recipient,
                BatvAddress.taggable(recipient) ? "unsigned" : BatvVerdict.UNTAGGABLE);
        }
        BatvAddress batv = parsed.get();
        if (!keys.containsKey(batv.keyNumber())) {
            return BatvVerdict.invalid(batv.original(), "unknown key " + batv.keyNumber());
        }
        // Days run modulo 1000: the expiry lies within [today, today + validDays] when valid.
        long daysLeft = Math.floorMod(batv.day() - today(), 1000);
        if (checkExpiry && daysLeft > validDays) {
            return BatvVerdict.invalid(batv.original(), "expired");
        }
        byte[] expected = hash(batv.keyNumber(), batv.day(), batv.original()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, batv.hash().getBytes(StandardCharsets.US_ASCII))) {
            return BatvVerdict.invalid(batv.original(), BatvVerdict.BAD_SIGNATURE);
        }
        return BatvVerdict.valid(batv.original());
    }

    private long today() {
        return LocalDate.now(clock).toEpochDay();
    }

    private String hash(int keyNumber, int day, String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(keys.get(keyNumber), "HmacSHA1"));
            String input = String.format(Locale.ROOT, "%d%03d", keyNumber, day) + address.toLowerCase(Locale.ROOT);
            byte[] digest = mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 3);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }
}
