package cn.gov.cq.jianping.system.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A current round at city scale, written with set-based SQL (one statement per table,
 * whatever the number of cases): cases over every stage — self-assessment, district
 * review, panel forming, on-site scoring, center review, bureau review, approved, in
 * publicity — with the sheets, panels of the demo experts, vetoes, a publicity with its
 * entries and objections. The stage is chosen by the case's position, so the mix is the
 * same at 60, 500 or 5,000 cases.
 */
final class BenchCurrentRound {

	/** The round's name; its year is the current one. */
	static final String NAME = " 年度基准测试当前批次";

	static final String[] EXPERTS = { "expert1", "expert2", "expert3" };

	private final JdbcTemplate jdbc;

	BenchCurrentRound(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds up to count cases to the current round, for seeded institutions that have none
	 * in it yet; returns the round's id.
	 */
	long addCases(int count, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, TimeConfiguration.ZONE);
		long roundId = round(today, now);
		experts();
		Long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from evaluation_case", Long.class);
		Timestamp at = Timestamp.from(now);
		// Position k decides the stage: 0 self, 1 district (or self), 2-3 panel (forming
		// or on-site scoring), 4 center review, 5 bureau, 6-7 approved (7 also in
		// publicity, below).
		this.jdbc.update(
				"""
						insert into evaluation_case (round_id, institution_id, institution_name, rubric_code, district_code,
						    via_district, rule_set_id, stage, visit_date, initial_total, initial_grade, approved_by,
						    approved_at, approved_total, approved_grade, created_at, updated_at)
						select ?, i.id, i.name, i.type, i.district_code, i.district_code is not null,
						    (select id from rule_set s where s.rubric_code = i.type and s.is_default order by id desc limit 1),
						    case when i.k % 8 = 0 then 'SELF_ASSESSMENT'
						         when i.k % 8 = 1 then case when i.district_code is not null then 'DISTRICT_REVIEW'
						                                    else 'SELF_ASSESSMENT' end
						         when i.k % 8 in (2, 3) then 'CENTER_EVALUATION'
						         when i.k % 8 = 4 then 'CENTER_REVIEW'
						         when i.k % 8 = 5 then 'BUREAU_REVIEW' else 'APPROVED' end,
						    case when i.k % 8 >= 3 then ?::date end,
						    case when i.k % 8 >= 4 then 55 + (i.k * 7) % 45 end,
						    case when i.k % 8 >= 4 then GRADE end,
						    case when i.k % 8 >= 6 then 'bureau' end, case when i.k % 8 >= 6 then ?::timestamptz end,
						    case when i.k % 8 >= 6 then 55 + (i.k * 7) % 45 end,
						    case when i.k % 8 >= 6 then GRADE end, ?, ?
						from (select i.*, row_number() over (order by i.id) - 1 as k from institution i
						      where i.registration_number like ? and i.status in ('NORMAL', 'RECTIFYING')
						        and not exists (select 1 from evaluation_case c where c.round_id = ? and c.institution_id = i.id)
						      order by i.id limit ?) i"""
					.replace("GRADE", grade("(55 + (i.k * 7) % 45)")),
				roundId, Date.valueOf(today.minusDays(3)), at, at, at, BenchData.MARK + "%", roundId, count);
		String added = " from evaluation_case c where c.round_id = " + roundId + " and c.id > " + before;
		sheets(added, at);
		panels(added, at);
		publicity(roundId, before, today, at);
		return roundId;
	}

	private long round(LocalDate today, Instant now) {
		String name = today.getYear() + NAME;
		this.jdbc.update(
				"""
						insert into evaluation_round (name, year, appraisal_rule_set_id, level_rule_set_id, self_deadline,
						    district_deadline, center_deadline, consolidation_method, status, created_by, created_at,
						    launched_by, launched_at)
						select ?, ?, (select id from rule_set where rubric_code = 'APPRAISAL' and is_default order by id desc limit 1),
						    (select id from rule_set where rubric_code = 'LEVEL' and is_default order by id desc limit 1),
						    ?, ?, ?, 'MEAN', 'LAUNCHED', 'bench', ?, 'bench', ?
						where not exists (select 1 from evaluation_round where name = ?)""",
				name, today.getYear(), Date.valueOf(today.minusDays(10)), Date.valueOf(today.plusDays(10)),
				Date.valueOf(today.plusDays(40)), Timestamp.from(now), Timestamp.from(now), name);
		return this.jdbc.queryForObject("select id from evaluation_round where name = ?", Long.class, name);
	}

	/**
	 * The demo experts exist with the demo data; without it, their pool entries are made
	 * here.
	 */
	private void experts() {
		for (String username : EXPERTS) {
			this.jdbc.update("""
					insert into expert (username, name, speciality, employer) select ?, ?, '职业技能评价', '基准测试单位'
					where not exists (select 1 from expert where username = ?)""", username, "基准专家 " + username,
					username);
		}
	}

