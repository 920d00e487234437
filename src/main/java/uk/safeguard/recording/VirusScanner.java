package uk.safeguard.recording;

/**
 * The hook for a deployment's virus scanner (e.g. a ClamAV client). Any Spring bean implementing this replaces the
 * built-in one, which scans nothing (every document is recorded and shown as "not scanned") except that it knows the
 * EICAR test file, so the refusal path can be tried end to end.
 */
public interface VirusScanner {
    ScanResult scan(String filename, byte[] content);
}
