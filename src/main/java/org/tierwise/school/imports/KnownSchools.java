package org.tierwise.school.imports;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tierwise.school.SchoolRepository;

/** The URNs in the register, for files that must refer to a school that exists. */
@Component
class KnownSchools {

    private final SchoolRepository schools;

    KnownSchools(SchoolRepository schools) {
        this.schools = schools;
    }

    Set<Integer> urns() {
        return new HashSet<>(schools.findAllUrns());
    }

    /** The LA codes of the register's schools: results of any other LA are another authority's. */
    Set<Integer> laCodes() {
        return new HashSet<>(schools.findAllLaCodes());
    }

    static String notInRegister(int urn) {
        return "URN " + urn + " is not in the register: import the school information file first";
    }
}
