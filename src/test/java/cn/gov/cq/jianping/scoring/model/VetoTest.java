package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class VetoTest {

	private final ScoringEngine engine = new ScoringEngine();

	private ScoreResult scoreWith(String total, VetoFinding... vetoes) {
		return this.engine.scoreItems(RubricFixture.appraisal(),
				Totals.itemPointsFor(RubricFixture.appraisal(), new BigDecimal(total)), List.of(vetoes));
	}

	@ParameterizedTest(name = "{0} with {1} veto → band {2}, final {3}, capped {4}")
	@CsvSource({ "95, BASIC, EXCELLENT, BASIC, true", "80, BASIC, QUALIFIED, BASIC, true",
			"70, BASIC, BASIC, BASIC, false", "50, BASIC, UNQUALIFIED, UNQUALIFIED, false",
			"95, UNQUALIFIED, EXCELLENT, UNQUALIFIED, true", "70, UNQUALIFIED, BASIC, UNQUALIFIED, true",
			"100, UNQUALIFIED, EXCELLENT, UNQUALIFIED, true", "0, UNQUALIFIED, UNQUALIFIED, UNQUALIFIED, false" })
	void vetoCapsTheGradeButNeverRaisesIt(String total, VetoSeverity severity, Grade band, Grade expected,
			boolean capped) {
		ScoreResult result = scoreWith(total, VetoFinding.of("A-V03", severity));
		assertThat(result.bandGrade()).isEqualTo(band);
		assertThat(result.grade()).isEqualTo(expected);
		assertThat(result.capped()).isEqualTo(capped);
		assertThat(result.vetoes()).hasSize(1);
	}

	@Test
	void basicVetoOnExcellentTotalIsExplainedInChinese() {
		ScoreResult result = scoreWith("92", VetoFinding.of("A-V03", VetoSeverity.BASIC));
		assertThat(result.explanation()).containsExactly("总分 92 分，按第七条评定为“优秀”。",
				"存在否定评判项 A-V03（情节认定为“基本合格”），评估结果直接确定为“基本合格”，低于按分数评定的“优秀”。");
	}

	@Test
	void severeVetoCapsAnyTotalAtUnqualified() {
		for (String total : List.of("100", "90", "75", "60", "59.99", "0")) {
			ScoreResult result = scoreWith(total, VetoFinding.of("A-V12", VetoSeverity.UNQUALIFIED));
			assertThat(result.grade()).as(total).isEqualTo(Grade.UNQUALIFIED);
		}
	}

	@Test
	void strictestOfSeveralVetoesWins() {
		ScoreResult result = scoreWith("95", VetoFinding.of("A-V01", VetoSeverity.BASIC),
				new VetoFinding("A-V05", VetoSeverity.UNQUALIFIED, "伪造鉴定成绩 3 份"),
				VetoFinding.of("A-V07", VetoSeverity.BASIC));
		assertThat(result.grade()).isEqualTo(Grade.UNQUALIFIED);
		assertThat(result.capped()).isTrue();
		assertThat(result.explanation()).contains("存在 3 项否定评判项：A-V01（情节认定为“基本合格”）、A-V05（情节认定为“不合格”）、A-V07（情节认定为“基本合格”），"
				+ "以最严重的 A-V05 为准，评估结果直接确定为“不合格”，低于按分数评定的“优秀”。", "否定评判项 A-V05 认定理由：伪造鉴定成绩 3 份");
	}

	@Test
	void vetoThatDoesNotLowerTheGradeSaysSo() {
		ScoreResult result = scoreWith("50", VetoFinding.of("A-V03", VetoSeverity.BASIC));
		assertThat(result.explanation().get(1))
			.isEqualTo("存在否定评判项 A-V03（情节认定为“基本合格”），按第七条分数评定的“不合格”不高于“基本合格”，否定评判项不提高评估结果，仍为“不合格”。");
	}

	@Test
	void vetoCodeOutsideTheRubricIsAnInputError() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> scoreWith("80", VetoFinding.of("A-V03", VetoSeverity.BASIC),
					VetoFinding.of("L-V01", VetoSeverity.BASIC)))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly(new InputError("vetoes[1].code", "否定评判项代码 L-V01 不属于评分标准《重庆市职业技能考核鉴定机构评估评分标准》")));
	}

	@Test
	void severityCapsMapToGrades() {
		assertThat(VetoSeverity.BASIC.cap()).isEqualTo(Grade.BASIC);
		assertThat(VetoSeverity.UNQUALIFIED.cap()).isEqualTo(Grade.UNQUALIFIED);
		assertThat(VetoCap.strictest(List.of())).isEmpty();
		assertThat(VetoCap
			.strictest(List.of(VetoFinding.of("X", VetoSeverity.BASIC), VetoFinding.of("Y", VetoSeverity.UNQUALIFIED)))
			.orElseThrow()
			.decisive()
			.code()).isEqualTo("Y");
	}

}
