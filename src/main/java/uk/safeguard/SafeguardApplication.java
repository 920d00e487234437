package uk.safeguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import uk.safeguard.migration.SsdCommandLine;

/**
 * Safeguard: one Spring Boot application, one top-level package per capability. With a command first
 * ({@code ssd-import PATH}, {@code ssd-export PATH}, {@code generate ...}) it runs that and exits instead.
 */
@SpringBootApplication
public class SafeguardApplication {
    public static void main(String[] args) {
        if (SsdCommandLine.isCommand(args)) {
            System.exit(SsdCommandLine.main(args, SafeguardApplication.class));
        }
        SpringApplication.run(SafeguardApplication.class, args);
    }
}
