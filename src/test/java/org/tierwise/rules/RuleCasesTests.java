package org.tierwise.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.rules.cases.CaseRunner;
import org.tierwise.rules.cases.CasesReport;

/**
 * Runs every {@code rules/**}{@code /*.cases.yaml} case, one test per case named by its sentence,
 * with the given keys and expectations the features register.
 */
@SpringBootTest
class RuleCasesTests {

    @Autowired
    CaseRunner runner;

    @Autowired
    RulesProperties properties;

    @TestFactory
    Stream<DynamicNode> everyCaseHolds() {
        CasesReport report = runner.run(properties.dir());
        DynamicTest checks = DynamicTest.dynamicTest(
                "every rule file compiles and has a cases file", () -> assertThat(report.problems())
                        .extracting(RuleProblem::toString)
                        .isEmpty());
        return Stream.concat(
                Stream.of(checks),
                report.cases().stream()
                        .map(result -> DynamicTest.dynamicTest(result.name(), () -> assertThat(result.differences())
                                .as("%s:%d %s", result.file(), result.line(), result.name())
                                .isEmpty())));
    }
}
