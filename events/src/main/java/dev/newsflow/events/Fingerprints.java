package dev.newsflow.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-duplicate fingerprints of article text, part of the articles contract: a MinHash
 * signature (64 values) over word 3-shingles, so that the share of equal values estimates the
 * Jaccard similarity of two texts. Syndicated copies of one wire story share most shingles
 * (their own furniture adds a few), unrelated articles almost none. MinHash rather than SimHash
 * because news texts are short: a few differing shingles flip too many SimHash bits.
 */
public final class Fingerprints {

    /** Texts whose estimated shingle Jaccard similarity reaches this are the same story. */
    public static final double SAME_STORY = 0.7;

    private static final int SIZE = 64;
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprints() {
    }

    /** The signature, base64url-encoded; null for a text with fewer than three words. */
    public static String minHash(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.size() < 3) {
            return null;
        }
        int[] minima = new int[SIZE];
        Arrays.fill(minima, Integer.MAX_VALUE);
        for (int i = 0; i + 2 < words.size(); i++) {
            long shingle = fnv1a(words.get(i) + ' ' + words.get(i + 1) + ' ' + words.get(i + 2));
            for (int k = 0; k < SIZE; k++) {
                int value = (int) (mix(shingle + 0x9e3779b97f4a7c15L * (k + 1)) >>> 33);
                if (value < minima[k]) {
                    minima[k] = value;
                }
            }
        }
        ByteBuffer bytes = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int value : minima) {
            bytes.putInt(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /** Estimated Jaccard similarity of the two texts' shingles; 0 when either is missing or unreadable. */
    public static double similarity(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        try {
            ByteBuffer x = ByteBuffer.wrap(Base64.getUrlDecoder().decode(a));
            ByteBuffer y = ByteBuffer.wrap(Base64.getUrlDecoder().decode(b));
            if (x.capacity() != SIZE * Integer.BYTES || y.capacity() != SIZE * Integer.BYTES) {
                return 0;
            }
            int equal = 0;
            for (int k = 0; k < SIZE; k++) {
                if (x.getInt() == y.getInt()) {
                    equal++;
                }
            }
            return equal / (double) SIZE;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    public static boolean sameStory(String a, String b) {
        return similarity(a, b) >= SAME_STORY;
    }

    private static long fnv1a(String s) {
        long h = FNV_OFFSET;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix, one "permutation" per seed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
