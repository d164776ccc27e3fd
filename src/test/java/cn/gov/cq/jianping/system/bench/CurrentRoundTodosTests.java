package cn.gov.cq.jianping.system.bench;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.evaluation.CaseTodos;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.support.StatementCountTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * To-dos come from the current rounds only: a case left waiting in an old round is
 * history.
 */
@StatementCountTest
class CurrentRoundTodosTests {

	@Autowired
	CaseTodos todos;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCaseWaitingInAnOldRoundIsNoToDoButOneInTheCurrentRoundIs() {
		long current = BenchData.addToCurrentRound(this.jdbc, this.clock.instant(), 200_000, 16);
		int oldYear = LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE).getYear() - 3;
		long old = this.jdbc.queryForObject("""
				insert into evaluation_round (name, year, appraisal_rule_set_id, level_rule_set_id, self_deadline,
				    district_deadline, center_deadline, consolidation_method, status, created_by, created_at)
				select '旧批次待办测试', ?, appraisal_rule_set_id, level_rule_set_id, self_deadline - 1100,
				    district_deadline - 1100, center_deadline - 1100, 'MEAN', 'LAUNCHED', 'test', now()
				from evaluation_round where id = ? returning id""", Long.class, oldYear, current);
		long oldCase = this.jdbc.queryForObject("""
				insert into evaluation_case (round_id, institution_id, institution_name, rubric_code, district_code,
				    via_district, rule_set_id, stage, initial_total, initial_grade, created_at, updated_at)
				select ?, institution_id, institution_name, rubric_code, district_code, via_district, rule_set_id,
				    'BUREAU_REVIEW', 80, 'QUALIFIED', now(), now()
				from evaluation_case where round_id = ? order by id limit 1 returning id""", Long.class, old, current);
		long currentCase = this.jdbc.queryForObject(
				"select min(id) from evaluation_case where round_id = ? and stage = 'BUREAU_REVIEW'", Long.class,
				current);
		CurrentUser bureau = Users.named("bureau", "市人力社保局", Role.BUREAU, null, null);

		CaseTodos.Todos found = this.todos.of(bureau, Integer.MAX_VALUE);

		assertThat(found.items()).extracting(CaseViews.TodoItem::caseId).contains(currentCase).doesNotContain(oldCase);
		assertThat(found.total()).isEqualTo(found.items().size());
		assertThat(this.todos.of(bureau, 0).total()).isEqualTo(found.total());
	}

}
