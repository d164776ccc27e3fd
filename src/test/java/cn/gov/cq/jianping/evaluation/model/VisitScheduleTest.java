package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14: a visit is scheduled for today or later, on-site scoring opens on the visit
 * day (or the earlier actual one), and an actual date is earlier than scheduled, not in
 * the future, and has a reason.
 */
class VisitScheduleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void aVisitIsScheduledForTodayOrLaterNeverForADayGoneBy() {
		assertThat(VisitSchedule.refusalOfScheduled(TODAY, TODAY)).isEmpty();
		assertThat(VisitSchedule.refusalOfScheduled(TODAY.plusDays(1), TODAY)).isEmpty();
		assertThat(VisitSchedule.refusalOfScheduled(TODAY.minusDays(1), TODAY)).contains("实地检查日期不能早于今天（2026-12-03）");
		assertThat(VisitSchedule.refusalOfScheduled(null, TODAY)).contains("请填写实地检查日期");
	}

	@Test
	void scoringOpensOnTheVisitDayNotTheDayBefore() {
		assertThat(VisitSchedule.scoringOpen(TODAY, null, TODAY.minusDays(1))).isFalse();
		assertThat(VisitSchedule.scoringOpen(TODAY, null, TODAY)).isTrue();
		assertThat(VisitSchedule.scoringOpen(TODAY, null, TODAY.plusDays(1))).isTrue();
		assertThat(VisitSchedule.closedNote(TODAY, null)).isEqualTo("现场评审日期为 2026-12-03，届时开放评分");
		assertThatThrownBy(() -> VisitSchedule.requireScoringOpen(TODAY, null, TODAY.minusDays(1)))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("现场评审日期为 2026-12-03，届时开放评分");
	}

	@Test
	void anEarlierActualVisitOpensScoringFromItsDay() {
		LocalDate scheduled = TODAY.plusDays(5);
		assertThat(VisitSchedule.scoringOpen(scheduled, null, TODAY)).isFalse();
		assertThat(VisitSchedule.scoringOpen(scheduled, TODAY, TODAY)).isTrue();
		assertThat(VisitSchedule.scoringOpen(scheduled, TODAY, TODAY.minusDays(1))).isFalse();
	}

	@Test
	void aCaseWithoutAScheduledVisitScoresAsBefore() {
		assertThat(VisitSchedule.scoringOpen(null, null, TODAY)).isTrue();
	}

	@Test
	void anActualVisitIsEarlierThanScheduledHasComeAndHasAReason() {
		LocalDate scheduled = TODAY.plusDays(5);
		assertThat(VisitSchedule.refusalOfActual(TODAY, "专家日程调整", scheduled, TODAY)).isEmpty();
		assertThat(VisitSchedule.refusalOfActual(TODAY.plusDays(1), "专家日程调整", scheduled, TODAY))
			.contains("实际现场评审日期不能晚于今天（2026-12-03）");
		assertThat(VisitSchedule.refusalOfActual(TODAY, "专家日程调整", TODAY, TODAY))
			.contains("实际现场评审日期须早于原定日期（2026-12-03）");
		assertThat(VisitSchedule.refusalOfActual(TODAY, " ", scheduled, TODAY)).contains("请填写提前现场评审的原因");
		assertThat(VisitSchedule.refusalOfActual(null, "专家日程调整", scheduled, TODAY)).contains("请填写实际现场评审日期");
		assertThat(VisitSchedule.refusalOfActual(TODAY, "专家日程调整", null, TODAY)).contains("请先组建专家组并安排实地检查日期");
	}

}
