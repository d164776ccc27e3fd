package cn.gov.cq.jianping.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of one round, each one SQL aggregate over the chain's tables (a read model,
 * like the reminders): grades by district and type, the largest gaps between self,
 * district and panel totals, expert deviations from their panel's mean, and the workload
 * and overdue cases per stage. The scope filter runs in the same SQL.
 */
@Component
class RoundFigures {

	/** A deviation from the panel mean of this many points or more is an outlier. */
	static final BigDecimal OUTLIER_POINTS = new BigDecimal("5");

	static final int LARGEST_GAPS = 15;

	private static final String SCOPE = " (:all or c.district_code = :district) ";

	private final JdbcClient jdbc;

	RoundFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String districtName(String code) {
		return code == null || code.isEmpty() ? "市级登记" : Districts.all().nameOf(code);
	}

	static String typeLabel(String type) {
		try {
			return InstitutionType.valueOf(type).label();
		}
		catch (IllegalArgumentException ex) {
			return type;
		}
	}

	FigureTable grades(long roundId, DashboardScope scope) {
		List<List<Object>> rows = this.jdbc
			.sql("""
					select coalesce(c.district_code, '') as district, i.type,
					       count(*) filter (where coalesce(c.approved_grade, c.initial_grade) = 'EXCELLENT') as excellent,
					       count(*) filter (where coalesce(c.approved_grade, c.initial_grade) = 'QUALIFIED') as qualified,
					       count(*) filter (where coalesce(c.approved_grade, c.initial_grade) = 'BASIC') as basic,
					       count(*) filter (where coalesce(c.approved_grade, c.initial_grade) = 'UNQUALIFIED') as unqualified,
					       count(*) as graded
					from evaluation_case c join institution i on i.id = c.institution_id
					where c.round_id = :round and coalesce(c.approved_grade, c.initial_grade) is not null and"""
					+ SCOPE + "group by 1, 2 order by 1, 2")
			.param("round", roundId)
			.param("all", scope.all())
			.param("district", scope.districtParam())
			.query((rs, n) -> List.<Object>of(
					districtName(rs.getString("district")) + " · " + typeLabel(rs.getString("type")),
					rs.getLong("excellent"), rs.getLong("qualified"), rs.getLong("basic"), rs.getLong("unqualified"),
					rs.getLong("graded")))
			.list();
		return new FigureTable("grades", "等级分布（按区县和机构类型）", "stacked", false,
				List.of("区县 · 类型", "优秀", "合格", "基本合格", "不合格", "合计"), rows, "已审核的取审核等级，其余取初定等级；合计列不入图。");
	}

	FigureTable gaps(long roundId, DashboardScope scope) {
		List<List<Object>> rows = this.jdbc
			.sql("""
					select t.institution_name, t.self_total, t.district_total, t.panel_total,
					       greatest(t.self_total, t.district_total, t.panel_total)
					         - least(t.self_total, t.district_total, t.panel_total) as gap
					from (select c.id, c.institution_name, c.initial_total as panel_total,
					             max(s.total) filter (where s.kind = 'SELF' and s.status = 'SUBMITTED') as self_total,
					             max(s.total) filter (where s.kind = 'DISTRICT' and s.status = 'SUBMITTED') as district_total
					      from evaluation_case c left join score_sheet s on s.case_id = c.id
					      where c.round_id = :round and"""
					+ SCOPE
					+ """
							      group by c.id, c.institution_name, c.initial_total) t
							where (case when t.self_total is null then 0 else 1 end + case when t.district_total is null then 0 else 1 end
							       + case when t.panel_total is null then 0 else 1 end) >= 2
							order by gap desc, t.id limit :limit""")
			.param("round", roundId)
			.param("all", scope.all())
			.param("district", scope.districtParam())
			.param("limit", LARGEST_GAPS)
			.query((rs, n) -> {
				List<Object> row = new ArrayList<>();
				row.add(rs.getString("institution_name"));
				row.add(rs.getBigDecimal("self_total"));
				row.add(rs.getBigDecimal("district_total"));
				row.add(rs.getBigDecimal("panel_total"));
				row.add(rs.getBigDecimal("gap"));
				return row;
			})
			.list();
		return new FigureTable("gaps", "自评、初评与专家组评分差距（最大 " + LARGEST_GAPS + " 家）", "bar", false,
				List.of("机构", "自评合计", "区县初评合计", "专家组合计", "最大差距"), rows, "至少有两项评分的机构，按最大差距从大到小。");
	}

