package uk.safeguard.returns.internal;

import java.util.List;

/**
 * One Annex A list as one worksheet: its sheet name, Ofsted's column headings and the rows. A cell is a String, a
 * Number, a LocalDate or null (blank).
 */
public record AnnexASheet(String name, List<String> headings, List<List<Object>> rows) {}
