package org.tierwise.tiering;

import java.util.List;
import java.util.Map;
import org.tierwise.school.facts.SchoolFacts;

/**
 * The facts a tiering evaluation reads, per school: its register entry, Ofsted summary, results
 * for the year and the two before, and recorded concerns.
 *
 * @param digest SHA-256 of every fact, so a run says exactly what data it read
 */
public record TieringInput(
        int academicYear, List<SchoolFacts> schools, Map<Integer, List<Object>> factsBySchool, String digest) {}
