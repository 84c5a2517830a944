package org.spoofguard.core.dns;

/** The record types SpoofGuard asks for. The obsolete SPF RR type (99) is deliberately absent (RFC 7208 §3.1, §14.1). */
public enum DnsType {
    A, AAAA, MX, TXT, PTR
}
