package io.lucent.plugins.forecast.statistical.math;

import java.util.random.RandomGenerator;

/**
 * The moving block bootstrap as in R's {@code forecast:::MBB}: blocks of consecutive values starting at random
 * positions are laid end to end until they cover the series plus two blocks, and a window of the series' length
 * starting at a random offset within the first block is kept. Blocks keep the short-range dependence of the
 * values.
 */
public final class MovingBlockBootstrap {

    private MovingBlockBootstrap() {
    }

    /**
     * One bootstrap sample.
     *
     * @param x         the values (typically a remainder), at least one
     * @param blockSize the block length, capped at the number of values
     * @param random    the random source
     * @return a sample of the same length as {@code x}
     */
    public static double[] sample(double[] x, int blockSize, RandomGenerator random) {
        int n = x.length;
        int size = Math.max(1, Math.min(blockSize, n));
        int blocks = n / size + 2;
        double[] laid = new double[blocks * size];
        for (int b = 0; b < blocks; b++) {
            int start = random.nextInt(n - size + 1);
            System.arraycopy(x, start, laid, b * size, size);
        }
        int offset = random.nextInt(size);
        double[] out = new double[n];
        System.arraycopy(laid, offset, out, 0, n);
        return out;
    }
}
