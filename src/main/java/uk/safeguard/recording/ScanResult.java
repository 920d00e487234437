package uk.safeguard.recording;

/** What a virus scanner said about an uploaded file. */
public record ScanResult(Status status, String threat, String scanner) {

    public enum Status { CLEAN, INFECTED, NOT_SCANNED }

    public static ScanResult clean(String scanner) {
        return new ScanResult(Status.CLEAN, null, scanner);
    }

    public static ScanResult infected(String threat, String scanner) {
        return new ScanResult(Status.INFECTED, threat, scanner);
    }

    public static ScanResult notScanned() {
        return new ScanResult(Status.NOT_SCANNED, null, null);
    }
}