	/** Self and district sheets once past those stages; the panel's once consolidated. */
	private void sheets(String added, Timestamp at) {
		this.jdbc.update("""
				insert into score_sheet (case_id, kind, author, status, total, grade, submitted_at, updated_at)
				select c.id, 'SELF', 'SELF', 'SUBMITTED', 60 + c.id % 40, GRADE, ?, ?""".replace("GRADE",
				grade("(60 + c.id % 40)")) + added + " and c.stage <> 'SELF_ASSESSMENT'", at, at);
		this.jdbc.update("""
				insert into score_sheet (case_id, kind, author, status, total, grade, submitted_at, updated_at)
				select c.id, 'DISTRICT', 'DISTRICT', 'SUBMITTED', 58 + c.id % 40, GRADE, ?, ?""".replace("GRADE",
				grade("(58 + c.id % 40)")) + added
				+ " and c.via_district and c.stage not in ('SELF_ASSESSMENT', 'DISTRICT_REVIEW')", at, at);
		this.jdbc.update("""
				insert into score_sheet (case_id, kind, author, status, total, grade, opinion, submitted_at, updated_at)
				select c.id, 'PANEL', 'PANEL', 'SUBMITTED', c.initial_total, c.initial_grade, '专家组意见（基准数据）', ?, ?"""
				+ added + " and c.stage in ('CENTER_REVIEW', 'BUREAU_REVIEW', 'APPROVED')", at, at);
		this.jdbc
			.update("""
					insert into sheet_veto (sheet_id, code, severity, reason)
					select s.id, case c.rubric_code when 'APPRAISAL' then 'A-V02' else 'L-V01' end, 'BASIC', '现场核查发现问题（基准数据）'
					from score_sheet s join evaluation_case c on c.id = s.case_id
					where s.kind = 'PANEL' and c.id % 10 = 0 and c.id in (select c.id"""
					+ added + ")");
	}

	/**
	 * Panels of the three demo experts (expert1 leads) from on-site scoring on; a third
	 * of the panel-stage cases still await their panel.
	 */
	private void panels(String added, Timestamp at) {
		String seated = added + " and ((c.stage = 'CENTER_EVALUATION' and c.id % 3 <> 0)"
				+ " or c.stage in ('CENTER_REVIEW', 'BUREAU_REVIEW', 'APPROVED'))";
		this.jdbc.update("""
				insert into panel_member (case_id, expert_id, lead, declared_at)
				select c.id, e.id, e.username = 'expert1',
				    case when c.stage = 'CENTER_EVALUATION' and c.id % 3 = 1 and e.username <> 'expert1' then null
				         else ?::timestamptz end
				from expert e cross join (select c.id, c.stage""" + seated + """
				) c where e.username in ('expert1', 'expert2', 'expert3')""", at);
		this.jdbc.update("""
				insert into score_sheet (case_id, kind, author, status, total, grade, submitted_at, updated_at)
				select m.case_id, 'EXPERT', e.username,
				    case when c.stage = 'CENTER_EVALUATION' and c.id % 3 = 1 then 'DRAFT' else 'SUBMITTED' end,
				    60 + (c.id + e.id) % 40, GRADE,
				    case when c.stage = 'CENTER_EVALUATION' and c.id % 3 = 1 then null else ?::timestamptz end, ?
				from panel_member m join expert e on e.id = m.expert_id join evaluation_case c on c.id = m.case_id
				where m.declared_at is not null and c.id in (select c.id""".replace("GRADE",
				grade("(60 + (c.id + e.id) % 40)")) + seated + ")", at, at);
	}

	/**
	 * Half the approved cases are under public notice; one in 25 of them has an
	 * objection.
	 */
	private void publicity(long roundId, long before, LocalDate today, Timestamp at) {
		List<Long> existing = this.jdbc.queryForList("select id from publicity where round_id = ?", Long.class,
				roundId);
		Long publicityId = existing.isEmpty() ? null : existing.get(0);
		if (publicityId == null) {
			publicityId = this.jdbc.queryForObject(
					"""
							insert into publicity (round_id, title, start_date, days, day_kind, end_date, created_by, created_at)
							values (?, ?, ?, 10, 'NATURAL', ?, 'bench', ?) returning id""",
					Long.class, roundId, today.getYear() + NAME + " 评估结果和初定等级公示", Date.valueOf(today.minusDays(2)),
					Date.valueOf(today.plusDays(7)), at);
		}
		this.jdbc.update("""
				insert into publicity_entry (publicity_id, case_id, institution_id, institution_name, credit_code,
				    institution_type, district_code, round_year, total, grade, status)
				select ?, c.id, i.id, i.name, i.credit_code,
				    case i.type when 'APPRAISAL' then '考核鉴定机构' else '等级评价机构' end, i.district_code, ?,
				    c.approved_total, c.approved_grade, 'UNDER_NOTICE'
				from evaluation_case c join institution i on i.id = c.institution_id
				where c.round_id = ? and c.id > ? and c.stage = 'APPROVED' and c.id % 2 = 0""", publicityId,
				today.getYear(), roundId, before);
		this.jdbc.update("""
				insert into objection (entry_id, receipt_number, objector_kind, organisation, contact_person, content,
				    consent_at, submitted_at, status)
				select e.id, 'JZ' || e.id, 'ORGANISATION', '某职业技能培训学校（基准数据）', '联系人',
				    '对公示的等级有异议，请复核现场评估记录。（基准数据）', ?, ?, 'SUBMITTED'
				from publicity_entry e where e.publicity_id = ? and e.case_id > ? and e.case_id % 25 = 0""", at, at,
				publicityId, before);
	}

	/** The grade of a total, as SQL. */
	private static String grade(String total) {
		return "case when " + total + " >= 90 then 'EXCELLENT' when " + total + " >= 70 then 'QUALIFIED' when " + total
				+ " >= 60 then 'BASIC' else 'UNQUALIFIED' end";
	}

}
