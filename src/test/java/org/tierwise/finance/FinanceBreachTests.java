package org.tierwise.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tierwise.imports.ImportOptions;
import org.tierwise.imports.ImportService;

/** One more commitment on Dorset's fund is a breach, and the command exits 1 on it. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:FinanceBreachTests;DB_CLOSE_DELAY=-1")
class FinanceBreachTests {

    @Autowired
    ImportService imports;

    @Autowired
    CheckFinanceCommand command;

    @Test
    void aCommitmentBeyondDorsetsBudgetIsABreachAndTheCommandExitsOne() throws Exception {
        imports.importPath(Path.of("fixtures/finance"));
        String extra = "ITEM_REF,FUND_REF,KIND,AMOUNT,DATE,PURPOSE,CATEGORY,RECIPIENT,RECIPIENT_TYPE\n"
                + "DOR-04,DOR-SSIF-2018-19,PAYMENT,2000,2019-03-01,Cluster moderation,SCHOOL_IMPROVEMENT,"
                + "Cluster lead school,MAINTAINED_SCHOOL\n";
        imports.importFile(null, "extra.csv", extra.getBytes(StandardCharsets.UTF_8), ImportOptions.none());

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit =
                command.run(List.of("--fund=DOR-SSIF-2018-19"), new PrintStream(output, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("BREACH         DOR-04     FIN-013")
                .contains("reach £102,000, over its 2018-19 budget of £100,000");
    }
}
