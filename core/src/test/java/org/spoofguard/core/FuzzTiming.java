package org.spoofguard.core;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wall-clock bounds inside fuzz targets, checked only while Jazzer is fuzzing ({@code JAZZER_FUZZ} set).
 *
 * <p>Why: while fuzzing, a slow input is exactly what we look for, and the machine runs nothing else. When
 * {@code mvn verify} replays the regression inputs, the same check is a timed test on a shared CI machine (a
 * cold JVM at load 30 took 2.3 s for a 1 s bound): it would flake without telling us anything. The bounds that
 * are features (the PDF and scan deadlines) have their own deterministic tests (PdfDeadlineTest,
 * InvoiceBadInputTest) with margins made for that.
 */
public final class FuzzTiming {
    private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;

    private FuzzTiming() {
    }

    /** Asserts {@code millis < limitMillis} while fuzzing; nothing when replaying the regression inputs. */
    public static void assertWithin(long millis, long limitMillis, String what) {
        if (FUZZING) {
            assertThat(millis).as(what).isLessThan(limitMillis);
        }
    }
}
