package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PanelCompositionTest {

	private static final LocalDate VISIT = LocalDate.of(2026, 12, 10);

	private static final Map<Long, PanelComposition.Candidate> POOL = Map.of(1L,
			new PanelComposition.Candidate(1, "王建国", null), 2L, new PanelComposition.Candidate(2, "李秀英", null), 3L,
			new PanelComposition.Candidate(3, "陈志强", null), 4L, new PanelComposition.Candidate(4, "赵敏", "现任该机构兼职教师"));

	private static final Function<Long, Optional<PanelComposition.Candidate>> LOOKUP = id -> Optional
		.ofNullable(POOL.get(id));

	@Test
	void threeExpertsWithALeadAmongThemFormAPanelNamingTheLead() {
		PanelComposition.Outcome outcome = PanelComposition.compose(List.of(1L, 2L, 3L), 1L, VISIT, false, LOOKUP);
		assertThat(outcome)
			.isEqualTo(new PanelComposition.Formed(List.of(1L, 2L, 3L), 1L, List.of("王建国（组长）", "李秀英", "陈志强")));
	}

	@Test
	void duplicatesAndBlanksDoNotCountTowardsTheThree() {
		assertThat(refusal(PanelComposition.compose(Arrays.asList(1L, 1L, null, 2L), 1L, VISIT, false, LOOKUP)))
			.isEqualTo("专家组至少需要 3 名专家");
	}

	@Test
	void theLeadMustSitOnThePanel() {
		assertThat(refusal(PanelComposition.compose(List.of(1L, 2L, 3L), 9L, VISIT, false, LOOKUP)))
			.isEqualTo("请从专家组成员中指定 1 名组长");
		assertThat(refusal(PanelComposition.compose(List.of(1L, 2L, 3L), null, VISIT, false, LOOKUP)))
			.isEqualTo("请从专家组成员中指定 1 名组长");
	}

	@Test
	void aVisitDateIsRequired() {
		assertThat(refusal(PanelComposition.compose(List.of(1L, 2L, 3L), 1L, null, false, LOOKUP)))
			.isEqualTo("请填写实地检查日期");
	}

	@Test
	void thePanelCannotChangeOnceScoringHasStarted() {
		assertThat(refusal(PanelComposition.compose(List.of(1L, 2L, 3L), 1L, VISIT, true, LOOKUP)))
			.isEqualTo("专家已开始评分，不能再调整专家组");
	}

	@Test
	void anExpertWithAConflictOfInterestIsRefusedWithTheConflictNamed() {
		assertThat(refusal(PanelComposition.compose(List.of(1L, 2L, 4L), 1L, VISIT, false, LOOKUP)))
			.isEqualTo("专家 赵敏 与该机构存在利益冲突（现任该机构兼职教师），不能分配");
	}

	@Test
	void anExpertMissingFromThePoolIsRefused() {
		assertThat(refusal(PanelComposition.compose(List.of(1L, 2L, 7L), 1L, VISIT, false, LOOKUP))).isEqualTo("专家不存在");
	}

	private static String refusal(PanelComposition.Outcome outcome) {
		assertThat(outcome).isInstanceOf(PanelComposition.Refused.class);
		return ((PanelComposition.Refused) outcome).reason();
	}

}
