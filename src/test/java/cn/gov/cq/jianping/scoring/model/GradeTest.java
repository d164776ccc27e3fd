package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GradeTest {

	private final ScoringEngine engine = new ScoringEngine();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "90.00, EXCELLENT", "89.99, QUALIFIED", "89.999, QUALIFIED",
			"75, QUALIFIED", "74.99, BASIC", "60, BASIC", "59.99, UNQUALIFIED", "0, UNQUALIFIED", "-1, UNQUALIFIED" })
	void article7AssignsBandOnTheExactTotal(BigDecimal total, Grade expected) {
		assertThat(Grade.ofTotal(total)).isEqualTo(expected);
		assertThat(GradeBand.of(total).grade()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "total {0} scored item by item → {1}")
	@CsvSource({ "100, EXCELLENT", "90, EXCELLENT", "89.99, QUALIFIED", "75, QUALIFIED", "74.99, BASIC", "60, BASIC",
			"59.99, UNQUALIFIED", "0, UNQUALIFIED" })
	void engineGradesBoundaryTotalsWithoutRounding(BigDecimal total, Grade expected) {
		ScoreResult result = this.engine.scoreItems(RubricFixture.appraisal(),
				Totals.itemPointsFor(RubricFixture.appraisal(), total), List.of());
		assertThat(result.total()).isEqualByComparingTo(total);
		assertThat(result.bandGrade()).isEqualTo(expected);
		assertThat(result.grade()).isEqualTo(expected);
		assertThat(result.capped()).isFalse();
		assertThat(result.complete()).isTrue();
	}

	@Test
	void gradesAreOrderedFromExcellentDownToUnqualified() {
		assertThat(Grade.QUALIFIED.isLowerThan(Grade.EXCELLENT)).isTrue();
		assertThat(Grade.EXCELLENT.isLowerThan(Grade.QUALIFIED)).isFalse();
		assertThat(Grade.BASIC.isLowerThan(Grade.BASIC)).isFalse();
		assertThat(Grade.lower(Grade.EXCELLENT, Grade.BASIC)).isEqualTo(Grade.BASIC);
		assertThat(Grade.lower(Grade.UNQUALIFIED, Grade.BASIC)).isEqualTo(Grade.UNQUALIFIED);
		assertThat(Grade.lower(Grade.QUALIFIED, Grade.QUALIFIED)).isEqualTo(Grade.QUALIFIED);
	}

	@Test
	void labelsAreTheWordsOfArticle7() {
		assertThat(Grade.EXCELLENT.label()).isEqualTo("优秀");
		assertThat(Grade.QUALIFIED.label()).isEqualTo("合格");
		assertThat(Grade.BASIC.label()).isEqualTo("基本合格");
		assertThat(Grade.UNQUALIFIED.label()).isEqualTo("不合格");
		assertThat(GradeBand.ARTICLE_7).extracting(GradeBand::describe)
			.containsExactly("90 分及以上", "75 分及以上 90 分以下", "60 分及以上 75 分以下", "60 分以下");
	}

}
