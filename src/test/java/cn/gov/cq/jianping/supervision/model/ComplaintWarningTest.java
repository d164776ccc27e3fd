package cn.gov.cq.jianping.supervision.model;

import cn.gov.cq.jianping.scoring.model.Grade;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintWarningTest {

	private final LocalDate today = LocalDate.of(2026, 11, 25);

	@Test
	void twoVerifiedComplaintsWithinSixMonthsRaiseTheWarning() {
		assertThat(ComplaintWarning.check(List.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 1)), this.today))
			.hasValueSatisfying(w -> assertThat(w).contains(ComplaintWarning.TEXT));
	}

	@Test
	void twoComplaintsMoreThanSixMonthsApartDoNot() {
		assertThat(ComplaintWarning.check(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 2)), this.today))
			.isEmpty();
		assertThat(ComplaintWarning.check(List.of(LocalDate.of(2026, 1, 1)), this.today)).isEmpty();
	}

	@Test
	void aComplaintSevenMonthsBeforeTheReferenceDateDoesNotCount() {
		LocalDate sevenMonthsAgo = this.today.minusMonths(7);
		assertThat(ComplaintWarning.check(List.of(sevenMonthsAgo, this.today.minusMonths(1)), this.today)).isEmpty();
		// two old ones close together once warned; they no longer do
		assertThat(ComplaintWarning.check(List.of(sevenMonthsAgo, sevenMonthsAgo.plusDays(3)), this.today)).isEmpty();
	}

	@Test
	void theWindowIncludesExactlySixMonthsBackAndTheReferenceDateItself() {
		assertThat(ComplaintWarning.check(List.of(this.today.minusMonths(6), this.today), this.today)).isPresent();
		assertThat(ComplaintWarning.check(List.of(this.today.minusMonths(6).minusDays(1), this.today), this.today))
			.isEmpty();
		// complaints reported after the reference date belong to a later round
		assertThat(ComplaintWarning.check(List.of(this.today.minusDays(1), this.today.plusDays(1)), this.today))
			.isEmpty();
	}

	@Test
	void everyGradeHasItsArticlesConsequences() {
		var excellent = GradeConsequences.of(Grade.EXCELLENT, GradeConsequences.DEFAULT_FREQUENCY);
		assertThat(excellent.plaque()).isTrue();
		assertThat(excellent.inspectionExempt()).isTrue();
		assertThat(excellent.renewalExempt()).isTrue();
		var qualified = GradeConsequences.of(Grade.QUALIFIED, GradeConsequences.DEFAULT_FREQUENCY);
		assertThat(qualified.inspectionsPerYear()).isEqualTo(1);
		assertThat(qualified.keyMonitoring()).isFalse();
		var basic = GradeConsequences.of(Grade.BASIC, GradeConsequences.DEFAULT_FREQUENCY);
		assertThat(basic.keyMonitoring()).isTrue();
		assertThat(basic.rectificationOrder()).isTrue();
		assertThat(basic.suspendDuringRectification()).isTrue();
		var unqualified = GradeConsequences.of(Grade.UNQUALIFIED, GradeConsequences.DEFAULT_FREQUENCY);
		assertThat(unqualified.cancellationProposal()).isTrue();
		assertThat(unqualified.explanation()).contains("第十九条");
	}

}