	FigureTable experts(long roundId, DashboardScope scope) {
		List<List<Object>> rows = this.jdbc
			.sql("""
					with sheets as (
					  select s.case_id, s.author, s.total from score_sheet s join evaluation_case c on c.id = s.case_id
					  where s.kind = 'EXPERT' and s.status = 'SUBMITTED' and s.total is not null
					    and c.round_id = :round and""" + SCOPE
					+ """
							), deviations as (
							  select author, total - avg(total) over (partition by case_id) as dev from sheets
							)
							select coalesce(e.name, d.author) as name, count(*) as scored,
							       round(avg(d.dev), 2) as mean_dev, round(avg(abs(d.dev)), 2) as mean_abs,
							       round(max(abs(d.dev)), 2) as max_abs, count(*) filter (where abs(d.dev) >= :threshold) as outliers
							from deviations d left join expert e on e.username = d.author
							group by d.author, e.name order by mean_abs desc, name""")
			.param("round", roundId)
			.param("all", scope.all())
			.param("district", scope.districtParam())
			.param("threshold", OUTLIER_POINTS)
			.query((rs, n) -> List.<Object>of(rs.getString("name"), rs.getBigDecimal("mean_abs"),
					rs.getBigDecimal("max_abs"), rs.getBigDecimal("mean_dev"), rs.getLong("scored"),
					rs.getLong("outliers")))
			.list();
		return new FigureTable("experts", "专家评分偏离专家组均值", "bar", false,
				List.of("专家", "平均偏离（绝对值）", "最大偏离", "平均偏离（正为偏高）", "评分份数", "离群次数"), rows,
				"偏离 = 专家合计 − 同一机构专家组合计均值；偏离 " + OUTLIER_POINTS + " 分及以上记为离群。只有前两列入图。");
	}

	FigureTable workload(long roundId, DashboardScope scope, LocalDate today) {
		Map<String, long[]> byStage = new TreeMap<>();
		this.jdbc.sql("""
				select c.stage, count(*) as cases,
				       count(*) filter (where (c.stage = 'SELF_ASSESSMENT' and r.self_deadline < :today)
				                           or (c.stage = 'DISTRICT_REVIEW' and r.district_deadline < :today)
				                           or (c.stage = 'CENTER_EVALUATION' and r.center_deadline < :today)) as overdue
				from evaluation_case c join evaluation_round r on r.id = c.round_id
				where c.round_id = :round and""" + SCOPE + "group by c.stage")
			.param("round", roundId)
			.param("all", scope.all())
			.param("district", scope.districtParam())
			.param("today", today)
			.query((rs, n) -> byStage.put(rs.getString("stage"),
					new long[] { rs.getLong("cases"), rs.getLong("overdue") }))
			.list();
		List<List<Object>> rows = new ArrayList<>();
		for (CaseStage stage : CaseStage.values()) {
			long[] counts = byStage.getOrDefault(stage.name(), new long[] { 0, 0 });
			rows.add(List.of(stage.label(), counts[0], counts[1]));
		}
		return new FigureTable("workload", "各环节工作量与逾期", "bar", false, List.of("环节", "案件数", "逾期数"), rows,
				"逾期：自评、区县初评、专家组评估超过本批次对应截止日期仍未完成。");
	}

}
