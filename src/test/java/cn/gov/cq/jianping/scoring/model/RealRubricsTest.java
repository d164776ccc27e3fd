package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.cq.jianping.rubric.CategoryDefinition;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class RealRubricsTest {

	@ParameterizedTest
	@CsvSource({ "APPRAISAL, 4, 22, 62, 12", "LEVEL, 5, 26, 72, 13" })
	void realRubricsLoadWithDocumentedShape(RubricCode code, int categories, int items, int criteria, int vetoes) {
		RubricDefinition rubric = RubricFixture.rubric(code);
		assertThat(rubric.code()).isEqualTo(code);
		assertThat(rubric.version()).isEqualTo(1);
		assertThat(rubric.totalPoints()).isEqualByComparingTo("100");
		assertThat(rubric.categories()).hasSize(categories);
		assertThat(rubric.items()).hasSize(items);
		assertThat(rubric.criteria()).hasSize(criteria);
		assertThat(rubric.criterionCount()).isEqualTo(criteria);
		assertThat(rubric.vetoes()).hasSize(vetoes);
	}

	@Test
	void categoryPointsMatchTheAnnexes() {
		assertThat(RubricFixture.appraisal().categories()).extracting(CategoryDefinition::points)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(bd(10), bd(65), bd(20), bd(5));
		assertThat(RubricFixture.level().categories()).extracting(CategoryDefinition::points)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(bd(10), bd(60), bd(15), bd(10), bd(5));
	}

	@ParameterizedTest
	@EnumSource(RubricCode.class)
	void defaultRuleSetValidatesWithoutProblems(RubricCode code) {
		RuleSet rules = RuleSet.defaultFor(RubricFixture.rubric(code));
		assertThat(rules.validate()).isEmpty();
		assertThat(rules.rules()).hasSize(RubricFixture.rubric(code).criterionCount());
	}

	@ParameterizedTest
	@EnumSource(RubricCode.class)
	void defaultRuleSetSplitsEachItemExactlyIntoReachableScaleRules(RubricCode code) {
		RubricDefinition rubric = RubricFixture.rubric(code);
		RuleSet rules = RuleSet.defaultFor(rubric);
		for (ItemDefinition item : rubric.items()) {
			BigDecimal sum = BigDecimal.ZERO;
			for (CriterionDefinition criterion : item.criteria()) {
				CriterionRule rule = rules.rule(criterion.code());
				assertThat(rule.type()).isEqualTo(RuleType.SCALE);
				assertThat(rule.points()).isPositive();
				assertThat(Numbers.isMultipleOf(rule.points(), rule.parameters().effectiveStep())).isTrue();
				sum = sum.add(rule.points());
			}
			assertThat(sum).as(item.code()).isEqualByComparingTo(item.points());
		}
	}

	@Test
	void defaultSplitUsesHalfPointStepsLargestFirst() {
		assertThat(RuleSet.split(bd(4), 2)).usingElementComparator(BigDecimal::compareTo).containsExactly(bd(2), bd(2));
		assertThat(RuleSet.split(bd(5), 1)).usingElementComparator(BigDecimal::compareTo).containsExactly(bd(5));
		assertThat(RuleSet.split(bd(7), 4)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(bd(2), bd(2), new BigDecimal("1.5"), new BigDecimal("1.5"));
		assertThat(RuleSet.split(bd(4), 5)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(bd(1), bd(1), bd(1), new BigDecimal("0.5"), new BigDecimal("0.5"));
	}

	@Test
	void defaultSplitFallsBackToHundredthsWhenHalfPointsWouldLeaveACriterionEmpty() {
		// L-03 财务管理: 2 points over 5 criteria.
		assertThat(RuleSet.split(bd(2), 5)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(List
				.of(new BigDecimal("0.4"), new BigDecimal("0.4"), new BigDecimal("0.4"), new BigDecimal("0.4"),
						new BigDecimal("0.4"))
				.toArray(new BigDecimal[0]));
		assertThat(RuleSet.split(bd(1), 3)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("0.34"), new BigDecimal("0.33"), new BigDecimal("0.33"));
		CriterionRule l031 = RuleSet.defaultFor(RubricFixture.level()).rule("L-03-1");
		assertThat(l031.points()).isEqualByComparingTo("0.4");
		assertThat(l031.parameters().step()).isEqualByComparingTo("0.1");
	}

	@Test
	void detailedLevelRuleSetMixesAllRuleTypesAndValidates() {
		RuleSet detailed = RubricFixture.detailedLevelRuleSet();
		assertThat(detailed.validate()).isEmpty();
		assertThat(detailed.rules()).extracting(CriterionRule::type).contains(RuleType.values());
	}

	private static BigDecimal bd(int value) {
		return BigDecimal.valueOf(value);
	}

}
