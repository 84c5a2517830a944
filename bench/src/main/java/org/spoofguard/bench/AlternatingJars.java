package org.spoofguard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Old against new code of the invoice check on a loaded machine: two builds of {@code benchmarks.jar} (say main and a
 * branch) loaded in one JVM, each by its own class loader, and {@link InvoiceInspectBenchmark}'s three mails
 * inspected by both in alternating batches (which build goes first alternates too). Each batch is timed by the
 * thread's CPU time as well as the wall clock: on a machine whose other builds take the cores, the CPU time of the
 * benchmark thread is what the code costs, the wall clock mostly what the scheduler gave. Prints per mail the median
 * per-op figures and the median of the paired new/old ratios with a bootstrap 95 % interval.
 *
 * <p>Run: {@code java -cp bench/target/classes org.spoofguard.bench.AlternatingJars old.jar new.jar 45 25}
 * (warm-up seconds, rounds); repeat the command for more JVMs.
 */
public final class AlternatingJars {
    private static final String[] MAILS = {"plain", "pdf", "html"};
    private static final int[] BATCH = {200, 60, 20};

    private AlternatingJars() {
    }

    public static void main(String[] a) throws Exception {
        double warmSeconds = Double.parseDouble(a[2]);
        int rounds = Integer.parseInt(a[3]);
        Object[][] bench = new Object[2][MAILS.length];
        Method[] inspect = new Method[2];
        for (int v = 0; v < 2; v++) {
            ClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[v]).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("org.spoofguard.bench.InvoiceInspectBenchmark");
            inspect[v] = c.getMethod("inspect");
            for (int m = 0; m < MAILS.length; m++) {
                Object b = c.getConstructor().newInstance();
                c.getField("mail").set(b, MAILS[m]);
                c.getMethod("setup").invoke(b);
                bench[v][m] = b;
            }
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + (long) (warmSeconds * 1e9);
        while (System.nanoTime() < end) {
            for (int v = 0; v < 2; v++) {
                for (int m = 0; m < MAILS.length; m++) {
                    for (int i = 0; i < 20; i++) {
                        inspect[v].invoke(bench[v][m]);
                    }
                }
            }
        }
        // per mail, per build: {cpu µs/op, wall µs/op} of each batch
        List<List<List<double[]>>> res = new ArrayList<>();
        for (int m = 0; m < MAILS.length; m++) {
            res.add(List.of(new ArrayList<>(), new ArrayList<>()));
        }
        for (int r = 0; r < rounds; r++) {
            for (int m = 0; m < MAILS.length; m++) {
                for (int k = 0; k < 2; k++) {
                    int v = (r + k) % 2;
                    long c0 = mx.getCurrentThreadCpuTime();
                    long w0 = System.nanoTime();
                    for (int i = 0; i < BATCH[m]; i++) {
                        inspect[v].invoke(bench[v][m]);
                    }
                    long c1 = mx.getCurrentThreadCpuTime();
                    long w1 = System.nanoTime();
                    res.get(m).get(v).add(new double[] {(c1 - c0) / 1e3 / BATCH[m], (w1 - w0) / 1e3 / BATCH[m]});
                }
            }
        }
        Random rnd = new Random(1);
        for (int m = 0; m < MAILS.length; m++) {
            for (int kind = 0; kind < 2; kind++) {
                final int k = kind;
                double[] o = res.get(m).get(0).stream().mapToDouble(x -> x[k]).toArray();
                double[] n = res.get(m).get(1).stream().mapToDouble(x -> x[k]).toArray();
                double[] ratio = new double[o.length];
                for (int i = 0; i < o.length; i++) {
                    ratio[i] = n[i] / o[i]; // paired: the same round
                }
                double[] bs = new double[4000];
                for (int b = 0; b < bs.length; b++) {
                    double[] s = new double[ratio.length];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = ratio[rnd.nextInt(s.length)];
                    }
                    bs[b] = median(s);
                }
                Arrays.sort(bs);
                System.out.printf("%-6s %-4s old median %8.1f us/op  new median %8.1f us/op  new/old median of %d"
                    + " paired batches %.2f [95%% %.2f-%.2f]%n", MAILS[m], kind == 0 ? "cpu" : "wall", median(o),
                    median(n), o.length, median(ratio), bs[100], bs[3899]);
            }
        }
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
