package uk.safeguard.synthetic.internal;

import java.util.SplittableRandom;

/** One random stream per purpose and index, derived from the seed: the output never depends on processing order. */
final class Seeds {
    private Seeds() {}

    static SplittableRandom random(long seed, int stream, long index) {
        return new SplittableRandom(mix(mix(seed * 0x9E3779B97F4A7C15L + stream) ^ index));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
