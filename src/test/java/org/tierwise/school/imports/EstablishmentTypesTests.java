package org.tierwise.school.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tierwise.rules.Parameter;
import org.tierwise.rules.TestRules;
import org.tierwise.school.Governance;

/** rules/parameters/register.yaml classifies every establishment type GIAS publishes. */
class EstablishmentTypesTests {

    /** GIAS's TypeOfEstablishment names (codes 1 to 57), as its downloads spell them. */
    private static final List<String> GIAS_TYPES = List.of(
            "Community school",
            "Voluntary aided school",
            "Voluntary controlled school",
            "Foundation school",
            "City technology college",
            "Community special school",
            "Non-maintained special school",
            "Other independent special school",
            "Other independent school",
            "Foundation special school",
            "Pupil referral unit",
            "Local authority nursery school",
            "Further education",
            "Secure units",
            "Offshore schools",
            "Service children's education",
            "Miscellaneous",
            "Academy sponsor led",
            "Higher education institutions",
            "Welsh establishment",
            "Sixth form centres",
            "Special post 16 institution",
            "Academy special sponsor led",
            "Academy converter",
            "Free schools",
            "Free schools special",
            "British schools overseas",
            "Free schools alternative provision",
            "Free schools 16 to 19",
            "University technical college",
            "Studio schools",
            "Academy alternative provision converter",
            "Academy alternative provision sponsor led",
            "Academy special converter",
            "Academy 16-19 converter",
            "Academy 16 to 19 sponsor led",
            "Children's centre",
            "Children's centre linked site",
            "Online provider",
            "Institution funded by other government department",
            "Academy secure 16 to 19");

    @Test
    void theProjectsRegisterParametersGiveEveryGiasTypeAKnownGovernance() {
        EstablishmentTypes.Classification types =
                new EstablishmentTypes(TestRules.engine(Path.of("rules"))).on(LocalDate.of(2022, 4, 19));
        assertThat(types.problems()).isEmpty();
        assertThat(GIAS_TYPES).allSatisfy(type -> assertThat(types.governance(type))
                .as(type)
                .isPresent()
                .get()
                .isNotEqualTo(Governance.UNKNOWN));
        assertThat(types.governance("COMMUNITY SCHOOL")).contains(Governance.COMMUNITY);
        assertThat(types.governance("Other independent school")).contains(Governance.INDEPENDENT);
        assertThat(types.governance("Non-maintained special school")).contains(Governance.NON_MAINTAINED_SPECIAL);
        assertThat(types.governance("Further education")).contains(Governance.OTHER_PROVISION);
        assertThat(types.governance("Something new")).isEmpty();
    }

    @Test
    void anEntryNamingNoGovernanceIsAProblemAndDatedEntriesApplyOnTheirDays() {
        LocalDate day = LocalDate.of(2022, 4, 19);
        EstablishmentTypes.Classification types = EstablishmentTypes.of(
                List.of(
                        new Parameter("register.governance.Community school", null, "COMUNITY", null, null, "s"),
                        new Parameter(
                                "register.governance.Free schools", null, "FREE_SCHOOL", day.plusDays(1), null, "s"),
                        new Parameter("ks2.floor.attainment", null, "65", null, null, "s")),
                day);
        assertThat(types.problems()).singleElement().asString().contains("Community school", "COMUNITY");
        assertThat(types.governance("Free schools")).isEmpty();
    }
}
