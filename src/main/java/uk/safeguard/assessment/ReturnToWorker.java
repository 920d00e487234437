package uk.safeguard.assessment;

/** The manager returns a submitted assessment to the worker, saying what to do. */
public record ReturnToWorker(String comment) {}
