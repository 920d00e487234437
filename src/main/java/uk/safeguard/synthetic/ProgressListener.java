package uk.safeguard.synthetic;

/** Told how far a generation has got: {@code fraction} from 0 to 1, and what it is doing ("writing ssd_cp_visits"). */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (fraction, stage) -> {};

    void progress(double fraction, String stage);
}
