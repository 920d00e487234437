package uk.safeguard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Safeguard: one Spring Boot application, one top-level package per capability. */
@SpringBootApplication
public class SafeguardApplication {
    public static void main(String[] args) {
        SpringApplication.run(SafeguardApplication.class, args);
    }
}
