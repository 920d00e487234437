package uk.safeguard.work;

/**
 * One worker's caseload: the children they lead open cases for and the families those children make, where children
 * who currently live in the same household (a sibling group) count as one family.
 */
public record Caseload(long workerId, String workerName, String role, String teamName, int children, int families) {}
