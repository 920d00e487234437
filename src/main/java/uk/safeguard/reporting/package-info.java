/**
 * Performance reporting: indicators defined once ({@link uk.safeguard.reporting.IndicatorCalculation}) and
 * computed from the other modules' record-level facts, the scrutiny dashboard, the scrutiny pack and exports.
 */
package uk.safeguard.reporting;
