package org.tierwise.school;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GovernanceTests {

    @Test
    void mapsPublishedEstablishmentTypes() {
        assertThat(Governance.fromEstablishmentType("Community school")).isEqualTo(Governance.COMMUNITY);
        assertThat(Governance.fromEstablishmentType("Academy sponsor led")).isEqualTo(Governance.SPONSORED_ACADEMY);
        assertThat(Governance.fromEstablishmentType("Free schools")).isEqualTo(Governance.FREE_SCHOOL);
        assertThat(Governance.fromEstablishmentType("Other independent school")).isEqualTo(Governance.INDEPENDENT);
        assertThat(Governance.fromEstablishmentType(null)).isEqualTo(Governance.UNKNOWN);
        assertThat(Governance.fromEstablishmentType("Something new")).isEqualTo(Governance.UNKNOWN);
    }

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
}
