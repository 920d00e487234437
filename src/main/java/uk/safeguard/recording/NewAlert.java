package uk.safeguard.recording;

import java.time.LocalDate;

/** Raising an alert: its type (and a description for OTHER), the evidence, when it was raised (default today) and when to review it. */
public record NewAlert(LabelType labelType, String description, String evidence, LocalDate raisedOn, LocalDate reviewDate) {}
