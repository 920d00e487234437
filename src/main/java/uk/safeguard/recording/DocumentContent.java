package uk.safeguard.recording;

/** A document's bytes with what to call it and its stored content type, for a download. */
public record DocumentContent(DocumentView document, byte[] content) {}
