package org.spoofguard.core.dkim;

import java.security.interfaces.RSAPublicKey;
import java.util.Locale;
import java.util.Optional;

/**
 * What a published DKIM key record (RFC 6376 §3.6.1) says, for an admin checking their own DNS: key type,
 * strength, revoked or broken. Uses the verifier's own tag parser and key decoding.
 *
 * @param keyType "rsa" or "ed25519" (k=, default rsa)
 * @param bits RSA modulus length, 256 for Ed25519, 0 when unknown
 * @param p the p= value without whitespace ("" = revoked)
 * @param testing t=y
 * @param error why the record is unusable, empty when usable
 */
public record DkimKeyRecord(String keyType, int bits, String p, boolean testing, Optional<String> error) {

    public boolean revoked() {
        return p.isEmpty() && error.isEmpty();
    }

    public static DkimKeyRecord parse(String txt) {
        TagList tags = TagList.parse(txt);
        if (tags.error() != null) {
            return broken("malformed key record: " + tags.error());
        }
        Optional<String> v = tags.get("v");
        if (v.isPresent() && (!v.get().equals("DKIM1") || !tags.firstTagName().equals("v"))) {
            return broken("unsupported version v=" + TagList.abbreviate(v.get()));
        }
        String k = TagList.lower(tags.get("k").orElse("rsa"));
        boolean testing = tags.get("t").map(t -> DkimSignature.colonListContains(t, "y")).orElse(false);
        if (!tags.has("p")) {
            return new DkimKeyRecord(k, 0, "", testing, Optional.of("no p= tag"));
        }
        String p = TagList.removeFws(tags.get("p").orElseThrow());
        if (p.isEmpty()) {
            return new DkimKeyRecord(k, 0, "", testing, Optional.empty());
        }
        byte[] der = DkimSignature.base64(p);
        if (der == null) {
            return new DkimKeyRecord(k, 0, p, testing, Optional.of("malformed base64 in p="));
        }
        switch (k.toLowerCase(Locale.ROOT)) {
            case "ed25519":
                return der.length == 32 ? new DkimKeyRecord(k, 256, p, testing, Optional.empty())
                    : new DkimKeyRecord(k, 0, p, testing, Optional.of("ed25519 key is " + der.length + " bytes, expected 32"));
            case "rsa":
                try {
                    RSAPublicKey rsa = DkimKey.decodeRsa(der);
                    if (rsa == null) {
                        return new DkimKeyRecord(k, 0, p, testing, Optional.of("not a valid RSA public key"));
                    }
                    return new DkimKeyRecord(k, rsa.getModulus().bitLength(), p, testing, Optional.empty());
                } catch (Exception e) {
                    return new DkimKeyRecord(k, 0, p, testing, Optional.of("RSA key could not be decoded"));
                }
            default:
                return new DkimKeyRecord(k, 0, p, testing, Optional.of("unknown key type k=" + TagList.abbreviate(k)));
        }
    }

    private static DkimKeyRecord broken(String why) {
        return new DkimKeyRecord("", 0, "", false, Optional.of(why));
    }
}
