package cn.gov.cq.jianping.renewal.model;

import java.time.LocalDate;

import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.scoring.model.Grade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 延续备案's rules, each both ways, with their Chinese reasons and articles.
 */
class RenewalPolicyTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	static RenewalFacts facts(InstitutionStatus status, Grade grade, LocalDate validUntil, boolean rectification) {
		return new RenewalFacts(status, TODAY.plusDays(60), grade, grade == null ? null : 2025, validUntil,
				rectification, TODAY);
	}

	@Test
	void anExcellentGradeWithinItsValidityWaivesTheTechnicalEvaluation() {
		RenewalVerdict verdict = RenewalPolicy
			.verdict(facts(InstitutionStatus.NORMAL, Grade.EXCELLENT, TODAY.plusYears(1), false));
		assertThat(verdict).isInstanceOfSatisfying(RenewalVerdict.Approvable.class,
				a -> assertThat(a.technicalEvaluationWaived()).isTrue());
		assertThat(verdict.article()).isEqualTo("第十六条第（二）项");
	}

	@Test
	void anExcellentGradeThatHasRunOutDoesNotWaiveIt() {
		RenewalVerdict verdict = RenewalPolicy
			.verdict(facts(InstitutionStatus.NORMAL, Grade.EXCELLENT, TODAY.minusDays(1), false));
		assertThat(verdict).isInstanceOfSatisfying(RenewalVerdict.Approvable.class,
				a -> assertThat(a.technicalEvaluationWaived()).isFalse());
		assertThat(RenewalPolicy.verdict(facts(InstitutionStatus.NORMAL, Grade.EXCELLENT, TODAY, false)))
			.isInstanceOfSatisfying(RenewalVerdict.Approvable.class,
					a -> assertThat(a.technicalEvaluationWaived()).isTrue());
	}

	@Test
	void aQualifiedGradeNeedsTheTechnicalEvaluation() {
		assertThat(RenewalPolicy.verdict(facts(InstitutionStatus.NORMAL, Grade.QUALIFIED, TODAY.plusYears(1), false)))
			.isInstanceOfSatisfying(RenewalVerdict.Approvable.class, a -> {
				assertThat(a.technicalEvaluationWaived()).isFalse();
				assertThat(a.reason()).contains("合格").contains("技术评估");
			});
		assertThat(RenewalPolicy.verdict(facts(InstitutionStatus.NORMAL, null, null, false))).isInstanceOfSatisfying(
				RenewalVerdict.Approvable.class, a -> assertThat(a.reason()).contains("尚无已确定的评估等级"));
	}

	@Test
	void aBasicGradeWithAnUnfinishedRectificationWaitsAndOnceAcceptedMayBeApproved() {
		RenewalVerdict waiting = RenewalPolicy
			.verdict(facts(InstitutionStatus.SUSPENDED, Grade.BASIC, TODAY.plusYears(1), true));
		assertThat(waiting).isInstanceOf(RenewalVerdict.Waits.class);
		assertThat(waiting.reason()).contains("基本合格").contains("整改");
		assertThat(waiting.article()).isEqualTo("第十八条");
		assertThat(RenewalPolicy.verdict(facts(InstitutionStatus.NORMAL, Grade.BASIC, TODAY.plusYears(1), false)))
			.isInstanceOf(RenewalVerdict.Approvable.class);
	}

	@Test
	void anUnqualifiedGradeIsRefusedCitingArticleNineteen() {
		RenewalVerdict verdict = RenewalPolicy
			.verdict(facts(InstitutionStatus.NORMAL, Grade.UNQUALIFIED, TODAY.plusYears(1), false));
		assertThat(verdict).isInstanceOf(RenewalVerdict.Refused.class);
		assertThat(verdict.article()).isEqualTo("第十九条");
		assertThat(verdict.reason()).contains("不合格");
	}

	@Test
	void aCancelledRegistrationIsRefusedWhateverItsGrade() {
		RenewalVerdict verdict = RenewalPolicy
			.verdict(facts(InstitutionStatus.CANCELLED, Grade.EXCELLENT, TODAY.plusYears(1), false));
		assertThat(verdict).isInstanceOf(RenewalVerdict.Refused.class);
		assertThat(verdict.reason()).contains("取消备案");
		assertThat(RenewalPolicy.CANCELLED_REFUSED.apply(facts(InstitutionStatus.NORMAL, Grade.EXCELLENT, null, false)))
			.isEmpty();
	}

	@Test
	void applicationsOpenNinetyDaysBeforeExpiryAndStayOpenAfterIt() {
		LocalDate expiry = LocalDate.of(2027, 3, 1);
		assertThat(RenewalWindow.refusal(expiry, expiry.minusDays(91)))
			.hasValueSatisfying(reason -> assertThat(reason).contains("90 日内"));
		assertThat(RenewalWindow.refusal(expiry, expiry.minusDays(90))).isEmpty();
		assertThat(RenewalWindow.refusal(expiry, expiry.plusDays(10))).isEmpty();
	}

	@Test
	void aRenewedTermRunsThreeYearsFromTheOldExpiryOrFromTheDecisionIfExpired() {
		LocalDate expiry = LocalDate.of(2027, 3, 1);
		assertThat(RenewalWindow.newExpiry(expiry, expiry.minusDays(30))).isEqualTo(LocalDate.of(2030, 3, 1));
		assertThat(RenewalWindow.newExpiry(expiry, expiry.plusDays(10))).isEqualTo(LocalDate.of(2030, 3, 11));
	}

}
