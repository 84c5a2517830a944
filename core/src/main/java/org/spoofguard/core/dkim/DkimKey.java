package org.spoofguard.core.dkim;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;

/** A DKIM key record (RFC 6376 §3.6.1; RFC 8463 §4 for k=ed25519) checked against one signature. */
final class DkimKey {
    /** RFC 8301 §3.2: verifiers MUST NOT accept RSA keys shorter than 1024 bits. */
    static final int MIN_RSA_BITS = 1024;
    /** Bounds verification CPU; nothing real uses more. */
    static final int MAX_RSA_BITS = 8192;
    /** The bound the JDK itself sets on exponents of moduli above 3072 bits. */
    static final int MAX_RSA_EXPONENT_BITS = 64;

    /** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410: SEQ { SEQ { OID 1.3.101.112 }, BIT STRING }). */
    private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};
    /** DER prefix of an RSA SubjectPublicKeyInfo's AlgorithmIdentifier (rsaEncryption, NULL). */
    private static final byte[] RSA_ALGORITHM_ID = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};

    /** Either key or error; testing = key record t=y. */
    record Result(PublicKey key, boolean testing, String error) {
        static Result error(String error) {
            return new Result(null, false, error);
        }
    }

    private DkimKey() {
    }

    static Result parse(String txt, DkimSignature sig) {
        TagList tags = TagList.parse(txt);
        if (tags.error() != null) {
            return Result.error("malformed key record at " + sig.keyName() + ": " + tags.error());
        }
        Optional<String> v = tags.get("v");
        // §3.6.1: v= is optional, but if present it MUST be "DKIM1" and the first tag.
        if (v.isPresent() && (!v.get().equals("DKIM1") || !tags.firstTagName().equals("v"))) {
            return Result.error("key record at " + sig.keyName() + " has unsupported version v=" + TagList.abbreviate(v.get()));
        }
        if (!tags.has("p")) {
            return Result.error("key record at " + sig.keyName() + " has no p= tag");
        }
        String p = TagList.removeFws(tags.get("p").orElseThrow());
        if (p.isEmpty()) {
            return Result.error("key revoked (empty p=) at " + sig.keyName());
        }
        String k = TagList.lower(tags.get("k").orElse("rsa"));
        if (!k.equals(sig.algorithm.keyType())) {
            return Result.error("key type k=" + TagList.abbreviate(k) + " at " + sig.keyName()
                    + " does not match signature algorithm " + sig.algorithm.tag());
        }
        Optional<String> h = tags.get("h");
        if (h.isPresent() && !DkimSignature.colonListContains(h.get(), sig.algorithm.hashTag())) {
            return Result.error("key at " + sig.keyName() + " does not permit hash " + sig.algorithm.hashTag()
                    + " (h=" + TagList.abbreviate(h.get()) + ")");
        }
        Optional<String> s = tags.get("s");
        if (s.isPresent() && !DkimSignature.colonListContains(s.get(), "email") && !DkimSignature.colonListContains(s.get(), "*")) {
            return Result.error("key at " + sig.keyName() + " is not for email (s=" + TagList.abbreviate(s.get()) + ")");
        }
        boolean testing = false;
        Optional<String> t = tags.get("t");
        if (t.isPresent()) {
            testing = DkimSignature.colonListContains(t.get(), "y");
            // §3.6.1 t=s: the i= domain must be exactly d=, no subdomains.
            if (DkimSignature.colonListContains(t.get(), "s") && !sig.identityDomain.equals(sig.domain)) {
                return Result.error("key at " + sig.keyName() + " is strict (t=s) but i= domain " + sig.identityDomain
                        + " is a subdomain of " + sig.domain);
            }
        }
        byte[] der = DkimSignature.base64(p);
        if (der == null) {
            return Result.error("key at " + sig.keyName() + " has malformed base64 in p=");
        }
        try {
            if (k.equals("ed25519")) {
                // RFC 8463 §4: p= is the raw 32-byte public key, not an SPKI structure.
                if (der.length != 32) {
                    return Result.error("ed25519 key at " + sig.keyName() + " is " + der.length + " bytes, expected 32");
                }
                byte[] spki = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + 32);
                System.arraycopy(der, 0, spki, ED25519_SPKI_PREFIX.length, 32);
                return new Result(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)), testing, null);
            }
            RSAPublicKey rsa = decodeRsa(der);
            if (rsa == null) {
                return Result.error("key at " + sig.keyName() + " is not a valid RSA public key");
            }
            int bits = rsa.getModulus().bitLength();
            if (bits < MIN_RSA_BITS) {
                return Result.error("RSA key at " + sig.keyName() + " is only " + bits + " bits (RFC 8301 requires at least 1024)");
            }
            if (bits > MAX_RSA_BITS) {
                return Result.error("RSA key at " + sig.keyName() + " is " + bits + " bits, more than we accept (" + MAX_RSA_BITS + ")");
            }
            if (rsa.getPublicExponent().bitLength() > MAX_RSA_EXPONENT_BITS) {
                // keys use 65537; an exponent as long as the modulus makes each verification some thirty times
                // the work, sixteen times per message: a forger's way to spend our CPU
                return Result.error("RSA key at " + sig.keyName() + " has a " + rsa.getPublicExponent().bitLength()
                        + "-bit public exponent, more than we accept (" + MAX_RSA_EXPONENT_BITS + ")");
            }
            return new Result(rsa, testing, null);
        } catch (Exception e) {
            return Result.error("key at " + sig.keyName() + " could not be decoded: " + e.getClass().getSimpleName());
        }
    }

    /** §3.6.1 says SubjectPublicKeyInfo; some publishers put a bare PKCS#1 RSAPublicKey, which we wrap. */
    static RSAPublicKey decodeRsa(byte[] der) throws Exception {
        KeyFactory factory = KeyFactory.getInstance("RSA");
        try {
            return (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception notSpki) {
            byte[] bitString = concat(new byte[] {0x00}, der);
            byte[] spki = derSequence(concat(RSA_ALGORITHM_ID, derTlv(0x03, bitString)));
            try {
                return (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(spki));
            } catch (Exception notPkcs1) {
                return null;
            }
        }
    }

    private static byte[] derSequence(byte[] content) {
        return derTlv(0x30, content);
    }

    private static byte[] derTlv(int tag, byte[] content) {
        int len = content.length;
        byte[] header;
        if (len < 0x80) {
            header = new byte[] {(byte) tag, (byte) len};
        } else if (len < 0x100) {
            header = new byte[] {(byte) tag, (byte) 0x81, (byte) len};
        } else {
            header = new byte[] {(byte) tag, (byte) 0x82, (byte) (len >> 8), (byte) len};
        }
        return concat(header, content);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
