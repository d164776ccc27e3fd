package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class RubricDefinitionTest {

	private static ItemDefinition item(String code, int points, String... criteria) {
		List<CriterionDefinition> list = new ArrayList<>();
		for (String criterion : criteria) {
			list.add(new CriterionDefinition(criterion, "细则" + criterion));
		}
		return new ItemDefinition(code, "项目" + code, BigDecimal.valueOf(points), list);
	}

	private static RubricDefinition small() {
		CategoryDefinition c1 = new CategoryDefinition("C1", "内部管理", BigDecimal.valueOf(6),
				List.of(item("A-01", 2, "A-01-1", "A-01-2"), item("A-02", 4, "A-02-1")));
		CategoryDefinition c2 = new CategoryDefinition("C2", "工作创新", BigDecimal.valueOf(4),
				List.of(item("A-03", 4, "A-03-1")));
		return new RubricDefinition(RubricCode.APPRAISAL, 1, "测试标准", List.of(c1, c2),
				List.of(new VetoDefinition("A-V01", "弄虚作假的")));
	}

	@Test
	void lookupsFindItemsCriteriaAndVetoesByCode() {
		RubricDefinition rubric = small();
		assertThat(rubric.totalPoints()).isEqualByComparingTo("10");
		assertThat(rubric.items()).extracting(ItemDefinition::code).containsExactly("A-01", "A-02", "A-03");
		assertThat(rubric.criteria()).extracting(CriterionDefinition::code)
			.containsExactly("A-01-1", "A-01-2", "A-02-1", "A-03-1");
		assertThat(rubric.criterionCount()).isEqualTo(4);
		assertThat(rubric.item("A-02")).get().extracting(ItemDefinition::points).isEqualTo(BigDecimal.valueOf(4));
		assertThat(rubric.criterion("A-01-2")).isPresent();
		assertThat(rubric.itemOfCriterion("A-01-2")).get().extracting(ItemDefinition::code).isEqualTo("A-01");
		assertThat(rubric.veto("A-V01")).isPresent();
		assertThat(rubric.category("C2")).isPresent();
		assertThat(rubric.item("X-99")).isEmpty();
		assertThat(rubric.criterion("A-01")).isEmpty();
		assertThat(rubric.veto("A-V02")).isEmpty();
	}

	@Test
	void categoryPointsMustEqualSumOfItemPoints() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CategoryDefinition("C1", "内部管理", BigDecimal.valueOf(7),
					List.of(item("A-01", 2, "A-01-1"), item("A-02", 4, "A-02-1"))))
			.withMessageContaining("C1");
	}

	@Test
	void categoryPointsCompareNumericallyNotByScale() {
		CategoryDefinition category = new CategoryDefinition("C1", "内部管理", new BigDecimal("6.00"),
				List.of(item("A-01", 2, "A-01-1"), item("A-02", 4, "A-02-1")));
		assertThat(category.points()).isEqualByComparingTo("6");
	}

	@Test
	void blankCodesAndMissingValuesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CriterionDefinition(" ", "text"));
		assertThatNullPointerException().isThrownBy(() -> new VetoDefinition(null, "text"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ItemDefinition("A-01", "岗位设置", BigDecimal.ONE, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new ItemDefinition("A-01", "岗位设置", BigDecimal.valueOf(-1),
				List.of(new CriterionDefinition("A-01-1", "x"))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RubricDefinition(RubricCode.LEVEL, 0, "x", List.of(), List.of()));
	}

	@Test
	void duplicateCodesAnywhereInTheRubricAreRejected() {
		CategoryDefinition c1 = new CategoryDefinition("C1", "内部管理", BigDecimal.valueOf(4),
				List.of(item("A-01", 2, "A-01-1"), item("A-02", 2, "A-01-1")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RubricDefinition(RubricCode.APPRAISAL, 1, "x", List.of(c1), List.of()))
			.withMessageContaining("A-01-1");
	}

	@Test
	void listsAreDefensivelyCopied() {
		List<CriterionDefinition> criteria = new ArrayList<>(List.of(new CriterionDefinition("A-01-1", "x")));
		ItemDefinition item = new ItemDefinition("A-01", "岗位设置", BigDecimal.ONE, criteria);
		criteria.add(new CriterionDefinition("A-01-2", "y"));
		assertThat(item.criteria()).hasSize(1);
		assertThat(RubricCode.LEVEL.label()).isEqualTo("等级评价机构");
		assertThat(RubricCode.APPRAISAL.label()).isEqualTo("考核鉴定机构");
	}

}
