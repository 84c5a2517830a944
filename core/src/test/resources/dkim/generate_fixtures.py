#!/usr/bin/python3
"""Regenerates the independently signed DKIM fixtures with Debian's python3-dkim (dkimpy) + python3-nacl.

Run from this directory: /usr/bin/python3 generate_fixtures.py
Keys are created once (test-only keys, never used for real mail) and kept, so the
fixtures can be re-signed reproducibly. Each fixture NAME.eml has NAME.dns holding
"<selector>._domainkey.<domain> <TXT value>" lines for the fake resolver in the tests.
"""
import base64, os, subprocess
import dkim, nacl.signing

CRLF = b"\r\n"

def rsa_key(name, bits):
    if not os.path.exists(name + ".key"):
        subprocess.run(["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:%d" % bits,
                        "-out", name + ".key"], check=True)
    der = subprocess.run(["openssl", "pkey", "-in", name + ".key", "-pubout", "-outform", "DER"],
                         check=True, capture_output=True).stdout
    return open(name + ".key", "rb").read(), "v=DKIM1; k=rsa; p=" + base64.b64encode(der).decode()

def ed_key(name):
    if not os.path.exists(name + ".key"):
        seed = nacl.signing.SigningKey.generate().encode()
        open(name + ".key", "wb").write(base64.b64encode(seed) + b"\n")
    seed = base64.b64decode(open(name + ".key", "rb").read())
    pub = nacl.signing.SigningKey(seed).verify_key.encode()
    return open(name + ".key", "rb").read(), "v=DKIM1; k=ed25519; p=" + base64.b64encode(pub).decode()

def msg(*lines):
    return CRLF.join(l.encode() for l in lines)

# Folded headers, repeated header, tabs and runs of spaces, trailing whitespace, trailing blank lines:
# everything relaxed canonicalization has to get right.
BASE = msg(
    "Received: from mx.example.org (mx.example.org [192.0.2.7])",
    "\tby mail.example.net; Tue, 3 Jun 2025 10:00:00 +0200",
    "From: Faktura Afdeling <faktura@example.com>",
    "To: kommune@example.dk",
    "Subject: Faktura   nr. 4711\t ",
    "  (rykker)",
    "Date: Tue, 3 Jun 2025 09:59:58 +0200",
    "Message-ID: <4711@example.com>",
    "X-Repeated: first",
    "X-Repeated: second",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Hej,",
    "",
    "Vedlagt  faktura\t nr. 4711.   ",
    " indented line",
    "",
    "Med venlig hilsen",
    "",
    "",
    "")

HEADERS = [b"from", b"to", b"subject", b"date", b"message-id", b"x-repeated", b"x-repeated", b"mime-version",
           b"content-type", b"reply-to"]  # reply-to does not exist: oversigning

def write(name, signed, dns):
    open(name + ".eml", "wb").write(signed)
    open(name + ".dns", "w").write("".join("%s %s\n" % d for d in dns))

rsa_priv, rsa_txt = rsa_key("rsa2048", 2048)
ed_priv, ed_txt = ed_key("ed25519")
rsa_dns = ("rsa2048._domainkey.example.com", rsa_txt)
ed_dns = ("ed1._domainkey.example.com", ed_txt)

def sign(message, sel, key, alg=b"rsa-sha256", canon=(b"relaxed", b"relaxed"), **kw):
    return dkim.sign(message, sel, b"example.com", key, canonicalize=canon, signature_algorithm=alg,
                     include_headers=HEADERS, **kw)

write("rsa-relaxed", sign(BASE, b"rsa2048", rsa_priv) + BASE, [rsa_dns])
write("rsa-simple", sign(BASE, b"rsa2048", rsa_priv, canon=(b"simple", b"simple")) + BASE, [rsa_dns])
write("ed25519-relaxed", sign(BASE, b"ed1", ed_priv, alg=b"ed25519-sha256") + BASE, [ed_dns])
write("ed25519-simple", sign(BASE, b"ed1", ed_priv, alg=b"ed25519-sha256", canon=(b"simple", b"simple")) + BASE,
      [ed_dns])
write("rsa-length", sign(BASE, b"rsa2048", rsa_priv, length=True) + BASE, [rsa_dns])
write("rsa-sha1", sign(BASE, b"rsa2048", rsa_priv, alg=b"rsa-sha1") + BASE, [rsa_dns])
# RFC 8463 §3 style dual signature: Ed25519 on top of RSA.
rsa_signed = sign(BASE, b"rsa2048", rsa_priv) + BASE
write("dual", sign(rsa_signed, b"ed1", ed_priv, alg=b"ed25519-sha256") + rsa_signed, [rsa_dns, ed_dns])
# Empty body, both canonicalizations (simple: "CRLF", relaxed: "").
EMPTY = msg("From: a@example.com", "To: b@example.dk", "Subject: empty", "", "")
write("empty-body-relaxed", sign(EMPTY, b"rsa2048", rsa_priv) + EMPTY, [rsa_dns])
write("empty-body-simple", sign(EMPTY, b"ed1", ed_priv, alg=b"ed25519-sha256", canon=(b"simple", b"simple"))
      + EMPTY, [ed_dns])

for name in sorted(f[:-4] for f in os.listdir(".") if f.endswith(".eml") and not f.startswith("rfc8463")):
    data = open(name + ".eml", "rb").read()
    dns = dict(l.split(" ", 1) for l in open(name + ".dns").read().splitlines())
    def dnsfunc(n, timeout=5):
        return dns[n.decode().rstrip(".")].encode()
    d = dkim.DKIM(data)
    ok = [d.verify(idx=i, dnsfunc=dnsfunc) for i in range(data.count(b"DKIM-Signature:"))]
    print(name, ok)
