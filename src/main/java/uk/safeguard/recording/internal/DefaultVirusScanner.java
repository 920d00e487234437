package uk.safeguard.recording.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import uk.safeguard.recording.ScanResult;
import uk.safeguard.recording.VirusScanner;

/**
 * The scanner used when the deployment provides none: it scans nothing (NOT_SCANNED, recorded on the document and
 * shown), except that it recognises the industry's harmless EICAR test file as INFECTED, so the refusal can be tested.
 */
@Component
public class DefaultVirusScanner implements VirusScanner {
    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Override
    public ScanResult scan(String filename, byte[] content) {
        if (content.length <= 128 && new String(content, StandardCharsets.ISO_8859_1).startsWith(EICAR)) {
            return ScanResult.infected("EICAR-Test-File", "built-in EICAR check");
        }
        return ScanResult.notScanned();
    }
}
