package org.spoofguard.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** The compound-file reader against files written by Apache POI, and against such files made hostile. */
class CfbTest {
    private static final byte[] SMALL = bytes(100, 7);
    private static final byte[] LARGE = bytes(70_000, 13);

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * seed + i / 251);
        }
        return b;
    }

    /** Root: "a" (mini stream), "b" (regular sectors), storage "s" holding "c" and storage "t" holding "d". */
    private static byte[] file() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(SMALL), "a");
            fs.createDocument(new ByteArrayInputStream(LARGE), "b");
            DirectoryEntry s = fs.getRoot().createDirectory("s");
            s.createDocument("c", new ByteArrayInputStream(LARGE));
            s.createDirectory("t").createDocument("d", new ByteArrayInputStream(SMALL));
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            fs.writeFilesystem(o);
            return o.toByteArray();
        }
    }

    private static Cfb open(byte[] b) throws Exception {
        return Cfb.open(new RandomAccessReadBuffer(b));
    }

    private static Cfb.Entry child(Cfb c, Cfb.Entry storage, String name) {
        return c.children(storage).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    private static byte[] read(Cfb c, Cfb.Entry e) throws IOException {
        return c.stream(e).readAllBytes();
    }

    /** The offset of directory entry {@code name} in the first directory sector. */
    private static int entryAt(byte[] b, String name) {
        int dir = (Cfb.le32(b, 48) + 1) * 512;
        for (int k = 0; k < 4; k++) {
            int at = dir + 128 * k;
            int len = Cfb.le16(b, at + 64);
            if (len >= 2 && new String(b, at, len - 2, java.nio.charset.StandardCharsets.UTF_16LE).equals(name)) {
                return at;
            }
        }
        throw new IllegalStateException(name + " not in the first directory sector");
    }

    private static void le32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }

    @Test
    void readsStreamsInTheMiniStreamAndInSectorsAndNestedStorages() throws Exception {
        byte[] f = file();
        Cfb c = open(f);
        assertThat(c.children(c.root())).extracting(Cfb.Entry::name).containsExactlyInAnyOrder("a", "b", "s");
        assertThat(read(c, child(c, c.root(), "a"))).isEqualTo(SMALL);
        assertThat(read(c, child(c, c.root(), "b"))).isEqualTo(LARGE);
        Cfb.Entry s = child(c, c.root(), "s");
        assertThat(s.isStorage()).isTrue();
        assertThat(read(c, child(c, s, "c"))).isEqualTo(LARGE);
        assertThat(read(c, child(c, child(c, s, "t"), "d"))).isEqualTo(SMALL);
        // streams of one file may be read in turn, interleaved
        Cfb.ChainStream one = c.stream(child(c, c.root(), "b"));
        Cfb.ChainStream two = c.stream(child(c, s, "c"));
        byte[] x = one.readNBytes(1000);
        byte[] y = two.readNBytes(1000);
        assertThat(x).isEqualTo(Arrays.copyOf(LARGE, 1000)).isEqualTo(y);
        assertThat(one.failure()).isNull();
    }

    @Test
    void aStreamClaimingMoreThanItsChainHoldsEndsWithItsChainAndSaysSo() throws Exception {
        byte[] f = file();
        int b = entryAt(f, "b");
        le32(f, b + 120, 0x7FFFFFF0); // ~2 GB claimed, 70 000 bytes in the chain: nothing is allocated for the claim
        Cfb c = open(f);
        Cfb.ChainStream s = c.stream(child(c, c.root(), "b"));
        assertThat(s.readAllBytes()).hasSize(70_144).startsWith(Arrays.copyOf(LARGE, 512));
        assertThat(s.failure()).contains("ends before its size");
    }

    @Test
    void aChainThatLoopsOrLeavesTheFileIsCaught() throws Exception {
        byte[] f = file();
        Cfb.Entry b = child(open(f), open(f).root(), "b");
        int fat = (Cfb.le32(f, 76) + 1) * 512;
        // the stream's second sector leads back to its first
        int second = Cfb.le32(f, fat + 4 * b.start());
        le32(f, fat + 4 * second, b.start());
        Cfb c = open(f);
        Cfb.ChainStream s = c.stream(child(c, c.root(), "b"));
        assertThat(s.readAllBytes().length).isLessThanOrEqualTo(f.length);
        assertThat(s.failure()).contains("loops");

        byte[] g = file();
        le32(g, fat + 4 * Cfb.le32(g, fat + 4 * b.start()), 1_000_000);
        Cfb d = open(g);
        Cfb.ChainStream t = d.stream(child(d, d.root(), "b"));
        t.readAllBytes();
        assertThat(t.failure()).contains("outside the file");
    }

    @Test
    void aDirectoryTreeThatPointsBackIntoItselfListsEachEntryOnce() throws Exception {
        byte[] f = file();
        int t = entryAt(f, "s");
        // storage "s" names the root's own first child as its child: the walk must neither loop nor list twice
        le32(f, t + 76, Cfb.le32(f, entryAt(f, "Root Entry") + 76));
        int a = entryAt(f, "a");
        le32(f, a + 68, Cfb.le32(f, entryAt(f, "Root Entry") + 76)); // and "a" is its own left sibling's parent
        Cfb c = open(f);
        List<Cfb.Entry> all = new java.util.ArrayList<>(c.children(c.root()));
        for (Cfb.Entry e : c.children(c.root())) {
            all.addAll(c.children(e));
        }
        assertThat(all).extracting(Cfb.Entry::id).doesNotHaveDuplicates();
    }

    @Test
    void headersThatLieAreRefused() throws Exception {
        byte[] f = file();
        byte[] fat = f.clone();
        le32(fat, 44, 1_000_000); // FAT sectors
        assertThatThrownBy(() -> open(fat)).isInstanceOf(Cfb.Broken.class).hasMessageContaining("FAT sectors");
        byte[] version = f.clone();
        version[30] = 16; // 64 KB sectors
        assertThatThrownBy(() -> open(version)).isInstanceOf(Cfb.Broken.class).hasMessageContaining("sector shift");
        byte[] dir = f.clone();
        le32(dir, 48, 99_999);
        assertThatThrownBy(() -> open(dir)).isInstanceOf(Cfb.Broken.class).hasMessageContaining("outside the file");
        assertThatThrownBy(() -> open(Arrays.copyOf(f, 300))).isInstanceOf(Cfb.Broken.class);
        // a DIFAT chain that loops on itself, for a header that claims more FAT sectors than it lists
        byte[] difat = f.clone();
        byte[] bigger = Arrays.copyOf(difat, difat.length + 512);
        int extra = (bigger.length / 512) - 2;
        le32(bigger, 44, 200);
        le32(bigger, 68, extra);
        le32(bigger, 72, 1);
        for (int k = 0; k < 127; k++) {
            le32(bigger, (extra + 1) * 512 + 4 * k, Cfb.le32(f, 76));
        }
        le32(bigger, (extra + 1) * 512 + 508, extra);
        assertThatThrownBy(() -> open(bigger)).isInstanceOf(Cfb.Broken.class).hasMessageContaining("FAT");
    }
}
