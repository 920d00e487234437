/**
 * Statutory returns: Ofsted's Annex A lists, the DfE children in need census and the DfE children's social care API.
 * Built from the owning modules' facts APIs; child-level, so only team managers and performance analysts may
 * produce them.
 */
package uk.safeguard.returns;
