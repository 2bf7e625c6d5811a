package org.tierwise.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GovernanceTests {

    @Test
    void separatesMaintainedSchoolsFromAcademies() {
        assertThat(Governance.FOUNDATION.isMaintained()).isTrue();
        assertThat(Governance.FOUNDATION.isAcademy()).isFalse();
        assertThat(Governance.ACADEMY_CONVERTER.isMaintained()).isFalse();
        assertThat(Governance.ACADEMY_CONVERTER.isAcademy()).isTrue();
        assertThat(Governance.PUPIL_REFERRAL_UNIT.isMaintained()).isFalse();
        assertThat(Governance.UNKNOWN.isMaintained()).isFalse();
        assertThat(Governance.UNKNOWN.isAcademy()).isFalse();
    }

    @Test
    void leavesOutOfTieringOnlyWhatIsNotAStateFundedSchool() {
        assertThat(Governance.INDEPENDENT.isStateFundedSchool()).isFalse();
        assertThat(Governance.NON_MAINTAINED_SPECIAL.isStateFundedSchool()).isFalse();
        assertThat(Governance.OTHER_PROVISION.isStateFundedSchool()).isFalse();
        assertThat(Governance.COMMUNITY.isStateFundedSchool()).isTrue();
        assertThat(Governance.FREE_SCHOOL.isStateFundedSchool()).isTrue();
        assertThat(Governance.PUPIL_REFERRAL_UNIT.isStateFundedSchool()).isTrue();
        assertThat(Governance.UNKNOWN.isStateFundedSchool()).isTrue();
    }
}
