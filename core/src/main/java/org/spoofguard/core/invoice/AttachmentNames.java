package org.spoofguard.core.invoice;

import java.util.Locale;
import java.util.Set;

/** What an attachment's file name says about it: risky extensions and extension tricks. */
final class AttachmentNames {
    static final Set<String> EXECUTABLE = Set.of("exe", "scr", "com", "pif", "bat", "cmd", "js", "jse", "vbs",
            "vbe", "wsf", "wsh", "hta", "lnk", "msi", "msp", "ps1", "psm1", "jar", "cpl", "reg", "dll", "appx",
            "msix", "application", "gadget", "inf", "scf", "url", "chm", "xll", "one", "sct", "vb");
    static final Set<String> ARCHIVE = Set.of("zip", "rar", "7z", "gz", "tgz", "bz2", "tbz2", "tbz", "xz", "txz", "tar",
            "cab", "ace",
            "arj", "lzh", "z", "zipx", "r00", "r01");
    static final Set<String> DISK_IMAGE = Set.of("iso", "img", "vhd", "vhdx", "dmg", "udf");
    static final Set<String> HTML = Set.of("htm", "html", "shtml", "xhtml", "mht", "mhtml");
    /** Plain text the recipient's system opens in an editor whatever the part's declared type. */
    static final Set<String> PLAIN_TEXT = Set.of("txt", "text", "csv", "tsv");
    static final Set<String> DOCUMENT = Set.of("pdf", "doc", "docx", "xls", "xlsx", "xlsm", "docm", "txt", "jpg",
            "jpeg", "png", "gif", "tif", "tiff", "rtf", "odt", "ods", "csv", "xml", "zip", "eml", "msg");

    private AttachmentNames() {
    }

    static String extension(String name) {
        String n = clean(name);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).trim();
    }

    /** Lower case, without trailing dots/spaces (Windows ignores them: "faktura.exe. " runs as .exe). */
    static String clean(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT).replace('\\', '/');
        int slash = n.lastIndexOf('/');
        if (slash >= 0) {
            n = n.substring(slash + 1);
        }
        int end = n.length();
        while (end > 0 && (n.charAt(end - 1) == '.' || Character.isWhitespace(n.charAt(end - 1)))) {
            end--;
        }
        return n.substring(0, end);
    }

    /**
     * "faktura.pdf.exe", "faktura.pdf      .html", or a right-to-left override (U+202E) that makes
     * "faktura\u202Efdp.exe" display as "fakturaexe.pdf". Null when the name is fine.
     */
    static String doubleExtension(String name) {
        if (name == null) {
            return null;
        }
        if (name.indexOf('\u202e') >= 0 || name.indexOf('\u202d') >= 0 || name.indexOf('\u2066') >= 0
                || name.indexOf('\u2067') >= 0) {
            return "bidirectional override in file name";
        }
        String n = clean(name);
        String ext = extension(n);
        if (!EXECUTABLE.contains(ext) && !HTML.contains(ext) && !DISK_IMAGE.contains(ext) && !ext.equals("svg")) {
            return null;
        }
        String stem = n.substring(0, n.length() - ext.length() - 1).trim();
        String inner = extension(stem);
        if (DOCUMENT.contains(inner)) {
            return "." + inner + " disguised as ." + ext;
        }
        return null;
    }
}
