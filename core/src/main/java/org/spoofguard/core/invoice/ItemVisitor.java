package org.spoofguard.core.invoice;

import java.io.IOException;
import java.io.InputStream;

/**
 * What the scan does with what Outlook wraps or saves: the attachments and bodies of a winmail.dat ({@link Tnef})
 * and of an Outlook item ({@link OutlookMsg}), each handed over as a clerk would see it on opening the file.
 */
interface ItemVisitor {
    /** An item's body: {@code text/html} or {@code text/plain}, in {@code charset} (null: unknown). */
    void body(String mime, String charset, InputStream text) throws IOException;

    /**
     * An attachment's bytes and the name Outlook shows for it if it is known by then (null otherwise). What the
     * visitor leaves unread is skipped.
     */
    void data(String name, InputStream content) throws IOException;

    /** An attachment ended; {@code name} is what Outlook lists it as, or null. Once per attachment, data or not. */
    void name(String name);

    /**
     * An object embedded as such in an Outlook item (an attachment whose data is a storage that is no Outlook item:
     * a Word document or workbook inserted into a rich-text mail), to be read where it lies. Counted as an attachment.
     */
    default void embedded(String name, Cfb cfb, Cfb.Entry storage) throws IOException {
    }

    /** True to stop reading (time spent, inspection stopped). */
    boolean stop();

    /**
     * How a read ended.
     *
     * @param attachments attachments whose data was handed over
     * @param broken why the file could not be read to its end (null when it could)
     * @param limit which limit left the rest unread (null when none did)
     */
    record Result(int attachments, String broken, String limit) {
    }
}
