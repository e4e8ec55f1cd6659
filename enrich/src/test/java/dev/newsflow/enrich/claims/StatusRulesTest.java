package dev.newsflow.enrich.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "183,000 regular soldiers and only 49,000 reservists|soldiers|OTHER|DEPLOYED|OTHER",
        "11,500 military personnel, 600 military observers|personnel|PLANNED|OTHER|PLANNED",
        "183,000 regular soldiers, who trained with 49,000 reservists|soldiers|OTHER|DEPLOYED|DEPLOYED",
        "killed 70 fighters and wounded 12|fighters|KILLED|WOUNDED|WOUNDED",
        "70 fighters and 12 wounded|fighters|DEPLOYED|WOUNDED|WOUNDED",
        "Uganda (4,500 troops), Ethiopia (2,500), Burkina Faso (1,520)|troops|PLANNED|DEPLOYED|PLANNED",
        "4,500 troops, of whom officers 2,500|troops|PLANNED|DEPLOYED|DEPLOYED",
    })
    void aFigureListedRightAfterAnotherClaimsTroopsSharesItsStatusButLossesKeepTheirOwn(
            String text, String firstHead, Status firstStatus, Status own, Status expected) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<NumberMention> figures = new NumberParser().parse(tokens);
        int firstEnd = 0;
        while (!tokens.get(firstEnd).norm().equals(firstHead)) {
            firstEnd++;
        }
        int from = figures.get(1).qualifierStart();
        assertThat(StatusRules.listed(tokens, firstEnd + 1, firstStatus, from, own)).isEqualTo(expected);
    }
}
